/**
 * A part of the day before a day: `ئێوارەی ڕۆژی پێنجشەممە`, `بەیانی ئەمڕۆ`, `شەوی ڕابردوو`.
 *
 * @module
 */
import { dayMonth } from './day-month.js';
import { numericDate } from './numeric-date.js';
import { relativeAt } from './relative.js';
import { PART_OF_DAY, SHIFT } from './tables.js';
import { gapOk } from './token-helpers.js';
import type { Ctx, Match } from './types.js';
import { weekdayAt } from './weekday.js';

/** `ئێوارەی ڕۆژی پێنجشەممە`, `بەیانی ئەمڕۆ`, `شەوی ڕابردوو`. */
export function partOfDayAt(ctx: Ctx, i: number): Match | undefined {
  const { t, ref } = ctx;
  const pod = PART_OF_DAY.at(t, i);
  if (!pod || !gapOk(t, i + 1)) return undefined;
  if (pod.suffix === 'ی') {
    const s = SHIFT.at(t, i + 1);
    if (s && pod.value === 'night') {
      const day = ref + (s.value < 0 ? -1 : 1);
      return { from: i, to: i + 2, kind: 'relative', granularity: 'day', a: day, b: day, calendar: 'gregorian', partOfDay: 'night' };
    }
  } else if (pod.suffix !== '') {
    return undefined;
  }
  const inner = weekdayAt(ctx, i + 1) ?? relativeAt(ctx, i + 1) ?? numericDate(ctx, i + 1) ?? dayMonth(ctx, i + 1);
  if (!inner || inner.granularity !== 'day' || inner.partOfDay) return undefined;
  return { ...inner, from: i, partOfDay: pod.value };
}
