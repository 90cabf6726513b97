import {
  CANONICAL_COLUMN_NAMES,
  canonicalSelectList,
  CanonicalEventRow,
  canonicalSerialisation,
} from './canonical-event';
import { chainEvents, GENESIS_HASH, sealHash } from './seal-hash';

const event = (overrides: Partial<CanonicalEventRow> = {}): CanonicalEventRow => ({
  ...(Object.fromEntries(CANONICAL_COLUMN_NAMES.map((name) => [name, `${name} value`])) as CanonicalEventRow),
  ...overrides,
});

describe('canonical serialisation', () => {
  it('lists every column in the fixed order, whatever the order of the row it is given', () => {
    const reversed = Object.fromEntries(Object.entries(event()).reverse()) as CanonicalEventRow;
    expect(canonicalSerialisation(reversed)).toBe(canonicalSerialisation(event()));
    const pairs = JSON.parse(canonicalSerialisation(event())) as [string, string][];
    expect(pairs.map(([name]) => name)).toEqual([...CANONICAL_COLUMN_NAMES]);
  });

  it('keeps null apart from the text "null" and escapes separators inside values', () => {
    expect(canonicalSerialisation(event({ purpose: null }))).not.toBe(
      canonicalSerialisation(event({ purpose: 'null' })),
    );
    expect(canonicalSerialisation(event({ purpose: 'a","b', actor_role: 'c' }))).not.toBe(
      canonicalSerialisation(event({ purpose: 'a', actor_role: 'b","c' })),
    );
  });

  it('renders timestamps in SQL at microsecond precision in UTC', () => {
    expect(canonicalSelectList('e')).toContain(
      `to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS occurred_at`,
    );
    expect(canonicalSelectList('e')).toContain('e.details::text AS details');
  });
});

describe('seal hash', () => {
  it('is the stored format: this exact input always gives this exact hash', () => {
    // Computed independently (Python hashlib over the same JSON). A change here would invalidate
    // every seal already stored.
    expect(sealHash(GENESIS_HASH, event({ id: '1', occurred_at: '2025-03-01T09:15:30.123456Z' }))).toBe(
      'ac91ec5c8b627b33b1de841fcb5b83f661757326be20d43cdd59a8f0d126eed0',
    );
  });

  it.each(CANONICAL_COLUMN_NAMES)('changes when %s changes', (column) => {
    expect(sealHash(GENESIS_HASH, event({ [column]: 'tampered' }))).not.toBe(sealHash(GENESIS_HASH, event()));
  });

  it('depends on the previous hash', () => {
    expect(sealHash('f'.repeat(64), event())).not.toBe(sealHash(GENESIS_HASH, event()));
  });
});

describe('chaining', () => {
  it('links each event to the one before it, continuing from the chain tip', () => {
    const tip = { seq: 41n, hash: 'a'.repeat(64) };
    const links = chainEvents(tip, [event({ id: '7' }), event({ id: '9' })]);
    expect(links.map((link) => [link.seq, link.auditEventId])).toEqual([
      [42n, '7'],
      [43n, '9'],
    ]);
    expect(links[0]?.previousHash).toBe(tip.hash);
    expect(links[1]?.previousHash).toBe(links[0]?.hash);
    expect(links[1]?.hash).toBe(sealHash(links[0]?.hash ?? '', event({ id: '9' })));
  });

  it('refuses an event without an id', () => {
    expect(() => chainEvents({ seq: 0n, hash: GENESIS_HASH }, [event({ id: null })])).toThrow(/no id/);
  });
});
