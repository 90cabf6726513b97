import { createHash } from 'node:crypto';
import { CanonicalEventRow, canonicalSerialisation } from './canonical-event';

/** The `previous_hash` of the first seal. */
export const GENESIS_HASH = '0'.repeat(64);

/** SHA-256 (hex) over the previous seal's hash and the event's canonical serialisation. */
export function sealHash(previousHash: string, event: CanonicalEventRow): string {
  // The previous hash has a fixed length, so plain concatenation is unambiguous.
  return createHash('sha256').update(previousHash).update(canonicalSerialisation(event)).digest('hex');
}

export interface ChainLink {
  readonly seq: bigint;
  readonly auditEventId: string;
  readonly previousHash: string;
  readonly hash: string;
}

/** Links events, in the order given, onto the chain that ends at `tip`. */
export function chainEvents(tip: { seq: bigint; hash: string }, events: readonly CanonicalEventRow[]): ChainLink[] {
  const links: ChainLink[] = [];
  let previous = tip;
  for (const event of events) {
    if (event.id === null) throw new Error('an audit event to seal has no id');
    const link = {
      seq: previous.seq + 1n,
      auditEventId: event.id,
      previousHash: previous.hash,
      hash: sealHash(previous.hash, event),
    };
    links.push(link);
    previous = link;
  }
  return links;
}
