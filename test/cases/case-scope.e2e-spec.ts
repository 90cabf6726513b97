import { createApiApp } from '../../apps/api/src/api-app';
import { OrganisationKind } from '@vs/auth';
import { BREAK_GLASS_HEADER, Role } from '@vs/platform';
import { createOrganisation, SignedIn, signInAs, startTestApp, TestApp } from '@vs/testing';
import { VictimAccessBasis } from '@vs/victims';
import {
  API,
  caseWithVictim,
  createVictim,
  grantAccess,
  linkVictim,
  PoliceUnit,
  policeUnit,
  RecordedCase,
  recordCase,
} from './case-fixtures';

describe('who sees which case', () => {
  let app: TestApp;
  let unit: PoliceUnit;
  let supported: { case: RecordedCase; victimId: string };
  let unsupported: { case: RecordedCase; victimId: string };
  let serviceId: string;
  let advocate: SignedIn;

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    unit = await policeUnit(app);
    supported = await caseWithVictim(app, unit.officer, { boroughCode: 'E09000012' });
    unsupported = await caseWithVictim(app, unit.officer, { boroughCode: 'E09000012' });
    serviceId = (await createOrganisation(app.dataSource, OrganisationKind.VictimService)).id;
    advocate = await signInAs(app, Role.Advocate, { organisationId: serviceId, team: 'North IDVA' });
    await grantAccess(app, {
      victimId: supported.victimId,
      organisationId: serviceId,
      team: 'North IDVA',
      basis: VictimAccessBasis.Supporting,
    });
  });

  afterAll(() => app?.close());

  const list = (who: SignedIn, query = '') => app.http().get(`${API}/cases${query}`).set(who.auth).expect(200);
  const idsListedFor = async (who: SignedIn): Promise<string[]> =>
    (await list(who, '?boroughCode=E09000012')).body.items.map((item: { id: string }) => item.id);
  const detail = (who: SignedIn, caseId: string, headers: Record<string, string> = {}) =>
    app.http().get(`${API}/cases/${caseId}`).set(who.auth).set(headers);
  const sees = async (who: SignedIn): Promise<Record<string, boolean>> => ({
    supported: (await detail(who, supported.case.id)).status === 200,
    unsupported: (await detail(who, unsupported.case.id)).status === 200,
  });

  it('shows a police officer every case their organisation recorded, and no other', async () => {
    expect(await idsListedFor(unit.officer)).toEqual([unsupported.case.id, supported.case.id]);
    expect(await sees(unit.officer)).toEqual({ supported: true, unsupported: true });
    const elsewhere = await policeUnit(app);
    expect(await idsListedFor(elsewhere.officer)).toEqual([]);
    expect(await sees(elsewhere.officer)).toEqual({ supported: false, unsupported: false });
  });

  it('shows an advocate only the cases of victims allocated to them or their team', async () => {
    expect(await idsListedFor(advocate)).toEqual([supported.case.id]);
    expect(await sees(advocate)).toEqual({ supported: true, unsupported: false });
    const teamless = await signInAs(app, Role.Advocate, { organisationId: serviceId });
    expect(await idsListedFor(teamless)).toEqual([]);
    expect(await sees(teamless)).toEqual({ supported: false, unsupported: false });
  });

  it('lets an advocate re-assess enhanced rights only for a victim of theirs', async () => {
    const reassess = (caseId: string, victimId: string) =>
      app.http().post(`${API}/cases/${caseId}/victims/${victimId}/enhanced-rights-assessment`).set(advocate.auth);
    const reassessed = await reassess(supported.case.id, supported.victimId).expect(200);
    expect(reassessed.body).toMatchObject({ victimId: supported.victimId, enhancedRights: { eligible: true } });
    await reassess(unsupported.case.id, unsupported.victimId).expect(404);
    await reassess(supported.case.id, unsupported.victimId).expect(404);
  });

  it('shows a referrer the cases of the victims they referred', async () => {
    const referrer = await signInAs(app, Role.Referrer);
    await grantAccess(app, {
      victimId: unsupported.victimId,
      organisationId: referrer.user.organisationId,
      userId: referrer.user.id,
      basis: VictimAccessBasis.Referred,
    });
    expect(await idsListedFor(referrer)).toEqual([unsupported.case.id]);
    expect(await sees(referrer)).toEqual({ supported: false, unsupported: true });
  });

  it('shows a service manager the cases of their service’s victims', async () => {
    const manager = await signInAs(app, Role.ServiceManager, { organisationId: serviceId });
    expect(await idsListedFor(manager)).toEqual([supported.case.id]);
    expect(await sees(manager)).toEqual({ supported: true, unsupported: false });
  });

  it('lets a service manager break glass into a case out of scope with a reason: audited, flagged, marked', async () => {
    const manager = await signInAs(app, Role.ServiceManager, { organisationId: serviceId });
    await detail(manager, unsupported.case.id).expect(404);
    const reason = 'Safeguarding concern reported out of hours';
    const read = await detail(manager, unsupported.case.id, { [BREAK_GLASS_HEADER]: reason }).expect(200);
    expect(read.body).toMatchObject({
      id: unsupported.case.id,
      breakGlass: true,
      victims: [expect.objectContaining({ victimId: unsupported.victimId })],
    });
    const trail = await app.dataSource.query(
      "SELECT victim_id, break_glass_reason, flagged_for_review FROM audit_events WHERE entity_type = 'case' AND entity_id = $1 AND actor_user_id = $2",
      [unsupported.case.id, manager.user.id],
    );
    expect(trail).toEqual([{ victim_id: unsupported.victimId, break_glass_reason: reason, flagged_for_review: true }]);
    expect((await list(manager)).body.items.map((item: { id: string }) => item.id)).not.toContain(unsupported.case.id);
  });

  it('never lets anyone else break glass, and flags nothing when a reason comes with an in-scope read', async () => {
    const reason = { [BREAK_GLASS_HEADER]: 'Curious' };
    await detail(advocate, unsupported.case.id, reason).expect(404);
    const elsewhere = await policeUnit(app);
    await detail(elsewhere.officer, unsupported.case.id, reason).expect(404);
    const inScope = await detail(advocate, supported.case.id, reason).expect(200);
    expect(inScope.body.breakGlass).toBe(false);
    const flagged = await app.dataSource.query(
      'SELECT count(*)::int AS n FROM audit_events WHERE actor_user_id = $1 AND flagged_for_review',
      [advocate.user.id],
    );
    expect(flagged).toEqual([{ n: 0 }]);
  });

  it('hides a case without victims from break glass', async () => {
    const manager = await signInAs(app, Role.ServiceManager, { organisationId: serviceId });
    const bare = await recordCase(app, unit.officer);
    await detail(manager, bare.id, { [BREAK_GLASS_HEADER]: 'Checking' }).expect(404);
  });

  it('audits every read of a case once per victim, in the read', async () => {
    const recorded = await recordCase(app, unit.officer);
    const victims = [await createVictim(app, unit.officer), await createVictim(app, unit.officer)];
    for (const victimId of victims) await linkVictim(app, unit.officer, recorded.id, victimId).expect(201);
    await detail(unit.officer, recorded.id).expect(200);
    const reads = await app.dataSource.query(
      "SELECT victim_id, actor_user_id FROM audit_events WHERE action = 'read' AND entity_type = 'case' AND entity_id = $1 ORDER BY victim_id",
      [recorded.id],
    );
    expect(reads).toEqual(
      [...victims].sort().map((victimId) => ({ victim_id: victimId, actor_user_id: unit.officer.user.id })),
    );
  });

  it('filters and pages the list', async () => {
    const filtered = await policeUnit(app);
    const officerInCase = await signInAs(app, Role.PoliceCaseOfficer, { organisationId: filtered.organisationId });
    const hate = await recordCase(app, filtered.officer, {
      offenceGroup: 'hate_crime',
      hateCrimeStrand: 'disability',
      boroughCode: 'E09000030',
    });
    const stalking = await recordCase(app, filtered.officer, {
      offenceGroup: 'stalking_harassment',
      officerInCaseId: officerInCase.user.id,
    });
    const moved = await recordCase(app, filtered.officer, { offenceGroup: 'fraud' });
    await app
      .http()
      .post(`${API}/cases/${moved.id}/events`)
      .set(filtered.officer.auth)
      .send({
        type: 'stage_changed',
        stage: 'under_investigation',
        version: 1,
        occurredAt: '2025-03-02T09:00:00Z',
        visibleToVictim: false,
      })
      .expect(201);
    const ids = async (query: string): Promise<string[]> =>
      (await list(filtered.officer, query)).body.items.map((item: { id: string }) => item.id);
    expect(await ids('')).toEqual([moved.id, stalking.id, hate.id]);
    expect(await ids('?boroughCode=E09000030')).toEqual([hate.id]);
    expect(await ids('?offenceGroup=stalking_harassment')).toEqual([stalking.id]);
    expect(await ids(`?officerInCaseId=${officerInCase.user.id}`)).toEqual([stalking.id]);
    expect(await ids('?stage=under_investigation')).toEqual([moved.id]);
    expect(await ids(`?crimeReference=${encodeURIComponent(hate.crimeReference.toLowerCase())}`)).toEqual([hate.id]);
    const first = await list(filtered.officer, '?limit=2');
    expect(first.body.items.map((item: { id: string }) => item.id)).toEqual([moved.id, stalking.id]);
    const second = await list(filtered.officer, `?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body).toMatchObject({
      nextCursor: null,
      items: [expect.objectContaining({ id: hate.id, boroughName: 'Tower Hamlets' })],
    });
    await app.http().get(`${API}/cases?boroughCode=E09000099`).set(filtered.officer.auth).expect(400);
  });

  it('gives roles without case access 403, and unknown cases 404', async () => {
    for (const role of [Role.Commissioner, Role.Auditor, Role.Admin]) {
      const other = await signInAs(app, role);
      await app.http().get(`${API}/cases`).set(other.auth).expect(403);
    }
    await detail(unit.officer, '01900000-0000-7000-8000-000000000000').expect(404);
  });
});
