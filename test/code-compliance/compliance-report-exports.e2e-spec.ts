import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { parse } from 'csv-parse/sync';
import { createApiApp } from '../../apps/api/src/api-app';
import { createWorkerApp } from '../../apps/worker/src/worker-app';
import { newId, QueueName, Role } from '@vs/platform';
import { SignedIn, signInAs, startTestApp, TestApp } from '@vs/testing';
import { API } from '../cases/case-fixtures';
import { insertCase, insertDuties, refreshSummaries, reportWorld } from './report-fixtures';

const EXPORTS = `${API}/compliance-reports/exports`;
const YEAR = { from: '2025-01-01', to: '2025-12-31' };

async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await probe();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await probe();
  }
  return value;
}

describe('queued report exports', () => {
  let api: TestApp;
  let worker: TestApp;
  let commissioner: SignedIn;

  beforeAll(async () => {
    api = await startTestApp(createApiApp);
    const world = await reportWorld(api);
    const lambeth = await insertCase(api, world, { reportedAt: '2025-01-08T09:00:00Z' });
    await insertDuties(api, lambeth, {
      dutyCode: 'R4_REFERRAL_TO_SUPPORT',
      triggeredAt: '2025-01-08T09:00:00Z',
      statuses: { met: 30, breached: 10 },
    });
    await insertDuties(api, lambeth, {
      dutyCode: 'R6_SUSPECT_ARRESTED',
      triggeredAt: '2025-09-20T09:00:00Z',
      statuses: { met: 20, met_late: 2 },
    });
    // Before the worker starts, so its own first refresh cannot race this one.
    await refreshSummaries(api);
    // The worker shares the API's database and queue prefix; the API's test app drops the database.
    worker = await startTestApp(createWorkerApp, {
      database: { name: 'shared with the api', url: api.config.databaseUrl, drop: () => Promise.resolve() },
      variables: { QUEUE_PREFIX: api.config.queuePrefix },
    });
    commissioner = await signInAs(api, Role.Commissioner);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  const status = (who: SignedIn, id: string) => api.http().get(`${EXPORTS}/${id}`).set(who.auth);
  const whenFinished = (id: string) =>
    eventually(
      () => status(commissioner, id).then((response) => response.body as { status: string }),
      (body) => body.status === 'ready' || body.status === 'failed',
    );

  it('has the worker refresh the case facts every minute', async () => {
    const queue = worker.app.get<Queue>(getQueueToken(QueueName.ComplianceReports));
    expect(await queue.getJobScheduler('compliance-reports:refresh-case-facts')).toMatchObject({ every: 60_000 });
  });

  it('builds a year-wide report in the worker, which its owner follows and downloads as CSV', async () => {
    const requested = await api
      .http()
      .post(EXPORTS)
      .set(commissioner.auth)
      .send({ ...YEAR, format: 'csv' })
      .expect(202);
    const id = requested.body.id as string;
    expect(requested.headers.location).toBe(`/api/v1/compliance-reports/exports/${id}`);
    expect(requested.body).toMatchObject({ status: 'queued', format: 'csv', downloadUrl: null });
    expect(requested.body.filters).toEqual({ ...YEAR, boroughCode: null, offenceGroup: null, period: 'month' });

    expect(await whenFinished(id)).toMatchObject({
      status: 'ready',
      downloadUrl: `/api/v1/compliance-reports/exports/${id}/download`,
      completedAt: expect.any(String),
    });
    const download = await api
      .http()
      .get(`${EXPORTS}/${id}/download`)
      .set(commissioner.auth)
      .expect(200)
      .expect('content-type', /text\/csv/)
      .expect('content-disposition', 'attachment; filename="compliance-report-2025-01-01-to-2025-12-31.csv"');
    const lines = parse<Record<string, string>>(download.text, { columns: true });
    const overall = (measure: string) =>
      lines.find((line) => line.deadline_source === 'code' && line.breakdown === 'overall' && line.measure === measure)
        ?.value;
    // 2 late among 60 decided: "<5", with a buffer hidden beside it.
    expect([overall('met'), overall('met_late'), overall('decided')]).toEqual(['50', '<5', '62']);
    expect(overall('breached')).toBe('[c]');
    expect(lines.filter((line) => line.breakdown === 'period' && line.deadline_source === 'code')).toHaveLength(12 * 8);
  });

  it('builds JSON too', async () => {
    const requested = await api
      .http()
      .post(EXPORTS)
      .set(commissioner.auth)
      .send({ ...YEAR, boroughCode: 'E09000022', period: 'week' })
      .expect(202);
    expect(await whenFinished(requested.body.id)).toMatchObject({ status: 'ready', format: 'json' });
    const download = await api
      .http()
      .get(`${EXPORTS}/${requested.body.id}/download`)
      .set(commissioner.auth)
      .expect(200)
      .expect('content-type', /application\/json/);
    const report = JSON.parse(download.text);
    expect(report.filters).toMatchObject({ boroughCode: 'E09000022', period: 'week' });
    expect(report.compliance.code.overall).toMatchObject({ met: 50, decided: 62 });
    expect(report.compliance.code.byPeriod.length).toBeGreaterThanOrEqual(52);
  });

  it('belongs to whoever asked: another commissioner finds nothing there', async () => {
    const { body } = await api.http().post(EXPORTS).set(commissioner.auth).send(YEAR).expect(202);
    await whenFinished(body.id);
    const colleague = await signInAs(api, Role.Commissioner);
    await status(colleague, body.id).expect(404);
    await api.http().get(`${EXPORTS}/${body.id}/download`).set(colleague.auth).expect(404);
    await status(commissioner, newId()).expect(404);
  });

  it('audits the request and each download as exports, with the filters and never the content', async () => {
    const { body } = await api.http().post(EXPORTS).set(commissioner.auth).send(YEAR).expect(202);
    await whenFinished(body.id);
    await api.http().get(`${EXPORTS}/${body.id}/download`).set(commissioner.auth).expect(200);
    const audited = await api.dataSource.query(
      `SELECT action, actor_user_id, details FROM audit_events
        WHERE entity_type = 'compliance_report_export' AND entity_id = $1 ORDER BY id`,
      [body.id],
    );
    expect(audited).toEqual([
      expect.objectContaining({ action: 'export', actor_user_id: commissioner.user.id }),
      expect.objectContaining({ action: 'export', actor_user_id: commissioner.user.id }),
    ]);
    expect(audited.map((row: { details: { step: string } }) => row.details.step)).toEqual(['requested', 'downloaded']);
    expect(audited[0].details).toEqual({
      ...YEAR,
      boroughCode: null,
      offenceGroup: null,
      period: 'month',
      format: 'json',
      step: 'requested',
    });
  });

  it('refuses to download what is not ready yet', async () => {
    const id = newId();
    await api.dataSource.query(
      `INSERT INTO compliance_report_exports (id, requested_by_user_id, status, format, filters)
       VALUES ($1, $2, 'queued', 'csv', $3)`,
      [id, commissioner.user.id, { ...YEAR, boroughCode: null, offenceGroup: null, period: 'month' }],
    );
    const response = await api.http().get(`${EXPORTS}/${id}/download`).set(commissioner.auth).expect(409);
    expect(response.body).toMatchObject({ code: 'export_not_ready', exportStatus: 'queued' });
  });

  it('reports a build that keeps failing as failed, once its retries run out', async () => {
    const id = newId();
    await api.dataSource.query(
      `INSERT INTO compliance_report_exports (id, requested_by_user_id, status, format, filters)
       VALUES ($1, $2, 'queued', 'json', $3)`,
      [
        id,
        commissioner.user.id,
        { from: 'never', to: 'never', boroughCode: null, offenceGroup: null, period: 'month' },
      ],
    );
    const queue = api.app.get<Queue>(getQueueToken(QueueName.ComplianceReports));
    await queue.add(
      'build-export',
      { exportId: id },
      { jobId: id, attempts: 2, backoff: { type: 'fixed', delay: 100 } },
    );
    expect(await whenFinished(id)).toMatchObject({
      status: 'failed',
      failureReason: 'The report could not be built; please ask again',
      downloadUrl: null,
    });
  });
});
