import { CaseFactsRefresh, CaseReportFactsRefresher, DutySweeper } from '@vs/code-compliance';
import { Clock, Role } from '@vs/platform';
import { signInAs, startTestApp, TestApp } from '@vs/testing';
import { createApiApp } from '../../apps/api/src/api-app';
import { createWorkerApp } from '../../apps/worker/src/worker-app';
import { API, createVictim, linkVictim, PoliceUnit, policeUnit, recordCase, recordEvent } from '../cases/case-fixtures';
import { dutiesOf, dutyIn, waive } from './duty-fixtures';

// Friday 22 May 2026 in London; Monday 25 May is a bank holiday.
const FRIDAY_AFTERNOON = new Date('2026-05-22T15:30:00Z');
const WEEKS_LATER = new Date('2026-06-10T12:00:00Z');

const KEY = `deadline_source, "right", duty_code, agency, borough_code, offence_group, enhanced`;
const COUNTS = `met, met_late, breached, pending, waived, not_applicable`;

/** The rollup's rows that differ from a recount of duty_instances, in every grain. */
const ROLLUP_DRIFT = `
  WITH days AS (
    SELECT (triggered_at AT TIME ZONE 'Europe/London')::date AS day, ${KEY},
           count(*) FILTER (WHERE status = 'met') AS met, count(*) FILTER (WHERE status = 'met_late') AS met_late,
           count(*) FILTER (WHERE status = 'breached') AS breached, count(*) FILTER (WHERE status = 'pending') AS pending,
           count(*) FILTER (WHERE status = 'waived') AS waived,
           count(*) FILTER (WHERE status = 'not_applicable') AS not_applicable
      FROM duty_instances GROUP BY 1, ${KEY}
  ),
  recounted AS (
    SELECT grain, date_trunc(grain, day)::date AS period_start, ${KEY},
           sum(met) AS met, sum(met_late) AS met_late, sum(breached) AS breached, sum(pending) AS pending,
           sum(waived) AS waived, sum(not_applicable) AS not_applicable
      FROM days CROSS JOIN unnest(ARRAY['day', 'week', 'month']) AS grain GROUP BY 1, 2, ${KEY}
  ),
  stored AS (
    SELECT grain::text, period_start, ${KEY}, ${COUNTS} FROM duty_compliance_rollup
     WHERE (met, met_late, breached, pending, waived, not_applicable) <> (0, 0, 0, 0, 0, 0)
  )
  (SELECT 'missing' AS drift, * FROM (SELECT grain, period_start, ${KEY}, ${COUNTS} FROM recounted EXCEPT SELECT * FROM stored) AS a)
  UNION ALL
  (SELECT 'extra', * FROM (SELECT * FROM stored EXCEPT SELECT grain, period_start, ${KEY}, ${COUNTS} FROM recounted) AS b)
`;

async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 20_000;
  let value = await probe();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await probe();
  }
  return value;
}

describe('the report summaries stay in step with what the engine and the case record say', () => {
  let api: TestApp;
  let worker: TestApp;
  let unit: PoliceUnit;

  beforeAll(async () => {
    api = await startTestApp(createApiApp);
    worker = await startTestApp(createWorkerApp, {
      database: { name: 'shared with the api', url: api.config.databaseUrl, drop: () => Promise.resolve() },
    });
    unit = await policeUnit(api);
  });

  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  const at = (instant: Date): void => void jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(instant);
  const drift = () => api.dataSource.query(ROLLUP_DRIFT);
  const event = (caseId: string, body: Record<string, unknown>) =>
    recordEvent(api, unit.officer, caseId, body)
      .expect(201)
      .then((response) => response.body.id as string);
  // The worker refreshes on its own schedule too; one of two refreshes at once waits its turn.
  const refreshCaseFacts = () =>
    eventually<CaseFactsRefresh | null>(
      () => worker.app.get(CaseReportFactsRefresher).refresh(),
      (run) => run !== null,
    );
  const factsOf = (caseId: string) =>
    api.dataSource
      .query(
        'SELECT referral_seconds, withdrawn_from_stage, victim_links, repeat_victim_links FROM case_report_facts WHERE case_id = $1',
        [caseId],
      )
      .then((rows: Record<string, unknown>[]) => rows[0]);

  it('counts every duty the engine creates and every change it makes, through re-assessment, waiver and sweep', async () => {
    at(FRIDAY_AFTERNOON);
    const recorded = await recordCase(api, unit.officer, {
      offenceGroup: 'other',
      reportedAt: '2026-05-22T15:00:00Z',
      recordedAt: '2026-05-22T15:10:00Z',
    });
    const adult = await createVictim(api, unit.officer);
    const child = await createVictim(api, unit.officer, { dateOfBirth: '2012-04-01' });
    for (const victimId of [adult, child]) await linkVictim(api, unit.officer, recorded.id, victimId).expect(201);
    const arrest = await event(recorded.id, { type: 'suspect_arrested', occurredAt: '2026-05-22T15:20:00Z' });
    expect(await drift()).toEqual([]);

    // Enhanced rights re-assessed: the adult's open duties move from standard to enhanced.
    await api
      .http()
      .put(`${API}/victims/${adult}/enhanced-rights-override`)
      .set(unit.officer.auth)
      .send({ enhanced: true, reason: 'Frightened of the suspect.', version: 1 })
      .expect(200);
    await api
      .http()
      .post(`${API}/cases/${recorded.id}/victims/${adult}/enhanced-rights-assessment`)
      .set(unit.officer.auth)
      .expect(200);
    expect(await drift()).toEqual([]);

    const referral = dutyIn(await dutiesOf(api, unit.officer, recorded.id), 'R4_REFERRAL_TO_SUPPORT', adult);
    await waive(api, unit.officer, recorded.id, referral.id).expect(200);
    at(WEEKS_LATER);
    await event(recorded.id, {
      type: 'victim_informed',
      occurredAt: '2026-05-27T09:00:00Z',
      details: { aboutEventId: arrest },
    });
    expect(await drift()).toEqual([]);

    // A case nobody touches again: only the sweep marks its overdue duties breached.
    at(FRIDAY_AFTERNOON);
    const untouched = await recordCase(api, unit.officer, { reportedAt: '2026-05-22T15:00:00Z' });
    await linkVictim(api, unit.officer, untouched.id, await createVictim(api, unit.officer)).expect(201);
    expect((await worker.app.get(DutySweeper).sweep(WEEKS_LATER)).breached).toBeGreaterThan(0);
    expect(await drift()).toEqual([]);

    const counted = await api.dataSource.query(
      `SELECT sum(met + met_late + breached + pending + waived + not_applicable)::int AS instances, sum(waived)::int AS waived
         FROM duty_compliance_rollup WHERE grain = 'month'`,
    );
    const [{ instances }] = await api.dataSource.query('SELECT count(*)::int AS instances FROM duty_instances');
    expect(counted).toEqual([{ instances, waived: 1 }]);
  });

  it('shows what the engine recorded in the report', async () => {
    const commissioner = await signInAs(api, Role.Commissioner);
    const report = await api
      .http()
      .get(`${API}/compliance-reports`)
      .query({ from: '2026-05-01', to: '2026-05-31' })
      .set(commissioner.auth)
      .expect(200);
    const arrests = report.body.compliance.code.byDuty.find(
      (duty: { key: string }) => duty.key === 'R6_SUSPECT_ARRESTED',
    );
    // Both victims (enhanced by then) were told of the arrest a day late: 2, shown as "<5".
    expect(arrests).toMatchObject({ met: 0, metLate: '<5', decided: '<5' });
  });

  it('refreshes the case facts with what was recorded since, through the API', async () => {
    at(FRIDAY_AFTERNOON);
    const recorded = await recordCase(api, unit.officer, { reportedAt: '2026-05-22T09:00:00Z' });
    const victimId = await createVictim(api, unit.officer);
    await linkVictim(api, unit.officer, recorded.id, victimId).expect(201);
    await refreshCaseFacts();
    expect(await factsOf(recorded.id)).toEqual({
      referral_seconds: null,
      withdrawn_from_stage: null,
      victim_links: 1,
      repeat_victim_links: 0,
    });

    await event(recorded.id, { type: 'referral_sent', occurredAt: '2026-05-22T15:00:00Z' });
    await event(recorded.id, {
      type: 'stage_changed',
      occurredAt: '2026-05-22T15:30:00Z',
      stage: 'withdrawn_by_victim',
      version: recorded.version,
    });
    // A second crime against the same victim within 12 months makes both links repeat links.
    const again = await recordCase(api, unit.officer, { reportedAt: '2026-05-22T12:00:00Z' });
    await linkVictim(api, unit.officer, again.id, victimId).expect(201);
    await refreshCaseFacts();
    expect(await factsOf(recorded.id)).toEqual({
      referral_seconds: 6 * 3600,
      withdrawn_from_stage: 'reported',
      victim_links: 1,
      repeat_victim_links: 1,
    });
    expect(await factsOf(again.id)).toMatchObject({ victim_links: 1, repeat_victim_links: 1 });
  });
});
