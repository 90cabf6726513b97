import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { DutySweeper, SWEEP_INTERVAL_MS, SWEEP_SCHEDULER_ID } from '@vs/code-compliance';
import { QueueName, Role } from '@vs/platform';
import { SignedIn, signInAs, startTestApp, TestApp } from '@vs/testing';
import { createApiApp } from '../../apps/api/src/api-app';
import { createWorkerApp } from '../../apps/worker/src/worker-app';
import { API, caseWithVictim, PoliceUnit, policeUnit } from '../cases/case-fixtures';
import { dutiesOf } from './duty-fixtures';

const HOUR_MS = 3_600_000;
/** A month on: every deadline of a case reported now has passed, whatever the calendar. */
const aMonthFromNow = (): Date => new Date(Date.now() + 30 * 24 * HOUR_MS);

/**
 * Cases here are reported an hour ago, so the worker's own sweep (on the real clock) finds nothing
 * due while the tests sweep at a later instant of their choosing.
 */
describe('the sweep marks overdue duties breached and alerts the answerable organisation', () => {
  let api: TestApp;
  let worker: TestApp;
  let sweeper: DutySweeper;

  beforeAll(async () => {
    api = await startTestApp(createApiApp);
    // The worker shares the API's database; the API's test app drops it at the end.
    worker = await startTestApp(createWorkerApp, {
      database: { name: 'shared with the api', url: api.config.databaseUrl, drop: () => Promise.resolve() },
    });
    sweeper = worker.app.get(DutySweeper);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  const reportedAnHourAgo = (unit: PoliceUnit) =>
    caseWithVictim(api, unit.officer, { reportedAt: new Date(Date.now() - HOUR_MS).toISOString() });
  const pendingDueBefore = async (instant: Date): Promise<number> =>
    Number(
      (
        await api.dataSource.query<{ n: string }[]>(
          "SELECT count(*) AS n FROM duty_instances WHERE status = 'pending' AND due_at < $1",
          [instant],
        )
      )[0].n,
    );
  const alerts = (who: SignedIn, query = '') => api.http().get(`${API}/duty-alerts${query}`).set(who.auth);

  it('registers one sweep a minute in the worker', async () => {
    const queue = worker.app.get<Queue>(getQueueToken(QueueName.CodeCompliance));
    expect(await queue.getJobScheduler(SWEEP_SCHEDULER_ID)).toMatchObject({ every: SWEEP_INTERVAL_MS });
    expect(SWEEP_INTERVAL_MS).toBe(60_000);
  });

  it('marks each overdue duty once, however often it runs, and leaves duties not yet due alone', async () => {
    const unit = await policeUnit(api);
    const { case: recorded } = await reportedAnHourAgo(unit);
    expect((await sweeper.sweep(new Date())).breached).toBe(0);
    const later = aMonthFromNow();
    const due = await pendingDueBefore(later);
    expect(due).toBeGreaterThan(0);
    const [first, second] = [await sweeper.sweep(later), await sweeper.sweep(later)];
    expect(first.breached).toBe(due);
    expect(second.breached).toBe(0);
    const duties = await dutiesOf(api, unit.officer, recorded.id);
    expect(duties.filter((duty) => duty.status === 'breached')).toHaveLength(due);
    // Owed before a charge decision that has not happened: no due time, so never swept.
    expect(duties.find((duty) => duty.dutyCode === 'R7_PERSONAL_STATEMENT_OFFERED')?.status).toBe('pending');
    const raised = (await alerts(unit.officer).expect(200)).body.items;
    expect(raised).toHaveLength(due);
    expect(new Set(raised.map((alert: { dutyInstanceId: string }) => alert.dutyInstanceId)).size).toBe(due);
  });

  it('marks each duty once when two sweeps run at the same moment', async () => {
    const unit = await policeUnit(api);
    await reportedAnHourAgo(unit);
    const later = aMonthFromNow();
    const due = await pendingDueBefore(later);
    const runs = await Promise.all([sweeper.sweep(later), sweeper.sweep(later)]);
    expect(runs[0].breached + runs[1].breached).toBe(due);
    expect((await alerts(unit.officer).expect(200)).body.items).toHaveLength(due);
  });

  it('reads only the pending duties by due time (the partial index), so its cost is what fell due', async () => {
    const plan = await api.dataSource.transaction(async (manager) => {
      // On a table this small the planner would rather scan it; forbid that to see what it can use.
      await manager.query('SET LOCAL enable_seqscan = off');
      return manager.query<{ 'QUERY PLAN': string }[]>(
        `EXPLAIN SELECT id FROM duty_instances WHERE status = 'pending' AND due_at < now()
          ORDER BY due_at LIMIT 500 FOR UPDATE SKIP LOCKED`,
      );
    });
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('duty_instances_pending_due_idx');
  });

  it('alerts only the organisation that answers for the duty, whose staff read and acknowledge it', async () => {
    const [unitA, unitB] = [await policeUnit(api), await policeUnit(api)];
    await reportedAnHourAgo(unitA);
    await reportedAnHourAgo(unitB);
    await sweeper.sweep(aMonthFromNow());
    const ofA = (await alerts(unitA.officer).expect(200)).body.items;
    const ofB = (await alerts(unitB.officer).expect(200)).body.items;
    expect(ofA.length).toBeGreaterThan(0);
    expect(ofB).toHaveLength(ofA.length);
    const idsOfA = new Set(ofA.map((alert: { id: string }) => alert.id));
    expect(ofB.some((alert: { id: string }) => idsOfA.has(alert.id))).toBe(false);
    const [alert] = ofA;
    expect(alert).toMatchObject({ readAt: null, acknowledgedAt: null, title: expect.any(String) });

    await api.http().post(`${API}/duty-alerts/${alert.id}/acknowledge`).set(unitB.officer.auth).expect(404);
    const read = await api.http().post(`${API}/duty-alerts/${alert.id}/read`).set(unitA.officer.auth).expect(200);
    expect(read.body).toMatchObject({ readByUserId: unitA.officer.user.id, acknowledgedAt: null });
    const acknowledged = await api
      .http()
      .post(`${API}/duty-alerts/${alert.id}/acknowledge`)
      .set(unitA.officer.auth)
      .expect(200);
    expect(acknowledged.body).toMatchObject({
      readAt: read.body.readAt,
      acknowledgedByUserId: unitA.officer.user.id,
      acknowledgedAt: expect.any(String),
    });
    const open = (await alerts(unitA.officer).expect(200)).body.items;
    expect(open.map((item: { id: string }) => item.id)).not.toContain(alert.id);
    const everything = (await alerts(unitA.officer, '?state=all').expect(200)).body.items;
    expect(everything.map((item: { id: string }) => item.id)).toContain(alert.id);
  });

  it('keeps alerts from staff who answer for no duties', async () => {
    for (const role of [Role.Advocate, Role.ServiceManager, Role.Commissioner])
      await alerts(await signInAs(api, role)).expect(403);
  });
});
