import Holidays from 'date-holidays';
import { DateTime } from 'luxon';

export const LONDON = 'Europe/London';

/** A calendar date in London, `YYYY-MM-DD`. */
export type LocalDate = string;

// England and Wales share one list of bank holidays (Scotland and Northern Ireland differ).
const ENGLAND_AND_WALES = new Holidays('GB', 'ENG');
const holidaysByYear = new Map<number, ReadonlySet<LocalDate>>();

function bankHolidaysOf(year: number): ReadonlySet<LocalDate> {
  let holidays = holidaysByYear.get(year);
  if (!holidays) {
    // "public" covers the fixed and moveable bank holidays, substitute days and one-off days
    // (2020's moved May holiday, 2022's jubilee and state funeral, 2023's coronation).
    holidays = new Set(
      ENGLAND_AND_WALES.getHolidays(year)
        .filter((holiday) => holiday.type === 'public')
        .map((holiday) => holiday.date.slice(0, 10)),
    );
    holidaysByYear.set(year, holidays);
  }
  return holidays;
}

export function isBankHoliday(date: LocalDate): boolean {
  return bankHolidaysOf(Number(date.slice(0, 4))).has(date);
}

export function isWorkingDay(date: LocalDate): boolean {
  const weekday = DateTime.fromISO(date, { zone: LONDON }).weekday; // 1 = Monday ... 7 = Sunday
  return weekday <= 5 && !isBankHoliday(date);
}

/** The London calendar date of an instant. */
export function londonDateOf(instant: Date): LocalDate {
  return DateTime.fromJSDate(instant, { zone: LONDON }).toISODate()!;
}

/**
 * The Victims' Code deadline for a duty due `workingDays` working days after a trigger: counting
 * starts the day after the trigger (in London), and the deadline is the end of the last counted
 * working day (23:59:59.999 London time, whatever the clocks do).
 */
export function workingDayDeadline(trigger: Date, workingDays: number): Date {
  if (!Number.isInteger(workingDays) || workingDays < 1)
    throw new RangeError('workingDays must be a whole number of at least 1');
  let day = DateTime.fromJSDate(trigger, { zone: LONDON }).startOf('day');
  let counted = 0;
  while (counted < workingDays) {
    day = day.plus({ days: 1 });
    if (isWorkingDay(day.toISODate()!)) counted++;
  }
  return day.endOf('day').toJSDate();
}

/** Working days from the day after `from` up to and including the London day of `to` (0 if `to` is not later). */
export function workingDaysBetween(from: Date, to: Date): number {
  let day = DateTime.fromJSDate(from, { zone: LONDON }).startOf('day');
  const last = DateTime.fromJSDate(to, { zone: LONDON }).startOf('day');
  let counted = 0;
  while (day < last) {
    day = day.plus({ days: 1 });
    if (isWorkingDay(day.toISODate()!)) counted++;
  }
  return counted;
}
