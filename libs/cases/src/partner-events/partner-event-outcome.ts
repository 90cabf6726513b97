/** What became of a partner event the first time it arrived. */
export enum PartnerEventOutcome {
  Accepted = 'accepted',
  Rejected = 'rejected',
}

/** Why a partner event was refused. */
export enum PartnerEventRejectionCode {
  /** No usable sender system and sender event id, so it cannot even be deduplicated. */
  MissingSenderIdentity = 'missing_sender_identity',
  InvalidEvent = 'invalid_event',
  UnknownCrimeReference = 'unknown_crime_reference',
  ImpossibleTransition = 'impossible_transition',
}
