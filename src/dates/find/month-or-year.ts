/**
 * A whole month or year: `مانگی کانوونی دووەم`, `ئایاری ٢٠٢٢`, `ساڵی ٢٠١٤`, `لە ٢٠١٤دا`.
 *
 * @module
 */
import { isWord, TOKEN, tokenText } from '../../numbers/scan.js';
import { monthRange, yearRange } from './arithmetic.js';
import { monthAt } from './month.js';
import { digitsValue, gapOk } from './token-helpers.js';
import type { Ctx, Match } from './types.js';
import { bareYearContext, markerAfter, resolveYear, type YearHit } from './year.js';

const { DIGITS } = TOKEN;

/** `مانگی کانوونی دووەم`, `ئایاری ٢٠٢٢`, `ساڵی ٢٠١٤`, `٢٠٢١ی زایینی`, `لە ٢٠١٤دا`. */
export function monthOrYear(ctx: Ctx, i: number): Match | undefined {
  const { t } = ctx;
  const mh = monthAt(ctx, i, false);
  if (mh) {
    const year = resolveYear(ctx, mh.calendar, mh.month, undefined, mh.year);
    if (year === undefined || year < 1) return undefined;
    const [a, b] = monthRange(mh.calendar, year, mh.month);
    return { from: i, to: mh.end, kind: 'month', granularity: 'month', a, b, calendar: mh.calendar, whole: mh.calendar === 'gregorian' };
  }
  let y: YearHit | undefined;
  if (isWord(t, i, 'ساڵی')) {
    const v = digitsValue(t, i + 1, 4);
    if (v !== undefined && v >= 100 && gapOk(t, i + 1)) y = markerAfter(t, { end: i + 2, written: v });
  } else if (t.kind[i] === DIGITS) {
    const v = digitsValue(t, i, 4);
    if (v !== undefined && v >= 1000) {
      const marked = markerAfter(t, { end: i + 1, written: v });
      if (marked.marker) y = marked;
      else if (v >= 1900 && v <= 2100 && tokenText(t, i).length === 4 && bareYearContext(t, i)) y = marked;
    }
  }
  if (!y || y.written === undefined) return undefined;
  const calendar = y.marker ?? 'gregorian';
  const year = calendar === 'persian' && y.written >= 2000 ? y.written - 1321 : y.written;
  const [a, b] = yearRange(calendar, calendar === 'kurdish' && year < 2000 ? year + 1321 : year);
  return { from: i, to: y.end, kind: 'year', granularity: 'year', a, b, calendar, whole: calendar === 'gregorian' };
}
