/**
 * Numeric dates: `٢٧ - ١٢ - ٢٠٢١`, `٢٧/١٢/٢٠٢١`, `٢٠٢١-١٢-٢٧`, `27.12.2021`, `١٥ ١ ٢٠٢٤`.
 *
 * @module
 */
import { latinDigits, punctAt, TOKEN, tokenText } from '../../numbers/scan.js';
import { gregorianMonthLength, toDay } from '../calendar.js';
import { digitsValue } from './token-helpers.js';
import type { Ctx, Match } from './types.js';

const { BREAK, DIGITS, SPACE } = TOKEN;

/** `٢٧ - ١٢ - ٢٠٢١`, `٢٧/١٢/٢٠٢١`, `٢٠٢١-١٢-٢٧`, `27.12.2021`. */
export function numericDate(ctx: Ctx, i: number): Match | undefined {
  const { t } = ctx;
  let parts: number[];
  let end: number;
  if (t.kind[i] !== DIGITS) return undefined;
  const one = t.end[i]! - t.start[i]! >= 8 ? /^(\d{1,4})[.\u066b](\d{1,2})[.\u066b](\d{1,4})$/.exec(latinDigits(tokenText(t, i))) : null;
  if (one) {
    parts = [Number(one[1]), Number(one[2]), Number(one[3])];
    end = i + 1;
    if (one[1]!.length !== 4 && one[3]!.length !== 4) return undefined;
  } else if (t.kind[i + 1] === DIGITS && t.kind[i + 2] === DIGITS && t.gap[i + 1] === SPACE && t.gap[i + 2] === SPACE) {
    // ١٥ ١ ٢٠٢٤: day, month and a year of this era separated by spaces only
    const d = digitsValue(t, i, 2);
    const m = digitsValue(t, i + 1, 2);
    const y = tokenText(t, i + 2).length === 4 ? digitsValue(t, i + 2, 4) : undefined;
    if (d === undefined || m === undefined || y === undefined || y < 1900 || y > 2100) return undefined;
    parts = [d, m, y];
    end = i + 3;
  } else {
    const sep = punctAt(t, i + 1);
    if ((sep !== 0x2d && sep !== 0x2f && sep !== 0x2e) || punctAt(t, i + 3) !== sep) return undefined;
    const a = digitsValue(t, i, 4);
    const b = digitsValue(t, i + 2, 2);
    const c = digitsValue(t, i + 4, 4);
    if (a === undefined || b === undefined || c === undefined) return undefined;
    for (let k = i + 1; k <= i + 4; k++) if (t.gap[k] === BREAK) return undefined;
    const la = tokenText(t, i).length;
    const lc = tokenText(t, i + 4).length;
    if (la !== 4 && lc !== 4) return undefined;
    parts = [a, b, c];
    end = i + 5;
  }
  const ymd = parts[0]! >= 1000;
  const y = ymd ? parts[0]! : parts[2]!;
  let d = ymd ? parts[2]! : parts[0]!;
  let m = parts[1]!;
  if (m > 12 && d <= 12) [d, m] = [m, d];
  if (m < 1 || m > 12 || d < 1 || d > gregorianMonthLength(y, m)) return undefined;
  const day = toDay('gregorian', y, m, d);
  return { from: i, to: end, kind: 'date', granularity: 'day', a: day, b: day, calendar: 'gregorian' };
}
