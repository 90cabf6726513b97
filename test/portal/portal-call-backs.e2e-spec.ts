import { createApiApp } from '../../apps/api/src/api-app';
import { Role } from '@vs/platform';
import { signInAs, startTestApp, TestApp } from '@vs/testing';
import { API } from '../cases/case-fixtures';
import { InvitedVictim, invitedVictim, PORTAL, portalTokenFor } from './portal-fixtures';

describe('call-backs asked for in the portal, within a safe window', () => {
  let app: TestApp;
  let victim: InvitedVictim;
  let token: { Authorization: string };

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    victim = await invitedVictim(app);
    token = await portalTokenFor(app, victim.victimId);
  });

  afterAll(() => app?.close());

  it('refuses a window in the past or ending before it starts', async () => {
    await app
      .http()
      .post(`${PORTAL}/call-backs`)
      .set(token)
      .send({ date: '2020-01-06', from: '10:00', to: '11:00' })
      .expect(400);
    await app
      .http()
      .post(`${PORTAL}/call-backs`)
      .set(token)
      .send({ date: '2099-01-06', from: '11:00', to: '10:00' })
      .expect(400);
  });

  it('shows the request to staff in scope, who mark it done once; the victim sees that it was', async () => {
    const asked = await app
      .http()
      .post(`${PORTAL}/call-backs`)
      .set(token)
      .send({ date: '2099-01-06', from: '13:00', to: '14:30', note: 'About the court date' })
      .expect(201);
    expect(asked.body).toMatchObject({ date: '2099-01-06', from: '13:00', to: '14:30', doneAt: null });

    const staffPath = `${API}/victims/${victim.victimId}/call-backs`;
    const seen = await app.http().get(staffPath).set(victim.officer.auth).expect(200);
    expect(seen.body).toEqual([expect.objectContaining({ id: asked.body.id, note: 'About the court date' })]);
    const outsider = await signInAs(app, Role.Advocate);
    await app.http().get(staffPath).set(outsider.auth).expect(404);
    await app.http().post(`${staffPath}/${asked.body.id}/done`).set(outsider.auth).expect(404);

    await app.http().post(`${staffPath}/${asked.body.id}/done`).set(victim.officer.auth).expect(200);
    await app.http().post(`${staffPath}/${asked.body.id}/done`).set(victim.officer.auth).expect(409);
    const mine = await app.http().get(`${PORTAL}/call-backs`).set(token).expect(200);
    expect(mine.body).toEqual([expect.objectContaining({ id: asked.body.id, doneAt: expect.any(String) })]);

    const stored = await app.dataSource.query('SELECT note FROM portal_call_backs WHERE id = $1', [asked.body.id]);
    expect(JSON.stringify(stored)).not.toContain('court date');
    const audit = await app.dataSource.query(
      `SELECT DISTINCT actor_role, action FROM audit_events WHERE victim_id = $1 AND entity_type LIKE 'portal_call_back%'`,
      [victim.victimId],
    );
    expect(audit).toEqual(
      expect.arrayContaining([
        { actor_role: 'victim', action: 'create' },
        { actor_role: 'victim', action: 'read' },
        { actor_role: 'police_case_officer', action: 'read' },
        { actor_role: 'police_case_officer', action: 'update' },
      ]),
    );
  });
});
