import { DateTime } from 'luxon';
import { OffenceGroup } from '@vs/victims';

/** How the by-period breakdown groups days: calendar months, or weeks from Monday. */
export enum ReportPeriod {
  Month = 'month',
  Week = 'week',
}

/** What one report covers. Dates are London calendar dates, both ends included. */
export interface ReportFilter {
  /** Duties by the day their trigger happened; case measures by the day the crime was reported. */
  readonly from: string;
  readonly to: string;
  readonly boroughCode: string | null;
  readonly offenceGroup: OffenceGroup | null;
  readonly period: ReportPeriod;
}

export const dayOf = (date: string): DateTime => DateTime.fromISO(date, { zone: 'utc' });

/** Days the filter covers, both ends included. */
export const daysCovered = (filter: Pick<ReportFilter, 'from' | 'to'>): number =>
  dayOf(filter.to).diff(dayOf(filter.from), 'days').days + 1;
