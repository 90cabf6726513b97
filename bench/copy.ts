import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** Rows sent to PostgreSQL per chunk: large enough that the stream's overhead disappears. */
const ROWS_PER_CHUNK = 5_000;

/** A value for COPY's text format: `\N` for null; the generated values never hold tabs, newlines or backslashes. */
const copyValue = (value: string | number | boolean | null): string =>
  value === null ? '\\N' : value === true ? 't' : value === false ? 'f' : String(value);

/**
 * Streams `count` generated rows into `table` with COPY ... FROM STDIN, on the caller's client (so
 * inside its transaction). `row(n)` gives row n (1-based) as its values in `columns` order.
 */
export async function copyRows(
  client: Client,
  table: string,
  columns: readonly string[],
  count: number,
  row: (n: number) => readonly (string | number | boolean | null)[],
): Promise<number> {
  function* chunks(): Generator<string> {
    for (let start = 1; start <= count; start += ROWS_PER_CHUNK) {
      const lines: string[] = [];
      for (let n = start; n < Math.min(start + ROWS_PER_CHUNK, count + 1); n++)
        lines.push(row(n).map(copyValue).join('\t'));
      yield `${lines.join('\n')}\n`;
    }
  }
  const sink = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(chunks()), sink);
  return sink.rowCount;
}
