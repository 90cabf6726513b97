import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { canonicalSelectList, CanonicalEventRow } from './canonical-event';
import { chainEvents, GENESIS_HASH } from './seal-hash';

/** Two sealers extending the chain at once would fork it; this key serialises them. */
const SEALER_LOCK_KEY = 4_872_170_331;
const BATCH_SIZE = 500;
/** Bounds one run, so a backlog never keeps a job (and a graceful shutdown) waiting for long. */
const MAX_BATCHES_PER_RUN = 40;

export interface SealingRun {
  readonly sealed: number;
  /** Another sealer held the lock, so this run sealed nothing and left the work to it. */
  readonly lockBusy: boolean;
}

/**
 * Seals pending audit events into the hash chain in id order. Each batch is one transaction
 * holding a transaction-scoped advisory lock; writers never take that lock, so recording an audit
 * event never waits for sealing. An event whose transaction commits after a later id was sealed
 * simply gets a later chain position.
 */
@Injectable()
export class AuditSealer {
  constructor(private readonly dataSource: DataSource) {}

  async sealPending(): Promise<SealingRun> {
    let sealed = 0;
    for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
      const count = await this.dataSource.transaction((manager) => this.sealBatch(manager));
      if (count === null) return { sealed, lockBusy: true };
      sealed += count;
      if (count < BATCH_SIZE) break;
    }
    return { sealed, lockBusy: false };
  }

  /** Returns how many events were sealed, or null when another sealer holds the lock. */
  private async sealBatch(manager: EntityManager): Promise<number | null> {
    const [lock] = await manager.query<{ locked: boolean }[]>('SELECT pg_try_advisory_xact_lock($1) AS locked', [
      SEALER_LOCK_KEY,
    ]);
    if (!lock?.locked) return null;
    const events = await manager.query<CanonicalEventRow[]>(
      `SELECT ${canonicalSelectList('e')}
         FROM audit_unsealed u JOIN audit_events e ON e.id = u.audit_event_id
        ORDER BY u.audit_event_id
        LIMIT $1`,
      [BATCH_SIZE],
    );
    if (events.length === 0) return 0;
    const links = chainEvents(await this.chainTip(manager), events);
    await manager.query(
      `INSERT INTO audit_seals (seq, audit_event_id, previous_hash, hash)
       SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::varchar[], $4::varchar[])`,
      [
        links.map((link) => link.seq.toString()),
        links.map((link) => link.auditEventId),
        links.map((link) => link.previousHash),
        links.map((link) => link.hash),
      ],
    );
    await manager.query('DELETE FROM audit_unsealed WHERE audit_event_id = ANY($1::bigint[])', [
      links.map((link) => link.auditEventId),
    ]);
    return links.length;
  }

  private async chainTip(manager: EntityManager): Promise<{ seq: bigint; hash: string }> {
    const [last] = await manager.query<{ seq: string; hash: string }[]>(
      'SELECT seq, hash FROM audit_seals ORDER BY seq DESC LIMIT 1',
    );
    return last ? { seq: BigInt(last.seq), hash: last.hash } : { seq: 0n, hash: GENESIS_HASH };
  }
}
