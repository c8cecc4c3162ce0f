/**
 * The registration deadline of this period: "25/10" in school year 2024-2025 is 25/10/2024 (August to
 * December belong to the first calendar year of a school year, January to July to the second); in a
 * calendar-year workbook it is that year. Registering ON the deadline day is on time.
 */
import type { Period } from '../settings/params';
import type { DayMonth } from '../settings/cycleParams';
import { dateToSerial, type SimpleDate } from '../cells/values';

/** Null when the deadline has no year and the period is unknown. */
export function resolveDeadline(d: DayMonth, period: Period | null): SimpleDate | null {
  if (d.year !== null) return { day: d.day, month: d.month, year: d.year };
  if (!period) return null;
  const year = period.kind === 'year' ? period.year : d.month >= 8 ? period.start : period.start + 1;
  return { day: d.day, month: d.month, year };
}

/** Whole days from `deadline` to `date`: 0 on the day, 1 the day after, negative before. */
export function daysAfter(date: SimpleDate, deadline: SimpleDate): number {
  return Math.round(dateToSerial(date) - dateToSerial(deadline));
}
