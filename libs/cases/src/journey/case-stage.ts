/** Where a case stands on its journey through the justice system (DOMAIN.md, "The journey of a case"). */
export enum CaseStage {
  Reported = 'reported',
  UnderInvestigation = 'under_investigation',
  NoFurtherAction = 'no_further_action',
  SuspectCharged = 'suspect_charged',
  AwaitingFirstHearing = 'awaiting_first_hearing',
  AwaitingTrial = 'awaiting_trial',
  Trial = 'trial',
  Acquitted = 'acquitted',
  Convicted = 'convicted',
  Sentenced = 'sentenced',
  PostSentence = 'post_sentence',
  Closed = 'closed',
  WithdrawnByVictim = 'withdrawn_by_victim',
}

export const INITIAL_STAGE = CaseStage.Reported;
