import { CaseEventType } from '@vs/cases';
import { Agency, CRIME_REPORTED, DeadlineSource, DutyCondition, DutyDefinition, DutyDeadline } from './duty-definition';

/**
 * The duties of the Code of Practice for Victims of Crime in England and Wales that the case record
 * can check, as reviewable data. A change of wording or deadline is a new version: instances keep
 * the version they were created under, so past compliance is judged by the rules of its time.
 */
export const DUTY_CATALOGUE_VERSION = '2026.1';

const code = (enhanced: number, standard: number): DutyDeadline => ({
  kind: 'working_days',
  enhanced,
  standard,
  source: DeadlineSource.Code,
});
const localTarget = (days: number): DutyDeadline => ({
  kind: 'working_days',
  enhanced: days,
  standard: days,
  source: DeadlineSource.LocalTarget,
});
const informed = { event: CaseEventType.VictimInformed, informs: true } as const;

/** Right 6: told of each investigation and charging decision, 1 working day (enhanced) or 5. */
const investigationUpdate = (
  trigger: CaseEventType,
  owner: Agency,
  title: string,
  forVictims: string,
): DutyDefinition => ({
  code: `R6_${trigger.toUpperCase()}`,
  right: 6,
  title,
  forVictims,
  owner,
  trigger,
  fulfilledBy: informed,
  condition: DutyCondition.Always,
  deadline: code(1, 5),
  waivable: true,
});

/** Rights 8 and 9: told of hearings and outcomes by the witness care unit. */
const courtUpdate = (
  right: number,
  trigger: CaseEventType,
  deadline: DutyDeadline,
  title: string,
  forVictims: string,
): DutyDefinition => ({
  code: `R${right}_${trigger.toUpperCase()}`,
  right,
  title,
  forVictims,
  owner: Agency.WitnessCareUnit,
  trigger,
  fulfilledBy: informed,
  condition: DutyCondition.Always,
  deadline,
  waivable: true,
});

export const DUTY_CATALOGUE: readonly DutyDefinition[] = [
  {
    code: 'R2_CRIME_RECORDED',
    right: 2,
    title: 'Crime recorded without unjustified delay',
    forVictims: 'The police record the crime you reported without unjustified delay.',
    owner: Agency.Police,
    trigger: CRIME_REPORTED,
    fulfilledBy: { event: CaseEventType.CrimeRecorded },
    condition: DutyCondition.Always,
    deadline: { kind: 'hours', hours: 24, source: DeadlineSource.LocalTarget },
    waivable: false,
  },
  {
    code: 'R3_WRITTEN_CONFIRMATION',
    right: 3,
    title: 'Written confirmation of the crime report',
    forVictims:
      'The police give you written confirmation of the crime, its reference number and how to reach the officer.',
    owner: Agency.Police,
    trigger: CRIME_REPORTED,
    fulfilledBy: { event: CaseEventType.WrittenConfirmationSent },
    condition: DutyCondition.Always,
    deadline: localTarget(1),
    waivable: true,
  },
  {
    code: 'R4_NEEDS_ASSESSMENT',
    right: 4,
    title: 'Needs assessment',
    forVictims: 'The police assess what support you need.',
    owner: Agency.Police,
    trigger: CRIME_REPORTED,
    fulfilledBy: { event: CaseEventType.NeedsAssessmentDone },
    condition: DutyCondition.Always,
    deadline: localTarget(2),
    waivable: true,
  },
  {
    code: 'R4_REFERRAL_TO_SUPPORT',
    right: 4,
    title: 'Referral to a support service',
    forVictims: 'The police refer you to a support service within 2 working days, unless you say you do not want this.',
    owner: Agency.Police,
    trigger: CRIME_REPORTED,
    fulfilledBy: { event: CaseEventType.ReferralSent },
    condition: DutyCondition.Always,
    deadline: code(2, 2),
    waivable: true,
  },
  {
    code: 'R5_COMPENSATION_INFORMATION',
    right: 5,
    title: 'Information about compensation',
    forVictims: 'The police tell you how to claim compensation.',
    owner: Agency.Police,
    trigger: CRIME_REPORTED,
    fulfilledBy: { event: CaseEventType.CompensationInformationGiven },
    condition: DutyCondition.Always,
    deadline: localTarget(1),
    waivable: true,
  },
  investigationUpdate(
    CaseEventType.SuspectArrested,
    Agency.Police,
    'Told of an arrest',
    'You are told when a suspect is arrested.',
  ),
  investigationUpdate(
    CaseEventType.SuspectInterviewed,
    Agency.Police,
    'Told of an interview under caution',
    'You are told when a suspect is interviewed.',
  ),
  investigationUpdate(
    CaseEventType.SuspectReleased,
    Agency.Police,
    'Told of a release',
    'You are told when a suspect is released.',
  ),
  investigationUpdate(
    CaseEventType.SuspectBailed,
    Agency.Police,
    'Told of police bail',
    'You are told when a suspect is released on bail, and of its conditions.',
  ),
  investigationUpdate(
    CaseEventType.ReleasedUnderInvestigation,
    Agency.Police,
    'Told of release under investigation',
    'You are told when a suspect is released while the investigation continues.',
  ),
  investigationUpdate(
    CaseEventType.BailChanged,
    Agency.Police,
    'Told of a change to bail',
    'You are told when bail conditions change.',
  ),
  investigationUpdate(
    CaseEventType.DecisionNotToInvestigate,
    Agency.Police,
    'Told of a decision not to investigate',
    'You are told if the police decide not to investigate, and why.',
  ),
  investigationUpdate(
    CaseEventType.DecisionToCharge,
    Agency.Police,
    'Told of the decision to charge',
    'You are told when a suspect is charged.',
  ),
  investigationUpdate(
    CaseEventType.DecisionNotToCharge,
    Agency.Police,
    'Told of a decision not to charge',
    'You are told if no one will be charged, and how to ask for a review.',
  ),
  investigationUpdate(
    CaseEventType.ChargeDroppedOrAltered,
    Agency.CrownProsecutionService,
    'Told of a charge dropped or altered',
    'You are told if the prosecution drops or changes a charge.',
  ),
  {
    code: 'R7_PERSONAL_STATEMENT_OFFERED',
    right: 7,
    title: 'Victim Personal Statement offered before the charge decision',
    forVictims: 'You are offered the chance to make a Victim Personal Statement about how the crime affected you.',
    owner: Agency.Police,
    trigger: CRIME_REPORTED,
    fulfilledBy: { event: CaseEventType.VictimPersonalStatementOffered },
    condition: DutyCondition.Always,
    deadline: {
      kind: 'before_event',
      events: [CaseEventType.DecisionToCharge, CaseEventType.DecisionNotToCharge],
      source: DeadlineSource.Code,
    },
    waivable: true,
  },
  courtUpdate(
    8,
    CaseEventType.HearingListed,
    code(1, 1),
    'Told of a hearing listed',
    'You are told the date, time and place of each hearing.',
  ),
  courtUpdate(
    8,
    CaseEventType.HearingMoved,
    code(1, 1),
    'Told of a hearing moved',
    'You are told when a hearing moves.',
  ),
  courtUpdate(
    8,
    CaseEventType.HearingCancelled,
    code(1, 1),
    'Told of a hearing cancelled',
    'You are told when a hearing is cancelled.',
  ),
  courtUpdate(
    8,
    CaseEventType.RequiredToGiveEvidence,
    code(1, 5),
    'Told of having to give evidence',
    'You are told if you need to give evidence in court.',
  ),
  courtUpdate(
    8,
    CaseEventType.CourtBailOutcome,
    code(1, 5),
    'Told of the court bail outcome',
    'You are told whether the defendant is on bail or in custody, and of any conditions.',
  ),
  courtUpdate(
    8,
    CaseEventType.SpecialMeasuresDecided,
    code(1, 5),
    'Told of the special measures decision',
    'You are told whether special measures (such as screens) were granted.',
  ),
  courtUpdate(
    9,
    CaseEventType.Verdict,
    code(1, 1),
    'Told of the verdict',
    'You are told the verdict, with an explanation.',
  ),
  courtUpdate(
    9,
    CaseEventType.Sentence,
    code(1, 1),
    'Told of the sentence',
    'You are told the sentence, with an explanation.',
  ),
  courtUpdate(9, CaseEventType.AppealLodged, code(1, 1), 'Told of an appeal', 'You are told if the defendant appeals.'),
  courtUpdate(
    9,
    CaseEventType.AppealOutcome,
    code(1, 1),
    'Told of the appeal outcome',
    'You are told the outcome of an appeal.',
  ),
  {
    code: 'R11_VICTIM_CONTACT_SCHEME_REFERRAL',
    right: 11,
    title: 'Referral to the Victim Contact Scheme',
    forVictims:
      'Because of the sentence, you are referred to the Probation Service Victim Contact Scheme, which tells you about the offender’s release.',
    owner: Agency.WitnessCareUnit,
    trigger: CaseEventType.Sentence,
    fulfilledBy: { event: CaseEventType.VictimContactSchemeReferral },
    condition: DutyCondition.VictimContactSchemeEligible,
    deadline: code(10, 10),
    waivable: true,
  },
  {
    code: 'R11_PROBATION_CONTACT',
    right: 11,
    title: 'Contact from the Victim Contact Scheme',
    forVictims: 'A probation victim liaison officer contacts you after the referral.',
    owner: Agency.Probation,
    trigger: CaseEventType.VictimContactSchemeReferral,
    fulfilledBy: { event: CaseEventType.ProbationVictimContact },
    condition: DutyCondition.Always,
    deadline: code(20, 20),
    waivable: true,
  },
];

export function dutyDefinition(dutyCode: string): DutyDefinition | undefined {
  return DUTY_CATALOGUE.find((duty) => duty.code === dutyCode);
}
