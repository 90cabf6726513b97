import { DataCipher } from '@vs/platform';
import { DataSource } from 'typeorm';
import { encryptedColumnsByEntity } from './encrypted-column';

export interface ReencryptionCount {
  readonly table: string;
  /** Rows that had at least one value under an older key. */
  readonly rows: number;
  readonly values: number;
}

const DEFAULT_BATCH_SIZE = 500;
const quote = (identifier: string): string => `"${identifier.replace(/"/g, '""')}"`;

/**
 * Re-encrypts, under the current key, every value of every encrypted column that is under an older
 * key (DataCipher writes the key id as the payload's second dot-separated part). Works in batches of
 * one transaction each, locking only the rows it rewrites; running it again finds nothing to do.
 * It changes no version or update time: the records' content is the same.
 */
export async function reencryptPersonalData(
  dataSource: DataSource,
  cipher: DataCipher,
  batchSize = DEFAULT_BATCH_SIZE,
): Promise<ReencryptionCount[]> {
  const counts: ReencryptionCount[] = [];
  for (const [entity, properties] of encryptedColumnsByEntity()) {
    const metadata = dataSource.getMetadata(entity);
    const columns = properties.map((property) => metadata.findColumnWithPropertyName(property)!.databaseName);
    counts.push(await reencryptTable(dataSource, cipher, metadata.tableName, columns, batchSize));
  }
  return counts;
}

async function reencryptTable(
  dataSource: DataSource,
  cipher: DataCipher,
  table: string,
  columns: string[],
  batchSize: number,
): Promise<ReencryptionCount> {
  const stale = (column: string): string =>
    `(${quote(column)} IS NOT NULL AND split_part(${quote(column)}, '.', 2) <> $1)`;
  const select =
    `SELECT id, ${columns.map(quote).join(', ')} FROM ${quote(table)} ` +
    `WHERE id > $2 AND (${columns.map(stale).join(' OR ')}) ORDER BY id LIMIT $3 FOR UPDATE`;
  let after = '00000000-0000-0000-0000-000000000000';
  let rows = 0;
  let values = 0;
  for (;;) {
    const batch = await dataSource.transaction(async (manager) => {
      const found = await manager.query<Record<string, string | null>[]>(select, [
        cipher.currentKeyId,
        after,
        batchSize,
      ]);
      for (const row of found) {
        const changed = columns.filter(
          (column) => row[column] !== null && row[column].split('.')[1] !== cipher.currentKeyId,
        );
        const assignments = changed.map((column, index) => `${quote(column)} = $${index + 2}`).join(', ');
        await manager.query(`UPDATE ${quote(table)} SET ${assignments} WHERE id = $1`, [
          row.id,
          ...changed.map((column) => cipher.encrypt(cipher.decrypt(row[column]!))),
        ]);
        values += changed.length;
      }
      return found;
    });
    rows += batch.length;
    if (batch.length < batchSize) return { table, rows, values };
    after = batch[batch.length - 1].id!;
  }
}
