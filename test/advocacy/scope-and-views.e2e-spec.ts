import { createApiApp } from '../../apps/api/src/api-app';
import { Role } from '@vs/platform';
import { SupportService } from '@vs/referrals';
import { countQueries, signInAs, startTestApp, TestApp } from '@vs/testing';
import { policeUnit, PoliceUnit } from '../cases/case-fixtures';
import { API, getReferral, referred, triage, victimService, VictimService } from '../referrals/referral-fixtures';
import { acceptedBy, Advocate, advocateOf, allocate, casework } from './advocacy-fixtures';

const dash = (yes: number): string[] => [...Array<string>(yes).fill('yes'), ...Array<string>(24 - yes).fill('no')];

describe('who sees which casework, caseloads and the service dashboard', () => {
  let app: TestApp;
  let unit: PoliceUnit;
  let service: VictimService;
  let amara: Advocate;
  let teammate: Advocate;
  let loner: Advocate;

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    unit = await policeUnit(app);
    service = await victimService(app, [SupportService.GeneralVictimSupport]);
    amara = await advocateOf(app, service, { type: 'caseworker', caseloadCapacity: 3 }, 'North');
    teammate = await advocateOf(app, service, { type: 'caseworker' }, 'North');
    loner = await advocateOf(app, service, { type: 'caseworker' });
  });

  afterAll(() => app?.close());

  const acceptedFor = async (advocate: Advocate, risk = { level: 'standard', concerns: [] as string[] }) => {
    const referral = await referred(app, unit.officer, { risk });
    await acceptedBy(app, service, referral.id, advocate);
    return referral;
  };

  it('shows casework to the allocated advocate, their team and their manager; 404 to anyone else', async () => {
    const referral = await acceptedFor(amara);
    await casework(app, amara.session, referral.id).get().expect(200);
    await casework(app, teammate.session, referral.id).get().expect(200);
    await casework(app, service.manager, referral.id).get().expect(200);
    await casework(app, loner.session, referral.id).get().expect(404);
    await casework(app, loner.session, referral.id).post('notes', { text: 'Not mine' }).expect(404);
    const otherService = await victimService(app, []);
    await casework(app, otherService.manager, referral.id).get().expect(404);
    const stranger = await advocateOf(app, otherService, { type: 'caseworker' }, 'North');
    await casework(app, stranger.session, referral.id).get().expect(404);
    await getReferral(app, stranger.session, referral.id).expect(404);
    await getReferral(app, loner.session, referral.id).expect(404);
    await getReferral(app, teammate.session, referral.id).expect(200);
    await app.http().get(`${API}/victims/${referral.victimId}`).set(loner.session.auth).expect(404);
    // The referrer keeps sight of the referral, never of the casework.
    await getReferral(app, unit.officer, referral.id).expect(200);
    await casework(app, unit.officer, referral.id).get().expect(403);
  });

  it('lists my caseload by risk, then by what is due soonest', async () => {
    const standard = await acceptedFor(amara);
    const high = await acceptedFor(amara);
    await casework(app, amara.session, high.id)
      .post('risk-assessments', { answers: dash(15), incidentsInLast12Months: 1 })
      .expect(201);
    const soon = await acceptedFor(amara);
    await casework(app, amara.session, soon.id).post('tasks', { title: 'Call back', dueOn: '2025-01-02' }).expect(201);
    const caseload = await app.http().get(`${API}/caseload`).set(amara.session.auth).expect(200);
    const ids = caseload.body.items.map((item: { referralId: string }) => item.referralId);
    expect(ids.slice(0, 2)).toEqual([high.id, soon.id]);
    expect(ids).toContain(standard.id);
    expect(caseload.body.items[0]).toMatchObject({
      victimId: high.victimId,
      givenNames: expect.any(String),
      risk: { level: 'high', source: 'risk_assessment', maracCriteria: ['visible_high_risk'] },
    });
    expect(caseload.body.items[1].nextDue).toMatchObject({ what: 'task', overdue: true });
    const audited = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE actor_user_id = $1 AND details->>'caseload' = 'true'`,
      [amara.session.user.id],
    );
    expect(audited[0].n).toBe(caseload.body.items.length);
  });

  it('lets a manager read an advocate’s caseload, and no one else’s', async () => {
    await app
      .http()
      .get(`${API}/caseload?advocateUserId=${amara.session.user.id}`)
      .set(service.manager.auth)
      .expect(200);
    await app.http().get(`${API}/caseload?advocateUserId=${amara.session.user.id}`).set(loner.session.auth).expect(404);
    const elsewhere = await victimService(app, []);
    const theirs = await app
      .http()
      .get(`${API}/caseload?advocateUserId=${amara.session.user.id}`)
      .set(elsewhere.manager.auth)
      .expect(200);
    expect(theirs.body.items).toEqual([]);
  });

  it('reads a caseload of 2 or of many in the same few queries', async () => {
    const queriesOf = (advocate: Advocate) =>
      countQueries(app.dataSource, () => app.http().get(`${API}/caseload`).set(advocate.session.auth).expect(200));
    for (let index = 0; index < 2; index++) await acceptedFor(teammate);
    const few = await queriesOf(teammate);
    for (let index = 0; index < 6; index++) await acceptedFor(loner);
    expect(await queriesOf(loner)).toBe(few);
    expect(few).toBeLessThanOrEqual(5);
  });

  it('lists a service’s referrals in the same queries whatever their number', async () => {
    const queriesOf = (limit: number) =>
      countQueries(app.dataSource, () =>
        app.http().get(`${API}/referrals?limit=${limit}`).set(service.manager.auth).expect(200),
      );
    expect(await queriesOf(30)).toBe(await queriesOf(2));
    expect(await queriesOf(30)).toBeLessThanOrEqual(2);
  });

  it('shows the manager load against capacity, waiting and overdue referrals, and unreached high risk', async () => {
    const waiting = await referred(app, unit.officer);
    const triagedOne = await referred(app, unit.officer);
    await triage(app, service.manager, triagedOne.id, { decision: 'accept', version: triagedOne.version }).expect(200);
    await app.dataSource.query(`UPDATE referrals SET first_contact_due_at = now() - interval '1 day' WHERE id = $1`, [
      waiting.id,
    ]);
    const unreached = await acceptedFor(teammate, { level: 'high', concerns: [] });
    const reached = await acceptedFor(teammate, { level: 'high', concerns: [] });
    await casework(app, teammate.session, reached.id)
      .post('contacts', { occurredAt: new Date().toISOString(), method: 'phone', outcome: 'made' })
      .expect(201);

    const queries = await countQueries(app.dataSource, () =>
      app.http().get(`${API}/service-dashboard`).set(service.manager.auth).expect(200),
    );
    expect(queries).toBeLessThanOrEqual(5);
    const dashboard = (await app.http().get(`${API}/service-dashboard`).set(service.manager.auth).expect(200)).body;
    const amaraLoad = dashboard.advocates.find((row: { advocateId: string }) => row.advocateId === amara.advocateId);
    expect(amaraLoad).toMatchObject({ caseloadCapacity: 3, activeCases: 4, loadRatio: 1.33, overCapacity: true });
    expect(dashboard.waiting).toMatchObject({ received: 1, triaged: 1 });
    expect(dashboard.firstContactsOverdue.referrals.map((row: { referralId: string }) => row.referralId)).toContain(
      waiting.id,
    );
    const unreachedIds = dashboard.highRiskWithoutRecentContact.referrals.map(
      (row: { referralId: string }) => row.referralId,
    );
    expect(unreachedIds).toContain(unreached.id);
    expect(unreachedIds).not.toContain(reached.id);
    await app.http().get(`${API}/service-dashboard`).set(amara.session.auth).expect(403);
  });

  it('lets a teammate work a referral allocated to their team, but not read another team’s', async () => {
    const referral = await acceptedFor(amara);
    await casework(app, teammate.session, referral.id)
      .post('notes', { text: 'Covered while Amara was out' })
      .expect(201);
    const southie = await signInAs(app, Role.Advocate, { organisationId: service.organisationId, team: 'South' });
    await casework(app, southie, referral.id).get().expect(404);
    // Allocated once, it is not allocated again: the lead moves by a transfer.
    await allocate(app, service, referral.id, amara.advocateId, 409);
  });
});
