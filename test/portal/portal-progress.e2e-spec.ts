import { createApiApp } from '../../apps/api/src/api-app';
import { countQueries, startTestApp, TestApp } from '@vs/testing';
import { invitedVictim, InvitedVictim, PORTAL, portalTokenFor } from './portal-fixtures';

describe('a victim following their case', () => {
  let app: TestApp;
  let victim: InvitedVictim;
  let other: InvitedVictim;

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    victim = await invitedVictim(app);
    other = await invitedVictim(app);
  });

  afterAll(() => app?.close());

  const ownReadsOf = async (caseId: string): Promise<number> => {
    const [row] = await app.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_events WHERE entity_type = 'case' AND entity_id = $1 AND actor_role = 'victim'`,
      [caseId],
    );
    return row.n;
  };

  it('reads progress in one statement plus its audit record, committed before the answer', async () => {
    const token = await portalTokenFor(app, victim.victimId);
    const before = await ownReadsOf(victim.caseId);
    const statements = await countQueries(app.dataSource, () =>
      app.http().get(`${PORTAL}/cases/${victim.caseId}/progress`).set(token).expect(200),
    );
    expect(statements).toBe(2);
    expect(await ownReadsOf(victim.caseId)).toBe(before + 1);
  });

  it("answers 404 for someone else's case and records no read of it", async () => {
    const token = await portalTokenFor(app, victim.victimId);
    const before = await ownReadsOf(other.caseId);
    await app.http().get(`${PORTAL}/cases/${other.caseId}/progress`).set(token).expect(404);
    expect(await ownReadsOf(other.caseId)).toBe(before);
  });

  it('refuses the token at once after "sign out everywhere"', async () => {
    const token = await portalTokenFor(app, victim.victimId);
    await app.http().get(`${PORTAL}/cases/${victim.caseId}/progress`).set(token).expect(200);
    await app.http().post(`${PORTAL}/sessions/end-all`).set(token).expect(200);
    const refused = await app.http().get(`${PORTAL}/cases/${victim.caseId}/progress`).set(token).expect(401);
    expect(refused.body.code).toBe('unauthenticated');
  });
});
