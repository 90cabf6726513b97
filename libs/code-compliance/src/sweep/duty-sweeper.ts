import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { Clock } from '@vs/platform';
import { DutyStatus } from '../catalogue/duty-evaluation';
import { DutyChangeListeners } from '../changes/duty-change-listeners';
import { DutyInstance } from '../entities/duty-instance.entity';

const BATCH_SIZE = 500;
/** Bounds one run, so a backlog never keeps a job (and a graceful shutdown) waiting for long. */
const MAX_BATCHES_PER_RUN = 40;

export interface DutySweepRun {
  /** Duties this run marked breached. */
  readonly breached: number;
}

/**
 * Marks breached the pending duties whose due time has passed. It reads only the partial index of
 * pending duties by due time, so a run costs what fell due, not the size of the table. Running it
 * again marks nothing twice: only still-pending duties are chosen, and a row being changed by the
 * engine right now is skipped (that writer judges it) and left for the next run if still pending.
 */
@Injectable()
export class DutySweeper {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly changeListeners: DutyChangeListeners,
  ) {}

  async sweep(now: Date = this.clock.now()): Promise<DutySweepRun> {
    let breached = 0;
    for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
      const count = await this.dataSource.transaction((manager) => this.breachBatch(manager, now));
      breached += count;
      if (count < BATCH_SIZE) break;
    }
    return { breached };
  }

  /** One transaction: the batch's status change and its listeners' writes (alerts) commit together. */
  private async breachBatch(manager: EntityManager, now: Date): Promise<number> {
    const [rows] = await manager.query<[{ id: string }[], number]>(
      `UPDATE duty_instances SET status = 'breached', updated_at = now()
        WHERE id IN (SELECT id FROM duty_instances
                      WHERE status = 'pending' AND due_at < $1
                      ORDER BY due_at LIMIT $2
                      FOR UPDATE SKIP LOCKED)
       RETURNING id`,
      [now, BATCH_SIZE],
    );
    if (rows.length === 0) return 0;
    const instances = await manager.findBy(DutyInstance, { id: In(rows.map((row) => row.id)) });
    await this.changeListeners.changed(
      manager,
      instances.map((instance) => ({ instance, previous: { ...instance, status: DutyStatus.Pending } })),
    );
    return rows.length;
  }
}
