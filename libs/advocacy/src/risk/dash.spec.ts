import { RiskLevel } from '@vs/referrals';
import { RiskDowngradeRefusedError } from '../advocacy.errors';
import { DashAnswer, scoreDash } from './dash';

const answers = (yes: number, notKnown = 0): DashAnswer[] => [
  ...Array<DashAnswer>(yes).fill(DashAnswer.Yes),
  ...Array<DashAnswer>(notKnown).fill(DashAnswer.NotKnown),
  ...Array<DashAnswer>(24 - yes - notKnown).fill(DashAnswer.No),
];

describe('DASH scoring', () => {
  it.each([
    [0, RiskLevel.Standard],
    [9, RiskLevel.Standard],
    [10, RiskLevel.Medium],
    [13, RiskLevel.Medium],
    [14, RiskLevel.High],
    [24, RiskLevel.High],
  ])('bands %i "yes" answers as %s', (yes, level) => {
    expect(scoreDash(answers(yes))).toEqual({ yesCount: yes, countLevel: level, level, professionalJudgement: false });
  });

  it('counts only "yes": "not known" is not a yes', () => {
    expect(scoreDash(answers(9, 10)).yesCount).toBe(9);
  });

  it('lets professional judgement raise the level', () => {
    expect(scoreDash(answers(6), RiskLevel.High)).toMatchObject({
      countLevel: RiskLevel.Standard,
      level: RiskLevel.High,
      professionalJudgement: true,
    });
  });

  it('refuses to lower the level below what the count gives', () => {
    expect(() => scoreDash(answers(15), RiskLevel.Medium)).toThrow(RiskDowngradeRefusedError);
    expect(scoreDash(answers(15), RiskLevel.High).professionalJudgement).toBe(false);
  });

  it('needs all 24 answers', () => {
    expect(() => scoreDash(answers(3).slice(1))).toThrow(RangeError);
  });
});
