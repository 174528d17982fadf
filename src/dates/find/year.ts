/**
 * Years written after a month or on their own (`٢٠٢٢`, `ساڵی ٢٠٢٢`, `ئەمساڵ`, `٢٠٢١ی زایینی`) and the year a month resolves to.
 *
 * @module
 */
import { isWord, TOKEN, type Tokens, tokenText } from '../../numbers/scan.js';
import { nearestYear, yearIn } from './arithmetic.js';
import { type CalendarName, fromDay } from '../calendar.js';
import { DIGIT_CLITICS, RELATIVE_YEAR, SHIFT, UNIT, YEAR_MARKER } from './tables.js';
import { digitsValue, gapOk } from './token-helpers.js';
import type { Ctx } from './types.js';

const { BREAK, DIGITS, JOINED, PUNCT, WORD } = TOKEN;

export interface YearHit {
  end: number;
  /** The year as written, or undefined for a relative year. */
  written?: number;
  /** A relative year (ساڵی داهاتوو = +1). */
  shift?: number;
  marker?: CalendarName;
}
/** A calendar marker after a year (٢٠٢١ی زایینی، ٢٠٢١ز): extends `hit`. */
export function markerAfter(t: Tokens, hit: YearHit): YearHit {
  let j = hit.end;
  if (j < t.count && t.gap[j] === JOINED && isWord(t, j, 'ی')) j++;
  const m = YEAR_MARKER.at(t, j);
  if (m && gapOk(t, j)) {
    hit.marker = m.value;
    hit.end = j + 1;
    if (m.value === 'hijri' && isWord(t, j + 1, 'هەتاوی')) {
      hit.marker = 'persian';
      hit.end = j + 2;
    }
  }
  return hit;
}
/** A year after a month or on its own: `٢٠٢٢`, `ی ٢٠٢٢`, `ساڵی ٢٠٢٢`, `ساڵی داهاتوو`, `ئەمساڵ`. */
export function yearAt(t: Tokens, j: number): YearHit | undefined {
  if (!gapOk(t, j)) return undefined;
  if (isWord(t, j, 'ی') && t.kind[j + 1] === DIGITS) j++;
  const y = digitsValue(t, j, 4);
  if (y !== undefined && y >= 100) return markerAfter(t, { end: j + 1, written: y });
  if (isWord(t, j, 'ساڵی') && gapOk(t, j + 1)) {
    const y2 = digitsValue(t, j + 1, 4);
    if (y2 !== undefined && y2 >= 100) return markerAfter(t, { end: j + 2, written: y2 });
    const s = SHIFT.at(t, j + 1);
    if (s) return { end: j + 2, shift: s.value };
  }
  const r = RELATIVE_YEAR.at(t, j);
  if (r) return { end: j + 1, shift: r.value };
  if (isWord(t, j, 'ئەم') && gapOk(t, j + 1) && UNIT.at(t, j + 1)?.value === 'year') return { end: j + 2, shift: 0 };
  return undefined;
}
/** The year of a month of `calendar` named in text, or the nearest sensible one. */
export function resolveYear(ctx: Ctx, calendar: CalendarName, month: number, day: number | undefined, y: YearHit | undefined): number | undefined {
  if (y?.written !== undefined) return yearIn(calendar, y.written);
  if (y?.shift !== undefined) return fromDay(calendar, ctx.ref).year + y.shift;
  return nearestYear(ctx, calendar, month, day);
}

/** Words before a four-digit number that make it a year (لە ٢٠٢٤، تا ٢٠٢٥، وەرزی ٢٠٢٣). */
export const BEFORE_YEAR: ReadonlySet<string> = new Set(['لە', 'تا', 'هەتا', 'وەرزی', 'سەرەتای', 'کۆتایی', 'ناوەڕاستی', 'ساڵانی']);
/**
 * Whether a bare number 1900–2100 at `i` reads as a year: after لە, تا …, with a clitic glued
 * to it (٢٠١٨دا), or after a word with the ezafe at the end of a clause (یۆرۆی ٢٠٢٤ ،).
 */
export function bareYearContext(t: Tokens, i: number): boolean {
  const next = i + 1;
  if (next < t.count && t.gap[next] === JOINED && t.kind[next] === WORD && DIGIT_CLITICS.has(tokenText(t, next))) return true;
  if (i === 0 || t.kind[i - 1] !== WORD || t.gap[i] === BREAK) return false;
  const prev = tokenText(t, i - 1);
  if (BEFORE_YEAR.has(prev)) return true;
  const clauseEnd = next >= t.count || t.gap[next] === BREAK || t.kind[next] === PUNCT;
  return clauseEnd && prev.endsWith('ی');
}
