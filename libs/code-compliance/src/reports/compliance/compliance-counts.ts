import { EntityManager } from 'typeorm';
import { Agency, DeadlineSource } from '../../catalogue/duty-definition';
import { ReportFilter, ReportPeriod } from '../report-filter';
import { rollupSegments } from './rollup-segments';

/** What compliance is broken down by. `overall` is the one row of everything the filter covers. */
export enum ComplianceDimension {
  Overall = 'overall',
  Right = 'right',
  Duty = 'duty',
  Agency = 'agency',
  Borough = 'borough',
  OffenceGroup = 'offenceGroup',
  RightsLevel = 'rightsLevel',
  Period = 'period',
}

export interface StatusCounts {
  readonly met: number;
  readonly metLate: number;
  readonly breached: number;
  readonly pending: number;
  readonly waived: number;
  readonly notApplicable: number;
}

/** The counts of one row of one breakdown, for Code deadlines or for local targets. */
export interface ComplianceCounts {
  readonly source: DeadlineSource;
  readonly dimension: ComplianceDimension;
  /** The right's number, the duty code, the agency, the ONS code, the offence group, `enhanced` or `standard`, the period's first day; `all` for overall. */
  readonly key: string;
  /** For a duty: its right and agency, which its counts are part of. */
  readonly right: number | null;
  readonly agency: Agency | null;
  readonly counts: StatusCounts;
}

interface Row {
  dimension: ComplianceDimension;
  deadline_source: DeadlineSource;
  right: number | null;
  duty_code: string | null;
  agency: Agency | null;
  borough_code: string | null;
  offence_group: string | null;
  enhanced: boolean | null;
  period: string | null;
  met: number;
  met_late: number;
  breached: number;
  pending: number;
  waived: number;
  not_applicable: number;
}

const keyOf = (row: Row): string => {
  switch (row.dimension) {
    case ComplianceDimension.Overall:
      return 'all';
    case ComplianceDimension.Right:
      return String(row.right);
    case ComplianceDimension.Duty:
      return row.duty_code!;
    case ComplianceDimension.Agency:
      return row.agency!;
    case ComplianceDimension.Borough:
      return row.borough_code!;
    case ComplianceDimension.OffenceGroup:
      return row.offence_group!;
    case ComplianceDimension.RightsLevel:
      return row.enhanced ? 'enhanced' : 'standard';
    case ComplianceDimension.Period:
      return row.period!;
  }
};

const SUMS = `sum(met)::int AS met, sum(met_late)::int AS met_late, sum(breached)::int AS breached,
  sum(pending)::int AS pending, sum(waived)::int AS waived, sum(not_applicable)::int AS not_applicable`;

/** The rollup rows that cover the filter exactly, read in whole `period`s where they fit, as SQL and parameters. */
function rollupRows(filter: ReportFilter, period: ReportPeriod, parameters: unknown[]): string {
  const parameter = (value: unknown): string => {
    parameters.push(value);
    return `$${parameters.length}`;
  };
  const segments = rollupSegments(filter.from, filter.to, period)
    .map(
      (segment) =>
        `(grain = ${parameter(segment.grain)} AND period_start BETWEEN ${parameter(segment.from)} AND ${parameter(segment.to)})`,
    )
    .join(' OR ');
  const conditions = [`(${segments})`];
  if (filter.boroughCode !== null) conditions.push(`borough_code = ${parameter(filter.boroughCode)}`);
  if (filter.offenceGroup !== null) conditions.push(`offence_group = ${parameter(filter.offenceGroup)}`);
  return `SELECT * FROM duty_compliance_rollup WHERE ${conditions.join(' AND ')}`;
}

/** Every breakdown but the periods, in one pass (GROUPING SETS) over the fewest rows: whole months and edge days. */
function breakdownCounts(manager: EntityManager, filter: ReportFilter): Promise<Row[]> {
  const parameters: unknown[] = [];
  return manager.query<Row[]>(
    `SELECT CASE WHEN GROUPING(duty_code) = 0 THEN 'duty' WHEN GROUPING("right") = 0 THEN 'right'
                 WHEN GROUPING(agency) = 0 THEN 'agency' WHEN GROUPING(borough_code) = 0 THEN 'borough'
                 WHEN GROUPING(offence_group) = 0 THEN 'offenceGroup' WHEN GROUPING(enhanced) = 0 THEN 'rightsLevel'
                 ELSE 'overall' END AS dimension,
            deadline_source, "right", duty_code, agency, borough_code, offence_group, enhanced, NULL AS period, ${SUMS}
       FROM (${rollupRows(filter, ReportPeriod.Month, parameters)}) AS counted
      GROUP BY GROUPING SETS ((deadline_source), (deadline_source, "right"), (deadline_source, "right", agency, duty_code),
                              (deadline_source, agency), (deadline_source, borough_code), (deadline_source, offence_group),
                              (deadline_source, enhanced))`,
    parameters,
  );
}

/** The by-period breakdown, over the rows of the period's own grain (weeks for weeks). */
function periodCounts(manager: EntityManager, filter: ReportFilter): Promise<Row[]> {
  const parameters: unknown[] = [filter.period];
  return manager.query<Row[]>(
    `SELECT 'period' AS dimension, deadline_source, NULL AS "right", NULL AS duty_code, NULL AS agency,
            NULL AS borough_code, NULL AS offence_group, NULL AS enhanced,
            to_char(date_trunc($1, period_start), 'YYYY-MM-DD') AS period, ${SUMS}
       FROM (${rollupRows(filter, filter.period, parameters)}) AS counted
      GROUP BY deadline_source, date_trunc($1, period_start)`,
    parameters,
  );
}

/**
 * Every breakdown of the report, each within its deadline source, so Code deadlines and local
 * targets are never added together. Two queries side by side: the breakdowns read whole months
 * whatever the period, so a report by week reads week rows only for its by-period breakdown.
 */
export async function complianceCounts(manager: EntityManager, filter: ReportFilter): Promise<ComplianceCounts[]> {
  const rows = (await Promise.all([breakdownCounts(manager, filter), periodCounts(manager, filter)])).flat();
  return rows.map((row) => ({
    source: row.deadline_source,
    dimension: row.dimension,
    key: keyOf(row),
    right: row.dimension === ComplianceDimension.Duty ? row.right : null,
    agency: row.dimension === ComplianceDimension.Duty ? row.agency : null,
    counts: {
      met: row.met,
      metLate: row.met_late,
      breached: row.breached,
      pending: row.pending,
      waived: row.waived,
      notApplicable: row.not_applicable,
    },
  }));
}
