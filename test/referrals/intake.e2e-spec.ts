import { createApiApp } from '../../apps/api/src/api-app';
import { Role } from '@vs/platform';
import { SupportService } from '@vs/referrals';
import { SignedIn, signInAs, startTestApp, TestApp } from '@vs/testing';
import { newCrimeReference, policeUnit, PoliceUnit, recordCase } from '../cases/case-fixtures';
import {
  API,
  getReferral,
  newKey,
  newVictim,
  refer,
  referralBody,
  victimService,
  VictimService,
} from './referral-fixtures';

describe('referral intake', () => {
  let app: TestApp;
  let unit: PoliceUnit;
  let general: VictimService;

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    unit = await policeUnit(app);
    general = await victimService(app, [SupportService.GeneralVictimSupport, SupportService.Idva]);
  });

  afterAll(() => app?.close());

  const count = async (table: string, where = 'TRUE', params: unknown[] = []): Promise<number> =>
    Number((await app.dataSource.query(`SELECT count(*) AS n FROM ${table} WHERE ${where}`, params))[0].n);

  it('records the victim, proposes a service and gives the referrer and the service access', async () => {
    const response = await refer(app, unit.officer, referralBody()).expect(201);
    expect(response.body).toMatchObject({
      state: 'received',
      service: 'general_victim_support',
      organisationId: general.organisationId,
      referredByUserId: unit.officer.user.id,
      reason: 'Assaulted on the way home; wants support.',
      triage: { proposedService: 'general_victim_support', ruleId: 'everyone_else', rulesVersion: '2026.1' },
      firstContact: { targetWorkingDays: 2, madeAt: null, overdue: false },
      allocation: null,
    });
    const { victimId } = response.body;
    await app.http().get(`${API}/victims/${victimId}`).set(unit.officer.auth).expect(200);
    await app.http().get(`${API}/victims/${victimId}`).set(general.manager.auth).expect(200);
    const stored = await app.dataSource.query('SELECT reason FROM referrals WHERE id = $1', [response.body.id]);
    expect(stored[0].reason).not.toContain('Assaulted');
    const audit = await app.dataSource.query(
      `SELECT action FROM audit_events WHERE entity_type = 'referral' AND entity_id = $1 AND victim_id = $2`,
      [response.body.id, victimId],
    );
    expect(audit).toEqual([{ action: 'create' }]);
  });

  it('notes a police referral for a recorded crime on its case, in the same transaction', async () => {
    const recorded = await recordCase(app, unit.officer, { boroughCode: 'E09000012' });
    const response = await refer(app, unit.officer, referralBody({ crimeReference: recorded.crimeReference })).expect(
      201,
    );
    expect(response.body).toMatchObject({ caseId: recorded.id, boroughCode: 'E09000012' });
    const events = await app.dataSource.query(
      `SELECT type, visible_to_victim FROM case_events WHERE case_id = $1 AND type = 'referral_sent'`,
      [recorded.id],
    );
    expect(events).toEqual([{ type: 'referral_sent', visible_to_victim: true }]);
  });

  it('keeps the reference of a crime not recorded yet, with no case', async () => {
    const crimeReference = newCrimeReference();
    const response = await refer(app, unit.officer, referralBody({ crimeReference })).expect(201);
    expect(response.body).toMatchObject({ crimeReference, caseId: null });
  });

  describe('idempotency', () => {
    it('answers a resend with the original referral (200) and creates nothing', async () => {
      const key = newKey();
      const body = referralBody();
      const first = await refer(app, unit.officer, body, key).expect(201);
      const victims = await count('victims');
      const again = await refer(app, unit.officer, body, key).expect(200);
      expect(again.body).toEqual(first.body);
      expect(await count('referrals', 'idempotency_key = $1', [key])).toBe(1);
      expect(await count('victims')).toBe(victims);
    });

    it('takes the key from the body as well as the header, and refuses two that differ', async () => {
      const key = newKey();
      const body = referralBody({ idempotencyKey: key });
      const first = await app.http().post(`${API}/referrals`).set(unit.officer.auth).send(body).expect(201);
      const again = await refer(app, unit.officer, body, key).expect(200);
      expect(again.body.id).toBe(first.body.id);
      const clash = await refer(app, unit.officer, referralBody({ idempotencyKey: newKey() }), newKey()).expect(400);
      expect(clash.body.errors[0].field).toBe('idempotencyKey');
      const none = await app.http().post(`${API}/referrals`).set(unit.officer.auth).send(referralBody()).expect(400);
      expect(none.body.errors[0].field).toBe('idempotencyKey');
    });

    it('makes one referral and one victim of copies sent at the same moment', async () => {
      const key = newKey();
      const body = referralBody();
      const victims = await count('victims');
      const answers = await Promise.all(Array.from({ length: 8 }, () => refer(app, unit.officer, body, key)));
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
      expect(new Set(answers.map((answer) => answer.body.id)).size).toBe(1);
      expect(await count('referrals', 'idempotency_key = $1', [key])).toBe(1);
      expect(await count('victims')).toBe(victims + 1);
    });

    it('refuses the same key for a different referral (422), leaving the first alone', async () => {
      const key = newKey();
      await refer(app, unit.officer, referralBody(), key).expect(201);
      const reused = await refer(app, unit.officer, referralBody(), key).expect(422);
      expect(reused.body.code).toBe('idempotency_key_reused');
    });

    it('keeps keys apart per referring organisation', async () => {
      const key = newKey();
      const other = await policeUnit(app);
      const body = referralBody();
      const mine = await refer(app, unit.officer, body, key).expect(201);
      const theirs = await refer(app, other.officer, { ...body, victim: newVictim() }, key).expect(201);
      expect(theirs.body.id).not.toBe(mine.body.id);
    });
  });

  describe('the victim', () => {
    it('links a recorded victim the referrer may see', async () => {
      const first = await refer(app, unit.officer, referralBody()).expect(201);
      const second = await refer(app, unit.officer, referralBody({ victim: undefined, victimId: first.body.victimId }));
      expect(second.status).toBe(201);
      expect(second.body.victimId).toBe(first.body.victimId);
    });

    it('answers 404 for a victim outside the referrer’s scope, even to a manager breaking glass', async () => {
      const hidden = await refer(app, unit.officer, referralBody()).expect(201);
      const referrer = await signInAs(app, Role.Referrer);
      const body = referralBody({ victim: undefined, victimId: hidden.body.victimId });
      await refer(app, referrer, body).expect(404);
      const elsewhere = await victimService(app, []);
      await app
        .http()
        .post(`${API}/referrals`)
        .set(elsewhere.manager.auth)
        .set({ 'Idempotency-Key': newKey(), 'X-Break-Glass-Reason': 'testing' })
        .send(body)
        .expect(404);
    });

    it('refuses a possible duplicate of a recorded victim, creating nothing', async () => {
      const person = newVictim();
      await refer(app, unit.officer, referralBody({ victim: person })).expect(201);
      const referrals = await count('referrals');
      const duplicate = await refer(app, unit.officer, referralBody({ victim: { ...person } })).expect(409);
      expect(duplicate.body.code).toBe('possible_duplicate');
      expect(await count('referrals')).toBe(referrals);
      await refer(
        app,
        unit.officer,
        referralBody({ victim: { ...person, createAnyway: true, reason: 'A different person, same name' } }),
      ).expect(201);
    });

    it('names invalid fields of a new victim under `victim`', async () => {
      const response = await refer(
        app,
        unit.officer,
        referralBody({ victim: newVictim({ dateOfBirth: '2999-01-01' }) }),
      );
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([{ field: 'victim.dateOfBirth', messages: [expect.any(String)] }]);
    });

    it('refuses both a new victim and a recorded one, or neither', async () => {
      const first = await refer(app, unit.officer, referralBody()).expect(201);
      const both = await refer(app, unit.officer, referralBody({ victimId: first.body.victimId })).expect(400);
      expect(both.body.errors[0].field).toBe('victim');
      await refer(app, unit.officer, referralBody({ victim: undefined })).expect(400);
    });
  });

  describe('consent', () => {
    it('refers without consent only at high risk, with the lawful basis recorded', async () => {
      const withoutConsent = { given: false, lawfulBasis: 'vital_interests', justification: 'Threats to kill' };
      const refused = await refer(app, unit.officer, referralBody({ consent: withoutConsent })).expect(400);
      expect(refused.body.errors[0].field).toBe('consent.given');
      const highRisk = { level: 'high', concerns: ['domestic_abuse'] };
      const accepted = await refer(app, unit.officer, referralBody({ consent: withoutConsent, risk: highRisk }));
      expect(accepted.status).toBe(201);
      expect(accepted.body.consent).toEqual(withoutConsent);
      const noBasis = referralBody({ consent: { given: false }, risk: highRisk });
      const missing = await refer(app, unit.officer, noBasis).expect(400);
      expect(missing.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
        'consent.justification',
        'consent.lawfulBasis',
      ]);
    });
  });

  it('shows referrers their own referrals only, and police officers their unit’s', async () => {
    const referrer: SignedIn = await signInAs(app, Role.Referrer, { organisationId: unit.organisationId });
    const own = await refer(app, referrer, referralBody({ source: 'general_practice' })).expect(201);
    const colleague = await refer(app, unit.officer, referralBody()).expect(201);
    const listed = (await app.http().get(`${API}/referrals`).set(referrer.auth).expect(200)).body.items;
    expect(listed.map((item: { id: string }) => item.id)).toEqual([own.body.id]);
    expect(listed[0]).not.toHaveProperty('reason');
    await getReferral(app, referrer, colleague.body.id).expect(404);
    await getReferral(app, unit.officer, own.body.id).expect(200);
  });
});
