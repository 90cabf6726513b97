import { EntityManager } from 'typeorm';
import { ReportFilter } from '../report-filter';
import { HIDDEN, PublishedRate, publishedRate } from '../suppression';
import { CountRow, PublishedRow, suppressBreakdowns, sumRows } from './breakdown-table';

/**
 * Read models over tables other features own: the portal's complaints, review requests and survey
 * answers, advocacy's advocates and the referrals allocated to them, and the victims' plain (not
 * encrypted) date of birth and disabilities. Read with SQL here, never by importing those libraries
 * (they depend on code compliance, not the other way round); only counts leave these queries.
 */

const sentenceCase = (code: string): string => {
  const words = code.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};
const LONDON_DAY = (column: string): string => `(${column} AT TIME ZONE 'Europe/London')::date`;

/** The borough and offence group of a request's or answer's case, from the case facts; none when unfiltered. */
function caseFilter(filter: ReportFilter, caseColumn: string, parameters: unknown[]): string {
  const conditions: string[] = [];
  if (filter.boroughCode !== null) {
    parameters.push(filter.boroughCode);
    conditions.push(`f.borough_code = $${parameters.length}`);
  }
  if (filter.offenceGroup !== null) {
    parameters.push(filter.offenceGroup);
    conditions.push(`f.offence_group::text = $${parameters.length}`);
  }
  if (conditions.length === 0) return '';
  return ` AND EXISTS (SELECT 1 FROM case_report_facts f WHERE f.case_id = ${caseColumn} AND ${conditions.join(' AND ')})`;
}

// Complaints (Victims' Code right 12) and Victims' Right to Review requests.

const COMPLAINT_COLUMNS = [
  'received',
  'acknowledgedOnTime',
  'answered',
  'answeredOnTime',
  'pending',
  'upheld',
  'partlyUpheld',
  'notUpheld',
  'decisionUpheld',
  'decisionOverturned',
] as const;
type ComplaintColumn = (typeof COMPLAINT_COLUMNS)[number];
const OUTCOMES: readonly ComplaintColumn[] = [
  'upheld',
  'partlyUpheld',
  'notUpheld',
  'decisionUpheld',
  'decisionOverturned',
];

export type ComplaintRow = PublishedRow<ComplaintColumn> & {
  /** Acknowledged by the due date, of those received. */
  readonly acknowledgedOnTimeRate: PublishedRate;
  /** Answered by the due date, of those answered. */
  readonly answeredOnTimeRate: PublishedRate;
};

export interface ComplaintsSection {
  readonly available: true;
  readonly note: string;
  readonly overall: ComplaintRow;
  readonly byKind: ComplaintRow[];
  readonly byAgency: ComplaintRow[];
}

const complaintRate = (row: PublishedRow<ComplaintColumn>): ComplaintRow => ({
  ...row,
  acknowledgedOnTimeRate: publishedRate(row.acknowledgedOnTime, row.received),
  answeredOnTimeRate: publishedRate(row.answeredOnTime, row.answered),
});

const KIND_LABELS: Record<string, string> = {
  complaint: "Complaints (Victims' Code right 12)",
  right_to_review: "Victims' Right to Review requests",
};

export async function complaintsSection(manager: EntityManager, filter: ReportFilter): Promise<ComplaintsSection> {
  const parameters: unknown[] = [filter.from, filter.to];
  const where = `${LONDON_DAY('r.received_at')} BETWEEN $1 AND $2${caseFilter(filter, 'r.case_id', parameters)}`;
  const rows = await manager.query<(Record<ComplaintColumn, number> & { kind: string; agency: string })[]>(
    `SELECT r.kind::text AS kind, r.agency::text AS agency, count(*)::int AS "received",
            count(*) FILTER (WHERE r.acknowledged_at <= r.acknowledge_by)::int AS "acknowledgedOnTime",
            count(r.answered_at)::int AS "answered",
            count(*) FILTER (WHERE r.answered_at <= r.answer_by)::int AS "answeredOnTime",
            count(*) FILTER (WHERE r.answered_at IS NULL)::int AS "pending",
            count(*) FILTER (WHERE r.outcome = 'upheld')::int AS "upheld",
            count(*) FILTER (WHERE r.outcome = 'partly_upheld')::int AS "partlyUpheld",
            count(*) FILTER (WHERE r.outcome = 'not_upheld')::int AS "notUpheld",
            count(*) FILTER (WHERE r.outcome = 'decision_upheld')::int AS "decisionUpheld",
            count(*) FILTER (WHERE r.outcome = 'decision_overturned')::int AS "decisionOverturned"
       FROM portal_requests r WHERE ${where} GROUP BY 1, 2`,
    parameters,
  );
  const counted = (key: (row: (typeof rows)[number]) => string) =>
    rows.map((row) => ({ key: key(row), counts: row }));
  const overall = sumRows(COMPLAINT_COLUMNS, counted(() => 'all'), () => 'All requests')[0] ?? {
    key: 'all',
    label: 'All requests',
    counts: Object.fromEntries(COMPLAINT_COLUMNS.map((column) => [column, 0])) as Record<ComplaintColumn, number>,
  };
  const published = suppressBreakdowns(
    COMPLAINT_COLUMNS,
    overall,
    {
      byKind: sumRows(COMPLAINT_COLUMNS, counted((row) => row.kind), (key) => KIND_LABELS[key] ?? sentenceCase(key)),
      byAgency: sumRows(COMPLAINT_COLUMNS, counted((row) => row.agency), sentenceCase),
    },
    [
      { total: 'received', parts: ['answered', 'pending'] },
      { total: 'answered', parts: OUTCOMES },
    ],
  );
  return {
    available: true,
    note:
      'Requests received in the date range (London days). Borough and offence group filter by the case the ' +
      'request is about. Complaints are upheld, partly upheld or not; reviews uphold or overturn the decision.',
    overall: complaintRate(published.overall),
    byKind: published.breakdowns.byKind.map(complaintRate),
    byAgency: published.breakdowns.byAgency.map(complaintRate),
  };
}

// Victim satisfaction.

const SATISFACTION_COLUMNS = ['answers', 'satisfied', 'keptInformedWell', 'treatedWithRespectWell'] as const;
type SatisfactionColumn = (typeof SATISFACTION_COLUMNS)[number];

export type SatisfactionRow = PublishedRow<SatisfactionColumn> & {
  /** Mean overall rating (1 to 5), to two decimal places; hidden when the answers are. */
  readonly meanOverall: number | typeof HIDDEN | null;
  /** Answers rating the support overall 4 or 5, of all answers. */
  readonly satisfiedRate: PublishedRate;
  readonly keptInformedRate: PublishedRate;
  readonly treatedWithRespectRate: PublishedRate;
};

export interface SatisfactionSection {
  readonly available: true;
  readonly note: string;
  readonly notReportable: string;
  readonly overall: SatisfactionRow;
  readonly byService: SatisfactionRow[];
  readonly bySurveyPoint: SatisfactionRow[];
  readonly byAgeBand: SatisfactionRow[];
  readonly byDisability: SatisfactionRow[];
}

interface SurveyRow extends Record<SatisfactionColumn, number> {
  service: string;
  point: string;
  age_band: string;
  disability: string;
  overall_sum: number;
}

const AGE_BAND = `CASE WHEN v.date_of_birth IS NULL THEN 'not_recorded'
  ELSE (SELECT CASE WHEN y < 18 THEN 'under_18' WHEN y < 25 THEN '18_24' WHEN y < 35 THEN '25_34'
                    WHEN y < 45 THEN '35_44' WHEN y < 55 THEN '45_54' WHEN y < 65 THEN '55_64' ELSE '65_and_over' END
          FROM (SELECT date_part('year', age(${LONDON_DAY('s.answered_at')}, v.date_of_birth))::int AS y) a) END`;

const AGE_LABELS: Record<string, string> = {
  under_18: 'Under 18',
  '18_24': '18 to 24',
  '25_34': '25 to 34',
  '35_44': '35 to 44',
  '45_54': '45 to 54',
  '55_64': '55 to 64',
  '65_and_over': '65 and over',
  not_recorded: 'Date of birth not recorded',
};
const DISABILITY_LABELS: Record<string, string> = {
  disabled: 'A disability recorded',
  none_recorded: 'No disability recorded',
};
const SERVICE_LABELS: Record<string, string> = {
  victim_service: 'Victim support services',
  none_yet: 'No supporting service yet',
};

export async function satisfactionSection(
  manager: EntityManager,
  filter: ReportFilter,
): Promise<SatisfactionSection> {
  const parameters: unknown[] = [filter.from, filter.to];
  const where = `${LONDON_DAY('s.answered_at')} BETWEEN $1 AND $2${caseFilter(filter, 's.case_id', parameters)}`;
  const rows = await manager.query<SurveyRow[]>(
    `SELECT coalesce(o.kind::text, 'none_yet') AS service, s.point::text AS point, ${AGE_BAND} AS age_band,
            CASE WHEN cardinality(v.disabilities) > 0 THEN 'disabled' ELSE 'none_recorded' END AS disability,
            count(*)::int AS "answers", count(*) FILTER (WHERE s.overall >= 4)::int AS "satisfied",
            count(*) FILTER (WHERE s.kept_informed >= 4)::int AS "keptInformedWell",
            count(*) FILTER (WHERE s.treated_with_respect >= 4)::int AS "treatedWithRespectWell",
            sum(s.overall)::int AS overall_sum
       FROM portal_survey_answers s
       JOIN victims v ON v.id = s.victim_id
       LEFT JOIN organisations o ON o.id = s.organisation_id
      WHERE ${where}
      GROUP BY 1, 2, 3, 4`,
    parameters,
  );
  const sums = new Map<string, number>();
  const counted = (group: string, key: (row: SurveyRow) => string) =>
    rows.map((row) => {
      const id = `${group}|${key(row)}`;
      sums.set(id, (sums.get(id) ?? 0) + row.overall_sum);
      return { key: key(row), counts: row };
    });
  const empty = Object.fromEntries(SATISFACTION_COLUMNS.map((column) => [column, 0])) as Record<
    SatisfactionColumn,
    number
  >;
  const overall = sumRows(SATISFACTION_COLUMNS, counted('overall', () => 'all'), () => 'All answers')[0] ?? {
    key: 'all',
    label: 'All answers',
    counts: empty,
  };
  const breakdowns: Record<'byService' | 'bySurveyPoint' | 'byAgeBand' | 'byDisability', CountRow<SatisfactionColumn>[]> =
    {
      byService: sumRows(
        SATISFACTION_COLUMNS,
        counted('byService', (row) => row.service),
        (key) => SERVICE_LABELS[key] ?? sentenceCase(key),
      ),
      bySurveyPoint: sumRows(SATISFACTION_COLUMNS, counted('bySurveyPoint', (row) => row.point), sentenceCase),
      byAgeBand: sumRows(SATISFACTION_COLUMNS, counted('byAgeBand', (row) => row.age_band), (key) => AGE_LABELS[key]),
      byDisability: sumRows(
        SATISFACTION_COLUMNS,
        counted('byDisability', (row) => row.disability),
        (key) => DISABILITY_LABELS[key],
      ),
    };
  const published = suppressBreakdowns(SATISFACTION_COLUMNS, overall, breakdowns);
  const withRates =
    (group: string) =>
    (row: PublishedRow<SatisfactionColumn>): SatisfactionRow => {
      const answers = row.answers;
      const sum = sums.get(`${group}|${row.key}`) ?? 0;
      return {
        ...row,
        meanOverall: typeof answers !== 'number' ? HIDDEN : answers === 0 ? null : Math.round((sum / answers) * 100) / 100,
        satisfiedRate: publishedRate(row.satisfied, answers),
        keptInformedRate: publishedRate(row.keptInformedWell, answers),
        treatedWithRespectRate: publishedRate(row.treatedWithRespectWell, answers),
      };
    };
  return {
    available: true,
    note:
      'Survey answers given in the date range (London days); ratings of 4 or 5 out of 5 count as satisfied. ' +
      'Service is the kind of organisation supporting the victim when they answered (organisations are not ' +
      'named). Age is the age band on the day of the answer. Borough and offence group filter by the case.',
    notReportable:
      'Sex, gender identity, ethnicity, religion or belief, sexual orientation, marriage or civil partnership ' +
      'and pregnancy or maternity are held only in the encrypted equality monitoring answers, which reports ' +
      'never decrypt, so satisfaction is not broken down by them.',
    overall: withRates('overall')(published.overall),
    byService: published.breakdowns.byService.map(withRates('byService')),
    bySurveyPoint: published.breakdowns.bySurveyPoint.map(withRates('bySurveyPoint')),
    byAgeBand: published.breakdowns.byAgeBand.map(withRates('byAgeBand')),
    byDisability: published.breakdowns.byDisability.map(withRates('byDisability')),
  };
}

// Advocate load against capacity.

const LOAD_COLUMNS = ['advocates', 'overCapacity', 'activeCases', 'capacity'] as const;
type LoadColumn = (typeof LOAD_COLUMNS)[number];

export type AdvocateLoadRow = PublishedRow<LoadColumn> & {
  /** Active cases / capacity. */
  readonly loadRatio: PublishedRate;
  /** Advocates over capacity, of all advocates. */
  readonly overCapacityShare: PublishedRate;
};

export interface AdvocateLoadSection {
  readonly available: true;
  readonly note: string;
  readonly overall: AdvocateLoadRow;
  readonly byAdvocateType: AdvocateLoadRow[];
}

/** The referral states that count towards an advocate's caseload (advocacy's ALLOCATED_STATES). */
const ALLOCATED_STATES = ['allocated', 'accepted', 'first_contact_made'];

const loadRates = (row: PublishedRow<LoadColumn>): AdvocateLoadRow => {
  return { ...row, loadRatio: publishedRate(row.activeCases, row.capacity), overCapacityShare: publishedRate(row.overCapacity, row.advocates) };
};

export async function advocateLoadSection(manager: EntityManager): Promise<AdvocateLoadSection> {
  const rows = await manager.query<(Record<LoadColumn, number> & { type: string })[]>(
    `SELECT type, count(*)::int AS "advocates", count(*) FILTER (WHERE active_cases > caseload_capacity)::int AS "overCapacity",
            coalesce(sum(active_cases), 0)::int AS "activeCases", coalesce(sum(caseload_capacity), 0)::int AS "capacity"
       FROM (SELECT a.type::text AS type, a.caseload_capacity,
                    -- State compared as the enum, so both conditions are in referrals_allocated_idx: as text,
                    -- PostgreSQL intersected it with every referral of the service (1.5 s at 200,000 referrals).
                    (SELECT count(*) FROM referrals r
                      WHERE r.allocated_user_id = a.user_id AND r.state = ANY($1::referral_state[])
                        AND r.organisation_id = a.organisation_id) AS active_cases
               FROM advocates a WHERE a.active) loads
      GROUP BY 1`,
    [ALLOCATED_STATES],
  );
  const counted = (key: (row: (typeof rows)[number]) => string) =>
    rows.map((row) => ({ key: key(row), counts: row }));
  const overall = sumRows(LOAD_COLUMNS, counted(() => 'all'), () => 'All active advocates')[0] ?? {
    key: 'all',
    label: 'All active advocates',
    counts: { advocates: 0, overCapacity: 0, activeCases: 0, capacity: 0 },
  };
  const published = suppressBreakdowns(LOAD_COLUMNS, overall, {
    byAdvocateType: sumRows(LOAD_COLUMNS, counted((row) => row.type), (key) => key.toUpperCase().replace(/_/g, ' ')),
  });
  return {
    available: true,
    note:
      'A snapshot when the report was generated: active advocates, the open referrals allocated to them ' +
      '(allocated, accepted or first contact made) and the caseload capacity their managers set. It cannot be ' +
      'filtered by dates, borough or offence group: caseloads are not kept over time and advocates cover many ' +
      'boroughs and offences.',
    overall: loadRates(published.overall),
    byAdvocateType: published.breakdowns.byAdvocateType.map(loadRates),
  };
}
