import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CANONICAL_COLUMN_NAMES, canonicalSelectList, CanonicalEventRow } from './canonical-event';
import { ChainBreakReason, findChainBreak, SealedRecord } from './chain-check';
import { GENESIS_HASH } from './seal-hash';

const BATCH_SIZE = 1_000;

export interface ChainBreak {
  readonly seq: string;
  readonly auditEventId: string;
  readonly reason: ChainBreakReason;
}

export interface ChainVerification {
  readonly intact: boolean;
  /** Seals examined, up to and including the first broken one. */
  readonly checked: number;
  /** Events recorded but not yet sealed (not covered by this verification). */
  readonly unsealed: number;
  readonly firstBroken: ChainBreak | null;
}

type SealedRow = CanonicalEventRow & {
  seal_seq: string;
  seal_event_id: string;
  seal_previous_hash: string;
  seal_hash: string;
};

const toSealedRecord = (row: SealedRow): SealedRecord => ({
  seq: BigInt(row.seal_seq),
  auditEventId: row.seal_event_id,
  previousHash: row.seal_previous_hash,
  hash: row.seal_hash,
  event:
    row.id === null
      ? null
      : (Object.fromEntries(CANONICAL_COLUMN_NAMES.map((name) => [name, row[name]])) as CanonicalEventRow),
});

/**
 * Walks the seals in chain order (keyset batches, so memory stays flat however long the trail),
 * recomputes each hash from the event row as it is now, and names the first record that breaks.
 */
@Injectable()
export class AuditChainVerifier {
  constructor(private readonly dataSource: DataSource) {}

  async verify(): Promise<ChainVerification> {
    let previous = { seq: 0n, hash: GENESIS_HASH };
    let checked = 0;
    for (;;) {
      const records = await this.sealedAfter(previous.seq);
      for (const record of records) {
        checked++;
        const reason = findChainBreak(previous, record);
        if (reason !== null) {
          const firstBroken = { seq: record.seq.toString(), auditEventId: record.auditEventId, reason };
          return { intact: false, checked, unsealed: await this.unsealedCount(), firstBroken };
        }
        previous = record;
      }
      if (records.length < BATCH_SIZE)
        return { intact: true, checked, unsealed: await this.unsealedCount(), firstBroken: null };
    }
  }

  private async sealedAfter(seq: bigint): Promise<SealedRecord[]> {
    const rows = await this.dataSource.query<SealedRow[]>(
      `SELECT s.seq::text AS seal_seq, s.audit_event_id::text AS seal_event_id,
              s.previous_hash AS seal_previous_hash, s.hash AS seal_hash, ${canonicalSelectList('e')}
         FROM audit_seals s LEFT JOIN audit_events e ON e.id = s.audit_event_id
        WHERE s.seq > $1
        ORDER BY s.seq
        LIMIT $2`,
      [seq.toString(), BATCH_SIZE],
    );
    return rows.map(toSealedRecord);
  }

  private async unsealedCount(): Promise<number> {
    const [row] = await this.dataSource.query<{ count: string }[]>('SELECT count(*) AS count FROM audit_unsealed');
    return Number(row?.count ?? 0);
  }
}
