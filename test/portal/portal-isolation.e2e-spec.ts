import { createApiApp } from '../../apps/api/src/api-app';
import { Role } from '@vs/platform';
import { DeclaredRoute, declaredRoutes, signInAs, startTestApp, TestApp } from '@vs/testing';
import { API, eventBody } from '../cases/case-fixtures';
import { InvitedVictim, invitedVictim, PORTAL, PORTAL_PROBE_BODIES, portalTokenFor } from './portal-fixtures';

const call = (app: TestApp, route: DeclaredRoute, path: string, headers: Record<string, string>) =>
  app
    .http()
    [route.method.toLowerCase() as 'get' | 'post'](path)
    .set(headers)
    .send(route.method === 'GET' ? undefined : (PORTAL_PROBE_BODIES[route.path] ?? {}));

describe('a victim sees only their own data in the portal', () => {
  let app: TestApp;
  let a: InvitedVictim;
  let b: InvitedVictim;
  let tokenA: { Authorization: string };
  let portalRoutes: DeclaredRoute[];

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    a = await invitedVictim(app);
    b = await invitedVictim(app);
    await app
      .http()
      .post(`${API}/cases/${b.caseId}/events`)
      .set(b.officer.auth)
      .send(eventBody({ victimLine: 'B secret line' }))
      .expect(201);
    tokenA = await portalTokenFor(app, a.victimId);
    portalRoutes = declaredRoutes(app.app).filter((route) => route.isPortal);
  });

  afterAll(() => app?.close());

  it('has portal routes for cases, progress, statements, requests, call-backs, surveys, contact preferences, access log, my data, messages and sign-out', () => {
    expect(portalRoutes.map((route) => `${route.method} ${route.path}`).sort()).toEqual([
      'GET /api/v1/portal/access-log',
      'GET /api/v1/portal/call-backs',
      'GET /api/v1/portal/cases',
      'GET /api/v1/portal/cases/:id/personal-statement',
      'GET /api/v1/portal/cases/:id/progress',
      'GET /api/v1/portal/cases/:id/survey-answers',
      'GET /api/v1/portal/contact-preferences',
      'GET /api/v1/portal/messages',
      'GET /api/v1/portal/my-data',
      'GET /api/v1/portal/requests',
      'GET /api/v1/portal/requests/:id',
      'POST /api/v1/portal/call-backs',
      'POST /api/v1/portal/cases/:id/complaints',
      'POST /api/v1/portal/cases/:id/personal-statement',
      'POST /api/v1/portal/cases/:id/reviews',
      'POST /api/v1/portal/cases/:id/survey-answers',
      'POST /api/v1/portal/contact-preferences/:channel/close',
      'POST /api/v1/portal/messages',
      'POST /api/v1/portal/sessions/end-all',
    ]);
  });

  it("never shows victim A anything of victim B's, on any portal route with B's ids", async () => {
    const bIds = [b.caseId, b.victimId];
    for (const route of portalRoutes.filter((candidate) => !candidate.path.endsWith('end-all'))) {
      for (const id of bIds) {
        // A channel is not an id: the probe closes A's own SMS channel, which must touch nothing of B's.
        const path = route.path.replace(/:channel/g, 'sms').replace(/:[A-Za-z]+/g, id);
        const response = await call(app, route, path, tokenA);
        const text = JSON.stringify(response.body);
        // A 404 may repeat the id A sent; anything else of B's in the answer is a leak.
        const secrets = [b.caseId, b.victimId, b.crimeReference, 'B secret line'].filter((secret) => secret !== id);
        expect({ route: route.path, leaks: secrets.filter((secret) => text.includes(secret)) }).toEqual({
          route: route.path,
          leaks: [],
        });
        expect([200, 201, 404]).toContain(response.status);
      }
    }
  });

  it('refuses staff tokens on every portal route (401)', async () => {
    const staff = await signInAs(app, Role.ServiceManager);
    for (const route of portalRoutes) {
      const response = await call(app, route, route.path.replace(/:[A-Za-z]+/g, a.caseId), staff.auth);
      expect({ route: route.path, status: response.status }).toEqual({ route: route.path, status: 401 });
    }
  });

  it('shows progress: victim lines only, the next hearing, the advocate by name, and the access log without names', async () => {
    await app
      .http()
      .post(`${API}/cases/${a.caseId}/events`)
      .set(a.officer.auth)
      .send(eventBody({ victimLine: 'Someone was arrested' }))
      .expect(201);
    await app
      .http()
      .post(`${API}/cases/${a.caseId}/events`)
      .set(a.officer.auth)
      .send(eventBody({ type: 'suspect_interviewed', visibleToVictim: false, victimLine: undefined }))
      .expect(201);
    await app
      .http()
      .post(`${API}/cases/${a.caseId}/hearings`)
      .set(a.officer.auth)
      .send({
        occurredAt: '2025-04-01T09:00:00Z',
        court: 'Snaresbrook Crown Court',
        startsAt: '2099-06-02T09:30:00Z',
        type: 'trial',
        visibleToVictim: true,
        victimLine: 'A trial date is set',
      })
      .expect(201);
    const advocate = await signInAs(app, Role.Advocate);
    await app.dataSource.query(
      `INSERT INTO victim_access_grants (id, victim_id, organisation_id, user_id, basis, granted_at) VALUES (gen_random_uuid(), $1, $2, $3, 'supporting', now())`,
      [a.victimId, advocate.user.organisationId, advocate.user.id],
    );
    await app.http().get(`${API}/victims/${a.victimId}`).set(advocate.auth).expect(200);

    const progress = await app.http().get(`${PORTAL}/cases/${a.caseId}/progress`).set(tokenA).expect(200);
    expect(progress.body.timeline.map((entry: { line: string }) => entry.line)).toEqual(
      expect.arrayContaining(['Someone was arrested', 'A trial date is set']),
    );
    expect(JSON.stringify(progress.body)).not.toContain('suspect_interviewed');
    expect(progress.body.nextHearing).toMatchObject({
      court: 'Snaresbrook Crown Court',
      date: 'Tuesday 2 June 2099',
      time: '10:30',
      mustGiveEvidence: false,
    });
    expect(progress.body.advocates).toEqual([expect.objectContaining({ name: advocate.user.displayName })]);
    expect(progress.body.case.stage).toEqual(expect.any(String));

    const log = await app.http().get(`${PORTAL}/access-log`).set(tokenA).expect(200);
    expect(log.body).toEqual(expect.arrayContaining([expect.objectContaining({ who: 'An advocate', action: 'read' })]));
    expect(JSON.stringify(log.body)).not.toContain(advocate.user.displayName);
    expect(log.body.every((entry: { who: string }) => entry.who !== 'victim')).toBe(true);
    const ownReads = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE victim_id = $1 AND actor_role = 'victim'`,
      [a.victimId],
    );
    expect(ownReads[0].n).toBeGreaterThanOrEqual(2);
  });

  it('carries messages both ways, telling the victim over the outbox', async () => {
    await app.http().post(`${PORTAL}/messages`).set(tokenA).send({ body: 'Can you call me after 6?' }).expect(201);
    const manager = await signInAs(app, Role.ServiceManager);
    await app.dataSource.query(
      `INSERT INTO victim_access_grants (id, victim_id, organisation_id, basis, granted_at) VALUES (gen_random_uuid(), $1, $2, 'supporting', now())`,
      [a.victimId, manager.user.organisationId],
    );
    const staffView = await app.http().get(`${API}/victims/${a.victimId}/messages`).set(manager.auth).expect(200);
    // The isolation probe above sent A's own messages too: the conversation ends with this one.
    expect(staffView.body.map((message: { body: string }) => message.body).at(-1)).toBe('Can you call me after 6?');
    await app
      .http()
      .post(`${API}/victims/${a.victimId}/messages`)
      .set(manager.auth)
      .send({ body: 'Yes, at 6:30.' })
      .expect(201);
    const outsider = await signInAs(app, Role.Advocate);
    await app.http().get(`${API}/victims/${a.victimId}/messages`).set(outsider.auth).expect(404);

    const victimView = await app.http().get(`${PORTAL}/messages`).set(tokenA).expect(200);
    expect(victimView.body.map((message: { body: string }) => message.body).slice(-2)).toEqual([
      'Can you call me after 6?',
      'Yes, at 6:30.',
    ]);
    const notices = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM notification_outbox WHERE victim_id = $1 AND purpose = 'advocate_message'`,
      [a.victimId],
    );
    expect(notices[0].n).toBe(1);
    const stored = await app.dataSource.query('SELECT body FROM portal_messages WHERE victim_id = $1', [a.victimId]);
    expect(JSON.stringify(stored)).not.toContain('6:30');
  });

  it('downloads my data as JSON, with my own record and messages only', async () => {
    const response = await app.http().get(`${PORTAL}/my-data`).set(tokenA).expect(200);
    expect(response.headers['content-disposition']).toContain('attachment');
    expect(response.body.you.dateOfBirth).toBe('1988-03-14');
    expect(response.body.cases.map((found: { id: string }) => found.id)).toEqual([a.caseId]);
    expect(JSON.stringify(response.body)).not.toContain(b.crimeReference);
  });
});
