import { DEFAULT_INLINE_MAX_DAYS, reportLimitsFrom } from './report-limits';

describe('report limits', () => {
  it('answers up to a quarter at once by default', () => {
    expect(reportLimitsFrom({})).toEqual({ inlineMaxDays: DEFAULT_INLINE_MAX_DAYS });
  });

  it('takes a number of days from COMPLIANCE_REPORT_INLINE_MAX_DAYS', () => {
    expect(reportLimitsFrom({ COMPLIANCE_REPORT_INLINE_MAX_DAYS: ' 366 ' })).toEqual({ inlineMaxDays: 366 });
  });

  it('refuses anything else, naming the variable', () => {
    for (const bad of ['0', '-3', '2.5', 'a year', '4000']) {
      expect(() => reportLimitsFrom({ COMPLIANCE_REPORT_INLINE_MAX_DAYS: bad })).toThrow(
        /COMPLIANCE_REPORT_INLINE_MAX_DAYS: must be a whole number/,
      );
    }
  });
});
