import { createApiApp } from '../../apps/api/src/api-app';
import { startTestApp, TestApp } from '@vs/testing';
import { API, PoliceUnit, policeUnit, recordCase, recordEvent } from './case-fixtures';

describe('the case journey', () => {
  let app: TestApp;
  let unit: PoliceUnit;

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    unit = await policeUnit(app);
  });

  afterAll(() => app?.close());

  const detail = (caseId: string) => app.http().get(`${API}/cases/${caseId}`).set(unit.officer.auth).expect(200);

  /** Moves a case along `stages` with stage_changed events, returning its version at the end. */
  async function walk(caseId: string, stages: string[], version = 1): Promise<number> {
    for (const stage of stages) {
      const moved = await recordEvent(app, unit.officer, caseId, { type: 'stage_changed', stage, version }).expect(201);
      version = moved.body.caseVersion;
    }
    return version;
  }

  it('opens at reported with a crime_recorded event the victim may see', async () => {
    const recorded = await recordCase(app, unit.officer, { recordedAt: '2025-03-01T11:30:00Z' });
    expect(recorded).toMatchObject({ stage: 'reported', version: 1 });
    const { body } = await detail(recorded.id);
    expect(body.events).toEqual([
      expect.objectContaining({
        type: 'crime_recorded',
        occurredAt: '2025-03-01T11:30:00.000Z',
        visibleToVictim: true,
        victimLine: expect.stringContaining(recorded.crimeReference),
        recordedByOrganisationId: unit.organisationId,
        recordedByUserId: unit.officer.user.id,
      }),
    ]);
  });

  it('follows the journey to closure, each change an event with both stages', async () => {
    const recorded = await recordCase(app, unit.officer);
    const journey = [
      'under_investigation',
      'suspect_charged',
      'awaiting_first_hearing',
      'awaiting_trial',
      'trial',
      'convicted',
      'sentenced',
      'post_sentence',
      'closed',
    ];
    const version = await walk(recorded.id, journey);
    expect(version).toBe(journey.length + 1);
    const { body } = await detail(recorded.id);
    expect(body).toMatchObject({ stage: 'closed', version });
    expect(
      body.events
        .filter((event: { toStage: string | null }) => event.toStage)
        .map((event: { fromStage: string; toStage: string }) => `${event.fromStage}>${event.toStage}`),
    ).toEqual([
      'reported>under_investigation',
      'under_investigation>suspect_charged',
      'suspect_charged>awaiting_first_hearing',
      'awaiting_first_hearing>awaiting_trial',
      'awaiting_trial>trial',
      'trial>convicted',
      'convicted>sentenced',
      'sentenced>post_sentence',
      'post_sentence>closed',
    ]);
  });

  it('refuses a transition the journey does not allow, naming where the case can go, and changes nothing', async () => {
    const recorded = await recordCase(app, unit.officer);
    const refused = await recordEvent(app, unit.officer, recorded.id, {
      type: 'stage_changed',
      stage: 'trial',
      version: 1,
    }).expect(409);
    expect(refused.body).toMatchObject({
      code: 'impossible_transition',
      currentStage: 'reported',
      allowedStages: ['under_investigation', 'no_further_action', 'withdrawn_by_victim'],
    });
    const { body } = await detail(recorded.id);
    expect(body).toMatchObject({ stage: 'reported', version: 1 });
    expect(body.events).toHaveLength(1);
  });

  it('lets the victim withdraw before a verdict but not after one', async () => {
    const early = await recordCase(app, unit.officer);
    const version = await walk(early.id, [
      'under_investigation',
      'suspect_charged',
      'awaiting_first_hearing',
      'awaiting_trial',
      'trial',
    ]);
    await recordEvent(app, unit.officer, early.id, {
      type: 'stage_changed',
      stage: 'withdrawn_by_victim',
      version,
    }).expect(201);

    const late = await recordCase(app, unit.officer);
    const afterVerdict = await walk(late.id, [
      'under_investigation',
      'suspect_charged',
      'awaiting_first_hearing',
      'awaiting_trial',
      'trial',
      'acquitted',
    ]);
    const refused = await recordEvent(app, unit.officer, late.id, {
      type: 'stage_changed',
      stage: 'withdrawn_by_victim',
      version: afterVerdict,
    }).expect(409);
    expect(refused.body).toMatchObject({
      code: 'impossible_transition',
      currentStage: 'acquitted',
      allowedStages: ['closed'],
    });
  });

  it('keeps both times of a late-recorded event and orders events by when they happened', async () => {
    const recorded = await recordCase(app, unit.officer, {
      reportedAt: '2025-01-10T09:00:00Z',
      recordedAt: '2025-01-10T10:00:00Z',
    });
    const before = Date.now();
    const late = await recordEvent(app, unit.officer, recorded.id, {
      type: 'suspect_interviewed',
      occurredAt: '2025-01-12T15:00:00+01:00',
    }).expect(201);
    expect(late.body.occurredAt).toBe('2025-01-12T14:00:00.000Z');
    expect(new Date(late.body.recordedAt).getTime()).toBeGreaterThanOrEqual(before - 1_000);
    await recordEvent(app, unit.officer, recorded.id, {
      type: 'suspect_arrested',
      occurredAt: '2025-01-11T08:00:00Z',
    }).expect(201);
    const { body } = await detail(recorded.id);
    expect(body.events.map((event: { type: string }) => event.type)).toEqual([
      'crime_recorded',
      'suspect_arrested',
      'suspect_interviewed',
    ]);
    const interviewed = body.events[2];
    expect(interviewed.recordedAt > interviewed.occurredAt).toBe(true);
  });

  it('refuses a stale stage change with 409 and the current version', async () => {
    const recorded = await recordCase(app, unit.officer);
    await recordEvent(app, unit.officer, recorded.id, {
      type: 'stage_changed',
      stage: 'under_investigation',
      version: 1,
    }).expect(201);
    const stale = await recordEvent(app, unit.officer, recorded.id, {
      type: 'decision_not_to_charge',
      stage: 'no_further_action',
      version: 1,
    }).expect(409);
    expect(stale.body).toMatchObject({ code: 'stale_version', currentVersion: 2 });
    const { body } = await detail(recorded.id);
    expect(body).toMatchObject({ stage: 'under_investigation', version: 2 });
    expect(body.events.map((event: { type: string }) => event.type)).not.toContain('decision_not_to_charge');
  });

  it('records a Code event with its structured facts, moving the stage when it says so', async () => {
    const recorded = await recordCase(app, unit.officer);
    const version = await walk(recorded.id, ['under_investigation']);
    const charged = await recordEvent(app, unit.officer, recorded.id, {
      type: 'decision_to_charge',
      stage: 'suspect_charged',
      version,
      details: { charges: ['Assault occasioning actual bodily harm'] },
      visibleToVictim: false,
      victimLine: undefined,
    }).expect(201);
    expect(charged.body).toMatchObject({
      type: 'decision_to_charge',
      fromStage: 'under_investigation',
      toStage: 'suspect_charged',
      visibleToVictim: false,
      victimLine: null,
      details: { charges: ['Assault occasioning actual bodily harm'] },
      caseStage: 'suspect_charged',
      caseVersion: version + 1,
    });
    const bailed = await recordEvent(app, unit.officer, recorded.id, {
      type: 'suspect_bailed',
      details: { outcome: 'conditional_bail', conditions: ['Not to contact the victim'] },
    }).expect(201);
    expect(bailed.body).toMatchObject({
      fromStage: null,
      toStage: null,
      caseStage: 'suspect_charged',
      caseVersion: version + 1,
    });
  });

  it('validates events: their facts, the victim line, the time and the type', async () => {
    const recorded = await recordCase(app, unit.officer);
    const fields = async (body: Record<string, unknown>) =>
      (await recordEvent(app, unit.officer, recorded.id, body).expect(400)).body.errors
        .map((error: { field: string }) => error.field)
        .sort();
    expect(await fields({ type: 'sentence', details: { custodialMonths: 'eighteen' } })).toEqual(['details']);
    expect(await fields({ details: { suspectName: 'J. Smith' } })).toEqual(['details']);
    expect(await fields({ victimLine: undefined })).toEqual(['victimLine']);
    expect(await fields({ visibleToVictim: false })).toEqual(['victimLine']);
    expect(await fields({ occurredAt: '2025-03-02 10:00' })).toEqual(['occurredAt']);
    expect(await fields({ occurredAt: new Date(Date.now() + 86_400_000).toISOString() })).toEqual(['occurredAt']);
    expect(await fields({ type: 'hearing_listed' })).toEqual(['type']);
    expect(await fields({ type: 'stage_changed' })).toEqual(['stage']);
    expect(await fields({ type: 'stage_changed', stage: 'under_investigation' })).toEqual(['version']);
  });

  it('treats another organisation’s case as not found', async () => {
    const recorded = await recordCase(app, unit.officer);
    const other = await policeUnit(app);
    await recordEvent(app, other.officer, recorded.id).expect(404);
    await app.http().get(`${API}/cases/${recorded.id}`).set(other.officer.auth).expect(404);
  });
});
