/**
 * Amounts of time: `دوو ڕۆژ`, `مانگێک`, `هەفتەیەک`.
 *
 * @module
 */
import { readNumeral } from '../../numbers/numeral.js';
import type { Tokens } from '../../numbers/scan.js';
import { UNIT } from './tables.js';
import { gapOk } from './token-helpers.js';
import type { Ctx, Duration } from './types.js';

/** An amount of time at token `i` (`دوو ڕۆژ`, `مانگێک`), remembered: several patterns ask. */
export function durationAt(ctx: Ctx, i: number): Duration | undefined {
  if (ctx.durationAt !== i) {
    ctx.durationAt = i;
    ctx.duration = readDuration(ctx.t, i);
  }
  return ctx.duration;
}
/** An amount of time: `دوو ڕۆژ`, `مانگێک`, `هەفتەیەک`. */
export function readDuration(t: Tokens, i: number): Duration | undefined {
  const u = UNIT.at(t, i);
  if (u && (u.suffix === 'ێک' || u.suffix === 'یەک')) return { n: 1, unit: u.value, end: i + 1, suffix: '' };
  const n = readNumeral(t, i);
  if (!n || n.approximate || n.kind !== 'cardinal' || n.suffix !== '' || !Number.isInteger(n.value) || n.value > 10000) return undefined;
  if (!gapOk(t, n.end)) return undefined;
  const unit = UNIT.at(t, n.end);
  if (!unit || (unit.suffix !== '' && unit.suffix !== 'ی')) return undefined;
  return { n: n.value, unit: unit.value, end: n.end + 1, suffix: unit.suffix };
}
