import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '@vs/platform';
import { AttemptLimit, lockDurationMs } from './attempt-limits';

interface CounterRow {
  attempts: number;
  locks: number;
  locked_until: Date | null;
}

/**
 * Attempt counting in the database (one row per key, updated atomically by an upsert), so limits
 * and locks hold however many API replicas answer the requests.
 */
@Injectable()
export class AttemptCounters {
  constructor(private readonly clock: Clock) {}

  async isLocked(manager: EntityManager, key: string): Promise<boolean> {
    const rows: { locked: boolean }[] = await manager.query(
      'SELECT locked_until > $2 AS locked FROM portal_attempt_counters WHERE key = $1',
      [key, this.clock.now()],
    );
    return rows[0]?.locked === true;
  }

  /**
   * Counts one attempt. Returns true when the key is locked, either already or because this attempt
   * went over the limit (which earns a lock twice as long as its last one).
   */
  async hit(manager: EntityManager, key: string, limit: AttemptLimit): Promise<boolean> {
    const now = this.clock.now();
    const windowFloor = new Date(now.getTime() - limit.windowMs);
    const [row] = await manager.query<CounterRow[]>(
      `INSERT INTO portal_attempt_counters AS c (key, window_started_at, attempts, locks, locked_until)
       VALUES ($1, $2, 1, 0, NULL)
       ON CONFLICT (key) DO UPDATE SET
         attempts = CASE WHEN c.window_started_at <= $3 THEN 1 ELSE c.attempts + 1 END,
         window_started_at = CASE WHEN c.window_started_at <= $3 THEN $2 ELSE c.window_started_at END
       RETURNING attempts, locks, locked_until`,
      [key, now, windowFloor],
    );
    if (row.locked_until !== null && row.locked_until > now) return true;
    if (row.attempts <= limit.max) return false;
    await manager.query(
      `UPDATE portal_attempt_counters SET locks = locks + 1, locked_until = $2, attempts = 0, window_started_at = $3
       WHERE key = $1`,
      [key, new Date(now.getTime() + lockDurationMs(row.locks)), now],
    );
    return true;
  }

  /** A proven victim starts afresh on the crime's code counter (earned locks still double). */
  async clear(manager: EntityManager, key: string): Promise<void> {
    await manager.query('UPDATE portal_attempt_counters SET attempts = 0 WHERE key = $1', [key]);
  }
}
