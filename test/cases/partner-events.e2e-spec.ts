import { createApiApp } from '../../apps/api/src/api-app';
import { startTestApp, TestApp } from '@vs/testing';
import { API, PoliceUnit, policeUnit, recordCase } from './case-fixtures';

describe('events from partner systems', () => {
  let app: TestApp;
  let unit: PoliceUnit;
  /** Witness care's case management system, signed in as its service account in its own organisation. */
  let partner: PoliceUnit;
  let sequence = 0;

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    unit = await policeUnit(app);
    partner = await policeUnit(app);
  });

  afterAll(() => app?.close());

  const partnerEvent = (crimeReference: string, overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
    senderSystem: 'wcu-case-manager',
    senderEventId: `evt-${++sequence}`,
    crimeReference,
    type: 'required_to_give_evidence',
    occurredAt: '2025-04-01T09:00:00Z',
    visibleToVictim: true,
    victimLine: 'You will be asked to give evidence at the trial.',
    ...overrides,
  });
  const send = (body: unknown, from: PoliceUnit = partner) =>
    app
      .http()
      .post(`${API}/partner-events`)
      .set(from.officer.auth)
      .set('content-type', 'application/json')
      .send(JSON.stringify(body));
  const rejections = (query = '', from: PoliceUnit = partner) =>
    app.http().get(`${API}/partner-events/rejections${query}`).set(from.officer.auth).expect(200);
  const countRows = async (table: string): Promise<number> =>
    Number((await app.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM ${table}`))[0].n);
  const caseDetail = (caseId: string) => app.http().get(`${API}/cases/${caseId}`).set(unit.officer.auth).expect(200);

  it('accepts one event onto the case of its crime reference, naming the sending system and agency', async () => {
    const recorded = await recordCase(app, unit.officer);
    const event = partnerEvent(recorded.crimeReference.toLowerCase());
    const accepted = await send(event).expect(200);
    expect(accepted.body).toEqual({
      index: 0,
      senderSystem: 'wcu-case-manager',
      senderEventId: event.senderEventId,
      outcome: 'accepted',
      originalOutcome: null,
      caseId: recorded.id,
      eventId: expect.any(String),
      rejectionId: null,
      reasonCode: null,
      reason: null,
    });
    const detail = await caseDetail(recorded.id);
    expect(detail.body.events).toContainEqual(
      expect.objectContaining({
        id: accepted.body.eventId,
        type: 'required_to_give_evidence',
        senderSystem: 'wcu-case-manager',
        recordedByOrganisationId: partner.organisationId,
        recordedByUserId: partner.officer.user.id,
      }),
    );
  });

  it('answers a resend with the original result and creates nothing', async () => {
    const recorded = await recordCase(app, unit.officer);
    const event = partnerEvent(recorded.crimeReference, { type: 'stage_changed', stage: 'under_investigation' });
    const first = await send(event).expect(200);
    const events = await countRows('case_events');
    const resent = await send(event).expect(200);
    expect(resent.body).toEqual({ ...first.body, outcome: 'duplicate', originalOutcome: 'accepted' });
    expect(await countRows('case_events')).toBe(events);
    expect((await caseDetail(recorded.id)).body).toMatchObject({ stage: 'under_investigation', version: 2 });
  });

  it('creates one event when two copies of it arrive at the same moment', async () => {
    const recorded = await recordCase(app, unit.officer);
    const event = partnerEvent(recorded.crimeReference, { type: 'stage_changed', stage: 'under_investigation' });
    const answers = await Promise.all([send(event), send(event)]);
    expect(answers.map((answer) => answer.body.outcome).sort()).toEqual(['accepted', 'duplicate']);
    expect(new Set(answers.map((answer) => answer.body.eventId)).size).toBe(1);
    const detail = await caseDetail(recorded.id);
    expect(detail.body).toMatchObject({ stage: 'under_investigation', version: 2 });
    expect(detail.body.events).toHaveLength(2);
  });

  it('refuses an event for an unknown crime reference, keeps it for review, and repeats the refusal on resend', async () => {
    const event = partnerEvent('UNKNOWN/0001/25');
    const refused = await send(event).expect(200);
    expect(refused.body).toMatchObject({
      outcome: 'rejected',
      reasonCode: 'unknown_crime_reference',
      reason: 'No crime with reference UNKNOWN/0001/25 is recorded',
    });
    const kept = await rejections('?reasonCode=unknown_crime_reference');
    expect(kept.body.items).toContainEqual(
      expect.objectContaining({
        id: refused.body.rejectionId,
        senderSystem: 'wcu-case-manager',
        senderEventId: event.senderEventId,
        crimeReference: 'UNKNOWN/0001/25',
        payload: event,
        receivedByUserId: partner.officer.user.id,
      }),
    );
    const stored = await countRows('partner_event_rejections');
    const resent = await send(event).expect(200);
    expect(resent.body).toMatchObject({
      outcome: 'duplicate',
      originalOutcome: 'rejected',
      rejectionId: refused.body.rejectionId,
      reasonCode: 'unknown_crime_reference',
    });
    expect(await countRows('partner_event_rejections')).toBe(stored);
  });

  it('refuses an impossible transition with the reason, changing nothing on the case', async () => {
    const recorded = await recordCase(app, unit.officer);
    const refused = await send(
      partnerEvent(recorded.crimeReference, { type: 'verdict', stage: 'convicted', details: { outcome: 'convicted' } }),
    ).expect(200);
    expect(refused.body).toMatchObject({
      outcome: 'rejected',
      reasonCode: 'impossible_transition',
      reason:
        'A case at stage reported cannot move to convicted; it can move to under_investigation, no_further_action, withdrawn_by_victim',
    });
    const detail = await caseDetail(recorded.id);
    expect(detail.body).toMatchObject({ stage: 'reported', version: 1 });
    expect(detail.body.events).toHaveLength(1);
  });

  it('handles a batch item by item: accepted, duplicate and rejected, in order, keeping every refusal', async () => {
    const recorded = await recordCase(app, unit.officer);
    const sentBefore = partnerEvent(recorded.crimeReference, { type: 'suspect_arrested' });
    await send(sentBefore).expect(200);
    const withoutId = { ...partnerEvent(recorded.crimeReference), senderEventId: undefined };
    const batch = [
      partnerEvent(recorded.crimeReference, { type: 'stage_changed', stage: 'under_investigation' }),
      sentBefore,
      partnerEvent('NOPE/404/25'),
      partnerEvent(recorded.crimeReference, { type: 'sentence', details: { custodialMonths: -3 } }),
      withoutId,
      'not an event',
      partnerEvent(recorded.crimeReference, {
        type: 'decision_not_to_charge',
        stage: 'no_further_action',
        visibleToVictim: false,
        victimLine: undefined,
      }),
    ];
    const before = await countRows('partner_event_rejections');
    const response = await send(batch).expect(200);
    expect(response.body).toMatchObject({ accepted: 2, duplicate: 1, rejected: 4 });
    expect(
      response.body.results.map((result: { index: number; outcome: string; reasonCode: string | null }) => [
        result.index,
        result.outcome,
        result.reasonCode,
      ]),
    ).toEqual([
      [0, 'accepted', null],
      [1, 'duplicate', null],
      [2, 'rejected', 'unknown_crime_reference'],
      [3, 'rejected', 'invalid_event'],
      [4, 'rejected', 'missing_sender_identity'],
      [5, 'rejected', 'missing_sender_identity'],
      [6, 'accepted', null],
    ]);
    expect(response.body.results[3].reason).toMatch(/details\.custodialMonths must not be less than 0/);
    expect(await countRows('partner_event_rejections')).toBe(before + 4);
    const kept = await app.dataSource.query(
      'SELECT payload FROM partner_event_rejections WHERE reason_code = $1 ORDER BY id DESC LIMIT 1',
      ['missing_sender_identity'],
    );
    expect(kept).toEqual([{ payload: 'not an event' }]);
    expect((await caseDetail(recorded.id)).body).toMatchObject({ stage: 'no_further_action', version: 3 });

    const again = await send(batch.slice(0, 4)).expect(200);
    expect(again.body).toMatchObject({ accepted: 0, duplicate: 4, rejected: 0 });
  });

  it('keeps each organisation’s sender ids apart', async () => {
    const recorded = await recordCase(app, unit.officer);
    const event = partnerEvent(recorded.crimeReference);
    const other = await policeUnit(app);
    expect((await send(event).expect(200)).body.outcome).toBe('accepted');
    const fromOther = await send(event, other).expect(200);
    expect(fromOther.body.outcome).toBe('accepted');
    expect((await rejections('', other)).body.items).toEqual([]);
  });

  it('shows each organisation only its own rejections, filtered and paged', async () => {
    const reviewer = await policeUnit(app);
    for (let index = 0; index < 3; index++)
      await send(partnerEvent(`MISSING/${index}/25`, { senderSystem: 'cps-cms' }), reviewer).expect(200);
    const first = await rejections('?senderSystem=cps-cms&limit=2', reviewer);
    expect(first.body.items.map((item: { crimeReference: string }) => item.crimeReference)).toEqual([
      'MISSING/0/25',
      'MISSING/1/25',
    ]);
    const second = await rejections(`?senderSystem=cps-cms&limit=2&cursor=${first.body.nextCursor}`, reviewer);
    expect(second.body).toMatchObject({
      nextCursor: null,
      items: [expect.objectContaining({ crimeReference: 'MISSING/2/25' })],
    });
    expect((await rejections('?senderSystem=cps-cms')).body.items).toEqual([]);
  });

  it('refuses a body that is neither an event nor a batch of 1 to 100', async () => {
    const recorded = await recordCase(app, unit.officer);
    for (const body of [[], Array.from({ length: 101 }, () => partnerEvent(recorded.crimeReference)), 'text', 42]) {
      const refused = await send(body).expect(400);
      expect(refused.body.code).toBe('invalid_batch');
    }
  });
});
