/**
 * A day of a month: `١٠ی کانوونی دووەم`, `یەکی ئایار`, `١٣ی مانگ`, `ڕۆژی ٠٥ـی تەممووز`.
 *
 * @module
 */
import { readNumeral } from '../../numbers/numeral.js';
import { isWord, TOKEN } from '../../numbers/scan.js';
import { periodOf } from './arithmetic.js';
import { fromDay, gregorianMonthLength, monthLength, toDay } from '../calendar.js';
import { monthAt } from './month.js';
import { numericDate } from './numeric-date.js';
import { SHIFT, UNIT } from './tables.js';
import { digitsValue, gapOk } from './token-helpers.js';
import type { Ctx, Match } from './types.js';
import { resolveYear } from './year.js';

const { DIGITS } = TOKEN;

/** `١٠ی مانگی کانوونی دووەم`, `١٠ی کانوونی دووەمی ٢٠٢٢`, `یەکی ئایار`. */
export function dayMonth(ctx: Ctx, i: number): Match | undefined {
  const { t } = ctx;
  let d: number | undefined;
  let j: number;
  if (t.kind[i] === DIGITS) {
    d = digitsValue(t, i, 2);
    j = i + 1;
    if (isWord(t, j, 'ی') && gapOk(t, j)) j++;
  } else {
    const n = readNumeral(t, i);
    if (!n || n.approximate || n.kind === 'fraction' || (n.suffix !== 'ی' && n.suffix !== '')) return undefined;
    d = n.value;
    j = n.end;
    if (n.suffix === '') {
      if (!isWord(t, j, 'ی')) return undefined;
      j++;
    }
  }
  if (d === undefined || d < 1 || d > 31 || !Number.isInteger(d) || !gapOk(t, j)) return undefined;
  const mh = monthAt(ctx, j, true);
  if (!mh) {
    // ١٣ی مانگ، ٢٦ی مانگی ڕابردوو، ٧ی ئەم مانگە: a day of a month named relatively
    const ezafe = t.kind[i] === DIGITS ? isWord(t, j - 1, 'ی') : true;
    const rel = ezafe ? relativeMonthAt(ctx, j) : undefined;
    if (!rel) return undefined;
    const g = fromDay('gregorian', rel.a);
    if (d > gregorianMonthLength(g.year, g.month)) return undefined;
    const day = toDay('gregorian', g.year, g.month, d);
    return { from: i, to: rel.end, kind: 'date', granularity: 'day', a: day, b: day, calendar: 'gregorian' };
  }
  const year = resolveYear(ctx, mh.calendar, mh.month, d, mh.year);
  if (year === undefined || year < 1 || d > monthLength(mh.calendar, year, mh.month)) return undefined;
  const day = toDay(mh.calendar, year, mh.month, d);
  return { from: i, to: mh.end, kind: 'date', granularity: 'day', a: day, b: day, calendar: mh.year?.marker ?? mh.calendar };
}
/** `مانگ` (this month), `مانگی ڕابردوو`, `ئەم مانگە`: the month's first day and the token after. */
export function relativeMonthAt(ctx: Ctx, j: number): { a: number; end: number } | undefined {
  const { t, ref } = ctx;
  let shift: number | undefined;
  let end = j + 1;
  const u = UNIT.at(t, j);
  if (u?.value === 'month' && (u.suffix === '' || u.suffix === 'دا')) shift = 0;
  else if (u?.value === 'month' && u.suffix === 'ی' && gapOk(t, j + 1) && SHIFT.at(t, j + 1)) {
    shift = SHIFT.at(t, j + 1)!.value;
    end = j + 2;
  } else if (isWord(t, j, 'ئەم') && gapOk(t, j + 1) && UNIT.at(t, j + 1)?.value === 'month') {
    shift = 0;
    end = j + 2;
  }
  if (shift === undefined) return undefined;
  return { a: periodOf(ctx, ref, 'month', shift)[0], end };
}
/** `ڕۆژی ٠٥ـی تەممووز`, `ڕۆژی ٣٠ ٩ ٢٠١٨`: ڕۆژی before a date belongs to it. */
export function dayPrefixedAt(ctx: Ctx, i: number): Match | undefined {
  if (!isWord(ctx.t, i, 'ڕۆژی') || !gapOk(ctx.t, i + 1)) return undefined;
  const d = numericDate(ctx, i + 1) ?? dayMonth(ctx, i + 1);
  return d ? { ...d, from: i } : undefined;
}
