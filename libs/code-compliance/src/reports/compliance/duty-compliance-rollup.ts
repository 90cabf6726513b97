import { DataSource, EntityManager } from 'typeorm';
import { RollupChange, rollupDeltas } from './rollup-deltas';

const ROLLUP_COLUMNS = `grain, period_start, deadline_source, "right", duty_code, agency, borough_code, offence_group,
  enhanced, met, met_late, breached, pending, waived, not_applicable`;

/** Adds each row's moves to what is there; ordinality keeps the key order rollupDeltas chose (lock order). */
const APPLY_DELTAS = `
  INSERT INTO duty_compliance_rollup AS rollup (${ROLLUP_COLUMNS})
  SELECT grain::duty_rollup_grain, period_start, deadline_source::code_deadline_source, "right", duty_code,
         agency::code_agency, borough_code, offence_group::duty_offence_group, enhanced,
         met, met_late, breached, pending, waived, not_applicable
    FROM unnest($1::text[], $2::date[], $3::text[], $4::smallint[], $5::text[], $6::text[], $7::text[], $8::text[],
                $9::boolean[], $10::int[], $11::int[], $12::int[], $13::int[], $14::int[], $15::int[])
         WITH ORDINALITY AS delta(grain, period_start, deadline_source, "right", duty_code, agency, borough_code,
                                  offence_group, enhanced, met, met_late, breached, pending, waived, not_applicable, n)
   ORDER BY n
  ON CONFLICT (grain, period_start, deadline_source, "right", duty_code, agency, borough_code, offence_group, enhanced)
  DO UPDATE SET met = rollup.met + excluded.met, met_late = rollup.met_late + excluded.met_late,
                breached = rollup.breached + excluded.breached, pending = rollup.pending + excluded.pending,
                waived = rollup.waived + excluded.waived, not_applicable = rollup.not_applicable + excluded.not_applicable
`;

/**
 * Counts duty instance changes into the rollup, through the manager of the transaction that made
 * them, in one statement however many there are.
 */
export async function applyRollupChanges(manager: EntityManager, changes: readonly RollupChange[]): Promise<void> {
  const deltas = rollupDeltas(changes);
  if (deltas.length === 0) return;
  await manager.query(APPLY_DELTAS, [
    deltas.map((delta) => delta.grain),
    deltas.map((delta) => delta.periodStart),
    deltas.map((delta) => delta.facts.deadlineSource),
    deltas.map((delta) => delta.facts.right),
    deltas.map((delta) => delta.facts.dutyCode),
    deltas.map((delta) => delta.facts.agency),
    deltas.map((delta) => delta.facts.boroughCode),
    deltas.map((delta) => delta.facts.offenceGroup),
    deltas.map((delta) => delta.facts.enhanced),
    deltas.map((delta) => delta.counts.met),
    deltas.map((delta) => delta.counts.met_late),
    deltas.map((delta) => delta.counts.breached),
    deltas.map((delta) => delta.counts.pending),
    deltas.map((delta) => delta.counts.waived),
    deltas.map((delta) => delta.counts.not_applicable),
  ]);
}

const KEY = `deadline_source, "right", duty_code, agency, borough_code, offence_group, enhanced`;

const REBUILD_DAYS = `
  INSERT INTO duty_compliance_rollup (${ROLLUP_COLUMNS})
  SELECT 'day', (triggered_at AT TIME ZONE 'Europe/London')::date, ${KEY},
         count(*) FILTER (WHERE status = 'met'), count(*) FILTER (WHERE status = 'met_late'),
         count(*) FILTER (WHERE status = 'breached'), count(*) FILTER (WHERE status = 'pending'),
         count(*) FILTER (WHERE status = 'waived'), count(*) FILTER (WHERE status = 'not_applicable')
    FROM duty_instances
   GROUP BY 2, ${KEY}
`;

const rebuildFromDays = (grain: 'week' | 'month'): string => `
  INSERT INTO duty_compliance_rollup (${ROLLUP_COLUMNS})
  SELECT '${grain}', date_trunc('${grain}', period_start)::date, ${KEY},
         sum(met), sum(met_late), sum(breached), sum(pending), sum(waived), sum(not_applicable)
    FROM duty_compliance_rollup
   WHERE grain = 'day'
   GROUP BY 2, ${KEY}
`;

/**
 * Recounts the rollup from duty_instances: the backfill for instances written before it existed,
 * and the repair should it ever drift. Duty writers wait while it runs (about half a minute for
 * ten million instances); readers do not.
 */
export async function rebuildDutyComplianceRollup(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (transaction) => {
    await transaction.query('SET LOCAL statement_timeout = 0');
    await transaction.query('LOCK TABLE duty_instances IN SHARE MODE');
    await transaction.query('DELETE FROM duty_compliance_rollup');
    await transaction.query(REBUILD_DAYS);
    await transaction.query(rebuildFromDays('week'));
    await transaction.query(rebuildFromDays('month'));
  });
}
