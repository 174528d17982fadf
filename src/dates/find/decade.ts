/**
 * Decades named by their tens: `نەوەتەکان` "the nineties", `هەشتاکاندا`, `شەستەکانی سەدەی
 * ڕابردوو`; the latest such decade that has begun by the reference year.
 *
 * @module
 */
import { fromDay, toDay } from '../calendar.js';
import { DECADE } from './tables.js';
import type { Ctx, Match } from './types.js';

/** `نەوەتەکان` → 1990-01-01/1999-12-31 (with a reference in the 2000s). */
export function decadeAt(ctx: Ctx, i: number): Match | undefined {
  const hit = DECADE.at(ctx.t, i);
  if (!hit) return undefined;
  const year = fromDay('gregorian', ctx.ref).year;
  let start = Math.floor(year / 100) * 100 + hit.value;
  if (start > year) start -= 100;
  return {
    from: i,
    to: i + 1,
    kind: 'interval',
    granularity: 'year',
    a: toDay('gregorian', start, 1, 1),
    b: toDay('gregorian', start + 9, 12, 31),
    calendar: 'gregorian',
  };
}
