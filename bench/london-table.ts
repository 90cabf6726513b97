import { Runs } from './timing';

/** One scenario's figures; ratioToCeiling is its requests per second as a share of the ceiling's. */
export interface ScenarioRow {
  readonly scenario: string;
  readonly request: string;
  readonly connections: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly non2xx: number;
  readonly ratioToCeiling: number | null;
}

export interface LondonResults {
  readonly scenarios: readonly ScenarioRow[];
  readonly yearReport: { readonly firstAfterStartMs: number; readonly oneAtATime: Runs };
  readonly machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string };
  readonly seconds: number;
  readonly measuredAt: string;
}

/** The targets on this machine, by scenario position (ceiling, portal, caseload, intake, report). */
function verdicts(results: LondonResults): string[] {
  const [, portal, , intake] = results.scenarios;
  const mark = (met: boolean): string => (met ? 'met' : 'not met');
  return [
    'reference',
    `≥ 40% of ceiling, p99 < 50 ms: ${mark((portal.ratioToCeiling ?? 0) >= 0.4 && portal.p99Ms < 50)}`,
    '—',
    `≥ 1,000/s: ${mark(intake.requestsPerSecond >= 1000)}`,
    `one report < 2 s: ${mark(results.yearReport.oneAtATime.medianMs < 2000)}`,
  ];
}

/** A ratio to the ceiling compares like with like only at the ceiling's number of connections. */
const versusCeiling = (row: ScenarioRow, ceiling: ScenarioRow): string =>
  row.ratioToCeiling === null
    ? '100%'
    : row.connections === ceiling.connections
      ? `${(row.ratioToCeiling * 100).toFixed(1)}%`
      : '—';

const perSecond = (value: number): string =>
  value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en-GB');

/** The results as the Markdown table the README's Performance section shows. */
export function londonMarkdown(results: LondonResults): string {
  const targets = verdicts(results);
  const lines = [
    `Measured ${results.measuredAt.slice(0, 16).replace('T', ' ')} UTC on ${results.machine.cpus} cores ` +
      `(${results.machine.cpuModel}), ${results.machine.memoryGiB} GiB, Node ${results.machine.node}; ` +
      `${results.seconds} s per scenario after a warm-up, autocannon on 127.0.0.1.`,
    '',
    '| Scenario | Request | Connections | Requests/s | p50 ms | p99 ms | Non-2xx | vs ceiling | Target |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...results.scenarios.map(
      (row, index) =>
        `| ${row.scenario} | \`${row.request}\` | ${row.connections} | ${perSecond(row.requestsPerSecond)} | ` +
        `${row.p50Ms} | ${row.p99Ms} | ${row.non2xx} | ${versusCeiling(row, results.scenarios[0])} | ${targets[index]} |`,
    ),
    '',
    `Year-wide report one at a time: median ${results.yearReport.oneAtATime.medianMs} ms ` +
      `(fastest ${results.yearReport.oneAtATime.minMs}, slowest ${results.yearReport.oneAtATime.maxMs}, ` +
      `${results.yearReport.oneAtATime.runs} runs); first after start ${results.yearReport.firstAfterStartMs} ms.`,
    '',
  ];
  return lines.join('\n');
}
