import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createApiApp } from '../../apps/api/src/api-app';
import { AppConfig, DataCipher, Role } from '@vs/platform';
import {
  createTestDatabase,
  SignedIn,
  signIn,
  signInAs,
  startTestApp,
  TEST_SECRETS,
  TestApp,
  TestDatabase,
} from '@vs/testing';
import { reencryptPersonalData } from '@vs/victims';
import { aVictim, victimsApi } from './victim-fixtures';

const CLI = join(__dirname, '..', '..', 'dist', 'apps', 'cli', 'src', 'main.js');
const KEY_A = TEST_SECRETS.dataEncryptionKeys;
const KEY_B = `test-2:${Buffer.alloc(32, 8).toString('base64')}`;
const KEY_C = `test-3:${Buffer.alloc(32, 5).toString('base64')}`;

/** Every encrypted value of the victims tables, as stored. */
const ENCRYPTED_VALUES = `
  SELECT unnest(ARRAY[given_names, family_name, support_needs, equality_monitoring, enhanced_rights_override_reason, create_anyway_reason]) AS value FROM victims
  UNION ALL SELECT unnest(ARRAY[value, code_word, notes]) FROM victim_contact_channels
  UNION ALL SELECT notes FROM victim_consents`;

const keyIdsInUse = async (app: TestApp): Promise<string[]> => {
  const rows: { key: string }[] = await app.dataSource.query(
    `SELECT DISTINCT split_part(value, '.', 2) AS key FROM (${ENCRYPTED_VALUES}) encrypted WHERE value IS NOT NULL ORDER BY 1`,
  );
  return rows.map((row) => row.key);
};

const withKeys = (keys: string) => (config: AppConfig) => createApiApp({ ...config, dataEncryptionKeys: keys });

function runReencrypt(databaseUrl: string, keys: string): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [CLI, 'victims', 'reencrypt'], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl,
      REDIS_URL: 'redis://127.0.0.1:1',
      DATA_ENCRYPTION_KEYS: keys,
      BLIND_INDEX_KEY: TEST_SECRETS.blindIndexKey,
      JWT_ACCESS_SECRET: TEST_SECRETS.jwtAccessSecret,
      JWT_PORTAL_SECRET: TEST_SECRETS.jwtPortalSecret,
    },
    encoding: 'utf8',
  });
}

describe('victims reencrypt (data key rotation)', () => {
  let database: TestDatabase;
  let app: TestApp;
  let officer: SignedIn;
  const originals: Record<string, unknown>[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    const underA = await startTestApp(createApiApp, { database });
    officer = await signInAs(underA, Role.PoliceCaseOfficer);
    const api = victimsApi(underA, officer);
    for (let index = 0; index < 3; index++) {
      const { body } = await api
        .create(aVictim({ supportNeeds: `Needs ${index}`, equalityMonitoring: { sex: 'female' } }))
        .expect(201);
      await api.override(body.id, { enhanced: true, reason: 'Fear of reprisals', version: 1 }).expect(200);
      await api.consent(body.id, { subject: 'contact_by_support_service', notes: 'Said yes on the phone' }).expect(201);
      originals.push((await api.get(body.id).expect(200)).body);
    }
    expect(await keyIdsInUse(underA)).toEqual(['test-1']);
    // Stop the app without dropping the database: the rotation happens "between deployments".
    await underA.app.close();
  });

  afterAll(() => (app ? app.close() : database?.drop()));

  it('re-encrypts every value under the new key, reporting counts, and finds nothing left on a second run', async () => {
    const first = runReencrypt(database.url, `${KEY_B},${KEY_A}`);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    // Per victim: names, support needs, equality answers, override reason; a phone with its code word, an email with its note; one consent note.
    expect(first.stdout).toContain('victims: 15 values in 3 rows re-encrypted under key test-2');
    expect(first.stdout).toContain('victim_contact_channels: 12 values in 6 rows');
    expect(first.stdout).toContain('victim_consents: 3 values in 3 rows');

    const second = runReencrypt(database.url, `${KEY_B},${KEY_A}`);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/victims: 0 values in 0 rows/);

    // Readable with the new key alone: nothing is left under the old one.
    app = await startTestApp(withKeys(KEY_B), { database });
    expect(await keyIdsInUse(app)).toEqual(['test-2']);
    const api = victimsApi(app, await signIn(app, officer.user));
    for (const original of originals) {
      const { body } = await api.get(original.id as string).expect(200);
      expect(body).toEqual(original);
    }
  });

  it('works through the rows in batches', async () => {
    const cipher = new DataCipher({ dataEncryptionKeys: `${KEY_C},${KEY_B}` } as AppConfig);
    const counts = await reencryptPersonalData(app.dataSource, cipher, 2);
    // Other features' encrypted tables are walked too; only these hold rows in this test.
    const withRows = counts.filter(({ rows }) => rows > 0);
    expect(withRows.map(({ table, rows }) => ({ table, rows })).sort((a, b) => a.table.localeCompare(b.table))).toEqual([
      { table: 'victim_consents', rows: 3 },
      { table: 'victim_contact_channels', rows: 6 },
      { table: 'victims', rows: 3 },
    ]);
    expect(await keyIdsInUse(app)).toEqual(['test-3']);
  });
});
