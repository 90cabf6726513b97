import type { DefaultJobOptions } from 'bullmq';

/** Every BullMQ queue of the system. */
export enum QueueName {
  Audit = 'audit',
  Notifications = 'notifications',
  /** The Victims' Code sweep: marks overdue duties breached and alerts their organisations. */
  CodeCompliance = 'code-compliance',
  /** The Commissioner's reports: queued exports, and refreshing the case facts they read. */
  ComplianceReports = 'compliance-reports',
}

/** Retries with exponential backoff, set once for every producer (novu-style shared base). */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { count: 1_000, age: 24 * 3600 },
  removeOnFail: { count: 10_000 },
};
