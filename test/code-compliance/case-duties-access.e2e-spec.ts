import { createApiApp } from '../../apps/api/src/api-app';
import { OrganisationKind } from '@vs/auth';
import { BREAK_GLASS_HEADER, Role } from '@vs/platform';
import { countQueries, createOrganisation, SignedIn, signInAs, startTestApp, TestApp } from '@vs/testing';
import { VictimAccessBasis } from '@vs/victims';
import {
  caseWithVictim,
  createVictim,
  grantAccess,
  linkVictim,
  PoliceUnit,
  policeUnit,
  recordEvent,
} from '../cases/case-fixtures';
import { dutiesOf, dutiesRequest, dutyIn, waive } from './duty-fixtures';

describe("who sees and waives a case's duties", () => {
  let app: TestApp;
  let unit: PoliceUnit;
  let caseId: string;
  let supportedVictim: string;
  let otherVictim: string;
  let serviceId: string;
  let advocate: SignedIn;

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    unit = await policeUnit(app);
    const recorded = await caseWithVictim(app, unit.officer);
    caseId = recorded.case.id;
    supportedVictim = recorded.victimId;
    otherVictim = await createVictim(app, unit.officer);
    await linkVictim(app, unit.officer, caseId, otherVictim).expect(201);
    serviceId = (await createOrganisation(app.dataSource, OrganisationKind.VictimService)).id;
    advocate = await signInAs(app, Role.Advocate, { organisationId: serviceId, team: 'South ISVA' });
    await grantAccess(app, {
      victimId: supportedVictim,
      organisationId: serviceId,
      team: 'South ISVA',
      basis: VictimAccessBasis.Supporting,
    });
  });

  afterAll(() => app?.close());

  const readsOfDuties = (actorUserId: string) =>
    app.dataSource.query(
      `SELECT victim_id, break_glass_reason, flagged_for_review FROM audit_events
        WHERE action = 'read' AND entity_id = $1 AND actor_user_id = $2 AND details->>'part' = 'duties'
        ORDER BY victim_id`,
      [caseId, actorUserId],
    );

  it('shows them to whoever may read the case, auditing the read once per victim', async () => {
    const duties = await dutiesOf(app, unit.officer, caseId);
    expect(new Set(duties.map((duty) => duty.victimId))).toEqual(new Set([supportedVictim, otherVictim]));
    expect(await dutiesOf(app, advocate, caseId)).toHaveLength(duties.length);
    expect(await readsOfDuties(unit.officer.user.id)).toEqual(
      [supportedVictim, otherVictim]
        .sort()
        .map((victimId) => ({ victim_id: victimId, break_glass_reason: null, flagged_for_review: false })),
    );
  });

  it('answers 404, never 403, to staff who may read cases but not this one', async () => {
    const elsewhere = await policeUnit(app);
    await dutiesRequest(app, elsewhere.officer, caseId).expect(404);
    const teamless = await signInAs(app, Role.Advocate, { organisationId: serviceId });
    await dutiesRequest(app, teamless, caseId).expect(404);
    await dutiesRequest(app, unit.officer, '01900000-0000-7000-8000-000000000000').expect(404);
    expect(await readsOfDuties(elsewhere.officer.user.id)).toEqual([]);
  });

  it('lets a service manager break glass with a reason, like the case detail: audited and flagged', async () => {
    const manager = await signInAs(app, Role.ServiceManager);
    await dutiesRequest(app, manager, caseId).expect(404);
    const reason = 'Safeguarding call from the victim out of hours';
    const read = await dutiesRequest(app, manager, caseId, { [BREAK_GLASS_HEADER]: reason }).expect(200);
    expect(read.body).toMatchObject({ caseId, breakGlass: true });
    expect(await readsOfDuties(manager.user.id)).toEqual(
      [supportedVictim, otherVictim]
        .sort()
        .map((victimId) => ({ victim_id: victimId, break_glass_reason: reason, flagged_for_review: true })),
    );
    const duty = dutyIn(read.body.duties, 'R4_REFERRAL_TO_SUPPORT', supportedVictim);
    await waive(app, manager, caseId, duty.id).expect(403);
  });

  it('refuses roles without case access', async () => {
    for (const role of [Role.Commissioner, Role.Auditor, Role.Admin])
      await dutiesRequest(app, await signInAs(app, role), caseId).expect(403);
  });

  it('lets an advocate waive only for the victim they support', async () => {
    const duties = await dutiesOf(app, unit.officer, caseId);
    // Still open: no charge decision yet.
    const theirs = dutyIn(duties, 'R7_PERSONAL_STATEMENT_OFFERED', supportedVictim);
    const notTheirs = dutyIn(duties, 'R7_PERSONAL_STATEMENT_OFFERED', otherVictim);
    await waive(app, advocate, caseId, notTheirs.id).expect(404);
    const elsewhere = await policeUnit(app);
    await waive(app, elsewhere.officer, caseId, theirs.id).expect(404);
    const waived = await waive(app, advocate, caseId, theirs.id).expect(200);
    expect(waived.body).toMatchObject({ status: 'waived', waiver: { recordedByUserId: advocate.user.id } });
  });

  it('reads the duties of a busy case in as many queries as a quiet one', async () => {
    const quiet = (await caseWithVictim(app, unit.officer)).case.id;
    const busy = (await caseWithVictim(app, unit.officer)).case.id;
    for (let index = 0; index < 3; index++)
      await linkVictim(app, unit.officer, busy, await createVictim(app, unit.officer)).expect(201);
    for (let index = 0; index < 10; index++) await recordEvent(app, unit.officer, busy).expect(201);
    const queriesOf = (id: string) =>
      countQueries(app.dataSource, () => dutiesRequest(app, unit.officer, id).expect(200));
    expect(await queriesOf(busy)).toBe(await queriesOf(quiet));
  });
});
