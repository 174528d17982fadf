/**
 * The date expression at a token: each pattern family in turn, the longest readings first.
 *
 * @module
 */
import { dayMonth, dayPrefixedAt } from './day-month.js';
import { monthOrYear } from './month-or-year.js';
import { numericDate } from './numeric-date.js';
import { partOfDayAt } from './part-of-day.js';
import { fractionOfPeriodAt, periodPartAt } from './period.js';
import { relativeAt } from './relative.js';
import type { Ctx, Match } from './types.js';
import { weekdayAt } from './weekday.js';

export function matchAt(ctx: Ctx, i: number): Match | undefined {
  return (
    partOfDayAt(ctx, i) ??
    periodPartAt(ctx, i) ??
    fractionOfPeriodAt(ctx, i) ??
    weekdayAt(ctx, i) ??
    dayPrefixedAt(ctx, i) ??
    numericDate(ctx, i) ??
    dayMonth(ctx, i) ??
    monthOrYear(ctx, i) ??
    relativeAt(ctx, i)
  );
}
