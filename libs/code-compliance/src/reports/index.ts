export * from './compliance-reports.module';
export * from './compliance-reports-worker.module';
export * from './compliance/duty-compliance-rollup';
export * from './case-facts/case-report-facts-refresher';
export * from './report/compliance-report.builder';
export * from './report-filter';
