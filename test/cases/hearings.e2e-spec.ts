import { createApiApp } from '../../apps/api/src/api-app';
import { startTestApp, TestApp } from '@vs/testing';
import { API, PoliceUnit, policeUnit, recordCase } from './case-fixtures';

describe('hearings', () => {
  let app: TestApp;
  let unit: PoliceUnit;

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    unit = await policeUnit(app);
  });

  afterAll(() => app?.close());

  const told = { occurredAt: '2025-04-01T09:00:00Z', visibleToVictim: true, victimLine: 'A court date has been set.' };
  const post = (path: string, body: Record<string, unknown>) =>
    app.http().post(`${API}/cases/${path}`).set(unit.officer.auth).send(body);
  const listing = { ...told, court: 'Snaresbrook Crown Court', startsAt: '2025-06-02T10:00:00+01:00', type: 'trial' };

  it('lists, moves and holds a hearing, each an event on the case with where and when', async () => {
    const recorded = await recordCase(app, unit.officer);
    const listed = await post(`${recorded.id}/hearings`, listing).expect(201);
    expect(listed.body).toMatchObject({
      court: 'Snaresbrook Crown Court',
      startsAt: '2025-06-02T09:00:00.000Z',
      type: 'trial',
      status: 'listed',
      outcome: null,
      version: 1,
    });
    const hearing = listed.body.id;
    const moved = await post(`${recorded.id}/hearings/${hearing}/move`, {
      ...told,
      court: 'Wood Green Crown Court',
      startsAt: '2025-07-07T10:00:00+01:00',
      version: 1,
    }).expect(200);
    expect(moved.body).toMatchObject({ court: 'Wood Green Crown Court', status: 'listed', version: 2 });
    const held = await post(`${recorded.id}/hearings/${hearing}/outcome`, {
      ...told,
      visibleToVictim: false,
      victimLine: undefined,
      outcome: 'Adjourned for reports',
      version: 2,
    }).expect(200);
    expect(held.body).toMatchObject({ status: 'held', outcome: 'Adjourned for reports', version: 3 });

    const detail = await app.http().get(`${API}/cases/${recorded.id}`).set(unit.officer.auth).expect(200);
    expect(detail.body.hearings).toEqual([expect.objectContaining({ id: hearing, status: 'held' })]);
    const hearingEvents = detail.body.events.filter(
      (event: { hearingId: string | null }) => event.hearingId === hearing,
    );
    expect(hearingEvents.map((event: { type: string }) => event.type)).toEqual([
      'hearing_listed',
      'hearing_moved',
      'hearing_outcome',
    ]);
    expect(hearingEvents[1].details).toEqual({
      court: 'Wood Green Crown Court',
      startsAt: '2025-07-07T09:00:00.000Z',
      hearingType: 'trial',
      previousCourt: 'Snaresbrook Crown Court',
      previousStartsAt: '2025-06-02T09:00:00.000Z',
    });
    expect(hearingEvents[2]).toMatchObject({ visibleToVictim: false, victimLine: null });
  });

  it('cancels a hearing, after which it cannot change', async () => {
    const recorded = await recordCase(app, unit.officer);
    const hearing = (await post(`${recorded.id}/hearings`, { ...listing, type: 'first_hearing' }).expect(201)).body.id;
    const cancelled = await post(`${recorded.id}/hearings/${hearing}/cancel`, { ...told, version: 1 }).expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', version: 2 });
    const refused = await post(`${recorded.id}/hearings/${hearing}/move`, {
      ...told,
      court: 'Elsewhere',
      startsAt: '2025-08-01T10:00:00Z',
      version: 2,
    }).expect(409);
    expect(refused.body.code).toBe('hearing_not_listed');
  });

  it('refuses a stale change with 409 and the current version', async () => {
    const recorded = await recordCase(app, unit.officer);
    const hearing = (await post(`${recorded.id}/hearings`, listing).expect(201)).body.id;
    await post(`${recorded.id}/hearings/${hearing}/move`, {
      ...told,
      court: 'Inner London Crown Court',
      startsAt: '2025-06-03T10:00:00Z',
      version: 1,
    }).expect(200);
    const stale = await post(`${recorded.id}/hearings/${hearing}/cancel`, { ...told, version: 1 }).expect(409);
    expect(stale.body).toMatchObject({ code: 'stale_version', currentVersion: 2 });
  });

  it('validates the listing and keeps hearings to their own case', async () => {
    const recorded = await recordCase(app, unit.officer);
    const other = await recordCase(app, unit.officer);
    const bad = await post(`${recorded.id}/hearings`, { ...listing, type: 'mention', startsAt: 'tomorrow' }).expect(
      400,
    );
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['startsAt', 'type']);
    const hearing = (await post(`${recorded.id}/hearings`, listing).expect(201)).body.id;
    await post(`${other.id}/hearings/${hearing}/cancel`, { ...told, version: 1 }).expect(404);
    const elsewhere = await policeUnit(app);
    await app.http().post(`${API}/cases/${recorded.id}/hearings`).set(elsewhere.officer.auth).send(listing).expect(404);
  });
});
