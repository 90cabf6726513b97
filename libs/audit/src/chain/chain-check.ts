import { CanonicalEventRow } from './canonical-event';
import { sealHash } from './seal-hash';

export enum ChainBreakReason {
  /** The event no longer hashes to its seal: a sealed column was changed. */
  HashMismatch = 'hash_mismatch',
  /** The seal names an event that is gone. */
  EventMissing = 'event_missing',
  /** The seal does not follow the one before it: a seal was removed, inserted or reordered. */
  PreviousHashMismatch = 'previous_hash_mismatch',
}

export interface SealedRecord {
  readonly seq: bigint;
  readonly auditEventId: string;
  readonly previousHash: string;
  readonly hash: string;
  /** The event as it is now, or null when it no longer exists. */
  readonly event: CanonicalEventRow | null;
}

/** Why `record` does not continue the chain that ends at `previous`, or null when it does. */
export function findChainBreak(previous: { seq: bigint; hash: string }, record: SealedRecord): ChainBreakReason | null {
  if (record.seq !== previous.seq + 1n || record.previousHash !== previous.hash)
    return ChainBreakReason.PreviousHashMismatch;
  if (record.event === null) return ChainBreakReason.EventMissing;
  if (sealHash(record.previousHash, record.event) !== record.hash) return ChainBreakReason.HashMismatch;
  return null;
}
