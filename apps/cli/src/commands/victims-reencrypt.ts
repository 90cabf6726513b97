import { DataSource } from 'typeorm';
import { AppConfig, buildDataSourceOptions, DataCipher } from '@vs/platform';
import { reencryptPersonalData } from '@vs/victims';

/**
 * After a data key rotation (a new key first in DATA_ENCRYPTION_KEYS, the old ones after it),
 * re-encrypts every value still under an old key; then the old key can be removed. Safe to re-run.
 */
export async function reencryptVictimData(config: AppConfig): Promise<number> {
  const dataSource = new DataSource(
    buildDataSourceOptions(config.databaseUrl, { poolSize: 2, applicationName: 'vs-victims-reencrypt' }),
  );
  await dataSource.initialize();
  try {
    const cipher = new DataCipher(config);
    const counts = await reencryptPersonalData(dataSource, cipher);
    for (const { table, rows, values } of counts) {
      process.stdout.write(
        `${table}: ${values} values in ${rows} rows re-encrypted under key ${cipher.currentKeyId}\n`,
      );
    }
    return 0;
  } finally {
    await dataSource.destroy();
  }
}
