/** Areas of need an advocate assesses and works on with the victim. */
export enum NeedArea {
  Housing = 'housing',
  Health = 'health',
  Money = 'money',
  Immigration = 'immigration',
  Children = 'children',
}

export enum NeedStatus {
  Identified = 'identified',
  InProgress = 'in_progress',
  Met = 'met',
  /** Could not be met (no service, or the victim chose not to pursue it). */
  Unmet = 'unmet',
}

/** How support ended. */
export enum ClosureOutcome {
  SupportCompleted = 'support_completed',
  /** The victim stopped engaging after first contact. */
  VictimDisengaged = 'victim_disengaged',
  MovedOutOfArea = 'moved_out_of_area',
  /** Handed on to another service that now supports them. */
  ReferredOn = 'referred_on',
}
