/**
 * The scanner for emoji (with modifiers, keycaps, tags, ZWJ sequences and flag pairs) and for
 * the code points outside the Basic Multilingual Plane.
 *
 * @module
 */
import { astralClass, C, cls, isEmojiComponent, isRegionalIndicator } from './classes.js';
import { emit, marks, type ScanState } from './scan-state.js';
import { K } from './token-buffer.js';

/** Scans the emoji or astral character at `i` (code unit `c` of class `k`); returns the index after it. */
export function scanAstral(st: ScanState, i: number, c: number, k: C): number {
  const { text, n, out } = st;
  let j = i;
  let cp = c;
  if (k === C.High) {
    const lo = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    if (lo < 0xdc00 || lo > 0xdfff) {
      emit(st, i, i + 1, K.Other, 0);
      return i + 1;
    }
    cp = ((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
  }
  const ak = k === C.Emoji || isRegionalIndicator(cp) ? C.Emoji : astralClass(cp);
  j += cp > 0xffff ? 2 : 1;
  if (ak === C.Emoji) {
    const flag = isRegionalIndicator(cp);
    // modifiers, variation selectors, keycaps, tags, ZWJ sequences, flag pairs
    while (j < n) {
      const cp2 = text.codePointAt(j)!;
      const size = cp2 > 0xffff ? 2 : 1;
      if (isEmojiComponent(cp2) || cls(text.charCodeAt(j)) === C.Mark) {
        j += size;
      } else if (cp2 === 0x200d && j + 1 < n) {
        const cp3 = text.codePointAt(j + 1)!;
        const k3 = cp3 > 0xffff ? astralClass(cp3) : cls(cp3);
        if (k3 !== C.Emoji) break;
        j += 1 + (cp3 > 0xffff ? 2 : 1);
      } else if (flag && isRegionalIndicator(cp2) && j === i + 2) {
        j += 2;
      } else break;
    }
    emit(st, i, j, K.Emoji, 0);
  } else if (ak === C.Letter) {
    while (j < n) {
      const kk = cls(text.charCodeAt(j));
      if (kk === C.Mark || kk === C.Letter) j++;
      else if (kk === C.High && j + 1 < n && astralClass(text.codePointAt(j)!) === C.Letter) j += 2;
      else break;
    }
    emit(st, i, j, K.Other, 0);
  } else if (ak === C.Mark && out.length > 0 && out.ends[out.length - 1] === i) {
    out.ends[out.length - 1] = j;
  } else {
    j = marks(st, j);
    emit(st, i, j, ak === C.Symbol ? K.Symbol : K.Other, 0);
  }
  return j;
}
