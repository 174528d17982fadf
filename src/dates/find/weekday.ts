/**
 * Weekdays: `ڕۆژی دووشەممە`, `پێنجشەممەی داهاتوو`, `ئەم هەینییە`, `دووشەممە ٢٧ - ١٢ - ٢٠٢١`.
 *
 * @module
 */
import { isWord, punctAt } from '../../numbers/scan.js';
import { weekdayOf } from '../calendar.js';
import { dayMonth } from './day-month.js';
import { numericDate } from './numeric-date.js';
import { SHIFT, WEEKDAY_PHRASES } from './tables.js';
import { gapOk } from './token-helpers.js';
import type { Ctx, Match } from './types.js';

/** `ڕۆژی دووشەممە`, `پێنجشەممەی داهاتوو`, `ئەم هەینییە`, `دووشەممە ٢٧ - ١٢ - ٢٠٢١`. */
export function weekdayAt(ctx: Ctx, i: number): Match | undefined {
  const { t, ref } = ctx;
  let j = i;
  const thisWeek = isWord(t, j, 'ئەم');
  if (thisWeek || isWord(t, j, 'ڕۆژی')) j++;
  if (j > i && !gapOk(t, j)) return undefined;
  const w = WEEKDAY_PHRASES.at(t, j);
  if (!w) return undefined;
  let end = w.end;
  // a date after the weekday decides the day
  let k = end;
  const comma = punctAt(t, k);
  if (comma === 0x2c || comma === 0x060c) k++;
  if (gapOk(t, k)) {
    const d = numericDate(ctx, k) ?? dayMonth(ctx, k);
    if (d) return { ...d, from: i };
  }
  const target = w.value;
  let day: number;
  const s = w.suffix === 'ی' && gapOk(t, end) ? SHIFT.at(t, end) : undefined;
  if (s) {
    end++;
    const back = (weekdayOf(ref) - target + 7) % 7 || 7;
    const ahead = (target - weekdayOf(ref) + 7) % 7 || 7;
    day = s.value < 0 ? ref - back : ref + ahead;
  } else if (thisWeek) {
    day = ref - ((weekdayOf(ref) - ctx.weekStart + 7) % 7) + ((target - ctx.weekStart + 7) % 7);
  } else {
    let delta = (target - weekdayOf(ref) + 7) % 7;
    if (delta > 3) delta -= 7;
    day = ref + delta;
  }
  return { from: i, to: end, kind: 'weekday', granularity: 'day', a: day, b: day, calendar: 'gregorian' };
}
