import { EntityManager } from 'typeorm';
import { canMove, CaseStage } from '@vs/cases';
import { stageLabel } from '../labels';
import { ReportFilter } from '../report-filter';
import { HIDDEN, PublishedCount, publishedCount, PublishedRate, publishedRate, suppressCells } from '../suppression';

/** From the report of a crime to its first referral to support. */
export interface TimeToReferral {
  readonly referredCases: PublishedCount;
  readonly medianHours: number | typeof HIDDEN | null;
  readonly ninetiethPercentileHours: number | typeof HIDDEN | null;
}

/** Victims withdrawing before a verdict, by the stage the case had reached. */
export interface Attrition {
  readonly casesReported: PublishedCount;
  readonly withdrawn: PublishedCount;
  readonly withdrawalRate: PublishedRate;
  readonly byStage: { readonly stage: CaseStage; readonly label: string; readonly withdrawn: PublishedCount }[];
}

/** Links of a victim to a crime where the victim is a repeat victim (another crime within 12 months). */
export interface RepeatVictimisation {
  readonly victimLinks: PublishedCount;
  readonly repeatVictimLinks: PublishedCount;
  readonly repeatShare: PublishedRate;
}

export interface CaseSections {
  readonly timeToReferral: TimeToReferral;
  readonly attrition: Attrition;
  readonly repeatVictimisation: RepeatVictimisation;
}

/** The stages a victim can withdraw from: every stage before a verdict. */
const WITHDRAWABLE_STAGES: readonly CaseStage[] = Object.values(CaseStage).filter((stage) =>
  canMove(stage, CaseStage.WithdrawnByVictim),
);

interface Totals {
  cases: number;
  referred: number;
  median_seconds: number | null;
  p90_seconds: number | null;
  links: number;
  repeat_links: number;
}

const hours = (seconds: number | null): number | null => (seconds === null ? null : Math.round(seconds / 360) / 10);

/** The cases reported in the filter's dates (London), borough and offence group, as SQL and parameters. */
function cohort(filter: ReportFilter): { where: string; parameters: unknown[] } {
  const parameters: unknown[] = [filter.from, filter.to];
  const conditions = ['reported_day BETWEEN $1 AND $2'];
  if (filter.boroughCode !== null) {
    parameters.push(filter.boroughCode);
    conditions.push(`borough_code = $${parameters.length}`);
  }
  if (filter.offenceGroup !== null) {
    parameters.push(filter.offenceGroup);
    conditions.push(`offence_group = $${parameters.length}`);
  }
  return { where: conditions.join(' AND '), parameters };
}

/** Time to referral, attrition and repeat victimisation for the cases reported in the filter's dates. */
export async function caseSections(manager: EntityManager, filter: ReportFilter): Promise<CaseSections> {
  const { where, parameters } = cohort(filter);
  const [[totals], withdrawals] = await Promise.all([
    manager.query<Totals[]>(
      `SELECT count(*)::int AS cases, count(referral_seconds)::int AS referred,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY referral_seconds) AS median_seconds,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY referral_seconds) AS p90_seconds,
              coalesce(sum(victim_links), 0)::int AS links, coalesce(sum(repeat_victim_links), 0)::int AS repeat_links
         FROM case_report_facts WHERE ${where}`,
      parameters,
    ),
    manager.query<{ stage: CaseStage; withdrawn: number }[]>(
      `SELECT withdrawn_from_stage AS stage, count(*)::int AS withdrawn
         FROM case_report_facts WHERE ${where} AND withdrawn_from_stage IS NOT NULL GROUP BY 1`,
      parameters,
    ),
  ]);
  const byStage = new Map(withdrawals.map((row) => [row.stage, row.withdrawn]));
  const withdrawn = withdrawals.reduce((sum, row) => sum + row.withdrawn, 0);
  const counts = new Map<string, number>([
    ['cases', totals.cases],
    ['withdrawn', withdrawn],
    ['referred', totals.referred],
    ['links', totals.links],
    ['repeatLinks', totals.repeat_links],
    ...WITHDRAWABLE_STAGES.map((stage): [string, number] => [`stage:${stage}`, byStage.get(stage) ?? 0]),
  ]);
  const hidden = suppressCells(counts, [
    { total: 'withdrawn', parts: WITHDRAWABLE_STAGES.map((stage) => `stage:${stage}`) },
  ]);
  const shown = (cell: string): PublishedCount => publishedCount(counts.get(cell)!, hidden.get(cell));
  // A median or percentile of one to four cases would be some victim's own figure.
  const percentile = (seconds: number | null): number | typeof HIDDEN | null =>
    hidden.has('referred') ? HIDDEN : hours(seconds);
  return {
    timeToReferral: {
      referredCases: shown('referred'),
      medianHours: percentile(totals.median_seconds),
      ninetiethPercentileHours: percentile(totals.p90_seconds),
    },
    attrition: {
      casesReported: shown('cases'),
      withdrawn: shown('withdrawn'),
      withdrawalRate: publishedRate(shown('withdrawn'), shown('cases')),
      byStage: WITHDRAWABLE_STAGES.map((stage) => ({
        stage,
        label: stageLabel(stage),
        withdrawn: shown(`stage:${stage}`),
      })),
    },
    repeatVictimisation: {
      victimLinks: shown('links'),
      repeatVictimLinks: shown('repeatLinks'),
      repeatShare: publishedRate(shown('repeatLinks'), shown('links')),
    },
  };
}
