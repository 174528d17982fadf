/**
 * A month name, with `مانگی` before it or a year after it when the name is ambiguous.
 *
 * @module
 */
import { isWord, TOKEN } from '../../numbers/scan.js';
import type { CalendarName } from '../calendar.js';
import { MONTH_PHRASES } from './tables.js';
import { digitsValue, gapOk } from './token-helpers.js';
import type { Ctx } from './types.js';
import { yearAt, type YearHit } from './year.js';

const { JOINED } = TOKEN;

/** A month name (with مانگی before it or a year after it when it is ambiguous), plus its year. */
export function monthAt(ctx: Ctx, i: number, afterDay: boolean): { end: number; calendar: CalendarName; month: number; year?: YearHit } | undefined {
  const { t } = ctx;
  let j = i;
  const named = isWord(t, j, 'مانگی');
  if (named) j++;
  if (!gapOk(t, j) && j > i) return undefined;
  const hit = MONTH_PHRASES.at(t, j);
  if (hit) {
    const year = hit.suffix === '' || hit.suffix === 'ی' ? yearAt(t, hit.end) : undefined;
    if (hit.value.isAmbiguous && !named && !afterDay && year?.written === undefined) return undefined;
    return { end: year?.end ?? hit.end, calendar: hit.value.calendar, month: hit.value.month, year };
  }
  if (named) {
    // مانگی ١٢ — the twelfth month
    const m = digitsValue(t, j, 2);
    if (m !== undefined && m >= 1 && m <= 12 && t.gap[j] !== JOINED) {
      let end = j + 1;
      if (end < t.count && t.gap[end] === JOINED && isWord(t, end, 'ی')) end++;
      const year = yearAt(t, end);
      return { end: year?.end ?? j + 1, calendar: 'gregorian', month: m, year };
    }
  }
  return undefined;
}
