import { createApiApp } from '../../apps/api/src/api-app';
import { Role } from '@vs/platform';
import { SignedIn, signInAs, startTestApp, TestApp } from '@vs/testing';

describe('administration of organisations and staff users', () => {
  let app: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    admin = await signInAs(app, Role.Admin);
  });

  afterAll(() => app?.close());

  const post = (path: string, body: object) => app.http().post(`/api/v1/admin/${path}`).set(admin.auth).send(body);
  const patch = (path: string, body: object) => app.http().patch(`/api/v1/admin/${path}`).set(admin.auth).send(body);
  const get = (path: string) => app.http().get(`/api/v1/admin/${path}`).set(admin.auth);

  it('creates, reads and updates an organisation, auditing each change with the fields it touched', async () => {
    const created = await post('organisations', { name: 'Havens ISVA Service', kind: 'victim_service' }).expect(201);
    expect(created.body).toMatchObject({ name: 'Havens ISVA Service', kind: 'victim_service', version: 1 });
    await get(`organisations/${created.body.id}`).expect(200);
    const updated = await patch(`organisations/${created.body.id}`, { name: 'The Havens', version: 1 }).expect(200);
    expect(updated.body).toMatchObject({ name: 'The Havens', version: 2 });
    const trail = await app.dataSource.query(
      'SELECT action, changed_fields, actor_user_id, actor_role FROM audit_events WHERE entity_id = $1 ORDER BY id',
      [created.body.id],
    );
    expect(trail).toEqual([
      { action: 'create', changed_fields: ['name', 'kind'], actor_user_id: admin.user.id, actor_role: 'admin' },
      { action: 'update', changed_fields: ['name'], actor_user_id: admin.user.id, actor_role: 'admin' },
    ]);
  });

  it('refuses a duplicate organisation name with 409', async () => {
    await post('organisations', { name: 'Hate Crime Advocacy', kind: 'victim_service' }).expect(201);
    const duplicate = await post('organisations', { name: 'Hate Crime Advocacy', kind: 'victim_service' }).expect(409);
    expect(duplicate.body.code).toBe('duplicate_organisation');
  });

  it('refuses a stale update with 409 and the current version, changing nothing', async () => {
    const created = await post('organisations', { name: 'Stalking Advocacy', kind: 'victim_service' }).expect(201);
    await patch(`organisations/${created.body.id}`, { kind: 'police_unit', version: 1 }).expect(200);
    const stale = await patch(`organisations/${created.body.id}`, { name: 'Renamed', version: 1 }).expect(409);
    expect(stale.body).toMatchObject({ code: 'stale_version', currentVersion: 2 });
    expect((await get(`organisations/${created.body.id}`)).body.name).toBe('Stalking Advocacy');
  });

  it('validates bodies and ids, naming the field', async () => {
    const bad = await post('organisations', { name: 'X', kind: 'pub', colour: 'red' }).expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['colour', 'kind', 'name']);
    await get('organisations/not-a-uuid').expect(400);
    await get('organisations/01900000-0000-7000-8000-000000000000').expect(404);
  });

  it('creates staff users under the password policy and never returns secrets', async () => {
    const organisation = await post('organisations', { name: 'General Victim Service', kind: 'victim_service' }).expect(
      201,
    );
    const body = {
      email: 'New.Advocate@Example.org',
      displayName: 'New Advocate',
      role: 'advocate',
      organisationId: organisation.body.id,
      team: 'South',
    };
    const weak = await post('users', { ...body, password: 'short' }).expect(400);
    expect(weak.body.errors[0].field).toBe('password');
    await post('users', { ...body, password: 'password12345' }).expect(400);
    const created = await post('users', { ...body, password: 'tangerine bicycle harbour' }).expect(201);
    expect(created.body).toMatchObject({
      email: 'new.advocate@example.org',
      role: 'advocate',
      team: 'South',
      mfaEnabled: false,
    });
    expect(JSON.stringify(created.body)).not.toMatch(/passwordHash|argon2|mfaSecret/);
    const duplicate = await post('users', {
      ...body,
      email: 'new.advocate@EXAMPLE.org',
      password: 'tangerine bicycle harbour',
    }).expect(409);
    expect(duplicate.body.code).toBe('duplicate_email');
    await post('users', {
      ...body,
      email: 'x@example.org',
      organisationId: '01900000-0000-7000-8000-000000000000',
      password: 'tangerine bicycle harbour',
    }).expect(404);
  });

  it("audits every read of a staff member's account", async () => {
    const target = await signInAs(app, Role.Advocate);
    await get(`users/${target.user.id}`).expect(200);
    const reads = await app.dataSource.query(
      "SELECT actor_user_id FROM audit_events WHERE action = 'read' AND entity_type = 'staff_user' AND entity_id = $1",
      [target.user.id],
    );
    expect(reads).toEqual([{ actor_user_id: admin.user.id }]);
  });

  it('lists users with filters and cursor pagination', async () => {
    const organisation = await post('organisations', { name: 'Paging Service', kind: 'victim_service' }).expect(201);
    for (let index = 0; index < 3; index++) {
      await post('users', {
        email: `page${index}@example.org`,
        displayName: `Page ${index}`,
        role: index === 2 ? 'service_manager' : 'advocate',
        organisationId: organisation.body.id,
        password: 'tangerine bicycle harbour',
      }).expect(201);
    }
    const first = await get(`users?organisationId=${organisation.body.id}&limit=2`).expect(200);
    expect(first.body.items).toHaveLength(2);
    const second = await get(
      `users?organisationId=${organisation.body.id}&limit=2&cursor=${first.body.nextCursor}`,
    ).expect(200);
    expect(second.body).toMatchObject({ nextCursor: null });
    expect(second.body.items).toHaveLength(1);
    const managers = await get(`users?organisationId=${organisation.body.id}&role=service_manager`).expect(200);
    expect(managers.body.items.map((user: { email: string }) => user.email)).toEqual(['page2@example.org']);
    await get('users?limit=500').expect(400);
  });

  it('disables a user (ending their sessions) and unlocks a locked one', async () => {
    const target = await signInAs(app, Role.Advocate);
    await patch(`users/${target.user.id}`, { disabled: true, version: target.user.version }).expect(200);
    await app.http().get('/api/v1/auth/me').set(target.auth).expect(401);
    await app.http().post('/api/v1/auth/refresh').send({ refreshToken: target.refreshToken }).expect(401);
    const unlocked = await post(`users/${target.user.id}/unlock`, {}).expect(200);
    expect(unlocked.body).toMatchObject({ disabled: true, lockedUntil: null });
  });
});
