import { CellId, PublishedCount, publishedCount, Relation, suppressCells } from '../suppression';

/** One row of counts before suppression. */
export interface CountRow<C extends string> {
  readonly key: string;
  readonly label: string;
  readonly counts: Record<C, number>;
}

export type PublishedRow<C extends string> = { readonly key: string; readonly label: string } & Record<
  C,
  PublishedCount
>;

/**
 * Suppresses a total row and its breakdowns together: every column of a breakdown with its total,
 * and each row's own additive relations (`rowRelations`, column names).
 */
export function suppressBreakdowns<C extends string, B extends string>(
  columns: readonly C[],
  overall: CountRow<C>,
  breakdowns: Record<B, CountRow<C>[]>,
  rowRelations: readonly { readonly total: C; readonly parts: readonly C[] }[] = [],
): { overall: PublishedRow<C>; breakdowns: Record<B, PublishedRow<C>[]> } {
  const counts = new Map<CellId, number>();
  const relations: Relation[] = [];
  const cell = (group: string, key: string, column: C): CellId => `${group}|${key}|${column}`;
  const addRow = (group: string, row: CountRow<C>): void => {
    for (const column of columns) counts.set(cell(group, row.key, column), row.counts[column]);
    for (const relation of rowRelations) {
      relations.push({
        total: cell(group, row.key, relation.total),
        parts: relation.parts.map((part) => cell(group, row.key, part)),
      });
    }
  };
  addRow('overall', overall);
  const groups = Object.entries(breakdowns) as [B, CountRow<C>[]][];
  for (const [group, rows] of groups) {
    rows.forEach((row) => addRow(group, row));
    for (const column of columns) {
      relations.push({
        total: cell('overall', overall.key, column),
        parts: rows.map((row) => cell(group, row.key, column)),
      });
    }
  }
  const hidden = suppressCells(counts, relations);
  const publish = (group: string, row: CountRow<C>): PublishedRow<C> => {
    const published: Record<string, unknown> = { key: row.key, label: row.label };
    for (const column of columns) {
      const id = cell(group, row.key, column);
      published[column] = publishedCount(counts.get(id)!, hidden.get(id));
    }
    return published as PublishedRow<C>;
  };
  const result = {} as Record<B, PublishedRow<C>[]>;
  for (const [group, rows] of groups) result[group] = rows.map((row) => publish(group, row));
  return { overall: publish('overall', overall), breakdowns: result };
}

/** Adds rows of counts with the same key together. */
export function sumRows<C extends string>(
  columns: readonly C[],
  rows: readonly { key: string; counts: Record<C, number> }[],
  label: (key: string) => string,
): CountRow<C>[] {
  const byKey = new Map<string, Record<C, number>>();
  for (const row of rows) {
    const sum = byKey.get(row.key) ?? (Object.fromEntries(columns.map((column) => [column, 0])) as Record<C, number>);
    for (const column of columns) sum[column] += row.counts[column];
    byKey.set(row.key, sum);
  }
  return [...byKey.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, counts]) => ({ key, label: label(key), counts }));
}
