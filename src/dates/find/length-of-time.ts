/**
 * Lengths of time, reported as their own kind (`duration`), not as dates: `دوو ڕۆژ`, `سێ مانگ`,
 * `هەفتەیەکدا`, `چوار ساڵی تر پێویستە`; not an age (`تەمەنی ٤٩ ساڵ`, `٣٣ ساڵە`). Read after every date pattern, so `دوو ڕۆژ لەمەوبەر` stays
 * a date.
 *
 * @module
 */
import { readNumeral } from '../../numbers/numeral.js';
import { tokenText } from '../../numbers/scan.js';
import { shiftBy } from './arithmetic.js';
import { DURATION_AFTER, OFFSET_AFTER, type TimeUnit } from '../names.js';
import { UNIT } from './tables.js';
import { gapOk } from './token-helpers.js';
import type { Ctx, Match } from './types.js';

/** Suffixes of a unit with one (`هەفتەیەکدا`, `ساڵێکە`). */
const ONE = new Set(['ێک', 'یەک', 'ێکدا', 'یەکدا', 'ێکە', 'یەکە', 'ێکی', 'یەکی']);
/** Suffixes of a unit after a number (`دوو ڕۆژدا`, `حەوت مانگە`). */
const AFTER_NUMBER = new Set(['', 'دا', 'ی']);
/** Words before an amount of years that make it an age (`تەمەنی ٤٩ ساڵ`), not a length of time. */
const AGE = new Set(['تەمەنی', 'تەمەن', 'تەمەنیان']);
const LETTER: Readonly<Record<TimeUnit, string>> = { day: 'D', week: 'W', month: 'M', year: 'Y' };

/** A length of time at token `i`: one unit (`مانگێک`) or a number of them (`دوو ساڵ`). */
export function lengthOfTimeAt(ctx: Ctx, i: number): Match | undefined {
  const { t, ref } = ctx;
  if (i > 0 && AGE.has(tokenText(t, i - 1))) return undefined;
  let n = 1;
  let unitAt = i;
  const one = UNIT.at(t, i);
  if (!one || !ONE.has(one.suffix)) {
    const num = readNumeral(t, i);
    if (!num || num.approximate || num.kind !== 'cardinal' || num.suffix !== '' || !Number.isInteger(num.value) || num.value < 1 || num.value > 10000) return undefined;
    if (!gapOk(t, num.end)) return undefined;
    n = num.value;
    unitAt = num.end;
  }
  const u = UNIT.at(t, unitAt);
  if (!u || (unitAt > i && !AFTER_NUMBER.has(u.suffix))) return undefined;
  let to = unitAt + 1;
  // چوار ساڵی تر پێویستە: "four more years"
  if (u.suffix === 'ی') {
    if (!gapOk(t, to) || OFFSET_AFTER[tokenText(t, to)] !== 1) return undefined;
    if (!gapOk(t, to + 1) || !DURATION_AFTER.has(tokenText(t, to + 1))) return undefined;
    to++;
  }
  const unit: TimeUnit = u.value;
  return {
    from: i,
    to,
    kind: 'duration',
    granularity: unit,
    a: ref,
    b: shiftBy(ref, n, unit) - 1,
    calendar: 'gregorian',
    duration: `P${n}${LETTER[unit]}`,
  };
}
