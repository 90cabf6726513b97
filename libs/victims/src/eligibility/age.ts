const LONDON_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date (`YYYY-MM-DD`) in London at an instant: ages turn at London midnight. */
export const londonDate = (instant: Date): string => LONDON_DATE.format(instant);

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/**
 * The date someone born on `dateOfBirth` reaches `years` of age. Someone born on 29 February
 * reaches it on 1 March in a common year (the anniversary does not exist; the day after is the
 * usual reading of the Family Law Reform Act 1969 s.9).
 */
export function anniversary(dateOfBirth: string, years: number): string {
  const [year, month, day] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const target = year + years;
  if (month === 2 && day === 29 && !isLeapYear(target)) return `${pad(target, 4)}-03-01`;
  return `${pad(target, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Whether someone born on `dateOfBirth` (`YYYY-MM-DD`) is under `years` at `asOf`, in London. */
export const isUnderAge = (dateOfBirth: string, years: number, asOf: Date): boolean =>
  londonDate(asOf) < anniversary(dateOfBirth, years);
