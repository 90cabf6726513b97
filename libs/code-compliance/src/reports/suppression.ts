/**
 * Small-number suppression for the Commissioner's reports, so no victim can be singled out.
 *
 * The rule, applied to a set of published counts and the additive relations between them
 * (a total and the parts that sum to it: a row's decided = met + met late + breached, a London
 * total = the sum of its boroughs, a right = the sum of its duties):
 *
 * 1. Primary: every count from 1 to 4 is shown as "<5". Zero is shown: it singles no one out.
 * 2. Secondary: a relation holding a hidden cell must hold at least two, and one of them must be a
 *    buffer, a count of 8 or more. A "<5" cell could be any of 1 to 4; a buffer can absorb that whole
 *    range and still be 5 or more, so nothing published (not the total, not the other parts, not the
 *    knowledge that a "[c]" cell is at least 5) narrows the "<5" cell down. When a relation lacks
 *    this, its smallest unhidden buffer (a part before the total) is hidden as "[c]"; when it has no
 *    buffer left to hide, every non-zero cell of it is hidden. Hiding a cell can leave another
 *    relation it belongs to short, so the rule runs again until nothing changes.
 * 3. A rate is hidden as "[c]" when any count it is computed from is hidden.
 *
 * Each relation is protected on its own; the rule does not solve the whole system of relations at
 * once (that needs linear programming, as in tau-ARGUS), so published tables should keep to rows,
 * their totals and one level of hierarchy, as these reports do.
 */

export const SMALL_COUNT = '<5';
/** A count hidden so that a small one cannot be worked out from the totals. */
export const HIDDEN = '[c]';

export type PublishedCount = number | typeof SMALL_COUNT | typeof HIDDEN;
/** A share from 0 to 1, hidden, or null when there is nothing to divide by. */
export type PublishedRate = number | typeof HIDDEN | null;

const SMALLEST_SHOWN = 5;
/** Big enough to absorb any value of a "<5" cell (1 to 4) and stay at least 5. */
const BUFFER = SMALLEST_SHOWN + 3;

export type CellId = string;

/** `total` is the sum of `parts`; both are published (or derivable), so together they can give a cell away. */
export interface Relation {
  readonly total: CellId;
  readonly parts: readonly CellId[];
}

export enum Suppression {
  Primary = 'primary',
  Secondary = 'secondary',
}

const isSmallCount = (count: number): boolean => count > 0 && count < SMALLEST_SHOWN;

/** Which cells to hide, and why; cells not in the result are shown as they are. */
export function suppressCells(
  counts: ReadonlyMap<CellId, number>,
  relations: readonly Relation[],
): ReadonlyMap<CellId, Suppression> {
  const value = (cell: CellId): number => {
    const count = counts.get(cell);
    if (count === undefined) throw new Error(`a relation names the unknown cell ${cell}`);
    return count;
  };
  const hidden = new Map<CellId, Suppression>();
  for (const [cell, count] of counts) if (isSmallCount(count)) hidden.set(cell, Suppression.Primary);

  let changed = true;
  while (changed) {
    changed = false;
    for (const relation of relations) {
      const cells = [...relation.parts, relation.total];
      const hiddenCells = cells.filter((cell) => hidden.has(cell));
      if (hiddenCells.length === 0) continue;
      if (hiddenCells.length >= 2 && hiddenCells.some((cell) => value(cell) >= BUFFER)) continue;
      const open = cells.filter((cell) => !hidden.has(cell) && value(cell) > 0);
      if (open.length === 0) continue;
      // Stable sort: among equal counts the parts (listed first) go before the total.
      const buffers = open.filter((cell) => value(cell) >= BUFFER).sort((a, b) => value(a) - value(b));
      for (const cell of buffers.length > 0 ? [buffers[0]] : open) hidden.set(cell, Suppression.Secondary);
      changed = true;
    }
  }
  return hidden;
}

export function publishedCount(count: number, suppression: Suppression | undefined): PublishedCount {
  if (suppression === Suppression.Primary) return SMALL_COUNT;
  if (suppression === Suppression.Secondary) return HIDDEN;
  return count;
}

/** `numerator / denominator`, hidden when either count is (or when `alsoHidden` says an input is). */
export function publishedRate(
  numerator: PublishedCount,
  denominator: PublishedCount,
  alsoHidden = false,
): PublishedRate {
  if (alsoHidden || typeof numerator !== 'number' || typeof denominator !== 'number') return HIDDEN;
  if (denominator === 0) return null;
  return Math.round((numerator / denominator) * 10_000) / 10_000;
}
