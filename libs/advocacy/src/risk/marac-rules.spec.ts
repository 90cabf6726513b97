import { RiskLevel } from '@vs/referrals';
import { MaracCriterion, MaracFacts, maracCriteria } from './marac-rules';

const facts = (overrides: Partial<MaracFacts> = {}): MaracFacts => ({
  yesCount: 5,
  level: RiskLevel.Standard,
  professionalJudgement: false,
  incidentsInLast12Months: 0,
  latestIncidentOn: null,
  lastMaracReferralOn: null,
  ...overrides,
});

describe('MARAC referral criteria', () => {
  it('meets none for a standard-risk first incident', () => {
    expect(maracCriteria(facts())).toEqual([]);
  });

  it('flags visible high risk at 14 "yes" answers', () => {
    expect(maracCriteria(facts({ yesCount: 14, level: RiskLevel.High }))).toEqual([MaracCriterion.VisibleHighRisk]);
    expect(maracCriteria(facts({ yesCount: 13, level: RiskLevel.Medium }))).toEqual([]);
  });

  it('flags professional judgement only when it raised the level to high', () => {
    expect(maracCriteria(facts({ professionalJudgement: true, level: RiskLevel.High }))).toEqual([
      MaracCriterion.ProfessionalJudgement,
    ]);
    expect(maracCriteria(facts({ professionalJudgement: true, level: RiskLevel.Medium }))).toEqual([]);
  });

  it('flags potential escalation at 3 incidents in 12 months', () => {
    expect(maracCriteria(facts({ incidentsInLast12Months: 3 }))).toEqual([MaracCriterion.PotentialEscalation]);
    expect(maracCriteria(facts({ incidentsInLast12Months: 2 }))).toEqual([]);
  });

  it('flags a repeat: a new incident within 12 months after the last MARAC referral', () => {
    const after = (latestIncidentOn: string) =>
      maracCriteria(facts({ latestIncidentOn, lastMaracReferralOn: '2025-03-10' }));
    expect(after('2025-09-01')).toEqual([MaracCriterion.Repeat]);
    expect(after('2026-03-10')).toEqual([MaracCriterion.Repeat]);
    expect(after('2026-03-11')).toEqual([]);
    expect(after('2025-03-01')).toEqual([]);
    expect(maracCriteria(facts({ latestIncidentOn: '2025-09-01' }))).toEqual([]);
  });
});
