import { ReportPeriod } from '../report-filter';
import { periodStarts, rollupSegments } from './rollup-segments';

describe('the rollup rows a date range needs', () => {
  it('reads a calendar year as twelve months', () => {
    expect(rollupSegments('2025-01-01', '2025-12-31', ReportPeriod.Month)).toEqual([
      { grain: 'month', from: '2025-01-01', to: '2025-12-01' },
    ]);
  });

  it('reads the days before the first and after the last whole month from the day grain', () => {
    expect(rollupSegments('2025-01-15', '2026-01-14', ReportPeriod.Month)).toEqual([
      { grain: 'day', from: '2025-01-15', to: '2025-01-31' },
      { grain: 'month', from: '2025-02-01', to: '2025-12-01' },
      { grain: 'day', from: '2026-01-01', to: '2026-01-14' },
    ]);
  });

  it('reads a range inside one month as days', () => {
    expect(rollupSegments('2025-02-03', '2025-02-20', ReportPeriod.Month)).toEqual([
      { grain: 'day', from: '2025-02-03', to: '2025-02-20' },
    ]);
  });

  it('reads whole weeks from Monday to Sunday from the week grain', () => {
    // Wednesday 1 January 2025 to Tuesday 14 January: one whole week (6-12 January) between partial ones.
    expect(rollupSegments('2025-01-01', '2025-01-14', ReportPeriod.Week)).toEqual([
      { grain: 'day', from: '2025-01-01', to: '2025-01-05' },
      { grain: 'week', from: '2025-01-06', to: '2025-01-06' },
      { grain: 'day', from: '2025-01-13', to: '2025-01-14' },
    ]);
  });

  it('handles a leap February ending the range', () => {
    expect(rollupSegments('2024-01-01', '2024-02-29', ReportPeriod.Month)).toEqual([
      { grain: 'month', from: '2024-01-01', to: '2024-02-01' },
    ]);
  });
});

describe('the periods of the by-period breakdown', () => {
  it('lists every month or week the range touches', () => {
    expect(periodStarts('2025-01-15', '2025-03-02', ReportPeriod.Month)).toEqual([
      '2025-01-01',
      '2025-02-01',
      '2025-03-01',
    ]);
    expect(periodStarts('2025-01-01', '2025-01-14', ReportPeriod.Week)).toEqual([
      '2024-12-30',
      '2025-01-06',
      '2025-01-13',
    ]);
  });
});
