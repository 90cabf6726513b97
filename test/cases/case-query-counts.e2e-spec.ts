import { createApiApp } from '../../apps/api/src/api-app';
import { startTestApp, TestApp } from '@vs/testing';
import { countQueries } from '@vs/testing';
import {
  API,
  caseWithVictim,
  createVictim,
  eventBody,
  linkVictim,
  PoliceUnit,
  policeUnit,
  recordCase,
} from './case-fixtures';

/**
 * The statements of a whole request, the access guard's session check (one query) included: a list
 * is one more query; a detail is a transaction (2) of the case, its victims, its events, its hearings
 * and the audit records (5).
 */
const MAX_LIST_QUERIES = 2;
const MAX_DETAIL_QUERIES = 8;

describe('the SQL a case read costs, whatever the size of the data', () => {
  let app: TestApp;
  let unit: PoliceUnit;

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    unit = await policeUnit(app);
    for (let index = 0; index < 30; index++) await caseWithVictim(app, unit.officer);
  });

  afterAll(() => app?.close());

  const queriesOf = (path: string) =>
    countQueries(app.dataSource, () => app.http().get(`${API}${path}`).set(unit.officer.auth).expect(200));

  it('lists 2 or 30 cases in the same few queries', async () => {
    const few = await queriesOf('/cases?limit=2');
    const many = await queriesOf('/cases?limit=30');
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(MAX_LIST_QUERIES);
  });

  it('reads a bare case and one with many victims, events and hearings in the same few queries', async () => {
    const bare = await recordCase(app, unit.officer);
    const busy = await recordCase(app, unit.officer);
    for (let index = 0; index < 4; index++)
      await linkVictim(app, unit.officer, busy.id, await createVictim(app, unit.officer)).expect(201);
    for (let index = 0; index < 25; index++) {
      await app
        .http()
        .post(`${API}/cases/${busy.id}/events`)
        .set(unit.officer.auth)
        .send(eventBody({ type: 'bail_changed', details: { outcome: 'unconditional_bail' } }))
        .expect(201);
    }
    for (let index = 0; index < 5; index++) {
      await app
        .http()
        .post(`${API}/cases/${busy.id}/hearings`)
        .set(unit.officer.auth)
        .send({
          ...eventBody(),
          type: 'other',
          court: 'Highbury Corner Magistrates’ Court',
          startsAt: `2025-05-0${index + 1}T10:00:00Z`,
        })
        .expect(201);
    }
    const bareQueries = await queriesOf(`/cases/${bare.id}`);
    const busyQueries = await queriesOf(`/cases/${busy.id}`);
    expect(busyQueries).toBe(bareQueries);
    expect(busyQueries).toBeLessThanOrEqual(MAX_DETAIL_QUERIES);
  });
});
