/**
 * The number scanner: a chain of digit groups joined by `. , ٫ ٬`, split where a separator
 * does not join its neighbours into one number (a list `1, 2, 3`, a sentence-final dot).
 *
 * @module
 */
import { DOT } from './ascii.js';
import { C, cls } from './classes.js';
import { emit, marks, type ScanState } from './scan-state.js';
import { K } from './token-buffer.js';

/** Decimal and thousands separators inside a number: . , ٫ ٬ */
function isNumberSeparator(c: number): boolean {
  return c === DOT || c === 0x2c || c === 0x066b || c === 0x066c;
}

/** Emits the number tokens (and the separators between them) of the digit chain at `i`; returns its end. */
export function scanNumber(st: ScanState, i: number): number {
  const { text, n, seps } = st;
  let j = i;
  seps.length = 0;
  let dots = 0;
  let commas = 0;
  for (;;) {
    while (j < n && cls(text.charCodeAt(j)) === C.Digit) j++;
    if (j + 1 < n && isNumberSeparator(text.charCodeAt(j)) && cls(text.charCodeAt(j + 1)) === C.Digit) {
      const s = text.charCodeAt(j);
      if (s === DOT) dots++;
      else if (s === 0x2c) commas++;
      seps.push(j);
      j++;
    } else break;
  }
  const end = marks(st, j);
  // which separators join their neighbours into one number
  const groupLength = (s: number): number => {
    let m = s + 1;
    while (m < end && cls(text.charCodeAt(m)) === C.Digit) m++;
    return m - s - 1;
  };
  let europeanDots = dots >= 2 && commas === 0;
  if (europeanDots) for (const s of seps) if (text.charCodeAt(s) === DOT && groupLength(s) !== 3) europeanDots = false;
  let from = i;
  let decimal = false;
  for (const s of seps) {
    const sc = text.charCodeAt(s);
    let join: boolean;
    if (sc === 0x066c || sc === 0x2c) join = !decimal && groupLength(s) === 3;
    else if (sc === DOT && dots >= 2) join = europeanDots;
    else join = !decimal; // ٫ or a single .
    if (sc === 0x066b || (sc === DOT && dots < 2)) decimal = decimal || join;
    if (!join) {
      emit(st, from, s, K.Number, 0);
      emit(st, s, s + 1, sc === DOT ? K.Dot : K.Punct, 0);
      from = s + 1;
      decimal = false;
    }
  }
  emit(st, from, end, K.Number, 0);
  return end;
}
