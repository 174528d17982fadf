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
 * True when the one-letter Arabic-script word `[start, end)` can be an initial before a dot
 * (د. for دکتۆر): any letter but the vowel ە (also written ه), which is a word of its own.
 */
export function isInitial(text: string, start: number, end: number): boolean {
  const letter = foldWord(text, start, end);
  return letter !== 'ە' && letter !== 'ه';
}

/**
 * After the dot of an abbreviation at `j`: more single letters of class `k` with a dot (پ.ز.
 * U.S.), and a last single letter without one (ی.ن.ک); not the word of د.محمد.
 */
export function chainAbbreviation(text: string, j: number, k: C): number {
  const n = text.length;
  let chained = false;
  for (;;) {
    if (j >= n || cls(text.charCodeAt(j)) !== k || (k === C.Arabic && !isInitial(text, j, j + 1))) break;
    // a ZWNJ or format character before the dot is looked through (normalization removes it)
    let d = skipIgnorable(text, j + 1);
    if (k === C.Arabic && text.charCodeAt(j) === 0x0647) d = skipIgnorable(text, d);
    if (d >= n || text.charCodeAt(d) !== DOT) break;
    j = d + 1;
    chained = true;
  }
  if (chained && j < n && cls(text.charCodeAt(j)) === k && (k !== C.Arabic || isInitial(text, j, j + 1))) {
    const a = skipIgnorable(text, j + 1);
    const after = a < n ? cls(text.charCodeAt(a)) : C.Space;
    if (after !== k && after !== C.Mark && after !== C.ArabicMark && after !== C.Zwnj && after !== C.Tatweel) j++;
  }
  return j;
}

/** The index after the ZWNJ and format characters at `j`. */
function skipIgnorable(text: string, j: number): number {
  while (j < text.length && (cls(text.charCodeAt(j)) === C.Zwnj || cls(text.charCodeAt(j)) === C.Ignorable)) j++;
  return j;
}
