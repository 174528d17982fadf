/**
 * Abbreviations that keep their dot: one letter (د. J.), a listed word (هتد. Prof.) and chains
 * of single letters (پ.ز. U.S. ی.ن.ک).
 *
 * @module
 */
import { DOT } from './ascii.js';
import { C, cls } from './classes.js';
import { ARABIC_ABBREVIATIONS } from './tables.js';

/**
 * Folds the look-alike letters of a word for a lookup in the abbreviation table (ي ى ے → ی,
 * ك → ک, ة → ە, ھ → ه, final ه → ە) and drops marks, tatweel and format characters, so that the
 * raw text and its normalized form find the same entry.
 */
function foldWord(s: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    const k = cls(c);
    if (k === C.ArabicMark || k === C.Tatweel || k === C.Ignorable || k === C.Zwnj || k === C.Mark) continue;
    let ch = String.fromCharCode(c);
    if (ch === 'ي' || ch === 'ى' || ch === 'ے') ch = 'ی';
    else if (ch === 'ك') ch = 'ک';
    else if (ch === 'ة') ch = 'ە';
    else if (ch === 'ھ') ch = 'ه';
    else if (ch === 'ه' && i === end - 1) ch = 'ە';
    out += ch;
  }
  return out.toLowerCase();
}

const FOLDED_ARABIC_ABBREVIATIONS: ReadonlySet<string> = new Set(
  [...ARABIC_ABBREVIATIONS].map((a) => foldWord(a, 0, a.length)),
);

/** True when the Arabic-script word `[start, end)` is a listed abbreviation (look-alikes folded). */
export function isArabicAbbreviation(text: string, start: number, end: number): boolean {
  return FOLDED_ARABIC_ABBREVIATIONS.has(foldWord(text, start, end));
}

/**
 * After the dot of an abbreviation at `j`: more single letters of class `k` with a dot (پ.ز.
 * U.S.), and a last single letter without one (ی.ن.ک); not the word of د.محمد.
 */
export function chainAbbreviation(text: string, j: number, k: C): number {
  const n = text.length;
  let chained = false;
  while (j + 1 < n && cls(text.charCodeAt(j)) === k && text.charCodeAt(j + 1) === DOT) {
    j += 2;
    chained = true;
  }
  if (chained && j < n && cls(text.charCodeAt(j)) === k) {
    const after = j + 1 < n ? cls(text.charCodeAt(j + 1)) : C.Space;
    if (after !== k && after !== C.Mark && after !== C.ArabicMark && after !== C.Zwnj && after !== C.Tatweel) j++;
  }
  return j;
}
