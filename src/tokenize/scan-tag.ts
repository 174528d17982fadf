/**
 * The scanner for hashtags (`#کوردستان`) and mentions (`@rudaw`).
 *
 * @module
 */
import { DOT, HASH, isAsciiAlnum, isAsciiDigit, UNDERSCORE } from './ascii.js';
import { C, cls, isWordClass } from './classes.js';
import { emit, type ScanState } from './scan-state.js';
import { K } from './token-buffer.js';

/** Scans a hashtag or mention at `i` (`c` is `#` or `@`); returns its end, or -1 when there is none. */
export function scanTag(st: ScanState, i: number, c: number): number {
  const { text, n } = st;
  if (i + 1 >= n) return -1;
  const prev = i > 0 ? cls(text.charCodeAt(i - 1)) : C.Space;
  if (isWordClass(prev)) return -1;
  let j = i + 1;
  let letters = 0;
  if (c === HASH) {
    while (j < n) {
      const cc = text.charCodeAt(j);
      const kk = cls(cc);
      if (kk === C.Arabic || kk === C.Latin) letters++;
      else if (kk === C.Zwnj) {
        if (j + 1 >= n || cls(text.charCodeAt(j + 1)) !== C.Arabic) break;
      } else if (kk !== C.Digit && kk !== C.ArabicMark && kk !== C.Tatweel && kk !== C.Mark && cc !== UNDERSCORE) break;
      j++;
    }
  } else {
    while (j < n) {
      const cc = text.charCodeAt(j);
      if (isAsciiAlnum(cc) || cc === UNDERSCORE) {
        if (!isAsciiDigit(cc)) letters++;
      } else if (!(cc === DOT && j + 1 < n && isAsciiAlnum(text.charCodeAt(j + 1)))) break;
      j++;
    }
  }
  if (letters === 0) return -1;
  emit(st, i, j, c === HASH ? K.Hashtag : K.Mention, 0);
  return j;
}
