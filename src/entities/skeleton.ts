/**
 * The spelling skeleton of a name: what stays the same across the spellings of one name in the
 * Sorani press, so that `پوتین` and `پووتین`, `ئەمریکا` and `ئەمەریکا`, `شۆڵتز` and `شۆلتز` are
 * one name. Long vowels written once or twice (`وو`/`و`, `یی`/`ی`), the short vowel ە inside a
 * word (written or left out in foreign names), and the velarized ڵ ڕ against plain ل ر.
 *
 * Source of facts: the spelling variation of foreign names in Sorani news (the variants listed
 * in zman's gazetteers); authored for zman.
 *
 * @module
 */

/**
 * The skeleton of a normalized name (each word of it).
 *
 * @example
 * skeleton('پووتین') === skeleton('پوتین'); // true
 * skeleton('ئەمەریکا') === skeleton('ئەمریکا'); // true
 */
export function skeleton(name: string): string {
  let out = '';
  for (let k = 0; k < name.length; k++) {
    const c = name[k]!;
    const next = name[k + 1];
    const wordEnd = next === undefined || next === ' ';
    if ((c === 'و' || c === 'ی') && next === c) continue; // وو → و, یی → ی
    if (c === 'ە' && !wordEnd && k > 0 && name[k - 1] !== ' ') continue; // ە inside a word
    out += c === 'ڵ' ? 'ل' : c === 'ڕ' ? 'ر' : c;
  }
  return out;
}
