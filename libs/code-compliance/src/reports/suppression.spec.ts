import {
  CellId,
  HIDDEN,
  PublishedCount,
  publishedCount,
  publishedRate,
  Relation,
  SMALL_COUNT,
  suppressCells,
} from './suppression';

const publish = (counts: Record<CellId, number>, relations: Relation[]): Record<CellId, PublishedCount> => {
  const hidden = suppressCells(new Map(Object.entries(counts)), relations);
  return Object.fromEntries(
    Object.entries(counts).map(([cell, count]) => [cell, publishedCount(count, hidden.get(cell))]),
  );
};

/** Primary suppression alone: what a naive report would publish. */
const primaryOnly = (counts: Record<CellId, number>): Record<CellId, PublishedCount> =>
  Object.fromEntries(
    Object.entries(counts).map(([cell, count]) => [cell, count > 0 && count < 5 ? SMALL_COUNT : count]),
  );

/**
 * An attacker who knows the rule: tries every value a hidden cell could take ("<5": 1 to 4, "[c]": 5 to
 * `ceiling`) against every relation, and returns the values still possible for each "<5" cell.
 */
function whatAnAttackerCanTell(
  published: Record<CellId, PublishedCount>,
  relations: Relation[],
  ceiling = 60,
): Record<CellId, number[]> {
  const unknown = Object.keys(published).filter((cell) => typeof published[cell] !== 'number');
  const possible: Record<CellId, Set<number>> = Object.fromEntries(unknown.map((cell) => [cell, new Set<number>()]));
  const values = new Map<CellId, number>(
    Object.entries(published).flatMap(([cell, shown]) => (typeof shown === 'number' ? [[cell, shown]] : [])),
  );
  const consistent = (): boolean =>
    relations.every((relation) => {
      const cells = [relation.total, ...relation.parts];
      if (!cells.every((cell) => values.has(cell))) return true;
      return relation.parts.reduce((sum, cell) => sum + values.get(cell)!, 0) === values.get(relation.total);
    });
  const search = (index: number): void => {
    if (!consistent()) return;
    if (index === unknown.length) {
      for (const cell of unknown) possible[cell].add(values.get(cell)!);
      return;
    }
    const cell = unknown[index];
    const [low, high] = published[cell] === SMALL_COUNT ? [1, 4] : [5, ceiling];
    for (let value = low; value <= high; value++) {
      values.set(cell, value);
      search(index + 1);
    }
    values.delete(cell);
  };
  search(0);
  return Object.fromEntries(
    unknown
      .filter((cell) => published[cell] === SMALL_COUNT)
      .map((cell) => [cell, [...possible[cell]].sort((a, b) => a - b)]),
  );
}

const row = (prefix: string): Relation => ({
  total: `${prefix}.decided`,
  parts: [`${prefix}.met`, `${prefix}.metLate`, `${prefix}.breached`],
});

describe('small-number suppression', () => {
  it('shows 1 to 4 as "<5" and zero and 5 or more as they are', () => {
    expect(publish({ a: 0, b: 1, c: 4, d: 5, e: 120 }, [])).toEqual({
      a: 0,
      b: SMALL_COUNT,
      c: SMALL_COUNT,
      d: 5,
      e: 120,
    });
  });

  it('stops a small count being worked out from its total (the derivability case)', () => {
    const counts = { 'r.met': 120, 'r.metLate': 3, 'r.breached': 10, 'r.decided': 133 };
    // Primary suppression alone gives it away: 133 - 120 - 10 = 3.
    expect(whatAnAttackerCanTell(primaryOnly(counts), [row('r')])).toEqual({ 'r.metLate': [3] });

    const published = publish(counts, [row('r')]);
    expect(published).toEqual({ 'r.met': 120, 'r.metLate': SMALL_COUNT, 'r.breached': HIDDEN, 'r.decided': 133 });
    expect(whatAnAttackerCanTell(published, [row('r')], 200)).toEqual({ 'r.metLate': [1, 2, 3, 4] });
  });

  it('does not lean on a complement of 5 to 7, which "is at least 5" would pin down', () => {
    const relation = { total: 't', parts: ['a', 'b', 'c'] };
    // Hiding 1 with 5 leaves a + b = 6 with a <= 4 and b >= 5: a must be 1.
    expect(whatAnAttackerCanTell({ a: SMALL_COUNT, b: HIDDEN, c: 20, t: 26 }, [relation])).toEqual({ a: [1] });

    const published = publish({ a: 1, b: 5, c: 20, t: 26 }, [relation]);
    expect(published).toEqual({ a: SMALL_COUNT, b: 5, c: HIDDEN, t: 26 });
    expect(whatAnAttackerCanTell(published, [relation])).toEqual({ a: [1, 2, 3, 4] });
  });

  it('adds a buffer when two small counts would give each other away', () => {
    const relation = { total: 't', parts: ['a', 'b', 'c'] };
    expect(whatAnAttackerCanTell(primaryOnly({ a: 1, b: 1, c: 30, t: 32 }), [relation])).toEqual({ a: [1], b: [1] });
    const published = publish({ a: 1, b: 1, c: 30, t: 32 }, [relation]);
    expect(published).toEqual({ a: SMALL_COUNT, b: SMALL_COUNT, c: HIDDEN, t: 32 });
    expect(whatAnAttackerCanTell(published, [relation])).toEqual({ a: [1, 2, 3, 4], b: [1, 2, 3, 4] });
  });

  it('hides every non-zero cell of a relation that has no buffer left', () => {
    expect(publish({ a: 2, b: 5, c: 0, t: 7 }, [{ total: 't', parts: ['a', 'b', 'c'] }])).toEqual({
      a: SMALL_COUNT,
      b: HIDDEN,
      c: 0,
      t: HIDDEN,
    });
  });

  it('protects rows and the London total together, running until every relation is safe', () => {
    // Two boroughs and London; each row's decided = met + late + breached; London = sum of the boroughs.
    const counts = {
      'a.met': 40, 'a.metLate': 2, 'a.breached': 9, 'a.decided': 51,
      'b.met': 30, 'b.metLate': 12, 'b.breached': 8, 'b.decided': 50,
      'all.met': 70, 'all.metLate': 14, 'all.breached': 17, 'all.decided': 101,
    }; // prettier-ignore
    const columns = ['met', 'metLate', 'breached', 'decided'].map((column) => ({
      total: `all.${column}`,
      parts: [`a.${column}`, `b.${column}`],
    }));
    const relations = [row('a'), row('b'), row('all'), ...columns];
    expect(whatAnAttackerCanTell(primaryOnly(counts), relations)).toEqual({ 'a.metLate': [2] });

    const published = publish(counts, relations);
    expect(published['a.metLate']).toBe(SMALL_COUNT);
    // Its row and its column each hide a buffer; London's totals stay shown.
    expect(published['a.breached']).toBe(HIDDEN);
    expect(published['b.metLate']).toBe(HIDDEN);
    expect([published['all.met'], published['all.metLate'], published['all.decided']]).toEqual([70, 14, 101]);
    expect(whatAnAttackerCanTell(published, relations, 40)).toEqual({ 'a.metLate': [1, 2, 3, 4] });
  });

  it('refuses a relation that names a cell it was not given', () => {
    expect(() => suppressCells(new Map([['a', 1]]), [{ total: 't', parts: ['a'] }])).toThrow(/unknown cell t/);
  });
});

describe('published rates', () => {
  it('divides shown counts, to four decimal places', () => {
    expect(publishedRate(2, 3)).toBe(0.6667);
  });

  it('hides a rate computed from a hidden count, and gives none without a denominator', () => {
    expect(publishedRate(SMALL_COUNT, 40)).toBe(HIDDEN);
    expect(publishedRate(30, HIDDEN)).toBe(HIDDEN);
    expect(publishedRate(30, 40, true)).toBe(HIDDEN);
    expect(publishedRate(0, 0)).toBeNull();
  });
});
