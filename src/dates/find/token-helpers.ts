/**
 * Small readers over the scanned tokens: the value of a digit run, whether two tokens are in one clause.
 *
 * @module
 */
import { digitValue } from '../../chars/index.js';
import { TOKEN, type Tokens } from '../../numbers/scan.js';

const { BREAK, DIGITS } = TOKEN;

/** The value of the digit run at token `i` when it has at most `maxLength` digits and no separator. */
export function digitsValue(t: Tokens, i: number, maxLength: number): number | undefined {
  if (i >= t.count || t.kind[i] !== DIGITS) return undefined;
  const s = t.start[i]!;
  const e = t.end[i]!;
  if (e - s > maxLength) return undefined;
  let v = 0;
  for (let k = s; k < e; k++) {
    const d = digitValue(t.text.charCodeAt(k));
    if (d < 0) return undefined;
    v = v * 10 + d;
  }
  return v;
}
export function gapOk(t: Tokens, i: number): boolean {
  return i < t.count && t.gap[i] !== BREAK;
}

