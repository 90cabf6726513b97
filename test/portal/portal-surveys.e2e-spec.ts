import { createApiApp } from '../../apps/api/src/api-app';
import { Role } from '@vs/platform';
import { signInAs, startTestApp, TestApp } from '@vs/testing';
import { InvitedVictim, invitedVictim, PORTAL, portalTokenFor } from './portal-fixtures';

describe('the satisfaction survey in the portal', () => {
  let app: TestApp;
  let victim: InvitedVictim;
  let token: { Authorization: string };
  let surveyPath: string;

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    victim = await invitedVictim(app);
    token = await portalTokenFor(app, victim.victimId);
    surveyPath = `${PORTAL}/cases/${victim.caseId}/survey-answers`;
  });

  afterAll(() => app?.close());

  const answer = { point: 'after_referral', overall: 4, keptInformed: 2, treatedWithRespect: 5 };

  it('keeps one answer per case and point, with the supporting organisation, and refuses a second (409)', async () => {
    const advocate = await signInAs(app, Role.Advocate);
    await app.dataSource.query(
      `INSERT INTO victim_access_grants (id, victim_id, organisation_id, user_id, basis, granted_at) VALUES (gen_random_uuid(), $1, $2, $3, 'supporting', now())`,
      [victim.victimId, advocate.user.organisationId, advocate.user.id],
    );
    const first = await app
      .http()
      .post(surveyPath)
      .set(token)
      .send({ ...answer, comment: 'My advocate was kind' })
      .expect(201);
    expect(first.body).toMatchObject({ ...answer, comment: 'My advocate was kind' });
    const again = await app.http().post(surveyPath).set(token).send(answer).expect(409);
    expect(again.body.code).toBe('duplicate');
    await app
      .http()
      .post(surveyPath)
      .set(token)
      .send({ ...answer, point: 'after_outcome' })
      .expect(201);

    const stored = await app.dataSource.query(
      `SELECT case_id, organisation_id, comment, answered_at FROM portal_survey_answers WHERE victim_id = $1 AND point = 'after_referral'`,
      [victim.victimId],
    );
    expect(stored).toEqual([
      expect.objectContaining({
        case_id: victim.caseId,
        organisation_id: advocate.user.organisationId,
        answered_at: expect.any(Date),
      }),
    ]);
    expect(stored[0].comment).not.toContain('kind');
    const mine = await app.http().get(surveyPath).set(token).expect(200);
    expect(mine.body.map((entry: { point: string }) => entry.point)).toEqual(['after_referral', 'after_outcome']);
  });

  it('takes ratings from 1 to 5 only', async () => {
    await app
      .http()
      .post(surveyPath)
      .set(token)
      .send({ ...answer, point: 'after_outcome', overall: 6 })
      .expect(400);
    await app
      .http()
      .post(surveyPath)
      .set(token)
      .send({ ...answer, keptInformed: 0 })
      .expect(400);
  });
});
