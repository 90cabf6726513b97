import { join } from 'node:path';

/** Where the end-to-end suites find the PostgreSQL cluster and Redis that global setup prepared. */
export interface TestServices {
  /** Admin connection to the cluster, for creating per-file databases. */
  readonly adminUrl: string;
  readonly templateDatabase: string;
  readonly redisUrl: string;
}

export const TEST_SERVICES_ENV = 'VS_TEST_SERVICES';
export const TEMPLATE_DATABASE = 'vs_test_template';
/** Overridable so two suites can run at once on separate clusters (with their own TEST_*_PORT). */
export const TEST_DATA_DIR = process.env.TEST_DATA_DIR ?? join(__dirname, '..', '..', '..', '.data', 'test');

export function readTestServices(): TestServices {
  const raw = process.env[TEST_SERVICES_ENV];
  if (!raw) throw new Error('End-to-end tests need the global setup of the e2e project (npm test).');
  return JSON.parse(raw) as TestServices;
}

/** The URL of another database on the same cluster. */
export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
