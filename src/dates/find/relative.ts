/**
 * Relative days and periods and offsets: `ئەمڕۆ`, `هەفتەی ڕابردوو`, `دوای مانگێک`, `دوو ڕۆژ لەمەوبەر`.
 *
 * @module
 */
import { isWord, punctAt, TOKEN, tokenText } from '../../numbers/scan.js';
import { periodOf, shiftBy } from './arithmetic.js';
import { dayMonth } from './day-month.js';
import { durationAt } from './duration.js';
import { OFFSET_AFTER, OFFSET_BEFORE } from '../names.js';
import { numericDate } from './numeric-date.js';
import { PART_OF_DAY, RELATIVE_DAY, RELATIVE_YEAR, SHIFT, UNIT, WEEKDAY_PHRASES } from './tables.js';
import { gapOk } from './token-helpers.js';
import type { Ctx, Match } from './types.js';

const { WORD } = TOKEN;

/** ئەمڕۆ، دوێنێ شەو، ئەمساڵ، هەفتەی ڕابردوو، ئەم مانگە، دوای مانگێک، دوو ڕۆژ لەمەوبەر. */
export function relativeAt(ctx: Ctx, i: number): Match | undefined {
  const { t, ref } = ctx;
  const rd = RELATIVE_DAY.at(t, i);
  if (rd) {
    const day = ref + rd.value[0];
    const m: Match = { from: i, to: i + 1, kind: 'relative', granularity: 'day', a: day, b: day, calendar: 'gregorian' };
    if (rd.suffix === '' && gapOk(t, i + 1)) {
      // ئەمڕۆ دووشەممە، دوێنێ ٣ی ئاب: a weekday or a date after it names the same day
      const w = WEEKDAY_PHRASES.at(t, i + 1);
      let k = w && w.suffix === '' ? w.end : i + 1;
      if (w && w.suffix === '') m.to = w.end;
      const comma = punctAt(t, k);
      if (comma === 0x2c || comma === 0x060c) k++;
      const d = gapOk(t, k) ? (numericDate(ctx, k) ?? dayMonth(ctx, k)) : undefined;
      if (d) return { ...d, from: i };
      if (w && w.suffix === '') return m;
    }
    const pod = rd.value[1] ?? (rd.suffix === '' && gapOk(t, i + 1) ? PART_OF_DAY.at(t, i + 1) : undefined)?.value;
    if (pod && !rd.value[1]) m.to = i + 2;
    if (pod) m.partOfDay = pod;
    return m;
  }
  const ry = RELATIVE_YEAR.at(t, i);
  if (ry) {
    const [a, b] = periodOf(ctx, ref, 'year', ry.value);
    const to = ry.suffix === '' && gapOk(t, i + 1) && isWord(t, i + 1, 'ساڵ') ? i + 2 : i + 1; // پار ساڵ
    return { from: i, to, kind: 'relative', granularity: 'year', a, b, calendar: 'gregorian', whole: true };
  }
  // ئەم هەفتەیە، ئەم مانگە
  if (isWord(t, i, 'ئەم') && gapOk(t, i + 1)) {
    const u = UNIT.at(t, i + 1);
    if (u && u.value !== 'day') {
      const [a, b] = periodOf(ctx, ref, u.value, 0);
      return { from: i, to: i + 2, kind: 'relative', granularity: u.value, a, b, calendar: 'gregorian', whole: u.value !== 'week' };
    }
  }
  // هەفتەی ڕابردوو، مانگی داهاتوو
  const u = UNIT.at(t, i);
  if (u && u.suffix === 'ی' && gapOk(t, i + 1)) {
    const s = SHIFT.at(t, i + 1);
    if (s) {
      const [a, b] = periodOf(ctx, ref, u.value, s.value);
      return { from: i, to: i + 2, kind: 'relative', granularity: u.value, a, b, calendar: 'gregorian', whole: u.value !== 'week' };
    }
  }
  // دوو هەفتەی ڕابردوو، شەش مانگی داهاتوو: the last or next N periods
  const span = durationAt(ctx, i);
  if (span && span.suffix === 'ی' && span.n > 1 && gapOk(t, span.end)) {
    const s = SHIFT.at(t, span.end);
    if (s) {
      const [a] = periodOf(ctx, ref, span.unit, s.value < 0 ? -span.n : 1);
      const [, b] = periodOf(ctx, ref, span.unit, s.value < 0 ? -1 : span.n);
      return { from: i, to: span.end + 1, kind: 'interval', granularity: span.unit, a, b, calendar: 'gregorian' };
    }
  }
  // دوای مانگێک، پێش دوو ڕۆژ
  const before = OFFSET_BEFORE[tokenText(t, i)];
  if (before !== undefined && t.kind[i] === WORD && gapOk(t, i + 1)) {
    const d = durationAt(ctx, i + 1);
    if (d && d.suffix === '') {
      const day = shiftBy(ref, before * d.n, d.unit);
      return { from: i, to: d.end, kind: 'relative', granularity: 'day', a: day, b: day, calendar: 'gregorian' };
    }
  }
  // دوو ڕۆژ لەمەوبەر، سێ ڕۆژی تر
  const d = durationAt(ctx, i);
  if (d && gapOk(t, d.end)) {
    const after = OFFSET_AFTER[tokenText(t, d.end)];
    if (after !== undefined && t.kind[d.end] === WORD && (after < 0 ? d.suffix === '' : d.suffix === 'ی')) {
      const day = shiftBy(ref, after * d.n, d.unit);
      return { from: i, to: d.end + 1, kind: 'relative', granularity: 'day', a: day, b: day, calendar: 'gregorian' };
    }
  }
  return undefined;
}
