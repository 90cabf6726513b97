import { stringify } from 'csv-stringify/sync';
import { ComplianceRow, ComplianceTable } from '../compliance/compliance-tables';
import { ComplianceReport } from './compliance-report';

/** One value per line (tidy data): a spreadsheet's pivot table rebuilds any breakdown from it. */
const COLUMNS = ['section', 'deadline_source', 'breakdown', 'key', 'label', 'measure', 'value'] as const;
type Line = Record<(typeof COLUMNS)[number], string>;
type Value = number | string | null;

const line = (section: string, measure: string, value: Value, more: Partial<Line> = {}): Line => ({
  section,
  deadline_source: '',
  breakdown: '',
  key: '',
  label: '',
  measure,
  value: value === null ? '' : String(value),
  ...more,
});

const ROW_MEASURES = [
  ['met', 'met'],
  ['met_late', 'metLate'],
  ['breached', 'breached'],
  ['decided', 'decided'],
  ['pending', 'pending'],
  ['waived', 'waived'],
  ['not_applicable', 'notApplicable'],
  ['compliance_rate', 'complianceRate'],
] as const satisfies readonly (readonly [string, keyof ComplianceRow])[];

function complianceLines(source: string, table: ComplianceTable): Line[] {
  const breakdowns: [string, ComplianceRow[]][] = [
    ['overall', [table.overall]],
    ['right', table.byRight],
    ['duty', table.byDuty],
    ['agency', table.byAgency],
    ['borough', table.byBorough],
    ['offence_group', table.byOffenceGroup],
    ['rights_level', table.byRightsLevel],
    ['period', table.byPeriod],
  ];
  return breakdowns.flatMap(([breakdown, rows]) =>
    rows.flatMap((row) =>
      ROW_MEASURES.map(([measure, field]) =>
        line('compliance', measure, row[field], { deadline_source: source, breakdown, key: row.key, label: row.label }),
      ),
    ),
  );
}

type Published = Record<string, unknown> & { key: string; label: string };

/** Every count and rate of a section's rows (overall first), one a line; `note` lines say what it covers. */
function sectionLines(section: string, notes: string[], tables: [string, Published[]][]): Line[] {
  return [
    ...notes.map((note) => line(section, 'note', note)),
    ...tables.flatMap(([breakdown, rows]) =>
      rows.flatMap((row) =>
        Object.entries(row)
          .filter(([measure]) => measure !== 'key' && measure !== 'label')
          .map(([measure, value]) =>
            line(section, measure.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`), value as Value, {
              breakdown,
              key: row.key,
              label: row.label,
            }),
          ),
      ),
    ),
  ];
}

/** The whole report as CSV with a header row. Every cell is a count, a rate, a marker or our own label. */
export function reportCsv(report: ComplianceReport): string {
  const { filters, timeToReferral, attrition, repeatVictimisation } = report;
  const lines: Line[] = [
    line('report', 'from', filters.from),
    line('report', 'to', filters.to),
    line('report', 'borough_code', filters.boroughCode),
    line('report', 'offence_group', filters.offenceGroup),
    line('report', 'period', filters.period),
    line('report', 'generated_at', report.generatedAt),
    line('report', 'case_measures_as_of', report.caseMeasuresAsOf),
    line('report', 'suppression_rule', report.suppression.rule),
    ...complianceLines('code', report.compliance.code),
    ...complianceLines('local_target', report.compliance.localTarget),
    line('time_to_referral', 'referred_cases', timeToReferral.referredCases),
    line('time_to_referral', 'median_hours', timeToReferral.medianHours),
    line('time_to_referral', 'p90_hours', timeToReferral.ninetiethPercentileHours),
    line('attrition', 'cases_reported', attrition.casesReported),
    line('attrition', 'withdrawn', attrition.withdrawn),
    line('attrition', 'withdrawal_rate', attrition.withdrawalRate),
    ...attrition.byStage.map((stage) =>
      line('attrition', 'withdrawn', stage.withdrawn, { breakdown: 'stage', key: stage.stage, label: stage.label }),
    ),
    line('repeat_victimisation', 'victim_links', repeatVictimisation.victimLinks),
    line('repeat_victimisation', 'repeat_victim_links', repeatVictimisation.repeatVictimLinks),
    line('repeat_victimisation', 'repeat_share', repeatVictimisation.repeatShare),
    ...sectionLines('complaints', [report.complaints.note], [
      ['overall', [report.complaints.overall]],
      ['kind', report.complaints.byKind],
      ['agency', report.complaints.byAgency],
    ]),
    ...sectionLines('victim_satisfaction', [report.victimSatisfaction.note, report.victimSatisfaction.notReportable], [
      ['overall', [report.victimSatisfaction.overall]],
      ['service', report.victimSatisfaction.byService],
      ['survey_point', report.victimSatisfaction.bySurveyPoint],
      ['age_band', report.victimSatisfaction.byAgeBand],
      ['disability', report.victimSatisfaction.byDisability],
    ]),
    ...sectionLines('advocate_load', [report.advocateLoad.note], [
      ['overall', [report.advocateLoad.overall]],
      ['advocate_type', report.advocateLoad.byAdvocateType],
    ]),
  ];
  return stringify(lines, { header: true, columns: [...COLUMNS] });
}
