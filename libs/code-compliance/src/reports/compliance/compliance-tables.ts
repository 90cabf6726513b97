import { BOROUGH_CODES } from '@vs/cases';
import { OffenceGroup } from '@vs/victims';
import { DUTY_CATALOGUE } from '../../catalogue/duty-catalogue';
import { DeadlineSource } from '../../catalogue/duty-definition';
import {
  agencyLabel,
  boroughLabel,
  dutyLabel,
  offenceGroupLabel,
  periodLabel,
  rightLabel,
  rightsLevelLabel,
} from '../labels';
import { ReportFilter } from '../report-filter';
import {
  CellId,
  PublishedCount,
  publishedCount,
  PublishedRate,
  publishedRate,
  Relation,
  suppressCells,
} from '../suppression';
import { ComplianceCounts, ComplianceDimension, StatusCounts } from './compliance-counts';
import { periodStarts } from './rollup-segments';

/** One published row: counts by status, the decided duties (met + met late + breached) and the rate. */
export interface ComplianceRow {
  readonly key: string;
  readonly label: string;
  readonly met: PublishedCount;
  readonly metLate: PublishedCount;
  readonly breached: PublishedCount;
  readonly decided: PublishedCount;
  readonly pending: PublishedCount;
  readonly waived: PublishedCount;
  readonly notApplicable: PublishedCount;
  /** Duties met in time out of those decided; pending, waived and not applicable ones do not count. */
  readonly complianceRate: PublishedRate;
}

export interface ComplianceTable {
  readonly overall: ComplianceRow;
  readonly byRight: ComplianceRow[];
  readonly byDuty: ComplianceRow[];
  readonly byAgency: ComplianceRow[];
  readonly byBorough: ComplianceRow[];
  readonly byOffenceGroup: ComplianceRow[];
  readonly byRightsLevel: ComplianceRow[];
  readonly byPeriod: ComplianceRow[];
}

/** Code deadlines and local targets, never added together. */
export interface ComplianceSection {
  readonly code: ComplianceTable;
  readonly localTarget: ComplianceTable;
}

const COLUMNS = ['met', 'metLate', 'breached', 'decided', 'pending', 'waived', 'notApplicable'] as const;
type Column = (typeof COLUMNS)[number];
const DECIDED_PARTS = ['met', 'metLate', 'breached'] as const;

const BREAKDOWNS = [
  ComplianceDimension.Right,
  ComplianceDimension.Duty,
  ComplianceDimension.Agency,
  ComplianceDimension.Borough,
  ComplianceDimension.OffenceGroup,
  ComplianceDimension.RightsLevel,
  ComplianceDimension.Period,
] as const;
type Breakdown = (typeof BREAKDOWNS)[number];

const NO_COUNTS: StatusCounts = { met: 0, metLate: 0, breached: 0, pending: 0, waived: 0, notApplicable: 0 };

const withDecided = (counts: StatusCounts): Record<Column, number> => ({
  ...counts,
  decided: counts.met + counts.metLate + counts.breached,
});

const unique = <T>(values: T[]): T[] => [...new Set(values)];

/** Every row a breakdown shows, zero rows included: a category with no duties says something too. */
function rowKeys(
  dimension: Breakdown,
  source: DeadlineSource,
  filter: ReportFilter,
  counted: readonly ComplianceCounts[],
): string[] {
  const catalogue = DUTY_CATALOGUE.filter((duty) => duty.deadline.source === source);
  const inData = counted.filter((row) => row.dimension === dimension).map((row) => row.key);
  switch (dimension) {
    case ComplianceDimension.Right:
      return unique([...catalogue.map((duty) => String(duty.right)), ...inData]).sort((a, b) => Number(a) - Number(b));
    case ComplianceDimension.Duty:
      return unique([...catalogue.map((duty) => duty.code), ...inData]);
    case ComplianceDimension.Agency:
      return unique([...catalogue.map((duty) => duty.owner), ...inData]);
    case ComplianceDimension.Borough:
      return filter.boroughCode ? [filter.boroughCode] : [...BOROUGH_CODES];
    case ComplianceDimension.OffenceGroup:
      return filter.offenceGroup ? [filter.offenceGroup] : Object.values(OffenceGroup);
    case ComplianceDimension.RightsLevel:
      return ['enhanced', 'standard'];
    case ComplianceDimension.Period:
      return periodStarts(filter.from, filter.to, filter.period);
  }
}

function labelOf(dimension: ComplianceDimension, key: string, filter: ReportFilter): string {
  switch (dimension) {
    case ComplianceDimension.Overall:
      return 'All duties the filter covers';
    case ComplianceDimension.Right:
      return rightLabel(Number(key));
    case ComplianceDimension.Duty:
      return dutyLabel(key);
    case ComplianceDimension.Agency:
      return agencyLabel(key);
    case ComplianceDimension.Borough:
      return boroughLabel(key);
    case ComplianceDimension.OffenceGroup:
      return offenceGroupLabel(key);
    case ComplianceDimension.RightsLevel:
      return rightsLevelLabel(key);
    case ComplianceDimension.Period:
      return periodLabel(key, filter.period);
  }
}

interface TableLayout {
  readonly source: DeadlineSource;
  readonly rows: ReadonlyMap<ComplianceDimension, readonly string[]>;
  /** Each duty's right and agency, whose rows its counts are part of. */
  readonly parentsOfDuty: ReadonlyMap<string, { right: string; agency: string }>;
}

const cellId = (source: DeadlineSource, dimension: ComplianceDimension, key: string, column: Column): CellId =>
  `${source}|${dimension}|${key}|${column}`;

function layoutOf(source: DeadlineSource, filter: ReportFilter, counted: readonly ComplianceCounts[]): TableLayout {
  const rows = new Map<ComplianceDimension, readonly string[]>([[ComplianceDimension.Overall, ['all']]]);
  for (const dimension of BREAKDOWNS) rows.set(dimension, rowKeys(dimension, source, filter, counted));
  const parentsOfDuty = new Map<string, { right: string; agency: string }>();
  for (const duty of DUTY_CATALOGUE) parentsOfDuty.set(duty.code, { right: String(duty.right), agency: duty.owner });
  // A duty recorded under another catalogue version keeps the right and agency it was recorded with.
  for (const row of counted.filter((each) => each.dimension === ComplianceDimension.Duty)) {
    parentsOfDuty.set(row.key, { right: String(row.right), agency: String(row.agency) });
  }
  return { source, rows, parentsOfDuty };
}

/** The additive relations between a table's cells, which secondary suppression must keep from giving cells away. */
function relationsOf({ source, rows, parentsOfDuty }: TableLayout): Relation[] {
  const relations: Relation[] = [];
  for (const [dimension, keys] of rows) {
    for (const key of keys) {
      relations.push({
        total: cellId(source, dimension, key, 'decided'),
        parts: DECIDED_PARTS.map((column) => cellId(source, dimension, key, column)),
      });
    }
  }
  for (const column of COLUMNS) {
    for (const dimension of BREAKDOWNS) {
      relations.push({
        total: cellId(source, ComplianceDimension.Overall, 'all', column),
        parts: rows.get(dimension)!.map((key) => cellId(source, dimension, key, column)),
      });
    }
    const duties = rows.get(ComplianceDimension.Duty)!;
    for (const [dimension, parent] of [
      [ComplianceDimension.Right, 'right'],
      [ComplianceDimension.Agency, 'agency'],
    ] as const) {
      for (const key of rows.get(dimension)!) {
        const parts = duties.filter((duty) => parentsOfDuty.get(duty)?.[parent] === key);
        if (parts.length === 0) continue;
        relations.push({
          total: cellId(source, dimension, key, column),
          parts: parts.map((duty) => cellId(source, ComplianceDimension.Duty, duty, column)),
        });
      }
    }
  }
  return relations;
}

/**
 * The compliance section of a report from the rollup's counts: every breakdown for Code deadlines
 * and for local targets, with small numbers suppressed across rows, London totals and the rights
 * and agencies their duties add up to.
 */
export function complianceSection(counted: readonly ComplianceCounts[], filter: ReportFilter): ComplianceSection {
  const layouts = [DeadlineSource.Code, DeadlineSource.LocalTarget].map((source) =>
    layoutOf(
      source,
      filter,
      counted.filter((row) => row.source === source),
    ),
  );
  const countsByRow = new Map(counted.map((row) => [`${row.source}|${row.dimension}|${row.key}`, row.counts]));
  const values = new Map<CellId, number>();
  for (const { source, rows } of layouts) {
    for (const [dimension, keys] of rows) {
      for (const key of keys) {
        const counts = withDecided(countsByRow.get(`${source}|${dimension}|${key}`) ?? NO_COUNTS);
        for (const column of COLUMNS) values.set(cellId(source, dimension, key, column), counts[column]);
      }
    }
  }
  const hidden = suppressCells(values, layouts.flatMap(relationsOf));

  const publishRow = (source: DeadlineSource, dimension: ComplianceDimension, key: string): ComplianceRow => {
    const shown = Object.fromEntries(
      COLUMNS.map((column) => {
        const cell = cellId(source, dimension, key, column);
        return [column, publishedCount(values.get(cell)!, hidden.get(cell))];
      }),
    ) as Record<Column, PublishedCount>;
    return {
      key,
      label: labelOf(dimension, key, filter),
      ...shown,
      complianceRate: publishedRate(shown.met, shown.decided),
    };
  };
  const table = ({ source, rows }: TableLayout): ComplianceTable => {
    const breakdown = (dimension: Breakdown): ComplianceRow[] =>
      rows.get(dimension)!.map((key) => publishRow(source, dimension, key));
    return {
      overall: publishRow(source, ComplianceDimension.Overall, 'all'),
      byRight: breakdown(ComplianceDimension.Right),
      byDuty: breakdown(ComplianceDimension.Duty),
      byAgency: breakdown(ComplianceDimension.Agency),
      byBorough: breakdown(ComplianceDimension.Borough),
      byOffenceGroup: breakdown(ComplianceDimension.OffenceGroup),
      byRightsLevel: breakdown(ComplianceDimension.RightsLevel),
      byPeriod: breakdown(ComplianceDimension.Period),
    };
  };
  const [code, localTarget] = layouts.map(table);
  return { code, localTarget };
}
