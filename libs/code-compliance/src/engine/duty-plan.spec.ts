import { CaseEventType } from '@vs/cases';
import { OffenceGroup } from '@vs/victims';
import { DutyStatus } from '../catalogue/duty-evaluation';
import { DutyInstance } from '../entities/duty-instance.entity';
import { changedColumns, CrimeFacts, dutyKey, planDuties, PlannedDuty } from './duty-plan';
import { EventFacts, REPORTED_TRIGGER_KEY } from './duty-triggers';

// Friday 22 May 2026, 16:00 London (BST); Monday 25 May is a bank holiday.
const REPORTED = new Date('2026-05-22T15:00:00Z');
const FRIDAY_EVENING = new Date('2026-05-22T17:00:00Z');
const LATER = new Date('2026-07-01T12:00:00Z');

const crime = (offenceGroup = OffenceGroup.Other): CrimeFacts => ({
  id: 'case-1',
  reportedAt: REPORTED,
  offenceGroup,
  boroughCode: 'E09000022',
  recordingOrganisationId: 'unit-1',
});

let sequence = 0;
const event = (type: CaseEventType, occurredAt: string, details: EventFacts['details'] = {}): EventFacts => ({
  id: `event-${++sequence}`,
  type,
  occurredAt: new Date(occurredAt),
  recordedAt: new Date('2026-06-30T09:00:00Z'),
  details,
});

const standard = { victimId: 'victim-a', enhanced: false };
const enhanced = { victimId: 'victim-b', enhanced: true };

const plan = (
  options: {
    events?: EventFacts[];
    victim?: { victimId: string; enhanced: boolean };
    offenceGroup?: OffenceGroup;
    recorded?: DutyInstance[];
    now?: Date;
  } = {},
): PlannedDuty[] =>
  planDuties(
    crime(options.offenceGroup),
    options.victim ?? standard,
    options.events ?? [],
    new Map((options.recorded ?? []).map((instance) => [dutyKey(instance), instance])),
    options.now ?? FRIDAY_EVENING,
  );

const find = (planned: PlannedDuty[], dutyCode: string, triggerKey = REPORTED_TRIGGER_KEY): PlannedDuty => {
  const found = planned.find((duty) => duty.dutyCode === dutyCode && duty.triggerKey === triggerKey);
  if (!found) throw new Error(`no ${dutyCode} for ${triggerKey}`);
  return found;
};

/** A planned duty as the database would hold it. */
const recorded = (duty: PlannedDuty, waiver: Partial<DutyInstance> = {}): DutyInstance =>
  Object.assign(new DutyInstance(), duty, { waiverReason: null, waivedByUserId: null, waivedAt: null }, waiver);

describe('planDuties: the worked examples', () => {
  it('owes the duties of the report at once, counting working days past the bank holiday', () => {
    const planned = plan();
    expect(planned.every((duty) => duty.triggerKey === REPORTED_TRIGGER_KEY)).toBe(true);
    expect(find(planned, 'R4_REFERRAL_TO_SUPPORT')).toMatchObject({
      status: DutyStatus.Pending,
      // Tuesday 26 and Wednesday 27 May are the two working days: the end of Wednesday in London.
      dueAt: new Date('2026-05-27T22:59:59.999Z'),
      responsibleOrganisationId: 'unit-1',
      agency: 'police',
    });
    expect(find(planned, 'R2_CRIME_RECORDED').dueAt).toEqual(new Date('2026-05-23T15:00:00Z'));
    expect(find(planned, 'R7_PERSONAL_STATEMENT_OFFERED')).toMatchObject({ status: DutyStatus.Pending, dueAt: null });
  });

  it('gives an enhanced victim 1 working day after an arrest and others 5', () => {
    const arrest = event(CaseEventType.SuspectArrested, '2026-05-22T15:30:00Z');
    const forStandard = find(plan({ events: [arrest] }), 'R6_SUSPECT_ARRESTED', arrest.id);
    const forEnhanced = find(plan({ events: [arrest], victim: enhanced }), 'R6_SUSPECT_ARRESTED', arrest.id);
    expect(forStandard).toMatchObject({ dueAt: new Date('2026-06-01T22:59:59.999Z'), enhanced: false });
    expect(forEnhanced).toMatchObject({ dueAt: new Date('2026-05-26T22:59:59.999Z'), enhanced: true });
  });

  it('owes one update per arrest, met by telling the victim of that arrest: in time, or late', () => {
    const first = event(CaseEventType.SuspectArrested, '2026-05-22T15:30:00Z');
    const second = event(CaseEventType.SuspectArrested, '2026-06-02T10:00:00Z');
    const toldOfFirst = event(CaseEventType.VictimInformed, '2026-05-27T09:00:00Z', { aboutEventId: first.id });
    const events = [first, toldOfFirst, second];
    const planned = plan({ events, victim: enhanced, now: LATER });
    expect(find(planned, 'R6_SUSPECT_ARRESTED', first.id)).toMatchObject({
      status: DutyStatus.MetLate,
      fulfilledAt: toldOfFirst.occurredAt,
      fulfilmentRecordedAt: toldOfFirst.recordedAt,
      fulfilledByEventId: toldOfFirst.id,
    });
    expect(find(planned, 'R6_SUSPECT_ARRESTED', second.id).status).toBe(DutyStatus.Breached);
    expect(find(plan({ events, now: LATER }), 'R6_SUSPECT_ARRESTED', first.id).status).toBe(DutyStatus.Met);
  });

  it('counts telling one victim only for that victim', () => {
    const arrest = event(CaseEventType.SuspectArrested, '2026-05-22T15:30:00Z');
    const toldA = event(CaseEventType.VictimInformed, '2026-05-26T09:00:00Z', {
      aboutEventId: arrest.id,
      victimId: standard.victimId,
    });
    expect(find(plan({ events: [arrest, toldA] }), 'R6_SUSPECT_ARRESTED', arrest.id).status).toBe(DutyStatus.Met);
    expect(find(plan({ events: [arrest, toldA], victim: enhanced }), 'R6_SUSPECT_ARRESTED', arrest.id).status).toBe(
      DutyStatus.Pending,
    );
  });

  it('turns a breach into met when an event recorded late was dated in time, keeping both times', () => {
    const breached = recorded(find(plan({ now: LATER }), 'R3_WRITTEN_CONFIRMATION'));
    expect(breached.status).toBe(DutyStatus.Breached);
    const lateRecord = event(CaseEventType.WrittenConfirmationSent, '2026-05-26T10:00:00Z');
    const replanned = find(plan({ events: [lateRecord], recorded: [breached], now: LATER }), 'R3_WRITTEN_CONFIRMATION');
    expect(replanned).toMatchObject({
      status: DutyStatus.Met,
      fulfilledAt: new Date('2026-05-26T10:00:00Z'),
      fulfilmentRecordedAt: new Date('2026-06-30T09:00:00Z'),
    });
    expect(changedColumns(breached, replanned)).toEqual({
      status: DutyStatus.Met,
      fulfilledAt: lateRecord.occurredAt,
      fulfilmentRecordedAt: lateRecord.recordedAt,
      fulfilledByEventId: lateRecord.id,
    });
  });

  it('ignores a fulfilling event that happened before the trigger', () => {
    const early = event(CaseEventType.ProbationVictimContact, '2026-05-20T10:00:00Z');
    const referral = event(CaseEventType.VictimContactSchemeReferral, '2026-05-22T15:30:00Z');
    expect(find(plan({ events: [early, referral] }), 'R11_PROBATION_CONTACT', referral.id).status).toBe(
      DutyStatus.Pending,
    );
  });

  it('moves open deadlines on re-assessment, and keeps settled duties as they were judged', () => {
    const arrest = event(CaseEventType.SuspectArrested, '2026-05-22T15:30:00Z');
    const crimeRecorded = event(CaseEventType.CrimeRecorded, '2026-05-22T15:45:00Z');
    const before = plan({ events: [crimeRecorded, arrest] }).map((duty) => recorded(duty));
    const after = plan({ events: [crimeRecorded, arrest], recorded: before, victim: { ...standard, enhanced: true } });
    expect(find(after, 'R6_SUSPECT_ARRESTED', arrest.id)).toMatchObject({
      enhanced: true,
      dueAt: new Date('2026-05-26T22:59:59.999Z'),
      status: DutyStatus.Pending,
    });
    expect(find(after, 'R2_CRIME_RECORDED')).toMatchObject({ enhanced: false, status: DutyStatus.Met });
  });

  it('keeps a waiver: the duty stays waived whatever happens next', () => {
    const open = find(plan(), 'R4_REFERRAL_TO_SUPPORT');
    const waived = recorded(open, {
      waiverReason: 'v1.key.x.y.z',
      waivedByUserId: 'officer',
      waivedAt: FRIDAY_EVENING,
    });
    expect(find(plan({ recorded: [waived], now: LATER }), 'R4_REFERRAL_TO_SUPPORT').status).toBe(DutyStatus.Waived);
  });

  it('dates the statement offer by the charge decision when it comes', () => {
    const offered = event(CaseEventType.VictimPersonalStatementOffered, '2026-06-01T10:00:00Z');
    const decision = event(CaseEventType.DecisionToCharge, '2026-06-15T10:00:00Z', { charges: ['ABH'] });
    expect(find(plan({ events: [decision], now: LATER }), 'R7_PERSONAL_STATEMENT_OFFERED')).toMatchObject({
      status: DutyStatus.Breached,
      dueAt: decision.occurredAt,
    });
    expect(find(plan({ events: [offered, decision], now: LATER }), 'R7_PERSONAL_STATEMENT_OFFERED').status).toBe(
      DutyStatus.Met,
    );
  });

  it('owes a Victim Contact Scheme referral only after a qualifying sentence for a violent or sexual offence', () => {
    const vcs = (offenceGroup: OffenceGroup, details: EventFacts['details']) => {
      const sentence = event(CaseEventType.Sentence, '2026-05-22T15:30:00Z', details);
      return find(plan({ events: [sentence], offenceGroup }), 'R11_VICTIM_CONTACT_SCHEME_REFERRAL', sentence.id);
    };
    expect(vcs(OffenceGroup.KnifeCrime, { custodialMonths: 18 })).toMatchObject({
      status: DutyStatus.Pending,
      agency: 'witness_care_unit',
      responsibleOrganisationId: 'unit-1',
    });
    expect(vcs(OffenceGroup.Fraud, { custodialMonths: 18 }).status).toBe(DutyStatus.NotApplicable);
    expect(vcs(OffenceGroup.KnifeCrime, { custodialMonths: 6 }).status).toBe(DutyStatus.NotApplicable);
    expect(vcs(OffenceGroup.SexualOffences, { hospitalOrder: true }).status).toBe(DutyStatus.Pending);
  });

  it('names no organisation for duties of agencies the record does not hold', () => {
    const referral = event(CaseEventType.VictimContactSchemeReferral, '2026-05-22T15:30:00Z');
    expect(find(plan({ events: [referral] }), 'R11_PROBATION_CONTACT', referral.id)).toMatchObject({
      agency: 'probation',
      responsibleOrganisationId: null,
    });
  });
});

describe('changedColumns', () => {
  it('is empty when the plan matches the record, dates compared by value', () => {
    const duty = find(plan(), 'R4_REFERRAL_TO_SUPPORT');
    expect(changedColumns(recorded(duty), { ...duty, dueAt: new Date(duty.dueAt!.getTime()) })).toEqual({});
  });
});
