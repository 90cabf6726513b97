import { generateSync } from 'otplib';
import { createApiApp } from '../../apps/api/src/api-app';
import { StaffUser } from '@vs/auth';
import { Role } from '@vs/platform';
import { createStaff, startTestApp, TEST_PASSWORD, TestApp } from '@vs/testing';

describe('TOTP multi-factor authentication, required per role', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp(createApiApp, { variables: { MFA_REQUIRED_ROLES: 'advocate,admin' } });
  });

  afterAll(() => app?.close());

  const login = (body: Record<string, string>) => app.http().post('/api/v1/auth/login').send(body);

  it('lets a role that does not require MFA sign in without it', async () => {
    const user = await createStaff(app.dataSource, Role.Commissioner);
    const response = await login({ email: user.email, password: TEST_PASSWORD }).expect(200);
    expect(response.body.mfaEnrolmentRequired).toBe(false);
  });

  it('confines an unenrolled user of a role that requires MFA to enrolment, then requires codes', async () => {
    const user = await createStaff(app.dataSource, Role.Admin);
    const first = await login({ email: user.email, password: TEST_PASSWORD }).expect(200);
    expect(first.body.mfaEnrolmentRequired).toBe(true);
    const auth = { Authorization: `Bearer ${first.body.accessToken}` };

    const blocked = await app.http().get('/api/v1/admin/users').set(auth).expect(403);
    expect(blocked.body.code).toBe('mfa_enrolment_required');
    await app.http().get('/api/v1/auth/me').set(auth).expect(200);

    const enrolment = await app.http().post('/api/v1/auth/mfa/enrol').set(auth).expect(200);
    expect(enrolment.body.otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    const stored = await app.dataSource.getRepository(StaffUser).findOneByOrFail({ id: user.id });
    expect(stored.mfaPendingSecret).not.toContain(enrolment.body.secret); // encrypted at rest

    await app.http().post('/api/v1/auth/mfa/confirm').set(auth).send({ code: '000000' }).expect(400);
    const code = generateSync({ secret: enrolment.body.secret });
    await app.http().post('/api/v1/auth/mfa/confirm').set(auth).send({ code }).expect(204);
    await app.http().get('/api/v1/admin/users').set(auth).expect(200);

    const withoutCode = await login({ email: user.email, password: TEST_PASSWORD }).expect(401);
    expect(withoutCode.body.code).toBe('mfa_code_required');
    await login({ email: user.email, password: TEST_PASSWORD, totp: '123456' }).expect(401);
    // The code that confirmed enrolment cannot be replayed to sign in.
    await login({ email: user.email, password: TEST_PASSWORD, totp: code }).expect(401);
  });

  it('accepts a fresh code and refuses its replay', async () => {
    const user = await createStaff(app.dataSource, Role.Advocate);
    const first = await login({ email: user.email, password: TEST_PASSWORD }).expect(200);
    const auth = { Authorization: `Bearer ${first.body.accessToken}` };
    const { body } = await app.http().post('/api/v1/auth/mfa/enrol').set(auth).expect(200);
    // Confirm with the previous step's code so the current step stays unused for the sign-in below.
    const previous = generateSync({ secret: body.secret, epoch: Math.floor(Date.now() / 1000) - 30 });
    await app.http().post('/api/v1/auth/mfa/confirm').set(auth).send({ code: previous }).expect(204);
    const current = generateSync({ secret: body.secret });
    await login({ email: user.email, password: TEST_PASSWORD, totp: current }).expect(200);
    await login({ email: user.email, password: TEST_PASSWORD, totp: current }).expect(401);
  });
});
