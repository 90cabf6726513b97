import { INestApplicationContext } from '@nestjs/common';
import { createApiApp } from '../../apps/api/src/api-app';
import { Role } from '@vs/platform';
import { NotifyStub, signInAs, startTestApp, TestApp } from '@vs/testing';
import { newCrimeReference } from '../cases/case-fixtures';
import { startDeliveryContext } from '../notifications/notifications-fixtures';
import {
  codesQueuedFor,
  deliveredCode,
  invitedVictim,
  PORTAL,
  portalNotifyVariables,
  startAccess,
  verifyAccess,
} from './portal-fixtures';

const withoutId = (body: Record<string, unknown>): Record<string, unknown> => ({ ...body, challengeId: '<id>' });

describe('victim portal access: crime reference, date of birth and a one-time code', () => {
  const stub = new NotifyStub();
  let app: TestApp;
  let delivery: INestApplicationContext;

  beforeAll(async () => {
    await stub.start();
    app = await startTestApp(createApiApp, { variables: portalNotifyVariables(stub) });
    delivery = await startDeliveryContext(app.config);
  });

  afterAll(async () => {
    await delivery?.close();
    await app?.close();
    await stub.stop();
  });

  // Every request here comes from 127.0.0.1: start each test with the address's counters clear, so
  // only the test about the per-address limit meets it.
  beforeEach(() => app.dataSource.query(`DELETE FROM portal_attempt_counters WHERE key LIKE '%:ip:%'`));

  it('sends the code over the safe channel only, and exchanges it once for a working portal token', async () => {
    const victim = await invitedVictim(app);
    const started = await startAccess(app, victim.crimeReference.toLowerCase()).expect(202);
    const code = await deliveredCode(app, delivery, stub, victim.victimId);
    const safeEmail = victim.channels.find((channel) => channel.safe)!.value;
    // No victim in this file has a safe SMS channel, so no text message may ever go out.
    expect(stub.sent.filter((item) => item.type === 'sms')).toEqual([]);
    expect(stub.sent.filter((item) => item.to === safeEmail)).toEqual([expect.objectContaining({ type: 'email' })]);

    const verified = await verifyAccess(app, started.body.challengeId, code).expect(200);
    expect(verified.body).toMatchObject({ tokenType: 'Bearer', expiresIn: expect.any(Number) });
    const auth = { Authorization: `Bearer ${verified.body.accessToken}` };
    const cases = await app.http().get(`${PORTAL}/cases`).set(auth).expect(200);
    expect(cases.body).toEqual([expect.objectContaining({ id: victim.caseId, crimeReference: victim.crimeReference })]);

    // Used once: the same code again is refused like any wrong one.
    const reused = await verifyAccess(app, started.body.challengeId, code).expect(401);
    expect(reused.body.code).toBe('portal_code_refused');
    const stored = await app.dataSource.query('SELECT code_hash FROM portal_challenges WHERE id = $1', [
      started.body.challengeId,
    ]);
    expect(stored[0].code_hash).not.toContain(code);

    await app.http().post(`${PORTAL}/sessions/end-all`).set(auth).expect(200, { ended: 1 });
    await app.http().get(`${PORTAL}/cases`).set(auth).expect(401);
  });

  it('answers an unknown crime reference, a wrong date of birth and a match exactly alike', async () => {
    const victim = await invitedVictim(app);
    const matched = await startAccess(app, victim.crimeReference).expect(202);
    const unknown = await startAccess(app, newCrimeReference()).expect(202);
    const wrongBirthday = await startAccess(app, victim.crimeReference, '1990-01-01').expect(202);
    for (const other of [unknown, wrongBirthday]) {
      expect(withoutId(other.body)).toEqual(withoutId(matched.body));
      expect(other.headers['content-type']).toBe(matched.headers['content-type']);
    }
    expect(unknown.body.challengeId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await codesQueuedFor(app, victim.victimId)).toHaveLength(1);
    await verifyAccess(app, unknown.body.challengeId, '123456').expect(401);
  });

  it('sends no code to a victim who was not invited, or who has no safe text channel', async () => {
    const uninvited = await invitedVictim(app);
    await app.dataSource.query('UPDATE portal_invitations SET revoked_at = now() WHERE victim_id = $1', [
      uninvited.victimId,
    ]);
    await startAccess(app, uninvited.crimeReference).expect(202);
    const unsafe = await invitedVictim(app, [{ channel: 'sms', value: '07700 900999', safe: false }]);
    await startAccess(app, unsafe.crimeReference).expect(202);
    expect(await codesQueuedFor(app, uninvited.victimId)).toEqual([]);
    expect(await codesQueuedFor(app, unsafe.victimId)).toEqual([]);
  });

  it('refuses a wrong code, an expired code and a challenge after three wrong codes, all with one answer', async () => {
    const victim = await invitedVictim(app);
    const first = await startAccess(app, victim.crimeReference).expect(202);
    const code = await deliveredCode(app, delivery, stub, victim.victimId);
    const wrong = code === '000000' ? '111111' : '000000';
    const refused = await verifyAccess(app, first.body.challengeId, wrong).expect(401);
    await app.dataSource.query(`UPDATE portal_challenges SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      first.body.challengeId,
    ]);
    const expired = await verifyAccess(app, first.body.challengeId, code).expect(401);
    expect(withoutRequestId(expired.body)).toEqual(withoutRequestId(refused.body));

    await app.dataSource.query(`DELETE FROM portal_attempt_counters`);
    const second = await startAccess(app, victim.crimeReference).expect(202);
    const secondCode = await deliveredCode(app, delivery, stub, victim.victimId);
    const other = secondCode === '000000' ? '111111' : '000000';
    for (let attempt = 0; attempt < 3; attempt++) await verifyAccess(app, second.body.challengeId, other).expect(401);
    await verifyAccess(app, second.body.challengeId, secondCode).expect(401);
  });

  it('locks a crime reference after too many starts or wrong codes, with the same answers, longer each time', async () => {
    const victim = await invitedVictim(app);
    const answers = [];
    for (let attempt = 0; attempt < 6; attempt++)
      answers.push((await startAccess(app, victim.crimeReference).expect(202)).body);
    expect(new Set(answers.map((body) => JSON.stringify(withoutId(body)))).size).toBe(1);
    expect(await codesQueuedFor(app, victim.victimId)).toHaveLength(5);

    // Wrong codes: five against one crime reference lock it, even for the right code afterwards.
    await app.dataSource.query(`DELETE FROM portal_attempt_counters WHERE key LIKE 'start:%'`);
    const first = await startAccess(app, victim.crimeReference).expect(202);
    const firstCode = await deliveredCode(app, delivery, stub, victim.victimId);
    const second = await startAccess(app, victim.crimeReference).expect(202);
    const secondCode = await deliveredCode(app, delivery, stub, victim.victimId);
    const wrongFor = (code: string): string => (code === '000000' ? '111111' : '000000');
    for (let attempt = 0; attempt < 3; attempt++)
      await verifyAccess(app, first.body.challengeId, wrongFor(firstCode)).expect(401);
    for (let attempt = 0; attempt < 2; attempt++)
      await verifyAccess(app, second.body.challengeId, wrongFor(secondCode)).expect(401);
    await verifyAccess(app, second.body.challengeId, wrongFor(secondCode)).expect(401);
    const locked = await verifyAccess(app, second.body.challengeId, secondCode).expect(401);
    expect(locked.body.code).toBe('portal_code_refused');

    const [counter] = await app.dataSource.query(
      'SELECT locks, locked_until FROM portal_attempt_counters WHERE key = $1',
      [`verify:crime:${victim.crimeReference}`],
    );
    expect(counter.locks).toBe(1);
    expect(new Date(counter.locked_until).getTime()).toBeGreaterThan(Date.now() + 14 * 60 * 1000);
  });

  it('limits each client address across crime references', async () => {
    const victim = await invitedVictim(app);
    for (let attempt = 0; attempt < 20; attempt++) await startAccess(app, newCrimeReference()).expect(202);
    await startAccess(app, victim.crimeReference).expect(202);
    expect(await codesQueuedFor(app, victim.victimId)).toEqual([]);
  });

  it('lets police, advocates and managers invite only victims in their scope', async () => {
    const victim = await invitedVictim(app);
    const stranger = await signInAs(app, Role.PoliceCaseOfficer);
    await app
      .http()
      .post(`/api/v1/victims/${victim.victimId}/portal-invitations`)
      .set(stranger.auth)
      .send({ caseId: victim.caseId })
      .expect(404);
    const referrer = await signInAs(app, Role.Referrer);
    await app
      .http()
      .post(`/api/v1/victims/${victim.victimId}/portal-invitations`)
      .set(referrer.auth)
      .send({ caseId: victim.caseId })
      .expect(403);
  });
});

const withoutRequestId = (body: Record<string, unknown>): Record<string, unknown> => ({ ...body, requestId: '<id>' });
