import { createApiApp } from '../../apps/api/src/api-app';
import { SupportService } from '@vs/referrals';
import { startTestApp, TestApp } from '@vs/testing';
import { policeUnit, PoliceUnit } from '../cases/case-fixtures';
import { API, newVictim, referred, victimService, VictimService } from './referral-fixtures';

/** Each triage rule, through the front door: where a referral goes and what else is proposed. */
describe('triage routing', () => {
  let app: TestApp;
  let unit: PoliceUnit;
  const providers = new Map<SupportService, VictimService>();

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    unit = await policeUnit(app);
    for (const service of [
      SupportService.Idva,
      SupportService.Isva,
      SupportService.YouthIsva,
      SupportService.Hcva,
      SupportService.StalkingAdvocacy,
      SupportService.GeneralVictimSupport,
    ])
      providers.set(service, await victimService(app, [service]));
  });

  afterAll(() => app?.close());

  const route = async (risk: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
    const referral = await referred(app, unit.officer, { risk, ...extra });
    return {
      service: referral.service,
      organisationId: referral.organisationId,
      alsoRefer: referral.triage.alsoRefer,
      marac: referral.maracRecommended,
      rule: referral.triage.ruleId,
    };
  };
  const providerOf = (service: SupportService): string => providers.get(service)!.organisationId;

  it('sends high-risk domestic abuse to the IDVA service, recommending the MARAC', async () => {
    expect(await route({ level: 'high', concerns: ['domestic_abuse'] })).toEqual({
      service: 'idva',
      organisationId: providerOf(SupportService.Idva),
      alsoRefer: [],
      marac: true,
      rule: 'domestic_abuse_high_risk',
    });
  });

  it('counts a DASH score of 14 or more as high risk, whatever the level the referrer gave', async () => {
    expect(await route({ level: 'standard', dashScore: 15, concerns: ['domestic_abuse'] })).toMatchObject({
      service: 'idva',
      marac: true,
    });
    expect(await route({ level: 'standard', dashScore: 12, concerns: ['domestic_abuse'] })).toMatchObject({
      service: 'general_victim_support',
      marac: false,
    });
  });

  it('sends sexual violence to the ISVA service and the haven', async () => {
    expect(await route({ level: 'medium', concerns: ['sexual_violence'] })).toMatchObject({
      service: 'isva',
      organisationId: providerOf(SupportService.Isva),
      alsoRefer: ['haven'],
      rule: 'sexual_violence',
    });
  });

  it('sends a child victim of sexual violence to a youth ISVA, the haven and a Child House', async () => {
    const child = newVictim({ dateOfBirth: '2012-02-02' });
    expect(await route({ level: 'medium', concerns: ['sexual_violence'] }, { victim: child })).toMatchObject({
      service: 'youth_isva',
      organisationId: providerOf(SupportService.YouthIsva),
      alsoRefer: ['haven', 'child_house'],
    });
    const unknownAge = newVictim({ dateOfBirth: undefined });
    expect(
      await route({ level: 'medium', concerns: ['sexual_violence'], under18: true }, { victim: unknownAge }),
    ).toMatchObject({ service: 'youth_isva' });
  });

  it('sends high-risk hate crime to the HCVA service, and lower risk to the general service', async () => {
    expect(await route({ level: 'high', concerns: ['hate_crime'] })).toMatchObject({
      service: 'hcva',
      organisationId: providerOf(SupportService.Hcva),
    });
    expect(await route({ level: 'medium', concerns: ['hate_crime'] })).toMatchObject({
      service: 'general_victim_support',
    });
  });

  it('sends stalking to a stalking advocate', async () => {
    expect(await route({ level: 'medium', concerns: ['stalking'] })).toMatchObject({
      service: 'stalking_advocacy',
      organisationId: providerOf(SupportService.StalkingAdvocacy),
    });
  });

  it('sends everyone else to the general victim and witness service', async () => {
    expect(await route({ level: 'standard', concerns: [] })).toMatchObject({
      service: 'general_victim_support',
      organisationId: providerOf(SupportService.GeneralVictimSupport),
      rule: 'everyone_else',
    });
  });

  it('proposes restorative justice only when the offender admitted it and the victim asks', async () => {
    const risk = { level: 'standard', concerns: [] };
    expect(await route(risk, { circumstances: ['offender_admitted_offence'] })).toMatchObject({ alsoRefer: [] });
    expect(
      await route(risk, { circumstances: ['offender_admitted_offence', 'victim_requests_restorative_justice'] }),
    ).toMatchObject({ alsoRefer: ['restorative_justice'] });
  });

  it('proposes court support, safe accommodation and community services alongside', async () => {
    const circumstances = [
      'required_to_give_evidence',
      'needs_safe_accommodation',
      'wants_specialist_community_service',
    ];
    expect(await route({ level: 'standard', concerns: [] }, { circumstances })).toMatchObject({
      alsoRefer: ['witness_service', 'refuge', 'specialist_community'],
    });
  });

  it('prefers a provider serving the borough by name over one serving all of London', async () => {
    const local = await victimService(app, [SupportService.StalkingAdvocacy], { boroughCodes: ['E09000030'] });
    const risk = { level: 'medium', concerns: ['stalking'] };
    expect(await route(risk, { boroughCode: 'E09000030' })).toMatchObject({ organisationId: local.organisationId });
    expect(await route(risk, { boroughCode: 'E09000001' })).toMatchObject({
      organisationId: providerOf(SupportService.StalkingAdvocacy),
    });
  });

  it('falls back to the general service when no one provides the proposed service, and says so', async () => {
    const referral = await referred(app, unit.officer, { risk: { level: 'standard', concerns: [] } });
    expect(referral.triage.reasons).toEqual(['Everyone else: the general victim and witness service']);
    await app.dataSource.query(`DELETE FROM service_provisions WHERE service = 'hcva'`);
    const fallback = await referred(app, unit.officer, { risk: { level: 'high', concerns: ['hate_crime'] } });
    expect(fallback).toMatchObject({ service: 'general_victim_support', triage: { proposedService: 'hcva' } });
    expect(fallback.triage.reasons.at(-1)).toMatch(/No organisation provides the hcva service/);
  });

  it('lets a service manager read the rules as data', async () => {
    const manager = providers.get(SupportService.Idva)!.manager;
    const rules = await app.http().get(`${API}/referrals/triage-rules`).set(manager.auth).expect(200);
    expect(rules.body.version).toBe('2026.1');
    expect(rules.body.routing.map((rule: { id: string }) => rule.id)).toEqual([
      'domestic_abuse_high_risk',
      'sexual_violence_under_18',
      'sexual_violence',
      'hate_crime_high_risk',
      'stalking',
      'everyone_else',
    ]);
    expect(rules.body.routing[0]).toEqual({
      id: 'domestic_abuse_high_risk',
      description: expect.any(String),
      when: { concern: 'domestic_abuse', minimumRisk: 'high' },
      service: 'idva',
      alsoRefer: [],
      maracReferral: true,
    });
    await app.http().get(`${API}/referrals/triage-rules`).set(unit.officer.auth).expect(403);
  });
});
