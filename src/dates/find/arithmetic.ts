/**
 * Day arithmetic on day numbers: adding months, periods around a day, month and year ranges, the nearest year of a month.
 *
 * @module
 */
import { type CalendarName, fromDay, gregorianMonthLength, monthLength, toDay, weekdayOf } from '../calendar.js';
import type { TimeUnit } from '../names.js';
import type { Ctx, Match } from './types.js';

export function addMonths(day: number, n: number): number {
  const { year, month, day: d } = fromDay('gregorian', day);
  const total = year * 12 + (month - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return toDay('gregorian', y, m, Math.min(d, gregorianMonthLength(y, m)));
}
/** The first day of the month `n` months after year/month. */
export function addMonthsTo(year: number, month: number, n: number): number {
  return addMonths(toDay('gregorian', year, month, 1), n);
}
export function shiftBy(day: number, n: number, unit: TimeUnit): number {
  if (unit === 'day') return day + n;
  if (unit === 'week') return day + 7 * n;
  return addMonths(day, unit === 'month' ? n : 12 * n);
}
/** The period of `unit` that contains `day`, moved by `n` periods. */
export function periodOf(ctx: Ctx, day: number, unit: TimeUnit, n: number): [number, number] {
  if (unit === 'day') return [day + n, day + n];
  if (unit === 'week') {
    const a = day - ((weekdayOf(day) - ctx.weekStart + 7) % 7) + 7 * n;
    return [a, a + 6];
  }
  const g = fromDay('gregorian', addMonths(day, unit === 'month' ? n : 12 * n));
  if (unit === 'month') return [toDay('gregorian', g.year, g.month, 1), toDay('gregorian', g.year, g.month, gregorianMonthLength(g.year, g.month))];
  return [toDay('gregorian', g.year, 1, 1), toDay('gregorian', g.year, 12, 31)];
}
export function yearRange(calendar: CalendarName, year: number): [number, number] {
  return [toDay(calendar, year, 1, 1), toDay(calendar, year + 1, 1, 1) - 1];
}
export function monthRange(calendar: CalendarName, year: number, month: number): [number, number] {
  const a = toDay(calendar, year, month, 1);
  return [a, a + monthLength(calendar, year, month) - 1];
}
/** The year (in `calendar`) that puts month `month` (day `day`) nearest to the reference. */
export function nearestYear(ctx: Ctx, calendar: CalendarName, month: number, day?: number): number | undefined {
  const y0 = fromDay(calendar, ctx.ref).year;
  let best: number | undefined;
  let bestDistance = Infinity;
  for (const y of [y0 - 1, y0, y0 + 1]) {
    if (day !== undefined && day > monthLength(calendar, y, month)) continue;
    const [a, b] = day === undefined ? monthRange(calendar, y, month) : [toDay(calendar, y, month, day), toDay(calendar, y, month, day)];
    const distance = ctx.ref < a ? a - ctx.ref : ctx.ref > b ? ctx.ref - b : 0;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = y;
    }
  }
  return best;
}
/** A year number written with a month of `calendar`, in that calendar's count. */
export function yearIn(calendar: CalendarName, written: number): number {
  if (calendar === 'kurdish') return written >= 2000 ? written : written + 1321;
  if (calendar === 'persian') return written >= 2000 ? written - 1321 : written;
  return written;
}
/** The days `[a, b]` of part `k` (0-based) of `parts` equal parts of a period. */
export function partOf(inner: Match, k: number, parts: number): [number, number] {
  if (inner.calendar === 'gregorian' && inner.granularity === 'year' && 12 % parts === 0) {
    const y = fromDay('gregorian', inner.a).year;
    const months = 12 / parts;
    return [toDay('gregorian', y, 1 + k * months, 1), toDay('gregorian', y, 1 + (k + 1) * months, 1) - 1];
  }
  const len = inner.b - inner.a + 1;
  return [inner.a + Math.round((k * len) / parts), inner.a + Math.round(((k + 1) * len) / parts) - 1];
}
