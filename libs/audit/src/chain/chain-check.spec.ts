import { CANONICAL_COLUMN_NAMES, CanonicalEventRow } from './canonical-event';
import { ChainBreakReason, findChainBreak, SealedRecord } from './chain-check';
import { GENESIS_HASH, sealHash } from './seal-hash';

const event = (overrides: Partial<CanonicalEventRow> = {}): CanonicalEventRow => ({
  ...(Object.fromEntries(CANONICAL_COLUMN_NAMES.map((name) => [name, `${name} value`])) as CanonicalEventRow),
  ...overrides,
});

const genesis = { seq: 0n, hash: GENESIS_HASH };
const intact: SealedRecord = {
  seq: 1n,
  auditEventId: '1',
  previousHash: GENESIS_HASH,
  hash: sealHash(GENESIS_HASH, event()),
  event: event(),
};

describe('findChainBreak', () => {
  it('accepts a record that follows the chain and matches its event', () => {
    expect(findChainBreak(genesis, intact)).toBeNull();
  });

  it('names a changed event a hash mismatch', () => {
    expect(findChainBreak(genesis, { ...intact, event: event({ purpose: 'edited' }) })).toBe(
      ChainBreakReason.HashMismatch,
    );
  });

  it('names a vanished event as missing', () => {
    expect(findChainBreak(genesis, { ...intact, event: null })).toBe(ChainBreakReason.EventMissing);
  });

  it('names a seal that does not follow its predecessor a broken link', () => {
    expect(findChainBreak({ seq: 0n, hash: 'b'.repeat(64) }, intact)).toBe(ChainBreakReason.PreviousHashMismatch);
    expect(findChainBreak({ seq: 1n, hash: GENESIS_HASH }, intact)).toBe(ChainBreakReason.PreviousHashMismatch);
  });
});
