import { createApiApp } from '../../apps/api/src/api-app';
import { ReferralView, SupportService } from '@vs/referrals';
import { startTestApp, TestApp } from '@vs/testing';
import { policeUnit, PoliceUnit } from '../cases/case-fixtures';
import { API, newVictim, referred, triage, victimService, VictimService } from '../referrals/referral-fixtures';
import { Advocate, advocateOf, allocate, casework, versionOf } from './advocacy-fixtures';

describe('allocating referrals to advocates', () => {
  let app: TestApp;
  let unit: PoliceUnit;
  let service: VictimService;
  let polishIdva: Advocate;
  let elsewhereIdva: Advocate;
  let caseworker: Advocate;

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    unit = await policeUnit(app);
    service = await victimService(app, [SupportService.Idva, SupportService.GeneralVictimSupport]);
    polishIdva = await advocateOf(app, service, {
      boroughCodes: ['E09000022'],
      languages: ['pl'],
      caseloadCapacity: 10,
    });
    elsewhereIdva = await advocateOf(app, service, { boroughCodes: ['E09000001'], caseloadCapacity: 10 });
    caseworker = await advocateOf(app, service, { type: 'caseworker', caseloadCapacity: 10 });
  });

  afterAll(() => app?.close());

  const highRiskReferral = (victim: Record<string, unknown> = newVictim({ preferredLanguage: 'pl' })) =>
    referred(app, unit.officer, {
      victim,
      boroughCode: 'E09000022',
      risk: { level: 'high', concerns: ['domestic_abuse'] },
    });
  const triaged = async (referral: ReferralView): Promise<ReferralView> =>
    (await triage(app, service.manager, referral.id, { decision: 'accept', version: referral.version }).expect(200))
      .body;
  const candidatesFor = (referralId: string) =>
    app.http().get(`${API}/referrals/${referralId}/allocation-candidates`).set(service.manager.auth);

  it('ranks the advocates and says why: specialism, borough, language, load', async () => {
    const referral = await highRiskReferral();
    const response = await candidatesFor(referral.id).expect(200);
    expect(response.body).toMatchObject({
      referralId: referral.id,
      service: 'idva',
      boroughCode: 'E09000022',
      language: 'pl',
      currentLeadAdvocateId: null,
    });
    const [first, second, third] = response.body.candidates;
    expect([first.advocateId, second.advocateId, third.advocateId]).toEqual([
      polishIdva.advocateId,
      elsewhereIdva.advocateId,
      caseworker.advocateId,
    ]);
    expect(first).toMatchObject({ rank: 1, score: 100, atCapacity: false, activeCases: 0, caseloadCapacity: 10 });
    expect(first.components).toEqual([
      { component: 'specialism', points: 40, maximum: 40, reason: 'a idva: the specialism of the idva service' },
      { component: 'borough', points: 20, maximum: 20, reason: 'covers E09000022' },
      { component: 'language', points: 20, maximum: 20, reason: "speaks pl, the victim's language" },
      { component: 'load', points: 20, maximum: 20, reason: '0 active of 10: room for 10 more' },
    ]);
    expect(second.components[1]).toMatchObject({ points: 0, reason: 'does not cover E09000022' });
    expect(second.components[2]).toMatchObject({
      points: 0,
      reason: 'does not speak pl: an interpreter would be needed',
    });
    expect(third.components[0]).toMatchObject({
      points: 0,
      reason: 'a caseworker: not a specialism of the idva service',
    });
  });

  it('makes the allocated advocate the victim’s lead, with sight of the victim for them and their team', async () => {
    const referral = await triaged(await highRiskReferral());
    await app.http().get(`${API}/victims/${referral.victimId}`).set(polishIdva.session.auth).expect(404);
    const allocated = await allocate(app, service, referral.id, polishIdva.advocateId);
    expect(allocated.body).toMatchObject({ state: 'allocated', allocation: { userId: polishIdva.session.user.id } });
    await app.http().get(`${API}/victims/${referral.victimId}`).set(polishIdva.session.auth).expect(200);
    await casework(app, polishIdva.session, referral.id).get().expect(200);
    await casework(app, caseworker.session, referral.id).get().expect(404);
    const leads = await app
      .http()
      .get(`${API}/lead-advocates/${referral.victimId}`)
      .set(service.manager.auth)
      .expect(200);
    expect(leads.body).toEqual([expect.objectContaining({ advocateId: polishIdva.advocateId, endedAt: null })]);
    const load = await candidatesFor((await highRiskReferral()).id).expect(200);
    const polish = load.body.candidates.find(
      (candidate: { advocateId: string }) => candidate.advocateId === polishIdva.advocateId,
    );
    expect(polish.activeCases).toBe(1);
  });

  it('keeps one lead across the victim’s referrals: another advocate needs a transfer first', async () => {
    const victim = newVictim({ preferredLanguage: 'pl' });
    const first = await triaged(await highRiskReferral(victim));
    await allocate(app, service, first.id, polishIdva.advocateId);
    const second = await triaged(
      await referred(app, unit.officer, {
        victim: undefined,
        victimId: first.victimId,
        risk: { level: 'high', concerns: ['domestic_abuse'] },
      }),
    );
    const candidates = await candidatesFor(second.id).expect(200);
    expect(candidates.body.currentLeadAdvocateId).toBe(polishIdva.advocateId);
    const refused = await allocate(app, service, second.id, elsewhereIdva.advocateId, 409);
    expect(refused.body).toMatchObject({ code: 'lead_advocate_exists', currentAdvocateId: polishIdva.advocateId });
    await allocate(app, service, second.id, polishIdva.advocateId);
  });

  it('transfers the lead: old access revoked, history kept, open referrals moved, victim to be told', async () => {
    const referral = await triaged(await highRiskReferral());
    await allocate(app, service, referral.id, polishIdva.advocateId);
    const transfer = (body: Record<string, unknown>) =>
      app.http().post(`${API}/lead-advocates/${referral.victimId}/transfer`).set(service.manager.auth).send(body);
    await transfer({ toAdvocateId: polishIdva.advocateId, reason: 'No change' }).expect(409);
    const moved = await transfer({ toAdvocateId: elsewhereIdva.advocateId, reason: 'Amara goes on leave' }).expect(200);
    expect(moved.body).toMatchObject({
      previous: {
        advocateId: polishIdva.advocateId,
        endReason: 'Amara goes on leave',
        succeededById: moved.body.current.id,
      },
      current: { advocateId: elsewhereIdva.advocateId, endedAt: null },
      referralsReassigned: 1,
      victimNotificationPending: true,
    });
    expect(moved.body.previous.endedAt).not.toBeNull();
    await app.http().get(`${API}/victims/${referral.victimId}`).set(polishIdva.session.auth).expect(404);
    await casework(app, polishIdva.session, referral.id).get().expect(404);
    await app.http().get(`${API}/victims/${referral.victimId}`).set(elsewhereIdva.session.auth).expect(200);
    await casework(app, elsewhereIdva.session, referral.id).get().expect(200);
    const grants = await app.dataSource.query(
      `SELECT user_id, revoked_at IS NOT NULL AS revoked FROM victim_access_grants
        WHERE victim_id = $1 AND user_id IN ($2, $3) ORDER BY granted_at`,
      [referral.victimId, polishIdva.session.user.id, elsewhereIdva.session.user.id],
    );
    expect(grants).toEqual([
      { user_id: polishIdva.session.user.id, revoked: true },
      { user_id: elsewhereIdva.session.user.id, revoked: false },
    ]);
    // The victim is told who their new contact is, through the outbox (over a safe channel).
    const told = await app.dataSource.query(
      `SELECT purpose, status FROM notification_outbox WHERE victim_id = $1 AND purpose = 'new_contact_person'`,
      [referral.victimId],
    );
    expect(told).toEqual([{ purpose: 'new_contact_person', status: 'pending' }]);
    const detail = await app.http().get(`${API}/referrals/${referral.id}`).set(service.manager.auth).expect(200);
    expect(detail.body.history.at(-1)).toMatchObject({
      fromState: 'allocated',
      toState: 'allocated',
      details: { reassignedToUserId: elsewhereIdva.session.user.id },
    });
  });

  it('allocates only triaged referrals, to active advocates of the service', async () => {
    const referral = await highRiskReferral();
    const early = await allocate(app, service, referral.id, polishIdva.advocateId, 409);
    expect(early.body).toMatchObject({ code: 'impossible_transition', currentState: 'received' });
    const triagedReferral = await triaged(referral);
    const other = await victimService(app, [SupportService.Idva]);
    const outsider = await advocateOf(app, other);
    const refused = await app
      .http()
      .post(`${API}/referrals/${triagedReferral.id}/allocation`)
      .set(service.manager.auth)
      .send({ advocateId: outsider.advocateId, version: await versionOf(app, service, triagedReferral.id) })
      .expect(400);
    expect(refused.body.errors[0].field).toBe('advocateId');
    await app
      .http()
      .post(`${API}/referrals/${triagedReferral.id}/allocation`)
      .set(other.manager.auth)
      .send({ advocateId: outsider.advocateId, version: triagedReferral.version })
      .expect(404);
  });

  it('keeps advocate profiles to their own service, with load against capacity', async () => {
    const listed = await app.http().get(`${API}/advocates`).set(service.manager.auth).expect(200);
    expect(listed.body.map((advocate: { id: string }) => advocate.id).sort()).toEqual(
      [polishIdva.advocateId, elsewhereIdva.advocateId, caseworker.advocateId].sort(),
    );
    const other = await victimService(app, []);
    await app.http().get(`${API}/advocates/${polishIdva.advocateId}`).set(other.manager.auth).expect(404);
    const current = (await app.http().get(`${API}/advocates/${caseworker.advocateId}`).set(service.manager.auth)).body;
    const updated = await app
      .http()
      .patch(`${API}/advocates/${caseworker.advocateId}`)
      .set(service.manager.auth)
      .send({ version: current.version, caseloadCapacity: 35, workingHoursFraction: 0.5 })
      .expect(200);
    expect(updated.body).toMatchObject({
      caseloadCapacity: 35,
      workingHoursFraction: 0.5,
      version: current.version + 1,
    });
    await app
      .http()
      .patch(`${API}/advocates/${caseworker.advocateId}`)
      .set(service.manager.auth)
      .send({ version: current.version, caseloadCapacity: 40 })
      .expect(409);
    const notAnAdvocate = await app
      .http()
      .post(`${API}/advocates`)
      .set(service.manager.auth)
      .send({ userId: service.manager.user.id, type: 'idva', workingHoursFraction: 1, caseloadCapacity: 60 })
      .expect(400);
    expect(notAnAdvocate.body.errors[0].field).toBe('userId');
  });
});
