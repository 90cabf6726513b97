/**
 * What happened on a case. Each type is a fact the Victims' Code attaches a duty to (DOMAIN.md), so
 * code compliance can find the trigger of every duty among a case's events.
 */
export enum CaseEventType {
  CrimeRecorded = 'crime_recorded',
  /** A stage change with no other Code fact to it, e.g. a trial starting. */
  StageChanged = 'stage_changed',
  WrittenConfirmationSent = 'written_confirmation_sent',
  CompensationInformationGiven = 'compensation_information_given',
  NeedsAssessmentDone = 'needs_assessment_done',
  ReferralSent = 'referral_sent',
  SuspectArrested = 'suspect_arrested',
  SuspectInterviewed = 'suspect_interviewed',
  SuspectReleased = 'suspect_released',
  SuspectBailed = 'suspect_bailed',
  ReleasedUnderInvestigation = 'released_under_investigation',
  BailChanged = 'bail_changed',
  DecisionNotToInvestigate = 'decision_not_to_investigate',
  DecisionToCharge = 'decision_to_charge',
  DecisionNotToCharge = 'decision_not_to_charge',
  ChargeDroppedOrAltered = 'charge_dropped_or_altered',
  VictimPersonalStatementOffered = 'victim_personal_statement_offered',
  HearingListed = 'hearing_listed',
  HearingMoved = 'hearing_moved',
  HearingCancelled = 'hearing_cancelled',
  HearingOutcome = 'hearing_outcome',
  RequiredToGiveEvidence = 'required_to_give_evidence',
  SpecialMeasuresDecided = 'special_measures_decided',
  CourtBailOutcome = 'court_bail_outcome',
  Verdict = 'verdict',
  Sentence = 'sentence',
  AppealLodged = 'appeal_lodged',
  AppealOutcome = 'appeal_outcome',
  VictimContactSchemeReferral = 'vcs_referral',
  RightToReviewRequested = 'right_to_review_requested',
  RightToReviewOutcome = 'right_to_review_outcome',
  /** The victim was told of another event of the case (details.aboutEventId): how "tell the victim" duties are met. */
  VictimInformed = 'victim_informed',
  /** A probation victim liaison officer contacted the victim after a Victim Contact Scheme referral. */
  ProbationVictimContact = 'probation_victim_contact',
}

/**
 * Types the system records itself, from the crime and hearings endpoints, so they always carry the
 * rows they describe; they cannot be posted as free-standing events.
 */
export const SYSTEM_EVENT_TYPES: ReadonlySet<CaseEventType> = new Set([
  CaseEventType.CrimeRecorded,
  CaseEventType.HearingListed,
  CaseEventType.HearingMoved,
  CaseEventType.HearingCancelled,
  CaseEventType.HearingOutcome,
]);

/** Types that staff and partner systems may record directly. */
export const RECORDABLE_EVENT_TYPES: readonly CaseEventType[] = Object.values(CaseEventType).filter(
  (type) => !SYSTEM_EVENT_TYPES.has(type),
);
