import type { BulkJobOptions } from 'bullmq';

export const DELIVER_JOB = 'deliver';

/** One message to deliver, as the relay handed it over. */
export interface DeliverJob {
  readonly outboxId: string;
  /** The message's due time (not_before, epoch ms) when relayed; a rescheduled message gets a job of its own. */
  readonly dueMs: number;
}

/** A row's due time in epoch milliseconds, in SQL: the relay names jobs by it and delivery matches jobs to rows by it. */
export const DUE_MS_SQL = '(extract(epoch FROM not_before) * 1000)::bigint';

/**
 * The job id is the outbox id plus the due time, so relaying one row twice while its job is waiting
 * adds nothing. A failed job is removed at once: PostgreSQL keeps the outcome (a dead letter), and a
 * kept job would silently swallow the relay's next add of its id, leaving a queued row with no job.
 */
export function deliverJob(outboxId: string, dueMs: number): { name: string; data: DeliverJob; opts: BulkJobOptions } {
  return { name: DELIVER_JOB, data: { outboxId, dueMs }, opts: { jobId: `${outboxId}-${dueMs}`, removeOnFail: true } };
}
