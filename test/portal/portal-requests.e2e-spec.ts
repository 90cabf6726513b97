import { createApiApp } from '../../apps/api/src/api-app';
import { workingDayDeadline } from '@vs/code-compliance';
import { Role } from '@vs/platform';
import { signInAs, startTestApp, TestApp } from '@vs/testing';
import { API } from '../cases/case-fixtures';
import { InvitedVictim, invitedVictim, PORTAL, portalTokenFor } from './portal-fixtures';

describe('complaints and review requests from the portal', () => {
  let app: TestApp;
  let victim: InvitedVictim;
  let token: { Authorization: string };
  let staffRequests: string;

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    victim = await invitedVictim(app);
    token = await portalTokenFor(app, victim.victimId);
    staffRequests = `${API}/victims/${victim.victimId}/portal-requests`;
  });

  afterAll(() => app?.close());

  const complain = (details = 'Nobody told me the suspect was released.') =>
    app
      .http()
      .post(`${PORTAL}/cases/${victim.caseId}/complaints`)
      .set(token)
      .send({ agency: 'police', details })
      .expect(201);

  it('takes a complaint with local-target due dates on the working-day calendar, acknowledged and answered in time', async () => {
    const made = await complain();
    const receivedAt = new Date(made.body.receivedAt);
    expect(made.body).toMatchObject({
      kind: 'complaint',
      status: 'received',
      acknowledgement: { timeliness: 'pending', doneAt: null },
      answering: { timeliness: 'pending', dueBy: workingDayDeadline(receivedAt, 10).toISOString() },
    });
    expect(made.body.acknowledgement.dueBy).toBe(workingDayDeadline(receivedAt, 2).toISOString());

    const acknowledged = await app
      .http()
      .post(`${staffRequests}/${made.body.id}/acknowledgement`)
      .set(victim.officer.auth)
      .expect(200);
    expect(acknowledged.body).toMatchObject({ status: 'acknowledged', acknowledgement: { timeliness: 'met' } });
    await app.http().post(`${staffRequests}/${made.body.id}/acknowledgement`).set(victim.officer.auth).expect(409);

    // A review's outcomes do not fit a complaint.
    await app
      .http()
      .post(`${staffRequests}/${made.body.id}/answer`)
      .set(victim.officer.auth)
      .send({ answer: 'x', outcome: 'decision_overturned' })
      .expect(400);
    await app
      .http()
      .post(`${staffRequests}/${made.body.id}/answer`)
      .set(victim.officer.auth)
      .send({ answer: 'You are right; we have apologised and retrained the team.', outcome: 'upheld' })
      .expect(200);

    const followed = await app.http().get(`${PORTAL}/requests/${made.body.id}`).set(token).expect(200);
    expect(followed.body).toMatchObject({
      status: 'answered',
      outcome: 'upheld',
      answer: 'You are right; we have apologised and retrained the team.',
      answering: { timeliness: 'met', timelinessInWords: 'Done on time' },
    });
    expect(followed.body.timeline.map((entry: { line: string }) => entry.line)).toEqual([
      'We received your complaint',
      'Your complaint was acknowledged',
      'Your complaint was answered',
    ]);
    const stored = await app.dataSource.query('SELECT details, answer FROM portal_requests WHERE id = $1', [
      made.body.id,
    ]);
    expect(JSON.stringify(stored)).not.toMatch(/suspect was released|apologised/);
  });

  it('takes a review of a police or CPS decision only, and reports a late answer and a missed one', async () => {
    await app
      .http()
      .post(`${PORTAL}/cases/${victim.caseId}/reviews`)
      .set(token)
      .send({ agency: 'court', decision: 'not_to_charge', details: 'Please look again.' })
      .expect(400);
    const review = await app
      .http()
      .post(`${PORTAL}/cases/${victim.caseId}/reviews`)
      .set(token)
      .send({ agency: 'crown_prosecution_service', decision: 'discontinue', details: 'Please look again.' })
      .expect(201);
    const forgotten = await complain('Nobody answered my calls.');
    // Both arrived long ago: their targets have passed.
    await app.dataSource.query(
      `UPDATE portal_requests SET received_at = now() - interval '90 days', acknowledge_by = now() - interval '80 days',
              answer_by = now() - interval '60 days' WHERE id = ANY($1)`,
      [[review.body.id, forgotten.body.id]],
    );
    const answered = await app
      .http()
      .post(`${staffRequests}/${review.body.id}/answer`)
      .set(victim.officer.auth)
      .send({ answer: 'The decision was wrong; the case will go ahead.', outcome: 'decision_overturned' })
      .expect(200);
    // Answering acknowledges too, late like the answer.
    expect(answered.body).toMatchObject({
      kind: 'right_to_review',
      decision: 'discontinue',
      acknowledgement: { timeliness: 'met_late' },
      answering: { timeliness: 'met_late' },
    });

    const mine = await app.http().get(`${PORTAL}/requests`).set(token).expect(200);
    const missed = mine.body.find((request: { id: string }) => request.id === forgotten.body.id);
    expect(missed).toMatchObject({ status: 'received', answering: { timeliness: 'breached' } });
    expect(mine.body).toHaveLength(3);
  });

  it('shows requests to staff in scope only, and audits both sides', async () => {
    const seen = await app.http().get(staffRequests).set(victim.officer.auth).expect(200);
    expect(seen.body).toHaveLength(3);
    const outsider = await signInAs(app, Role.Advocate);
    await app.http().get(staffRequests).set(outsider.auth).expect(404);
    await app.http().post(`${staffRequests}/${seen.body[0].id}/acknowledgement`).set(outsider.auth).expect(404);

    const audit = await app.dataSource.query(
      `SELECT DISTINCT actor_role, action FROM audit_events WHERE victim_id = $1 AND entity_type LIKE 'portal_request%'`,
      [victim.victimId],
    );
    expect(audit).toEqual(
      expect.arrayContaining([
        { actor_role: 'victim', action: 'create' },
        { actor_role: 'victim', action: 'read' },
        { actor_role: 'police_case_officer', action: 'update' },
        { actor_role: 'police_case_officer', action: 'read' },
      ]),
    );
  });
});
