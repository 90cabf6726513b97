import { createApiApp } from '../../apps/api/src/api-app';
import { SupportService } from '@vs/referrals';
import { startTestApp, TestApp } from '@vs/testing';
import { policeUnit, PoliceUnit } from '../cases/case-fixtures';
import { API, getReferral, referred, triage, victimService, VictimService } from './referral-fixtures';

describe('a referral’s lifecycle at the service', () => {
  let app: TestApp;
  let unit: PoliceUnit;
  let general: VictimService;
  let isva: VictimService;

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    unit = await policeUnit(app);
    general = await victimService(app, [SupportService.GeneralVictimSupport]);
    isva = await victimService(app, [SupportService.Isva], { firstContactTargetWorkingDays: 3 });
  });

  afterAll(() => app?.close());

  it('is triaged when the manager accepts the proposal, with who and when in its history', async () => {
    const referral = await referred(app, unit.officer);
    const accepted = await triage(app, general.manager, referral.id, { decision: 'accept', version: referral.version });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ state: 'triaged', version: referral.version + 1 });
    const detail = await getReferral(app, general.manager, referral.id).expect(200);
    expect(detail.body.history).toEqual([
      expect.objectContaining({ fromState: null, toState: 'received', actorUserId: unit.officer.user.id }),
      expect.objectContaining({ fromState: 'received', toState: 'triaged', actorUserId: general.manager.user.id }),
    ]);
  });

  it('refuses a stale version (409 with the current one) and a second triage (409 impossible_transition)', async () => {
    const referral = await referred(app, unit.officer);
    await triage(app, general.manager, referral.id, { decision: 'accept', version: referral.version }).expect(200);
    const stale = await triage(app, general.manager, referral.id, { decision: 'accept', version: referral.version });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'stale_version', currentVersion: referral.version + 1 });
    const again = await triage(app, general.manager, referral.id, {
      decision: 'accept',
      version: referral.version + 1,
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'impossible_transition', currentState: 'triaged' });
  });

  it('redirects with a reason: declined here, a new referral at the other service, linked both ways', async () => {
    const referral = await referred(app, unit.officer);
    await triage(app, general.manager, referral.id, { decision: 'redirect', version: referral.version }).expect(400);
    const redirected = await triage(app, general.manager, referral.id, {
      decision: 'redirect',
      version: referral.version,
      reason: 'Disclosed a rape at assessment: an ISVA should support her',
      service: 'isva',
    }).expect(200);
    expect(redirected.body).toMatchObject({ state: 'declined' });
    const declined = await getReferral(app, general.manager, referral.id).expect(200);
    const newId = declined.body.redirectedToReferralId;
    expect(declined.body.history.at(-1)).toMatchObject({
      toState: 'declined',
      reason: 'Disclosed a rape at assessment: an ISVA should support her',
      details: { redirectedToReferralId: newId, service: 'isva', organisationId: isva.organisationId },
    });
    const arrived = await getReferral(app, isva.manager, newId).expect(200);
    expect(arrived.body).toMatchObject({
      state: 'received',
      service: 'isva',
      organisationId: isva.organisationId,
      redirectedFromReferralId: referral.id,
      victimId: referral.victimId,
      reason: referral.reason,
      firstContact: { targetWorkingDays: 3 },
    });
    await app.http().get(`${API}/victims/${referral.victimId}`).set(isva.manager.auth).expect(200);
    // The referrer still sees both, and their resend finds the one they made.
    await getReferral(app, unit.officer, newId).expect(200);
  });

  it('refuses a redirect to an organisation that does not provide the service', async () => {
    const referral = await referred(app, unit.officer);
    const refused = await triage(app, general.manager, referral.id, {
      decision: 'redirect',
      version: referral.version,
      reason: 'Wrong service',
      service: 'isva',
      organisationId: general.organisationId,
    }).expect(422);
    expect(refused.body.code).toBe('not_a_provider');
  });

  it('answers 404 to a manager of another service, unless they break glass to read (audited, flagged)', async () => {
    const referral = await referred(app, unit.officer);
    await triage(app, isva.manager, referral.id, { decision: 'accept', version: referral.version }).expect(404);
    await getReferral(app, isva.manager, referral.id).expect(404);
    const glass = await getReferral(app, isva.manager, referral.id, { 'X-Break-Glass-Reason': 'Safeguarding call' });
    expect(glass.status).toBe(200);
    expect(glass.body.breakGlass).toBe(true);
    const flagged = await app.dataSource.query(
      `SELECT flagged_for_review FROM audit_events WHERE entity_id = $1 AND break_glass_reason IS NOT NULL`,
      [referral.id],
    );
    expect(flagged).toEqual([{ flagged_for_review: true }]);
  });

  it('surfaces referrals whose first contact is overdue', async () => {
    const late = await referred(app, unit.officer);
    const onTime = await referred(app, unit.officer);
    await app.dataSource.query(`UPDATE referrals SET first_contact_due_at = now() - interval '1 hour' WHERE id = $1`, [
      late.id,
    ]);
    const overdue = await app.http().get(`${API}/referrals?overdue=true`).set(general.manager.auth).expect(200);
    const ids = overdue.body.items.map((item: { id: string }) => item.id);
    expect(ids).toContain(late.id);
    expect(ids).not.toContain(onTime.id);
    expect(overdue.body.items.find((item: { id: string }) => item.id === late.id).firstContact.overdue).toBe(true);
  });

  it('sets the first-contact deadline in working days from receipt', async () => {
    const referral = await referred(app, unit.officer);
    const due = new Date(referral.firstContact.dueAt);
    expect(due.getTime()).toBeGreaterThan(new Date(referral.receivedAt).getTime() + 24 * 3600_000);
    // The end of a London day.
    expect(due.toLocaleTimeString('en-GB', { timeZone: 'Europe/London' })).toBe('23:59:59');
  });
});
