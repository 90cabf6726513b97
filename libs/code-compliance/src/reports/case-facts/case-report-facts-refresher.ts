import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { uuidV7LowerBound } from './uuid-v7-bound';

const MARK = 'case_report_facts';
/** Any constant: refreshes take this advisory lock, so two workers never refresh at once. */
const REFRESH_LOCK = 7_204_311_906;
/**
 * How far back each refresh looks again. Ids are made when a row is written but the row is seen
 * only once its transaction commits; statements time out after 30 seconds, so no row commits this
 * long after its id was made, and clocks of API replicas are far closer than this.
 */
const OVERLAP_MS = 10 * 60_000;

/** Cases whose facts may have changed since `$1`: new crimes, new events, and every crime of a victim newly linked (repeat flags move). */
const TOUCHED_SINCE = `
  SELECT id AS case_id FROM crimes WHERE id >= $1
  UNION SELECT case_id FROM case_events WHERE id >= $1
  UNION SELECT link.crime_id FROM crime_victims AS link
         WHERE link.victim_id IN (SELECT victim_id FROM crime_victims WHERE id >= $1)
`;
const EVERY_CASE = `SELECT id AS case_id FROM crimes`;

const upsertFacts = (touched: string): string => `
  WITH touched AS MATERIALIZED (${touched}),
  referral AS (
    SELECT case_id, min(occurred_at) AS first_at FROM case_events
     WHERE type = 'referral_sent' AND case_id IN (SELECT case_id FROM touched) GROUP BY case_id
  ),
  withdrawal AS (
    SELECT DISTINCT ON (case_id) case_id, from_stage FROM case_events
     WHERE to_stage = 'withdrawn_by_victim' AND case_id IN (SELECT case_id FROM touched)
     ORDER BY case_id, occurred_at, id
  ),
  links AS (
    SELECT crime_id, count(*) AS total, count(*) FILTER (WHERE repeat_victim) AS repeat FROM crime_victims
     WHERE crime_id IN (SELECT case_id FROM touched) GROUP BY crime_id
  ),
  upserted AS (
    INSERT INTO case_report_facts AS facts (case_id, reported_day, borough_code, offence_group, referral_seconds,
                                            withdrawn_from_stage, victim_links, repeat_victim_links)
    SELECT crime.id, (crime.reported_at AT TIME ZONE 'Europe/London')::date, crime.borough_code, crime.offence_group,
           round(extract(epoch FROM referral.first_at - crime.reported_at))::int, withdrawal.from_stage,
           coalesce(links.total, 0), coalesce(links.repeat, 0)
      FROM crimes AS crime
      JOIN cases ON cases.id = crime.id
      LEFT JOIN referral ON referral.case_id = crime.id
      LEFT JOIN withdrawal ON withdrawal.case_id = crime.id
      LEFT JOIN links ON links.crime_id = crime.id
     WHERE crime.id IN (SELECT case_id FROM touched)
    ON CONFLICT (case_id) DO UPDATE SET
      reported_day = excluded.reported_day, borough_code = excluded.borough_code,
      offence_group = excluded.offence_group, referral_seconds = excluded.referral_seconds,
      withdrawn_from_stage = excluded.withdrawn_from_stage, victim_links = excluded.victim_links,
      repeat_victim_links = excluded.repeat_victim_links
    RETURNING 1
  )
  SELECT count(*)::int AS cases FROM upserted
`;

export interface CaseFactsRefresh {
  /** Cases whose facts were written again. */
  readonly cases: number;
  /** Everything recorded before this is in the facts. */
  readonly refreshedThrough: Date;
}

/**
 * Brings case_report_facts up to date. The first run derives every case; later runs only the cases
 * touched since the last (found through the primary keys: ids are UUIDv7, so they sort by time),
 * looking back a margin so that rows committed late are not missed. Writing a case's facts again
 * changes nothing, so the margin costs a little work and never a wrong count.
 */
@Injectable()
export class CaseReportFactsRefresher {
  constructor(private readonly dataSource: DataSource) {}

  /** Null when another refresh is running (it will cover the same ground). */
  refresh(): Promise<CaseFactsRefresh | null> {
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query<{ locked: boolean }[]>(
        'SELECT pg_try_advisory_xact_lock($1) AS locked',
        [REFRESH_LOCK],
      );
      if (!locked) return null;
      // The first run reads every case and may take minutes.
      await manager.query('SET LOCAL statement_timeout = 0');
      const [{ started }] = await manager.query<{ started: Date }[]>('SELECT now() AS started');
      const previous = await this.mark(manager);
      const [{ cases }] = await manager.query<{ cases: number }[]>(
        previous === null ? upsertFacts(EVERY_CASE) : upsertFacts(TOUCHED_SINCE),
        previous === null ? [] : [uuidV7LowerBound(new Date(previous.getTime() - OVERLAP_MS))],
      );
      await manager.query(
        `INSERT INTO report_refresh_marks (name, refreshed_through) VALUES ($1, $2)
         ON CONFLICT (name) DO UPDATE SET refreshed_through = excluded.refreshed_through`,
        [MARK, started],
      );
      return { cases, refreshedThrough: started };
    });
  }

  /** Until when the facts are up to date; null before the first refresh. */
  async refreshedThrough(manager: EntityManager = this.dataSource.manager): Promise<Date | null> {
    return this.mark(manager);
  }

  private async mark(manager: EntityManager): Promise<Date | null> {
    const rows = await manager.query<{ refreshed_through: Date }[]>(
      'SELECT refreshed_through FROM report_refresh_marks WHERE name = $1',
      [MARK],
    );
    return rows[0]?.refreshed_through ?? null;
  }
}
