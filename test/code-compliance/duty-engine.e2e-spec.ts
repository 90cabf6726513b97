import { createApiApp } from '../../apps/api/src/api-app';
import { ReferralSentRecorder } from '@vs/cases';
import { DutyChange, DutyChangeListeners, VictimRightsService } from '@vs/code-compliance';
import { Actor } from '@vs/platform';
import { startTestApp, TestApp } from '@vs/testing';
import { API, createVictim, linkVictim, PoliceUnit, policeUnit, recordCase, recordEvent } from '../cases/case-fixtures';
import { dutiesOf, dutyIn, fixClock, waive } from './duty-fixtures';

// Friday 22 May 2026 in London (BST); Monday 25 May is the spring bank holiday.
const FRIDAY_AFTERNOON = '2026-05-22T15:30:00Z';
const WEEKS_LATER = '2026-06-10T12:00:00Z';
const END_OF_TUESDAY_26_MAY = '2026-05-26T22:59:59.999Z';
const END_OF_MONDAY_1_JUNE = '2026-06-01T22:59:59.999Z';

describe("the Victims' Code duty engine, as events and victims arrive", () => {
  let app: TestApp;
  let unit: PoliceUnit;

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    unit = await policeUnit(app);
  });

  afterEach(() => jest.restoreAllMocks());
  afterAll(() => app?.close());

  const event = (caseId: string, body: Record<string, unknown>) =>
    recordEvent(app, unit.officer, caseId, body)
      .expect(201)
      .then((response) => response.body.id as string);
  const duties = (caseId: string) => dutiesOf(app, unit.officer, caseId);

  /**
   * A crime reported on the Friday afternoon with a standard victim (an adult) and an enhanced one
   * (under 18), and a suspect arrested the same afternoon.
   */
  async function fridayReport(crime: Record<string, unknown> = {}) {
    fixClock(app, FRIDAY_AFTERNOON);
    const recorded = await recordCase(app, unit.officer, {
      offenceGroup: 'other',
      reportedAt: '2026-05-22T15:00:00Z',
      recordedAt: '2026-05-22T15:10:00Z',
      ...crime,
    });
    const standard = await createVictim(app, unit.officer);
    const enhanced = await createVictim(app, unit.officer, { dateOfBirth: '2012-04-01' });
    for (const victimId of [standard, enhanced]) await linkVictim(app, unit.officer, recorded.id, victimId).expect(201);
    const arrest = await event(recorded.id, { type: 'suspect_arrested', occurredAt: '2026-05-22T15:20:00Z' });
    return { caseId: recorded.id, crimeReference: recorded.crimeReference, standard, enhanced, arrest };
  }

  it('counts working days past the bank holiday: 1 for an enhanced victim, 5 for others', async () => {
    const { caseId, standard, enhanced, arrest } = await fridayReport();
    const all = await duties(caseId);
    expect(dutyIn(all, 'R6_SUSPECT_ARRESTED', standard, arrest)).toMatchObject({
      status: 'pending',
      enhanced: false,
      dueAt: END_OF_MONDAY_1_JUNE,
      owedBy: 'police',
      responsibleOrganisationId: unit.organisationId,
    });
    expect(dutyIn(all, 'R6_SUSPECT_ARRESTED', enhanced, arrest)).toMatchObject({
      status: 'pending',
      enhanced: true,
      dueAt: END_OF_TUESDAY_26_MAY,
    });
    // Referral to support: 2 working days for everyone, Tuesday and Wednesday.
    expect(dutyIn(all, 'R4_REFERRAL_TO_SUPPORT', standard)).toMatchObject({
      status: 'pending',
      dueAt: '2026-05-27T22:59:59.999Z',
      deadlineSource: 'code',
    });
    // Recorded 10 minutes after the report: within the 24-hour local target.
    expect(dutyIn(all, 'R2_CRIME_RECORDED', standard)).toMatchObject({
      status: 'met',
      deadlineSource: 'local_target',
      fulfilledAt: '2026-05-22T15:10:00.000Z',
    });
    expect(dutyIn(all, 'R7_PERSONAL_STATEMENT_OFFERED', standard)).toMatchObject({ status: 'pending', dueAt: null });
  });

  it('meets a duty told in time, meets it late after the deadline, and breaches what nobody did', async () => {
    const { caseId, standard, enhanced, arrest } = await fridayReport();
    fixClock(app, WEEKS_LATER);
    const told = await event(caseId, {
      type: 'victim_informed',
      occurredAt: '2026-05-27T09:00:00Z',
      details: { aboutEventId: arrest },
    });
    const all = await duties(caseId);
    expect(dutyIn(all, 'R6_SUSPECT_ARRESTED', standard, arrest)).toMatchObject({
      status: 'met',
      fulfilledAt: '2026-05-27T09:00:00.000Z',
      fulfilledByEventId: told,
    });
    expect(dutyIn(all, 'R6_SUSPECT_ARRESTED', enhanced, arrest).status).toBe('met_late');
    const confirmation = dutyIn(all, 'R3_WRITTEN_CONFIRMATION', standard);
    expect(confirmation).toMatchObject({ status: 'breached', fulfilledAt: null });
    // The event that revealed the breach raised its alert; the sweep will not raise another.
    const alerts = await app.http().get(`${API}/duty-alerts`).set(unit.officer.auth).expect(200);
    expect(
      alerts.body.items.filter((alert: { dutyInstanceId: string }) => alert.dutyInstanceId === confirmation.id),
    ).toHaveLength(1);
  });

  it('tells one victim only when the update names them', async () => {
    const { caseId, standard, enhanced, arrest } = await fridayReport();
    await event(caseId, {
      type: 'victim_informed',
      occurredAt: '2026-05-22T15:25:00Z',
      details: { aboutEventId: arrest, victimId: enhanced },
    });
    const all = await duties(caseId);
    expect(dutyIn(all, 'R6_SUSPECT_ARRESTED', enhanced, arrest).status).toBe('met');
    expect(dutyIn(all, 'R6_SUSPECT_ARRESTED', standard, arrest).status).toBe('pending');
  });

  it('turns a breach into met when an event recorded late was dated in time, keeping both times', async () => {
    const { caseId, standard } = await fridayReport();
    fixClock(app, WEEKS_LATER);
    await event(caseId, { type: 'stage_changed', stage: 'under_investigation', version: 1, occurredAt: WEEKS_LATER });
    expect(dutyIn(await duties(caseId), 'R3_WRITTEN_CONFIRMATION', standard).status).toBe('breached');
    await event(caseId, { type: 'written_confirmation_sent', occurredAt: '2026-05-26T10:00:00Z' });
    await event(caseId, { type: 'compensation_information_given', occurredAt: '2026-05-28T10:00:00Z' });
    const all = await duties(caseId);
    const confirmation = dutyIn(all, 'R3_WRITTEN_CONFIRMATION', standard);
    expect(confirmation).toMatchObject({ status: 'met', fulfilledAt: '2026-05-26T10:00:00.000Z' });
    expect(new Date(confirmation.fulfilmentRecordedAt as string).getTime()).toBeGreaterThan(
      new Date(confirmation.fulfilledAt as string).getTime(),
    );
    // Compensation information was due on Tuesday 26 May and given on the Thursday.
    expect(dutyIn(all, 'R5_COMPENSATION_INFORMATION', standard).status).toBe('met_late');
  });

  it('moves the open deadlines when enhanced rights are re-assessed, leaving settled duties as judged', async () => {
    const { caseId, standard, arrest } = await fridayReport();
    await app
      .http()
      .put(`${API}/victims/${standard}/enhanced-rights-override`)
      .set(unit.officer.auth)
      .send({ enhanced: true, reason: 'Told the officer she is frightened of the suspect.', version: 1 })
      .expect(200);
    await app
      .http()
      .post(`${API}/cases/${caseId}/victims/${standard}/enhanced-rights-assessment`)
      .set(unit.officer.auth)
      .expect(200);
    const all = await duties(caseId);
    expect(dutyIn(all, 'R6_SUSPECT_ARRESTED', standard, arrest)).toMatchObject({
      status: 'pending',
      enhanced: true,
      dueAt: END_OF_TUESDAY_26_MAY,
    });
    expect(dutyIn(all, 'R2_CRIME_RECORDED', standard)).toMatchObject({ status: 'met', enhanced: false });
  });

  it('waives a waivable, open duty with the victim’s decision and who recorded it (encrypted, audited)', async () => {
    const { caseId, standard } = await fridayReport();
    const referral = dutyIn(await duties(caseId), 'R4_REFERRAL_TO_SUPPORT', standard);
    const reason = 'Does not want a support service for now; may ask later.';
    const waived = await waive(app, unit.officer, caseId, referral.id, reason).expect(200);
    expect(waived.body).toMatchObject({
      id: referral.id,
      status: 'waived',
      waiver: { reason, recordedByUserId: unit.officer.user.id, recordedAt: '2026-05-22T15:30:00.000Z' },
    });
    expect(dutyIn(await duties(caseId), 'R4_REFERRAL_TO_SUPPORT', standard).status).toBe('waived');
    const [stored] = await app.dataSource.query('SELECT waiver_reason FROM duty_instances WHERE id = $1', [
      referral.id,
    ]);
    expect(stored.waiver_reason).toMatch(/^v1\./);
    const trail = await app.dataSource.query(
      "SELECT victim_id, changed_fields FROM audit_events WHERE entity_id = $1 AND changed_fields = '{duties.waiver}'",
      [caseId],
    );
    expect(trail).toEqual([{ victim_id: standard, changed_fields: ['duties.waiver'] }]);
    const again = await waive(app, unit.officer, caseId, referral.id).expect(409);
    expect(again.body).toMatchObject({ code: 'duty_not_open', status: 409, dutyStatus: 'waived' });
    const recording = dutyIn(await duties(caseId), 'R2_CRIME_RECORDED', standard);
    expect((await waive(app, unit.officer, caseId, recording.id).expect(409)).body.code).toBe('duty_not_waivable');
  });

  it('refuses to waive a duty already breached: a late waiver would erase the breach', async () => {
    const { caseId, standard } = await fridayReport();
    const confirmation = dutyIn(await duties(caseId), 'R3_WRITTEN_CONFIRMATION', standard);
    fixClock(app, WEEKS_LATER);
    const refused = await waive(app, unit.officer, caseId, confirmation.id).expect(409);
    expect(refused.body).toMatchObject({ code: 'duty_not_open', status: 409, dutyStatus: 'breached' });
  });

  it('owes a Victim Contact Scheme referral only for a violent or sexual offence with 12 months’ custody', async () => {
    const sentenced = async (offenceGroup: string, details: Record<string, unknown>) => {
      const { caseId, standard } = await fridayReport({ offenceGroup });
      fixClock(app, WEEKS_LATER);
      const sentence = await event(caseId, { type: 'sentence', occurredAt: '2026-06-09T10:00:00Z', details });
      return { caseId, standard, sentence };
    };
    const knife = await sentenced('knife_crime', { custodialMonths: 18 });
    expect(
      dutyIn(await duties(knife.caseId), 'R11_VICTIM_CONTACT_SCHEME_REFERRAL', knife.standard, knife.sentence),
    ).toMatchObject({ status: 'pending', dueAt: '2026-06-23T22:59:59.999Z', owedBy: 'witness_care_unit' });
    const suspended = await sentenced('knife_crime', { custodialMonths: 18, suspended: true });
    const fraud = await sentenced('fraud', { custodialMonths: 18 });
    for (const { caseId, standard, sentence } of [suspended, fraud]) {
      expect(dutyIn(await duties(caseId), 'R11_VICTIM_CONTACT_SCHEME_REFERRAL', standard, sentence).status).toBe(
        'not_applicable',
      );
    }
    const referral = await event(knife.caseId, { type: 'vcs_referral', occurredAt: '2026-06-10T09:00:00Z' });
    const after = await duties(knife.caseId);
    expect(dutyIn(after, 'R11_VICTIM_CONTACT_SCHEME_REFERRAL', knife.standard, knife.sentence).status).toBe('met');
    expect(dutyIn(after, 'R11_PROBATION_CONTACT', knife.standard, referral)).toMatchObject({
      status: 'pending',
      owedBy: 'probation',
      responsibleOrganisationId: null,
    });
  });

  it('dates the statement offer by the charge decision when it arrives: breached then if never offered', async () => {
    const { caseId, standard } = await fridayReport();
    await event(caseId, { type: 'victim_personal_statement_offered', occurredAt: '2026-05-22T15:25:00Z' });
    fixClock(app, WEEKS_LATER);
    await event(caseId, {
      type: 'decision_to_charge',
      occurredAt: '2026-06-08T10:00:00Z',
      details: { charges: ['Assault occasioning actual bodily harm'] },
    });
    const all = await duties(caseId);
    // The offer was recorded for the case, so it counts for both victims.
    expect(dutyIn(all, 'R7_PERSONAL_STATEMENT_OFFERED', standard)).toMatchObject({
      status: 'met',
      dueAt: '2026-06-08T10:00:00.000Z',
    });
    const later = await fridayReport();
    fixClock(app, WEEKS_LATER);
    await event(later.caseId, { type: 'decision_not_to_charge', occurredAt: '2026-06-08T10:00:00Z' });
    expect(dutyIn(await duties(later.caseId), 'R7_PERSONAL_STATEMENT_OFFERED', later.standard)).toMatchObject({
      status: 'breached',
      dueAt: '2026-06-08T10:00:00.000Z',
    });
  });

  it('tells a victim, in plain words, the rights that apply to them and how each is going', async () => {
    const { caseId, standard } = await fridayReport({ offenceGroup: 'fraud' });
    const referral = dutyIn(await duties(caseId), 'R4_REFERRAL_TO_SUPPORT', standard);
    await waive(app, unit.officer, caseId, referral.id).expect(200);
    fixClock(app, WEEKS_LATER);
    await event(caseId, { type: 'sentence', occurredAt: '2026-06-09T10:00:00Z', details: { custodialMonths: 18 } });
    const [ofCase] = await app.app.get(VictimRightsService).forVictim(standard);
    expect(ofCase.caseId).toBe(caseId);
    expect(ofCase.rights.find((right) => right.dutyCode === 'R4_REFERRAL_TO_SUPPORT')).toMatchObject({
      right: 4,
      forVictims: expect.stringContaining('refer you to a support service'),
      occasions: [{ status: 'waived' }],
    });
    // A fraud sentence owes no Victim Contact Scheme referral: not among the victim's rights.
    expect(ofCase.rights.map((right) => right.right)).not.toContain(11);
    const rightsInOrder = ofCase.rights.map((right) => right.right);
    expect(rightsInOrder).toEqual([...rightsInOrder].sort((a, b) => a - b));
  });

  it('tells the change hook of each duty created or changed, before and after', async () => {
    const { caseId, standard, arrest } = await fridayReport();
    const heard: DutyChange[] = [];
    app.app.get(DutyChangeListeners).register({
      onDutiesChanged: (_manager, changes) => {
        heard.push(...changes);
        return Promise.resolve();
      },
    });
    await event(caseId, {
      type: 'victim_informed',
      occurredAt: '2026-05-22T15:28:00Z',
      details: { aboutEventId: arrest },
    });
    const told = heard.find(
      ({ instance }) => instance.dutyCode === 'R6_SUSPECT_ARRESTED' && instance.victimId === standard,
    );
    expect(told).toMatchObject({ previous: { status: 'pending' }, instance: { status: 'met', triggerKey: arrest } });
    const interview = await event(caseId, { type: 'suspect_interviewed', occurredAt: '2026-05-22T15:29:00Z' });
    // Created: one update owed to each of the two victims.
    expect(
      heard.filter(({ previous, instance }) => previous === null && instance.triggerKey === interview),
    ).toHaveLength(2);
  });

  it('owes a victim linked later the duties whose triggers already happened', async () => {
    const { caseId, arrest } = await fridayReport();
    const latecomer = await createVictim(app, unit.officer);
    await linkVictim(app, unit.officer, caseId, latecomer).expect(201);
    const all = await duties(caseId);
    expect(dutyIn(all, 'R6_SUSPECT_ARRESTED', latecomer, arrest).status).toBe('pending');
    expect(dutyIn(all, 'R2_CRIME_RECORDED', latecomer).status).toBe('met');
  });

  it('hears of events from hearings, partner systems and the referral front door alike', async () => {
    const { caseId, crimeReference, standard } = await fridayReport();
    await app
      .http()
      .post(`${API}/cases/${caseId}/hearings`)
      .set(unit.officer.auth)
      .send({
        occurredAt: '2026-05-22T15:25:00Z',
        visibleToVictim: false,
        court: 'Snaresbrook Crown Court',
        startsAt: '2026-07-06T10:00:00+01:00',
        type: 'trial',
      })
      .expect(201);
    const partner = await policeUnit(app);
    const sent = await app
      .http()
      .post(`${API}/partner-events`)
      .set(partner.officer.auth)
      .send({
        senderSystem: 'wcu-case-manager',
        senderEventId: 'evt-1',
        crimeReference,
        type: 'required_to_give_evidence',
        occurredAt: '2026-05-22T15:26:00Z',
        visibleToVictim: false,
      })
      .expect(200);
    expect(sent.body.outcome).toBe('accepted');
    await app.dataSource.transaction((manager) =>
      app.app.get(ReferralSentRecorder).record(manager, actorOf(unit), crimeReference, {
        victimId: standard,
        occurredAt: new Date('2026-05-22T15:27:00Z'),
      }),
    );
    const all = await duties(caseId);
    // One hearing listed: one duty to tell each of the two victims, within a working day.
    expect(
      all.filter((duty) => duty.dutyCode === 'R8_HEARING_LISTED').map(({ status, dueAt }) => ({ status, dueAt })),
    ).toEqual([
      { status: 'pending', dueAt: END_OF_TUESDAY_26_MAY },
      { status: 'pending', dueAt: END_OF_TUESDAY_26_MAY },
    ]);
    expect(dutyIn(all, 'R8_REQUIRED_TO_GIVE_EVIDENCE', standard, sent.body.eventId).status).toBe('pending');
    expect(dutyIn(all, 'R4_REFERRAL_TO_SUPPORT', standard)).toMatchObject({
      status: 'met',
      fulfilledAt: '2026-05-22T15:27:00.000Z',
    });
  });
});

/** The officer as a service would see them, for calling a service directly. */
const actorOf = (unit: PoliceUnit): Actor => ({
  userId: unit.officer.user.id,
  role: unit.officer.user.role,
  organisationId: unit.organisationId,
  team: null,
  sessionId: 'test-session',
  requestId: 'test-request',
  clientIp: '127.0.0.1',
  breakGlassReason: null,
  purpose: null,
});
