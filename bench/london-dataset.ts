import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '@vs/auth';
import { CaseReportFactsRefresher, rebuildDutyComplianceRollup } from '@vs/code-compliance';
import { BlindIndex, buildDataSourceOptions, DataCipher } from '@vs/platform';
import { VictimMatchKeys } from '@vs/victims';
import { BenchServices, BenchServicesRunning } from './bench-app';
import { RESULTS_DIR, resultsFileName } from './bench-runner';
import { BenchVolume, loadBenchData, LONDON, scaledLondon } from './london-data';
import { BENCH_PASSWORD } from './london-people';

const log = (line: string): void => void process.stderr.write(`[bench:data] ${line}\n`);
const seconds = (ms: number): number => Math.round(ms) / 1000;

/** The full London, or BENCH_SCALE of it (e.g. 0.01 for a quick run of the whole harness). */
export function londonVolume(): BenchVolume {
  const scale = Number(process.env.BENCH_SCALE ?? 1);
  return scale === 1 ? LONDON : scaledLondon(scale);
}

/** The benchmarks' own PostgreSQL and Redis; each scale of London keeps its own data folder. */
export function londonServices(volume: BenchVolume): BenchServices {
  return volume === LONDON
    ? { dataDir: 'bench-london', postgresPort: 54360, redisPort: 63760 }
    : { dataDir: `bench-london-${volume.cases}`, postgresPort: 54361, redisPort: 63761 };
}

/** Where the figures of the run that generated the data are kept, for later runs to report. */
const LOAD_FIGURES = join(RESULTS_DIR, `${resultsFileName('london-data')}.json`);

export interface LondonDataFigures {
  readonly loadedNow: boolean;
  readonly volume: BenchVolume;
  readonly generateSeconds?: number;
  readonly steps?: Record<string, number>;
  readonly rollupRebuildSeconds?: number;
  readonly caseFactsRefreshSeconds?: number;
  readonly tables: Record<string, { rows: number; size: string }>;
}

async function present(client: Client): Promise<boolean> {
  const { rows } = await client.query<{ present: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM referrals WHERE triage_rule_id = 'bench') AS present`,
  );
  return rows[0].present;
}

async function tableSizes(client: Client): Promise<LondonDataFigures['tables']> {
  const { rows } = await client.query<{ name: string; rows: string; size: string }>(
    `SELECT relname AS name, reltuples::bigint AS rows, pg_size_pretty(pg_total_relation_size(oid)) AS size
       FROM pg_class
      WHERE relname IN ('victims', 'crimes', 'cases', 'case_events', 'referrals', 'victim_access_grants',
                        'duty_instances', 'audit_events', 'duty_compliance_rollup', 'case_report_facts')
      ORDER BY pg_total_relation_size(oid) DESC`,
  );
  return Object.fromEntries(rows.map((row) => [row.name, { rows: Number(row.rows), size: row.size }]));
}

async function timedMs(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/**
 * Generates the London data set once into the benchmark's database (later runs find it and keep it;
 * delete the data folder to start afresh), then brings the report's summaries up to date.
 */
export async function ensureLondonData(
  services: BenchServicesRunning,
  volume: BenchVolume,
): Promise<LondonDataFigures> {
  const client = new Client({ connectionString: services.config.databaseUrl });
  await client.connect();
  const dataSource = new DataSource(buildDataSourceOptions(services.config.databaseUrl, { poolSize: 4 }));
  try {
    await client.query('SET statement_timeout = 0');
    if (await present(client)) {
      log('London data present: kept');
      const earlier = existsSync(LOAD_FIGURES)
        ? (JSON.parse(readFileSync(LOAD_FIGURES, 'utf8')) as Partial<LondonDataFigures>)
        : {};
      return { ...earlier, volume, loadedNow: false, tables: await tableSizes(client) };
    }
    log(
      `generating ${volume.cases} victims, crimes and cases, ${volume.cases * volume.dutiesPerCase} duties, ` +
        `${volume.referrals} referrals and ${volume.auditEvents} audit records...`,
    );
    const cipher = new DataCipher(services.config);
    const matchKeys = new VictimMatchKeys(new BlindIndex(services.config));
    const crypto = {
      encrypt: (text: string) => cipher.encrypt(text),
      nameIndex: (givenNames: string, familyName: string) => matchKeys.fullName(givenNames, familyName),
    };
    const passwordHash = await new PasswordHasher().hash(BENCH_PASSWORD);
    let steps: Record<string, number> = {};
    const generateMs = await timedMs(async () => {
      steps = await loadBenchData(client, volume, crypto, passwordHash);
    });
    await dataSource.initialize();
    log('counting the compliance rollup from the duty instances...');
    const rollupMs = await timedMs(() => rebuildDutyComplianceRollup(dataSource));
    log('refreshing the case facts...');
    const factsMs = await timedMs(() => new CaseReportFactsRefresher(dataSource).refresh());
    await client.query('VACUUM ANALYZE duty_compliance_rollup');
    await client.query('VACUUM ANALYZE case_report_facts');
    const figures: LondonDataFigures = {
      loadedNow: true,
      volume,
      generateSeconds: seconds(generateMs),
      steps,
      rollupRebuildSeconds: seconds(rollupMs),
      caseFactsRefreshSeconds: seconds(factsMs),
      tables: await tableSizes(client),
    };
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(LOAD_FIGURES, `${JSON.stringify(figures, null, 2)}\n`);
    return figures;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await client.end();
  }
}
