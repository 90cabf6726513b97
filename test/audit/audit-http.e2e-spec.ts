import { createApiApp } from '../../apps/api/src/api-app';
import { AuditSealer } from '@vs/audit';
import { Role } from '@vs/platform';
import { SignedIn, signInAs, startTestApp, TestApp } from '@vs/testing';

/** The auditor's routes through the real guard, with trail entries made by real requests. */
describe('the audit trail over HTTP', () => {
  let app: TestApp;
  let auditor: SignedIn;
  let admin: SignedIn;

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    auditor = await signInAs(app, Role.Auditor);
    admin = await signInAs(app, Role.Admin);
  });

  afterAll(() => app?.close());

  it('finds what an administrator did, by actor and by entity', async () => {
    const target = await signInAs(app, Role.Advocate);
    await app.http().get(`/api/v1/admin/users/${target.user.id}`).set(admin.auth).expect(200);
    const byActor = await app.http().get(`/api/v1/audit/events?actorId=${admin.user.id}`).set(auditor.auth).expect(200);
    expect(byActor.body.items.map((event: { action: string }) => event.action)).toEqual(['read', 'login']);
    const byEntity = await app
      .http()
      .get(`/api/v1/audit/events?entityType=staff_user&entityId=${target.user.id}`)
      .set(auditor.auth)
      .expect(200);
    expect(byEntity.body.items).toHaveLength(1);
    expect(byEntity.body.items[0]).toMatchObject({
      action: 'read',
      requestId: expect.any(String),
      clientIp: expect.any(String),
    });
  });

  it('lists out-of-scope reads made under a break-glass reason for review, and nothing else', async () => {
    const officer = await signInAs(app, Role.PoliceCaseOfficer);
    const created = await app
      .http()
      .post('/api/v1/victims')
      .set(officer.auth)
      .send({ givenNames: 'Break', familyName: 'Glass', dateOfBirth: '1990-04-01' })
      .expect(201);
    const manager = await signInAs(app, Role.ServiceManager);
    const reason = 'Safeguarding call from the duty IDVA';
    await app
      .http()
      .get(`/api/v1/victims/${created.body.id}`)
      .set(manager.auth)
      .set('x-break-glass-reason', reason)
      .expect(200);
    // A reason sent where no glass needs breaking (an administrator's own scope) flags nothing.
    await app
      .http()
      .get(`/api/v1/admin/users/${officer.user.id}`)
      .set(admin.auth)
      .set('x-break-glass-reason', reason)
      .expect(200);
    const flagged = await app.http().get('/api/v1/audit/break-glass').set(auditor.auth).expect(200);
    expect(flagged.body.items).toHaveLength(1);
    expect(flagged.body.items[0]).toMatchObject({
      actorUserId: manager.user.id,
      victimId: created.body.id,
      breakGlassReason: reason,
    });
  });

  it('exports CSV with a header row and audits the export', async () => {
    const response = await app
      .http()
      .get(`/api/v1/audit/events/export?actorId=${admin.user.id}`)
      .set(auditor.auth)
      .expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    const [header, ...rows] = response.text.trim().split('\n');
    expect(header).toContain('action');
    expect(rows.length).toBeGreaterThanOrEqual(2);
    const exports = await app.dataSource.query("SELECT actor_user_id FROM audit_events WHERE action = 'export'");
    expect(exports).toEqual([{ actor_user_id: auditor.user.id }]);
  });

  it('verifies the sealed chain and names nothing broken', async () => {
    await new AuditSealer(app.dataSource).sealPending(); // the worker does this every 2 s
    const response = await app.http().get('/api/v1/audit/verify').set(auditor.auth).expect(200);
    expect(response.body).toMatchObject({ intact: true, firstBroken: null });
    expect(response.body.checked).toBeGreaterThan(3);
  });

  it('names the field of a bad filter', async () => {
    const response = await app
      .http()
      .get('/api/v1/audit/events?victimId=someone&from=yesterday')
      .set(auditor.auth)
      .expect(400);
    expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['from', 'victimId']);
  });
});
