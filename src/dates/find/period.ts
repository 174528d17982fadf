/**
 * Parts of periods: `سەرەتای مانگی کانوونی یەکەم`, `نیوەی یەکەمی ساڵی ٢٠٢٤`, `شەش مانگی یەکەمی ئەمساڵ`.
 *
 * @module
 */
import { readNumeral } from '../../numbers/numeral.js';
import { isWord } from '../../numbers/scan.js';
import { addMonthsTo, partOf, periodOf } from './arithmetic.js';
import { fromDay } from '../calendar.js';
import { durationAt } from './duration.js';
import { monthOrYear } from './month-or-year.js';
import { relativeAt } from './relative.js';
import { PERIOD_PART, UNIT } from './tables.js';
import { gapOk } from './token-helpers.js';
import type { Ctx, Match } from './types.js';

/** `سەرەتای مانگی کانوونی یەکەم`, `کۆتایی ساڵی ٢٠٢١`, `سەرەتای ئەم هەفتەیە`, `ناوەڕاستی مانگ`. */
export function periodPartAt(ctx: Ctx, i: number): Match | undefined {
  const { t } = ctx;
  const part = PERIOD_PART.at(t, i);
  if (!part || !gapOk(t, i + 1)) return undefined;
  const inner = innerPeriodAt(ctx, i + 1);
  if (!inner) return undefined;
  // a month in thirds of ten days (1–10, 11–20, 21–end), anything else in thirds
  const k = part.value === 'start' ? 0 : part.value === 'middle' ? 1 : 2;
  const { a, b } = inner;
  const thirds: [number, number][] = [[a, a + 9], [a + 10, a + 19], [a + 20, b]];
  const [x, y] = inner.granularity === 'month' ? thirds[k]! : partOf(inner, k, 3);
  return { from: i, to: inner.to, kind: 'interval', granularity: inner.granularity, a: x, b: y, calendar: inner.calendar };
}
/** The period a part of a period is taken of: a month, a year, a relative period, or a bare unit. */
export function innerPeriodAt(ctx: Ctx, i: number): Match | undefined {
  const { t } = ctx;
  const inner = monthOrYear(ctx, i) ?? relativeAt(ctx, i);
  if (inner) return inner.granularity === 'day' ? undefined : inner;
  const u = UNIT.at(t, i);
  if (u && u.value !== 'day' && (u.suffix === '' || u.suffix === 'دا' || u.suffix === 'ی')) {
    const [a, b] = periodOf(ctx, ctx.ref, u.value, 0);
    return { from: i, to: i + 1, kind: 'relative', granularity: u.value, a, b, calendar: 'gregorian' };
  }
  return undefined;
}
/** `نیوەی یەکەمی ساڵی ٢٠٢٤`, `چارەکی سێیەمی ئەمساڵ`, `شەش مانگی یەکەمی ئەمساڵ`. */
export function fractionOfPeriodAt(ctx: Ctx, i: number): Match | undefined {
  const { t } = ctx;
  let parts = 0;
  let months = 0;
  let j = i + 1;
  if (isWord(t, i, 'نیوەی')) parts = 2;
  else if (isWord(t, i, 'چارەکی')) parts = 4;
  else {
    const d = durationAt(ctx, i);
    if (!d || d.unit !== 'month' || d.suffix !== 'ی' || d.n > 11) return undefined;
    months = d.n;
    j = d.end;
  }
  if (!gapOk(t, j)) return undefined;
  const ord = readNumeral(t, j);
  const last = isWord(t, j, 'کۆتایی');
  if (!last && (!ord || ord.kind !== 'ordinal' || ord.suffix !== 'ی' || ord.value < 1 || ord.value > Math.max(parts, 1))) return undefined;
  const after = last ? j + 1 : ord!.end;
  if (!gapOk(t, after)) return undefined;
  const inner = innerPeriodAt(ctx, after);
  if (!inner || (months > 0 && inner.granularity !== 'year')) return undefined;
  let range: [number, number];
  if (months > 0) {
    const first = fromDay('gregorian', inner.a);
    const end = fromDay('gregorian', inner.b);
    range = last
      ? [addMonthsTo(end.year, end.month, -months + 1), inner.b]
      : [inner.a, addMonthsTo(first.year, first.month, months) - 1];
  } else {
    range = partOf(inner, last ? parts - 1 : ord!.value - 1, parts);
  }
  return { from: i, to: inner.to, kind: 'interval', granularity: inner.granularity, a: range[0], b: range[1], calendar: inner.calendar };
}
