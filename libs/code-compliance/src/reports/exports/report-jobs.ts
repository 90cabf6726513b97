/** Jobs of the `compliance-reports` queue. */
export enum ComplianceReportsJobName {
  BuildExport = 'build-export',
  RefreshCaseFacts = 'refresh-case-facts',
}

export interface BuildExportJob {
  readonly exportId: string;
}

/** A failed build is tried again a couple of times (a restart, a brief outage), then reported failed. */
export const BUILD_EXPORT_ATTEMPTS = 3;

export const REFRESH_SCHEDULER_ID = 'compliance-reports:refresh-case-facts';
/** How stale the case measures of a report may be. */
export const REFRESH_INTERVAL_MS = 60_000;
