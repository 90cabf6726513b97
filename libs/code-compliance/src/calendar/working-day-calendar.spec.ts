import {
  isBankHoliday,
  isWorkingDay,
  londonDateOf,
  workingDayDeadline,
  workingDaysBetween,
} from './working-day-calendar';

/**
 * Bank holidays in England and Wales as published on GOV.UK (weekday dates, substitute days
 * included). The calendar must match these exactly.
 */
const OFFICIAL: Record<number, string[]> = {
  2020: ['01-01', '04-10', '04-13', '05-08', '05-25', '08-31', '12-25', '12-28'],
  2021: ['01-01', '04-02', '04-05', '05-03', '05-31', '08-30', '12-27', '12-28'],
  2022: ['01-03', '04-15', '04-18', '05-02', '06-02', '06-03', '08-29', '09-19', '12-26', '12-27'],
  2023: ['01-02', '04-07', '04-10', '05-01', '05-08', '05-29', '08-28', '12-25', '12-26'],
  2024: ['01-01', '03-29', '04-01', '05-06', '05-27', '08-26', '12-25', '12-26'],
  2025: ['01-01', '04-18', '04-21', '05-05', '05-26', '08-25', '12-25', '12-26'],
  2026: ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28'],
  2027: ['01-01', '03-26', '03-29', '05-03', '05-31', '08-30', '12-27', '12-28'],
};

function weekdaysOf(year: number): string[] {
  const days: string[] = [];
  for (
    let date = new Date(Date.UTC(year, 0, 1));
    date.getUTCFullYear() === year;
    date.setUTCDate(date.getUTCDate() + 1)
  ) {
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(date.toISOString().slice(0, 10));
  }
  return days;
}

describe('the England and Wales working-day calendar', () => {
  it.each(Object.keys(OFFICIAL).map(Number))(
    'matches the official bank holidays of %i, one-off days included',
    (year) => {
      const nonWorkingWeekdays = weekdaysOf(year).filter((date) => !isWorkingDay(date));
      expect(nonWorkingWeekdays).toEqual(OFFICIAL[year].map((monthDay) => `${year}-${monthDay}`));
    },
  );

  it('knows the one-off days: VE day 2020, the 2022 jubilee and state funeral, the 2023 coronation', () => {
    for (const date of ['2020-05-08', '2022-06-03', '2022-09-19', '2023-05-08']) expect(isBankHoliday(date)).toBe(true);
    expect(isBankHoliday('2020-05-04')).toBe(false); // the usual early May Monday, moved that year
  });

  it('counts from the day after the trigger: a Friday report before a bank-holiday Monday', () => {
    // Friday 22 May 2026, 16:00 London; Monday 25 May is the spring bank holiday.
    const trigger = new Date('2026-05-22T15:00:00Z');
    expect(londonDateOf(workingDayDeadline(trigger, 1))).toBe('2026-05-26');
    expect(londonDateOf(workingDayDeadline(trigger, 2))).toBe('2026-05-27');
    expect(londonDateOf(workingDayDeadline(trigger, 5))).toBe('2026-06-01');
  });

  it('ends a deadline at the end of the London day, in summer and winter time', () => {
    expect(workingDayDeadline(new Date('2026-07-06T09:00:00Z'), 1).toISOString()).toBe('2026-07-07T22:59:59.999Z');
    expect(workingDayDeadline(new Date('2026-01-12T09:00:00Z'), 1).toISOString()).toBe('2026-01-13T23:59:59.999Z');
  });

  it('uses the London date of a late-evening trigger, not the UTC one', () => {
    // 23:30 UTC on Thursday 2 July 2026 is 00:30 on Friday 3 July in London: counting starts on the
    // Saturday, so one working day ends on Monday 6 July (by the UTC date it would be Friday 3 July).
    expect(londonDateOf(workingDayDeadline(new Date('2026-07-02T23:30:00Z'), 1))).toBe('2026-07-06');
  });

  it('skips Christmas substitute days', () => {
    // Wednesday 23 December 2026: 24th is a working day, then 25th, weekend, 28th (substitute) are not.
    expect(londonDateOf(workingDayDeadline(new Date('2026-12-23T12:00:00Z'), 2))).toBe('2026-12-29');
  });

  it('counts working days between two instants', () => {
    expect(workingDaysBetween(new Date('2026-05-22T15:00:00Z'), new Date('2026-05-27T10:00:00Z'))).toBe(2);
    expect(workingDaysBetween(new Date('2026-05-27T10:00:00Z'), new Date('2026-05-22T15:00:00Z'))).toBe(0);
  });

  it('refuses a deadline of no working days', () => {
    expect(() => workingDayDeadline(new Date(), 0)).toThrow(RangeError);
  });
});
