import { randomBytes } from 'node:crypto';
import { INestApplicationContext, Type } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { DataSource } from 'typeorm';
import { Organisation, PasswordHasher, StaffUser } from '@vs/auth';
import { Actor, DemoDataSeeder, Role } from '@vs/platform';
import {
  CreateReferralDto,
  Referral,
  ReferralIntakeService,
  ReferralView,
  ServiceProvision,
  SupportService,
  TriageDecision,
  TriageDecisionService,
} from '@vs/referrals';
import { AdvocatesService } from '../advocates/advocates.service';
import { CreateAdvocateDto } from '../dto/advocate.dto';
import { AllocationService } from '../allocation/allocation.service';
import { CaseworkRecordsService } from '../casework/casework-records.service';
import { ContactsService } from '../casework/contacts.service';
import { ReferralOutcomesService } from '../casework/referral-outcomes.service';
import { AdvocateType } from '../model/advocate-type';
import { ClosureOutcome, NeedArea, NeedStatus } from '../model/casework';
import { ContactMethod, ContactOutcome } from '../model/contact';
import { DashAnswer } from '../risk/dash';
import { MaracCriterion } from '../risk/marac-rules';
import { RiskAssessmentsService } from '../risk/risk-assessments.service';
import { demoContext } from './demo-context';

const SERVICE = 'Solace IDVA Service';
const KEY_PREFIX = 'demo-referral-';
const LAMBETH = 'E09000022';

/** Colleagues of the demo advocate: they carry caseloads but have no printed login. */
const COLLEAGUES = [
  { email: 'bea.caseworker@demo.vs.london', displayName: 'Bea Caseworker', team: 'North IDVA team' },
  { email: 'chidi.idva@demo.vs.london', displayName: 'Chidi IDVA', team: 'South IDVA team' },
] as const;

const actorOf = (user: StaffUser): Actor => ({
  userId: user.id,
  role: user.role,
  organisationId: user.organisationId,
  team: user.team,
  sessionId: 'demo-seed',
  requestId: 'demo-seed',
  clientIp: '127.0.0.1',
  breakGlassReason: null,
  purpose: 'demo data',
});

const dash = (yes: number): DashAnswer[] =>
  Array.from({ length: 24 }, (_, index) => (index < yes ? DashAnswer.Yes : DashAnswer.No));

/** The IDVA service provides IDVA and general support, with advocates, so every demo referral reaches it. */
async function prepareService(dataSource: DataSource): Promise<void> {
  const { manager } = dataSource;
  const service = await manager.findOneByOrFail(Organisation, { name: SERVICE });
  const provides = (provided: SupportService, firstContactTargetWorkingDays: number) =>
    manager.create(ServiceProvision, {
      organisationId: service.id,
      service: provided,
      boroughCodes: [],
      firstContactTargetWorkingDays,
    });
  await manager
    .createQueryBuilder()
    .insert()
    .into(ServiceProvision)
    .values([provides(SupportService.Idva, 1), provides(SupportService.GeneralVictimSupport, 2)])
    .orIgnore()
    .execute();
  const passwordHash = await new PasswordHasher().hash(randomBytes(24).toString('base64url'));
  await manager
    .createQueryBuilder()
    .insert()
    .into(StaffUser)
    .values(
      COLLEAGUES.map((colleague) =>
        manager.create(StaffUser, { ...colleague, role: Role.Advocate, organisationId: service.id, passwordHash }),
      ),
    )
    .orIgnore()
    .execute();
}

/** Referrals in every state, advocates with loads, and casework, through the real use cases. */
async function seedThroughUseCases(context: INestApplicationContext, dataSource: DataSource): Promise<void> {
  const use = <T>(type: Type<T>): T => context.get(type, { strict: false });
  const byEmail = async (email: string): Promise<StaffUser> => dataSource.manager.findOneByOrFail(StaffUser, { email });
  const officer = actorOf(await byEmail('officer@demo.vs.london'));
  const manager = actorOf(await byEmail('manager@demo.vs.london'));
  const amaraUser = await byEmail('advocate@demo.vs.london');
  const [bea, chidi] = await Promise.all(COLLEAGUES.map((colleague) => byEmail(colleague.email)));
  const advocates = use(AdvocatesService);
  const profile = (user: StaffUser, type: AdvocateType, extra: Partial<CreateAdvocateDto>) =>
    advocates.create(manager, { userId: user.id, type, workingHoursFraction: 1, caseloadCapacity: 70, ...extra });
  const amara = await profile(amaraUser, AdvocateType.Idva, {
    boroughCodes: [LAMBETH, 'E09000028'],
    languages: ['pl'],
  });
  const beaProfile = await profile(bea, AdvocateType.Caseworker, { workingHoursFraction: 0.6, caseloadCapacity: 40 });
  const chidiProfile = await profile(chidi, AdvocateType.Idva, { boroughCodes: ['E09000023'], languages: ['yo'] });

  let sequence = 0;
  const refer = async (
    givenNames: string,
    familyName: string,
    risk: Record<string, unknown>,
  ): Promise<ReferralView> => {
    sequence += 1;
    const body = {
      source: 'police',
      victim: { givenNames, familyName, dateOfBirth: '1989-03-14', preferredLanguage: 'en' },
      boroughCode: LAMBETH,
      reason: 'Reported to police; referred for support (demo data).',
      risk,
      consent: { given: true },
    };
    const answer = await use(ReferralIntakeService).create(
      officer,
      plainToInstance(CreateReferralDto, body),
      `${KEY_PREFIX}${sequence}`,
    );
    return answer.referral;
  };
  const triage = use(TriageDecisionService);
  const accept = (referral: ReferralView) =>
    triage.decide(manager, referral.id, { decision: TriageDecision.Accept, version: referral.version });
  const allocation = use(AllocationService);
  const outcomes = use(ReferralOutcomesService);
  const contacts = use(ContactsService);
  const highRisk = { level: 'high', concerns: ['domestic_abuse'] };

  const overdue = await refer('Tomasz', 'Nowak', { level: 'standard', concerns: [] });
  // As if it arrived last week: the dashboard then shows a first contact overdue.
  await dataSource.manager.update(
    Referral,
    { id: overdue.id },
    { firstContactDueAt: new Date(Date.now() - 3 * 86_400_000) },
  );

  await accept(await refer('Grace', 'Mensah', { level: 'medium', dashScore: 16, concerns: ['domestic_abuse'] }));

  const leila = await accept(await refer('Leila', 'Haddad', highRisk));
  await allocation.allocate(manager, leila.id, { advocateId: chidiProfile.id, version: leila.version });

  const maria = await accept(await refer('Maria', 'Santos', { ...highRisk, concerns: ['domestic_abuse', 'stalking'] }));
  const mariaAllocated = await allocation.allocate(manager, maria.id, { advocateId: amara.id, version: maria.version });
  await outcomes.accept(actorOf(amaraUser), maria.id, { version: mariaAllocated.version });
  const risk = use(RiskAssessmentsService);
  await risk.assess(actorOf(amaraUser), maria.id, { answers: dash(15), incidentsInLast12Months: 4 });
  await risk.referToMarac(actorOf(amaraUser), maria.id, {
    referredOn: new Date().toISOString().slice(0, 10),
    criteria: [MaracCriterion.VisibleHighRisk, MaracCriterion.PotentialEscalation],
  });

  const supported = async (givenNames: string, familyName: string) => {
    const triaged = await accept(await refer(givenNames, familyName, { level: 'medium', concerns: [] }));
    const allocated = await allocation.allocate(manager, triaged.id, {
      advocateId: beaProfile.id,
      version: triaged.version,
    });
    await outcomes.accept(actorOf(bea), triaged.id, { version: allocated.version });
    await contacts.record(actorOf(bea), triaged.id, {
      occurredAt: new Date().toISOString(),
      method: ContactMethod.Phone,
      outcome: ContactOutcome.Made,
      notes: 'Safe to talk after 10am.',
    });
    return triaged.id;
  };
  const joanne = await supported('Joanne', 'Blake');
  const records = use(CaseworkRecordsService);
  await records.putSafetyPlan(actorOf(bea), joanne, { plan: 'Keep phone charged; neighbour has spare key.' });
  await records.putNeed(actorOf(bea), joanne, NeedArea.Housing, { status: NeedStatus.InProgress });
  await records.addTask(actorOf(bea), joanne, {
    title: 'Call the housing officer',
    dueOn: new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10),
  });
  const priya = await supported('Priya', 'Shah');
  const closing = await dataSource.manager.findOneByOrFail(Referral, { id: priya });
  await outcomes.close(actorOf(bea), priya, { version: closing.version, outcome: ClosureOutcome.SupportCompleted });

  const kwame = await refer('Kwame', 'Asante', { level: 'medium', concerns: ['hate_crime'] });
  await triage.decide(manager, kwame.id, {
    decision: TriageDecision.Redirect,
    version: kwame.version,
    reason: 'Disclosed abuse by a partner at triage: the IDVA service should support him',
    service: SupportService.Idva,
  });
}

/**
 * Demo referrals for the quickstart: one in each state of the front door (one overdue, one
 * redirected), advocates with loads against capacity, and casework with a DASH assessment, a MARAC
 * referral, a safety plan, a need and a task. Made once: a second run finds the first referral.
 */
export const ADVOCACY_DEMO_SEEDER: DemoDataSeeder = {
  name: 'referrals, advocates and casework',
  async seed(dataSource: DataSource): Promise<void> {
    if (await dataSource.manager.existsBy(Referral, { idempotencyKey: `${KEY_PREFIX}1` })) return;
    await prepareService(dataSource);
    const context = await demoContext(dataSource);
    try {
      await seedThroughUseCases(context, dataSource);
    } finally {
      await context.close();
    }
  },
};
