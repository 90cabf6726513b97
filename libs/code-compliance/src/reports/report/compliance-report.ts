import { OffenceGroup } from '@vs/victims';
import { Attrition, RepeatVictimisation, TimeToReferral } from '../case-facts/case-sections';
import { ComplianceSection } from '../compliance/compliance-tables';
import {
  AdvocateLoadSection,
  ComplaintsSection,
  SatisfactionSection,
} from '../read-models/read-model-sections';
import { ReportPeriod } from '../report-filter';
import { HIDDEN, SMALL_COUNT } from '../suppression';

/** The Commissioner's report: aggregates only, never a name, an address, free text or an id. */
export interface ComplianceReport {
  readonly filters: {
    readonly from: string;
    readonly to: string;
    readonly boroughCode: string | null;
    readonly offenceGroup: OffenceGroup | null;
    readonly period: ReportPeriod;
  };
  readonly generatedAt: string;
  readonly suppression: {
    readonly smallCount: typeof SMALL_COUNT;
    readonly hidden: typeof HIDDEN;
    readonly rule: string;
  };
  /** Victims' Code duties by the day their trigger happened. */
  readonly compliance: ComplianceSection;
  /** The case measures below cover what was recorded until then (they are refreshed every minute). */
  readonly caseMeasuresAsOf: string | null;
  /** Case measures by the day the crime was reported. */
  readonly timeToReferral: TimeToReferral;
  readonly attrition: Attrition;
  readonly repeatVictimisation: RepeatVictimisation;
  /** Read from the portal's and advocacy's tables (reports/read-models). */
  readonly complaints: ComplaintsSection;
  readonly victimSatisfaction: SatisfactionSection;
  readonly advocateLoad: AdvocateLoadSection;
}

export const SUPPRESSION_RULE =
  'Counts of 1 to 4 are shown as "<5". Where a total or a related row would let a "<5" count be worked ' +
  'out, a further count of 8 or more in the same row, column or group is hidden as "[c]". A rate is ' +
  'hidden when a count it is computed from is.';
