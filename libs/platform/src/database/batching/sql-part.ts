/** A piece of SQL written with its own placeholders $1..$n, and their values. */
export interface SqlPart {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/**
 * Joins parts into one statement: each part's placeholders are shifted past those of the parts
 * before it. Parts are SQL of our own, so a `$` followed by digits is always a placeholder.
 */
export function joinParts(parts: readonly SqlPart[], join: (sql: string, index: number) => string): SqlPart {
  const params: unknown[] = [];
  const pieces = parts.map((part, index) => {
    const offset = params.length;
    params.push(...part.params);
    const sql = offset === 0 ? part.sql : part.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
    return join(sql, index);
  });
  return { sql: pieces.join(', '), params };
}
