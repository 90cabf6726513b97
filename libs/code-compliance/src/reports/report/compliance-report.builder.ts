import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '@vs/platform';
import { CaseReportFactsRefresher } from '../case-facts/case-report-facts-refresher';
import { caseSections } from '../case-facts/case-sections';
import { complianceCounts } from '../compliance/compliance-counts';
import { complianceSection } from '../compliance/compliance-tables';
import { ReportFilter } from '../report-filter';
import { HIDDEN, SMALL_COUNT } from '../suppression';
import { advocateLoadSection, complaintsSection, satisfactionSection } from '../read-models/read-model-sections';
import { ComplianceReport, SUPPRESSION_RULE } from './compliance-report';

/**
 * Builds a report from the two summaries (the compliance rollup and the case facts) and the read
 * models of the portal and advocacy, never from the duty instance or case event tables. Its queries run side by side on separate connections.
 */
@Injectable()
export class ComplianceReportBuilder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly caseFacts: CaseReportFactsRefresher,
  ) {}

  async build(filter: ReportFilter): Promise<ComplianceReport> {
    const manager = this.dataSource.manager;
    const [counts, cases, asOf, complaints, victimSatisfaction, advocateLoad] = await Promise.all([
      complianceCounts(manager, filter),
      caseSections(manager, filter),
      this.caseFacts.refreshedThrough(),
      complaintsSection(manager, filter),
      satisfactionSection(manager, filter),
      advocateLoadSection(manager),
    ]);
    return {
      filters: {
        from: filter.from,
        to: filter.to,
        boroughCode: filter.boroughCode,
        offenceGroup: filter.offenceGroup,
        period: filter.period,
      },
      generatedAt: this.clock.now().toISOString(),
      suppression: { smallCount: SMALL_COUNT, hidden: HIDDEN, rule: SUPPRESSION_RULE },
      compliance: complianceSection(counts, filter),
      caseMeasuresAsOf: asOf?.toISOString() ?? null,
      ...cases,
      complaints,
      victimSatisfaction,
      advocateLoad,
    };
  }
}
