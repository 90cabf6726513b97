import { ApiProperty } from '@nestjs/swagger';
import { CaseStage } from '@vs/cases';
import { OffenceGroup } from '@vs/victims';
import { ReportPeriod } from '../report-filter';

/** OpenAPI shapes of the report (the service returns the plain ComplianceReport). */
const COUNT = {
  oneOf: [
    { type: 'integer', minimum: 0 },
    { type: 'string', enum: ['<5', '[c]'] },
  ],
  description: 'A count; "<5" for 1 to 4, "[c]" when hidden so that a small count cannot be worked out',
};
const RATE = {
  oneOf: [
    { type: 'number', minimum: 0, maximum: 1 },
    { type: 'string', enum: ['[c]'] },
  ],
  nullable: true,
  description: 'A share from 0 to 1; "[c]" when computed from a hidden count; null when there is nothing to divide by',
};
const HOURS = {
  oneOf: [{ type: 'number' }, { type: 'string', enum: ['[c]'] }],
  nullable: true,
  description: 'Hours, to one decimal place; "[c]" when the cases are fewer than 5',
};

export class ReportFilterView {
  @ApiProperty({ example: '2025-01-01' }) from!: string;
  @ApiProperty({ example: '2025-12-31' }) to!: string;
  @ApiProperty({ type: String, nullable: true }) boroughCode!: string | null;
  @ApiProperty({ enum: OffenceGroup, enumName: 'OffenceGroup', nullable: true }) offenceGroup!: OffenceGroup | null;
  @ApiProperty({ enum: ReportPeriod, enumName: 'ReportPeriod' }) period!: ReportPeriod;
}

export class ComplianceRowView {
  @ApiProperty({
    description: 'Right number, duty code, agency, ONS code, offence group, enhanced/standard or period start',
  })
  key!: string;
  @ApiProperty() label!: string;
  @ApiProperty(COUNT) met!: number | string;
  @ApiProperty(COUNT) metLate!: number | string;
  @ApiProperty(COUNT) breached!: number | string;
  @ApiProperty({ ...COUNT, description: 'met + metLate + breached: the duties the rate counts' }) decided!:
    number | string;
  @ApiProperty(COUNT) pending!: number | string;
  @ApiProperty(COUNT) waived!: number | string;
  @ApiProperty(COUNT) notApplicable!: number | string;
  @ApiProperty({ ...RATE, description: 'met / decided' }) complianceRate!: number | string | null;
}

export class ComplianceTableView {
  @ApiProperty({ type: ComplianceRowView }) overall!: ComplianceRowView;
  @ApiProperty({ type: [ComplianceRowView] }) byRight!: ComplianceRowView[];
  @ApiProperty({ type: [ComplianceRowView] }) byDuty!: ComplianceRowView[];
  @ApiProperty({ type: [ComplianceRowView] }) byAgency!: ComplianceRowView[];
  @ApiProperty({ type: [ComplianceRowView] }) byBorough!: ComplianceRowView[];
  @ApiProperty({ type: [ComplianceRowView] }) byOffenceGroup!: ComplianceRowView[];
  @ApiProperty({ type: [ComplianceRowView], description: 'Enhanced and standard rights' })
  byRightsLevel!: ComplianceRowView[];
  @ApiProperty({ type: [ComplianceRowView] }) byPeriod!: ComplianceRowView[];
}

export class ComplianceSectionView {
  @ApiProperty({ type: ComplianceTableView, description: 'Duties with a deadline fixed by the Code' })
  code!: ComplianceTableView;
  @ApiProperty({ type: ComplianceTableView, description: 'Duties with a local target where the Code fixes none' })
  localTarget!: ComplianceTableView;
}

export class TimeToReferralView {
  @ApiProperty(COUNT) referredCases!: number | string;
  @ApiProperty(HOURS) medianHours!: number | string | null;
  @ApiProperty(HOURS) ninetiethPercentileHours!: number | string | null;
}

export class StageWithdrawalsView {
  @ApiProperty({ enum: CaseStage, enumName: 'CaseStage' }) stage!: CaseStage;
  @ApiProperty() label!: string;
  @ApiProperty(COUNT) withdrawn!: number | string;
}

export class AttritionView {
  @ApiProperty(COUNT) casesReported!: number | string;
  @ApiProperty(COUNT) withdrawn!: number | string;
  @ApiProperty(RATE) withdrawalRate!: number | string | null;
  @ApiProperty({ type: [StageWithdrawalsView] }) byStage!: StageWithdrawalsView[];
}

export class RepeatVictimisationView {
  @ApiProperty(COUNT) victimLinks!: number | string;
  @ApiProperty(COUNT) repeatVictimLinks!: number | string;
  @ApiProperty(RATE) repeatShare!: number | string | null;
}

const RATIO = {
  oneOf: [{ type: 'number', minimum: 0 }, { type: 'string', enum: ['[c]'] }],
  nullable: true,
  description: 'A ratio; "[c]" when computed from a hidden count; null when there is nothing to divide by',
};

class ReadModelRowView {
  @ApiProperty({ description: 'A code of our own (kind, agency, service kind, age band...), never an id' }) key!: string;
  @ApiProperty() label!: string;
}

export class ComplaintRowView extends ReadModelRowView {
  @ApiProperty(COUNT) received!: number | string;
  @ApiProperty(COUNT) acknowledgedOnTime!: number | string;
  @ApiProperty(COUNT) answered!: number | string;
  @ApiProperty(COUNT) answeredOnTime!: number | string;
  @ApiProperty({ ...COUNT, description: 'Not answered yet' }) pending!: number | string;
  @ApiProperty(COUNT) upheld!: number | string;
  @ApiProperty(COUNT) partlyUpheld!: number | string;
  @ApiProperty(COUNT) notUpheld!: number | string;
  @ApiProperty(COUNT) decisionUpheld!: number | string;
  @ApiProperty(COUNT) decisionOverturned!: number | string;
  @ApiProperty({ ...RATE, description: 'acknowledgedOnTime / received' }) acknowledgedOnTimeRate!: number | string | null;
  @ApiProperty({ ...RATE, description: 'answeredOnTime / answered' }) answeredOnTimeRate!: number | string | null;
}

export class ComplaintsView {
  @ApiProperty({ enum: [true] }) available!: true;
  @ApiProperty() note!: string;
  @ApiProperty({ type: ComplaintRowView }) overall!: ComplaintRowView;
  @ApiProperty({ type: [ComplaintRowView] }) byKind!: ComplaintRowView[];
  @ApiProperty({ type: [ComplaintRowView] }) byAgency!: ComplaintRowView[];
}

export class SatisfactionRowView extends ReadModelRowView {
  @ApiProperty(COUNT) answers!: number | string;
  @ApiProperty({ ...COUNT, description: 'Overall rating 4 or 5' }) satisfied!: number | string;
  @ApiProperty(COUNT) keptInformedWell!: number | string;
  @ApiProperty(COUNT) treatedWithRespectWell!: number | string;
  @ApiProperty({ ...HOURS, description: 'Mean overall rating, 1 to 5; "[c]" when the answers are hidden' })
  meanOverall!: number | string | null;
  @ApiProperty(RATE) satisfiedRate!: number | string | null;
  @ApiProperty(RATE) keptInformedRate!: number | string | null;
  @ApiProperty(RATE) treatedWithRespectRate!: number | string | null;
}

export class SatisfactionView {
  @ApiProperty({ enum: [true] }) available!: true;
  @ApiProperty() note!: string;
  @ApiProperty({ description: 'The protected characteristics that cannot be reported, and why' }) notReportable!: string;
  @ApiProperty({ type: SatisfactionRowView }) overall!: SatisfactionRowView;
  @ApiProperty({ type: [SatisfactionRowView] }) byService!: SatisfactionRowView[];
  @ApiProperty({ type: [SatisfactionRowView] }) bySurveyPoint!: SatisfactionRowView[];
  @ApiProperty({ type: [SatisfactionRowView] }) byAgeBand!: SatisfactionRowView[];
  @ApiProperty({ type: [SatisfactionRowView] }) byDisability!: SatisfactionRowView[];
}

export class AdvocateLoadRowView extends ReadModelRowView {
  @ApiProperty(COUNT) advocates!: number | string;
  @ApiProperty(COUNT) overCapacity!: number | string;
  @ApiProperty(COUNT) activeCases!: number | string;
  @ApiProperty({ ...COUNT, description: 'Sum of caseload capacities' }) capacity!: number | string;
  @ApiProperty({ ...RATIO, description: 'activeCases / capacity (above 1 when over capacity)' })
  loadRatio!: number | string | null;
  @ApiProperty(RATE) overCapacityShare!: number | string | null;
}

export class AdvocateLoadView {
  @ApiProperty({ enum: [true] }) available!: true;
  @ApiProperty() note!: string;
  @ApiProperty({ type: AdvocateLoadRowView }) overall!: AdvocateLoadRowView;
  @ApiProperty({ type: [AdvocateLoadRowView] }) byAdvocateType!: AdvocateLoadRowView[];
}

export class SuppressionView {
  @ApiProperty({ enum: ['<5'] }) smallCount!: '<5';
  @ApiProperty({ enum: ['[c]'] }) hidden!: '[c]';
  @ApiProperty() rule!: string;
}

export class ComplianceReportView {
  @ApiProperty({ type: ReportFilterView }) filters!: ReportFilterView;
  @ApiProperty() generatedAt!: string;
  @ApiProperty({ type: SuppressionView }) suppression!: SuppressionView;
  @ApiProperty({ type: ComplianceSectionView, description: 'Duties by the London day their trigger happened' })
  compliance!: ComplianceSectionView;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The case measures cover what was recorded until then',
  })
  caseMeasuresAsOf!: string | null;
  @ApiProperty({ type: TimeToReferralView, description: 'Cases by the London day the crime was reported' })
  timeToReferral!: TimeToReferralView;
  @ApiProperty({ type: AttritionView }) attrition!: AttritionView;
  @ApiProperty({ type: RepeatVictimisationView }) repeatVictimisation!: RepeatVictimisationView;
  @ApiProperty({ type: ComplaintsView }) complaints!: ComplaintsView;
  @ApiProperty({ type: SatisfactionView }) victimSatisfaction!: SatisfactionView;
  @ApiProperty({ type: AdvocateLoadView }) advocateLoad!: AdvocateLoadView;
}
