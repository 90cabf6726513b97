import { createApiApp } from '../../apps/api/src/api-app';
import { Role } from '@vs/platform';
import { signInAs, startTestApp, TestApp } from '@vs/testing';
import { API } from '../cases/case-fixtures';
import { InvitedVictim, invitedVictim, PORTAL, portalTokenFor } from './portal-fixtures';

describe("the victim's Personal Statement in the portal", () => {
  let app: TestApp;
  let victim: InvitedVictim;
  let token: { Authorization: string };

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    victim = await invitedVictim(app);
    token = await portalTokenFor(app, victim.victimId);
  });

  afterAll(() => app?.close());

  const statementOf = (caseId: string) => `${PORTAL}/cases/${caseId}/personal-statement`;

  it('keeps every version: an update adds one and the first stays as it was', async () => {
    const empty = await app.http().get(statementOf(victim.caseId)).set(token).expect(200);
    expect(empty.body).toEqual({ caseId: victim.caseId, current: null, versions: [] });

    await app
      .http()
      .post(statementOf(victim.caseId))
      .set(token)
      .send({ text: 'I no longer feel safe at home.', readAloudInCourt: true, readAloudBy: 'myself' })
      .expect(201);
    const updated = await app
      .http()
      .post(statementOf(victim.caseId))
      .set(token)
      .send({ text: 'I have moved house because of this.', readAloudInCourt: false, readAloudBy: 'prosecutor' })
      .expect(201);

    expect(updated.body.versions).toEqual([
      expect.objectContaining({ version: 1, text: 'I no longer feel safe at home.', readAloudBy: 'myself' }),
      expect.objectContaining({ version: 2, text: 'I have moved house because of this.', readAloudInCourt: false }),
    ]);
    // Not read aloud: who would read it means nothing, so it is not kept.
    expect(updated.body.current).toMatchObject({ version: 2, readAloudBy: null });
    const stored = await app.dataSource.query('SELECT text FROM victim_personal_statements WHERE victim_id = $1', [
      victim.victimId,
    ]);
    expect(JSON.stringify(stored)).not.toContain('moved house');
  });

  it('comes with the my-data download', async () => {
    const download = await app.http().get(`${PORTAL}/my-data`).set(token).expect(200);
    expect(download.body.personalStatements).toEqual([
      expect.objectContaining({ caseId: victim.caseId, versions: [expect.anything(), expect.anything()] }),
    ]);
    expect(download.body).toMatchObject({ complaintsAndReviews: [], callBacks: [], surveyAnswers: [] });
  });

  it('asks who reads it when it is to be read aloud', async () => {
    await app
      .http()
      .post(statementOf(victim.caseId))
      .set(token)
      .send({ text: 'Something', readAloudInCourt: true })
      .expect(400);
  });

  it('lets staff in scope read it, audited, and answers 404 to staff out of scope', async () => {
    const read = await app.http().get(`${API}/victims/${victim.victimId}/personal-statements`).set(victim.officer.auth);
    expect(read.status).toBe(200);
    expect(read.body).toEqual([
      expect.objectContaining({ caseId: victim.caseId, current: expect.objectContaining({ version: 2 }) }),
    ]);

    const outsider = await signInAs(app, Role.Advocate);
    await app.http().get(`${API}/victims/${victim.victimId}/personal-statements`).set(outsider.auth).expect(404);

    const audit = await app.dataSource.query(
      `SELECT actor_role, action FROM audit_events WHERE victim_id = $1 AND entity_type = 'victim_personal_statement'
        ORDER BY occurred_at, id`,
      [victim.victimId],
    );
    expect(audit).toEqual(
      expect.arrayContaining([
        { actor_role: 'victim', action: 'create' },
        { actor_role: 'victim', action: 'update' },
        { actor_role: 'police_case_officer', action: 'read' },
      ]),
    );
  });
});
