import { createApiApp } from '../../apps/api/src/api-app';
import { StaffUser } from '@vs/auth';
import { Role, ROLE_PERMISSIONS } from '@vs/platform';
import { createStaff, signIn, startTestApp, TEST_PASSWORD, TestApp } from '@vs/testing';

interface AuditRow {
  action: string;
  outcome: string;
  entity_id: string | null;
}

describe('sign-in, refresh and sign-out', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
  });

  afterAll(() => app?.close());

  const login = (email: string, password: string) => app.http().post('/api/v1/auth/login').send({ email, password });
  const auditOf = (entityId: string): Promise<AuditRow[]> =>
    app.dataSource.query('SELECT action, outcome, entity_id FROM audit_events WHERE entity_id = $1 ORDER BY id', [
      entityId,
    ]);

  it('signs in with the right password, case-insensitively by email, and audits it', async () => {
    const user = await createStaff(app.dataSource, Role.Advocate);
    const response = await login(user.email.toUpperCase(), TEST_PASSWORD).expect(200);
    expect(response.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900, mfaEnrolmentRequired: false });
    const me = await app
      .http()
      .get('/api/v1/auth/me')
      .set('Authorization', `Bearer ${response.body.accessToken}`)
      .expect(200);
    expect(me.body).toMatchObject({
      userId: user.id,
      role: 'advocate',
      permissions: [...ROLE_PERMISSIONS[Role.Advocate]],
    });
    const [event] = await app.dataSource.query(
      "SELECT actor_user_id, action FROM audit_events WHERE actor_user_id = $1 AND action = 'login'",
      [user.id],
    );
    expect(event).toMatchObject({ actor_user_id: user.id });
  });

  it('answers a wrong password and an unknown account identically', async () => {
    const user = await createStaff(app.dataSource, Role.Referrer);
    const wrong = await login(user.email, 'not the right password').expect(401);
    const unknown = await login('nobody-here@test.vs.london', 'not the right password').expect(401);
    const strip = ({ requestId: _, ...rest }: Record<string, unknown>) => rest;
    expect(strip(wrong.body)).toEqual(strip(unknown.body));
    expect(wrong.body.code).toBe('invalid_credentials');
    expect((await auditOf(user.id)).map((row) => [row.action, row.outcome])).toEqual([['login_failed', 'denied']]);
  });

  it('locks after five failures, answers a locked account like a wrong password, and locks longer each time', async () => {
    const user = await createStaff(app.dataSource, Role.Advocate);
    for (let attempt = 0; attempt < 5; attempt++) await login(user.email, 'wrong password here').expect(401);
    const locked = await app.dataSource.getRepository(StaffUser).findOneByOrFail({ id: user.id });
    expect(locked.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    const firstLockMs = locked.lockedUntil!.getTime() - Date.now();

    const whileLocked = await login(user.email, TEST_PASSWORD).expect(401);
    expect(whileLocked.body.code).toBe('invalid_credentials');

    // Let the first lock run out, then fail five times again: the second lock is longer.
    await app.dataSource.getRepository(StaffUser).update({ id: user.id }, { lockedUntil: new Date(Date.now() - 1000) });
    for (let attempt = 0; attempt < 5; attempt++) await login(user.email, 'wrong password here').expect(401);
    const relocked = await app.dataSource.getRepository(StaffUser).findOneByOrFail({ id: user.id });
    expect(relocked.lockedUntil!.getTime() - Date.now()).toBeGreaterThan(firstLockMs + 30_000);
  });

  it('clears the failure count on a successful sign-in', async () => {
    const user = await createStaff(app.dataSource, Role.Advocate);
    for (let attempt = 0; attempt < 4; attempt++) await login(user.email, 'wrong password here').expect(401);
    await login(user.email, TEST_PASSWORD).expect(200);
    await login(user.email, 'wrong password here').expect(401);
    await login(user.email, TEST_PASSWORD).expect(200);
  });

  it('rotates refresh tokens: each works once and yields a new pair', async () => {
    const session = await signIn(app, await createStaff(app.dataSource, Role.Advocate));
    const first = await app
      .http()
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: session.refreshToken })
      .expect(200);
    expect(first.body.refreshToken).not.toBe(session.refreshToken);
    const second = await app
      .http()
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: first.body.refreshToken })
      .expect(200);
    await app.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${second.body.accessToken}`).expect(200);
  });

  it('revokes the whole family when a spent refresh token is presented again', async () => {
    const session = await signIn(app, await createStaff(app.dataSource, Role.Advocate));
    const rotated = await app
      .http()
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: session.refreshToken })
      .expect(200);
    await app.http().post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
    // The thief's replay also kills the legitimate holder's newer tokens.
    await app.http().post('/api/v1/auth/refresh').send({ refreshToken: rotated.body.refreshToken }).expect(401);
    await app.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${rotated.body.accessToken}`).expect(401);
    const [event] = await app.dataSource.query(
      "SELECT outcome FROM audit_events WHERE action = 'token_reuse_detected' AND actor_user_id = $1",
      [session.user.id],
    );
    expect(event).toEqual({ outcome: 'denied' });
  });

  it('refuses malformed and unknown refresh tokens', async () => {
    await app.http().post('/api/v1/auth/refresh').send({ refreshToken: 'garbage' }).expect(401);
    await app
      .http()
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: '01900000-0000-7000-8000-000000000000.abc' })
      .expect(401);
    await app.http().post('/api/v1/auth/refresh').send({}).expect(400);
  });

  it('logs out: the access token and the refresh token stop working at once', async () => {
    const session = await signIn(app, await createStaff(app.dataSource, Role.Advocate));
    await app.http().post('/api/v1/auth/logout').set(session.auth).expect(204);
    await app.http().get('/api/v1/auth/me').set(session.auth).expect(401);
    await app.http().post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
  });

  it('ends the sessions of a disabled user at once', async () => {
    const session = await signIn(app, await createStaff(app.dataSource, Role.Advocate));
    await app.dataSource.getRepository(StaffUser).update({ id: session.user.id }, { disabledAt: new Date() });
    await app.http().get('/api/v1/auth/me').set(session.auth).expect(401);
    await login(session.user.email, TEST_PASSWORD).expect(401);
  });

  it('validates the login body, naming the field', async () => {
    const response = await app
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'not-an-email', password: 'x', role: 'admin' })
      .expect(400);
    expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['email', 'role']);
  });

  it('changes a password under the NCSC rules and ends other sessions', async () => {
    const user = await createStaff(app.dataSource, Role.Advocate);
    const kept = await signIn(app, user);
    const other = await signIn(app, user);
    const weak = await app
      .http()
      .post('/api/v1/auth/password')
      .set(kept.auth)
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'password1234' })
      .expect(400);
    expect(weak.body.errors[0].field).toBe('newPassword');
    await app
      .http()
      .post('/api/v1/auth/password')
      .set(kept.auth)
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'seven lanterns over thames' })
      .expect(204);
    await app.http().get('/api/v1/auth/me').set(kept.auth).expect(200);
    await app.http().get('/api/v1/auth/me').set(other.auth).expect(401);
    await app
      .http()
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: 'seven lanterns over thames' })
      .expect(200);
  });
});
