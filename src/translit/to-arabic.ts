/**
 * Latin (Hawar) script → Arabic script for running Sorani text.
 *
 * @module
 */
import { choice } from './to-latin.js';
import { LATIN_TO_ARABIC, LATIN_VOWELS, PUNCTUATION_TO_ARABIC } from './tables.js';

/** Options of {@link toArabic}. */
export interface ToArabicOptions {
  /** Digits: `'keep'` (default) as written, `'arabic'` ٠–٩, `'persian'` ۰–۹. */
  digits?: 'keep' | 'arabic' | 'persian';
  /** Punctuation: `'kurdish'` (default) turns `, ; ?` after a word into `، ؛ ؟`; `'keep'`. */
  punctuation?: 'kurdish' | 'keep';
  /**
   * Words that do not look Kurdish (English letter groups such as th, sh, ch, oo, ee, or
   * capitals inside the word): `'convert'` (default) converts them too, `'keep'` leaves them.
   */
  foreign?: 'convert' | 'keep';
}

const DIGIT_SETS = ['keep', 'arabic', 'persian'] as const;
const PUNCTUATION = ['kurdish', 'keep'] as const;
const FOREIGN = ['convert', 'keep'] as const;

/** Letter groups that Hawar Kurdish does not write and English does. */
const FOREIGN_PATTERN = /th|sh|ch|ph|ck|wh|gh|qu|oo|ee|ea|ou|[a-z][A-Z]/;

/** True for a letter of a Latin word (Hawar letters, any Latin letter, combining marks). */
function isWordChar(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x1e00 && code <= 0x1eff) ||
    (code >= 0x300 && code <= 0x36f)
  );
}

const isApostrophe = (code: number): boolean => code === 0x2019 || code === 0x27;

/**
 * One Latin word (any style, any case) in the Arabic script: ئ before a word-initial vowel and
 * between two vowels, û → وو, i unwritten, rr → ڕ, ll → ڵ, a word-initial r → ڕ, and a
 * word-final consonant h → ھ so that it is not read as ە.
 */
export function wordToArabic(word: string): string {
  const w = word.normalize('NFC').toLowerCase();
  if (w === 'u' || w === 'û') return 'و'; // the conjunction "and"
  let out = '';
  let prevVowel = false;
  for (let i = 0; i < w.length; i++) {
    let ch = w[i]!;
    const next = w[i + 1];
    if ((ch === 'r' || ch === 'l') && next === ch) {
      ch = ch === 'r' ? 'ř' : 'ł';
      i++;
    }
    if (LATIN_VOWELS.includes(ch)) {
      if (i === 0 || prevVowel) out += 'ئ';
      if (ch !== 'i') out += LATIN_TO_ARABIC[ch];
      prevVowel = true;
      continue;
    }
    prevVowel = false;
    if (ch === 'h' && i === w.length - 1 && out.length > 0) out += 'ھ';
    else if (ch === 'r' && out.length === 0) out += 'ڕ';
    else out += LATIN_TO_ARABIC[ch] ?? (isApostrophe(ch.charCodeAt(0)) ? 'ع' : ch);
  }
  return out;
}

/**
 * Converts Sorani text from the Latin (Hawar) script to the Arabic script. Accepts every style
 * `toLatin` writes (extended ř ł ḧ ẍ, Hawar rr ll, plain ASCII) in upper or lower case. URLs,
 * e-mail addresses and numbers are left as they are; punctuation after a word becomes Kurdish
 * (`,` → `،`); digits per option.
 *
 * @example
 * toArabic('kurdistan');            // 'کوردستان'
 * toArabic('Řûsya û Okrayna');      // 'ڕووسیا و ئۆکراینا'
 * toArabic('sław, çonî?');          // 'سڵاو، چۆنی؟'
 * toArabic('şah');                  // 'شاھ'
 */
export function toArabic(text: string, options?: ToArabicOptions): string {
  const digits = choice('digits', options?.digits, DIGIT_SETS, 'keep');
  const punctuation = choice('punctuation', options?.punctuation, PUNCTUATION, 'kurdish');
  const foreign = choice('foreign', options?.foreign, FOREIGN, 'convert');
  const s = String(text);
  let out = '';
  let afterWord = false;
  let i = 0;
  const n = s.length;
  while (i < n) {
    // a chunk that is a URL or an e-mail address passes through whole
    if (i === 0 || s.charCodeAt(i - 1) <= 0x20) {
      const end = chunkEnd(s, i);
      const chunk = s.slice(i, end);
      if (/^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|^[^@\s]+@[^@\s]+\.[^@\s]+$/i.test(chunk)) {
        out += chunk;
        i = end;
        afterWord = false;
        continue;
      }
    }
    const code = s.charCodeAt(i);
    if (isWordChar(code) || (isApostrophe(code) && i + 1 < n && isWordChar(s.charCodeAt(i + 1)))) {
      let j = i + 1;
      while (j < n) {
        const c = s.charCodeAt(j);
        if (isWordChar(c) || (isApostrophe(c) && j + 1 < n && isWordChar(s.charCodeAt(j + 1)))) j++;
        else break;
      }
      const word = s.slice(i, j);
      out += foreign === 'keep' && FOREIGN_PATTERN.test(word) ? word : wordToArabic(word);
      afterWord = true;
      i = j;
      continue;
    }
    const ch = s[i]!;
    if (digits !== 'keep' && (ch === '.' || ch === ',') && isAsciiDigit(s.charCodeAt(i - 1)) && isAsciiDigit(s.charCodeAt(i + 1))) {
      out += ch === '.' ? '٫' : '٬';
    } else if (isAsciiDigit(code)) {
      out += digits === 'keep' ? ch : String.fromCharCode((digits === 'arabic' ? 0x0660 : 0x06f0) + code - 0x30);
      afterWord = false;
    } else if (punctuation === 'kurdish' && afterWord && PUNCTUATION_TO_ARABIC[ch] !== undefined) {
      out += PUNCTUATION_TO_ARABIC[ch];
    } else {
      out += ch;
      afterWord = false;
    }
    i++;
  }
  return out;
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function chunkEnd(s: string, from: number): number {
  let j = from;
  while (j < s.length && s.charCodeAt(j) > 0x20) j++;
  return j;
}
