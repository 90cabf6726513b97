import { CaseEventType } from '@vs/cases';

/** The agencies the Victims' Code gives duties to. */
export enum Agency {
  Police = 'police',
  WitnessCareUnit = 'witness_care_unit',
  CrownProsecutionService = 'crown_prosecution_service',
  Courts = 'courts',
  Probation = 'probation',
}

/** A deadline fixed by the Code, or a local target where the Code fixes none; reports keep them apart. */
export enum DeadlineSource {
  Code = 'code',
  LocalTarget = 'local_target',
}

export type DutyDeadline =
  /** Working days from the day after the trigger; enhanced-rights victims are often owed it sooner. */
  | {
      readonly kind: 'working_days';
      readonly enhanced: number;
      readonly standard: number;
      readonly source: DeadlineSource;
    }
  /** Elapsed hours from the trigger (crime recording's 24-hour standard). */
  | { readonly kind: 'hours'; readonly hours: number; readonly source: DeadlineSource }
  /** Due before any of these events happens (a Victim Personal Statement offered before the charge decision). */
  | { readonly kind: 'before_event'; readonly events: readonly CaseEventType[]; readonly source: DeadlineSource };

/** When a duty is owed at all, beyond its trigger having happened. */
export enum DutyCondition {
  Always = 'always',
  /** Violent or sexual offence with 12 months' custody or more, or a hospital order. */
  VictimContactSchemeEligible = 'victim_contact_scheme_eligible',
}

/** The trigger of the duties owed from the moment a crime is reported (the crime's reported time). */
export const CRIME_REPORTED = 'crime_reported' as const;
export type DutyTrigger = CaseEventType | typeof CRIME_REPORTED;

export interface DutyDefinition {
  /** Stable key, stored on every duty instance: never reuse or rename. */
  readonly code: string;
  /** The Victims' Code right (1-12) the duty serves. */
  readonly right: number;
  readonly title: string;
  /** What the victim is owed, in plain words, for the portal. */
  readonly forVictims: string;
  readonly owner: Agency;
  readonly trigger: DutyTrigger;
  /**
   * The event that discharges it. `informs: true` means a `victim_informed` event about the
   * trigger (the victim was told of it); otherwise the event of that type itself.
   */
  readonly fulfilledBy: { readonly event: CaseEventType; readonly informs?: boolean };
  readonly condition: DutyCondition;
  readonly deadline: DutyDeadline;
  /** The victim may decline it (the waiver keeps their decision and who recorded it). */
  readonly waivable: boolean;
}
