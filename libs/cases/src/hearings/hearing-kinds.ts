export enum HearingType {
  FirstHearing = 'first_hearing',
  Plea = 'plea',
  Trial = 'trial',
  Sentencing = 'sentencing',
  Appeal = 'appeal',
  Other = 'other',
}

/** A moved hearing stays `listed` at its new time; the move is an event on the case. */
export enum HearingStatus {
  Listed = 'listed',
  Held = 'held',
  Cancelled = 'cancelled',
}
