/** Jobs of the `audit` queue. */
export enum AuditJobName {
  SealChain = 'seal-chain',
}

export const SEAL_SCHEDULER_ID = 'audit:seal-chain';
/** How stale the newest seal may get; the chain covers every event at most this long after commit. */
export const SEAL_INTERVAL_MS = 2_000;
