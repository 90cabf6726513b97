/** Jobs of the `code-compliance` queue. */
export enum CodeComplianceJobName {
  SweepDueDuties = 'sweep-due-duties',
}

export const SWEEP_SCHEDULER_ID = 'code-compliance:sweep-due-duties';
/** A breach is recorded (and its alert raised) at most this long after its deadline passes. */
export const SWEEP_INTERVAL_MS = 60_000;
