/**
 * Arabic script → Latin (Hawar) script for running Sorani text.
 *
 * @module
 */
import { digitValue, isArabicLetter as isArabicLetterImport, isDigit, ZWNJ } from '../chars/index.js';
import { normalize } from '../normalize/index.js';
import { choice } from '../options/choice.js';
import { PUNCTUATION_PAIRS } from '../normalize/tables.js';
import { readWord } from './syllables.js';
import { STYLE_SPELLING, STYLES, type Style } from './tables.js';

/** Options of {@link toLatin}. */
export interface ToLatinOptions {
  /**
   * Latin letters: `'extended'` (default) ř ł ḧ ẍ and ع as ’; `'hawar'` rr ll h x (r at a word's start) as published
   * Hawar texts write them; `'ascii'` the letters a–z only (for slugs and plain keyboards).
   */
  style?: Style;
  /** Digits: `'latin'` (default) 0–9, or `'keep'` as written. */
  digits?: 'latin' | 'keep';
  /** A capital letter at the start of the text and of every sentence (default `false`). */
  capitalize?: boolean;
}

const DIGITS = ['latin', 'keep'] as const;
// a local binding: the hot loop below calls it for every character
const isArabicLetter = isArabicLetterImport;


function resolve(options: ToLatinOptions | undefined): Required<ToLatinOptions> {
  const capitalize = options?.capitalize;
  if (capitalize !== undefined && typeof capitalize !== 'boolean') {
    throw new TypeError(`zman: invalid option capitalize: ${JSON.stringify(capitalize)}; allowed: true, false`);
  }
  return {
    style: choice('style', options?.style, STYLES, 'extended'),
    digits: choice('digits', options?.digits, DIGITS, 'latin'),
    capitalize: capitalize ?? false,
  };
}

/** Spells phonemes in a style. */
export function spell(phonemes: readonly string[], style: Style): string {
  const table = STYLE_SPELLING[style];
  let out = '';
  for (const p of phonemes) out += table[p] ?? p;
  // Hawar writes the (always trilled) word-initial r with one letter
  return style === 'hawar' && out.startsWith('rr') ? out.slice(1) : out;
}

/**
 * A memo of words already read, per style (real text repeats its words): an open-addressing
 * table looked up with the word's place in the text, so that a word met again is neither
 * sliced nor hashed by a Map. A full neighbourhood overwrites its first slot.
 */
class WordMemo {
  private readonly keys: (string | undefined)[] = new Array(MEMO_SIZE);
  private readonly values: string[] = new Array(MEMO_SIZE);

  constructor(private readonly style: Style) {}

  /** The Latin spelling of `text[start, end)`, whose hash is `hash`. */
  get(text: string, start: number, end: number, hash: number): string {
    const length = end - start;
    let slot = hash & (MEMO_SIZE - 1);
    for (let probe = 0; probe < 8; probe++, slot = (slot + 1) & (MEMO_SIZE - 1)) {
      const key = this.keys[slot];
      if (key === undefined) break;
      if (key.length !== length) continue;
      let k = 0;
      while (k < length && key.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === length) return this.values[slot]!;
    }
    if (this.keys[slot] !== undefined) slot = hash & (MEMO_SIZE - 1);
    const word = text.slice(start, end);
    const latin = spell(readWord(word), this.style);
    this.keys[slot] = word;
    this.values[slot] = latin;
    return latin;
  }
}

const MEMO_SIZE = 1 << 17;
const memos: Partial<Record<Style, WordMemo>> = {};

/** Arabic-Indic and Persian digits → 0–9, with ٫ ٬ between digits → . , */
function toLatinDigits(run: string): string {
  let out = '';
  let from = 0;
  for (let k = 0; k < run.length; k++) {
    const c = run.charCodeAt(k);
    if (c < 0x0660 || c > 0x06f9) continue;
    let replacement: string | undefined;
    const value = digitValue(c);
    if (value >= 0) replacement = String.fromCharCode(0x30 + value);
    else if ((c === 0x066b || c === 0x066c) && isDigit(run.charCodeAt(k - 1)) && isDigit(run.charCodeAt(k + 1))) {
      replacement = c === 0x066b ? '.' : ',';
    }
    if (replacement === undefined) continue;
    out += run.slice(from, k) + replacement;
    from = k + 1;
  }
  return from === 0 ? run : out + run.slice(from);
}

/** Whether the next word starts a sentence, after the characters `between` (not Arabic letters). */
function capitalAfter(between: string, capital: boolean): boolean {
  for (const ch of between) {
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') capital = true;
    else if (capital && /[\p{L}\p{N}]/u.test(ch)) capital = false;
  }
  return capital;
}

/**
 * Converts Sorani text from the Arabic script to the Latin (Hawar) script: the unwritten
 * vowel i is restored from the syllable structure, و and ی are read as w/u/û and y/î, the ئ of a
 * word-initial vowel is dropped, ، ؛ ؟ « » become , ; ? " ", and digits become 0–9. Latin words,
 * URLs, e-mail addresses, numbers and every other character pass through unchanged. The text
 * is normalized first (`normalize`), keeping a written word-initial ر as r (it is trilled in
 * any case).
 *
 * @example
 * toLatin('کوردستان');                           // 'kurdistan'
 * toLatin('ڕووسیا و ئۆکراینا');                   // 'řûsya u okrayna'
 * toLatin('ڕووسیا و ئۆکراینا', { style: 'hawar' }); // 'rûsya u okrayna'
 * toLatin('سڵاو، چۆنی؟', { capitalize: true });    // 'Sław, çonî?'
 */
export function toLatin(text: string, options?: ToLatinOptions): string {
  const o = resolve(options);
  return latinOf(normalize(String(text), { initialReh: false, punctuation: 'latin' }), o, false);
}

/**
 * {@link toLatin} for text that is normalized already (by `normalize` with its defaults, or a
 * document's normalized text): the normalization is not done again; ، ؛ ؟ ٪ « » are still
 * written , ; ? % " ". A word-initial ڕ (which `normalize` writes for a word-initial ر) is ř.
 *
 * @example
 * toLatinNormalized('کوردستان'); // 'kurdistan'
 * toLatinNormalized('سڵاو، چۆنی؟'); // 'siław, çonî?'
 */
export function toLatinNormalized(normalized: string, options?: ToLatinOptions): string {
  const o = resolve(options);
  return latinOf(typeof normalized === 'string' ? normalized : String(normalized ?? ''), o, true);
}

/** Arabic-script punctuation and its Latin counterpart (what `normalize` does with `punctuation: 'latin'`). */
const LATIN_PUNCTUATION: Readonly<Record<string, string>> = { ...Object.fromEntries(PUNCTUATION_PAIRS), '«': '"', '»': '"' };
const ARABIC_PUNCTUATION = /[،؛؟٪«»]/g;

function latinPunctuation(run: string): string {
  return run.replace(ARABIC_PUNCTUATION, (ch) => LATIN_PUNCTUATION[ch]!);
}

function latinOf(normalized: string, o: Required<ToLatinOptions>, punctuation: boolean): string {
  const latinDigits = o.digits === 'latin';
  const memo = (memos[o.style] ??= new WordMemo(o.style));
  let out = '';
  let capital = o.capitalize;
  const n = normalized.length;
  let i = 0;
  while (i < n) {
    // everything up to the next Arabic letter passes through as it is
    let j = i;
    while (j < n && !isArabicLetter(normalized.charCodeAt(j))) j++;
    if (j > i) {
      let between = normalized.slice(i, j);
      if (latinDigits) between = toLatinDigits(between);
      if (punctuation) between = latinPunctuation(between);
      out += between;
      if (o.capitalize) capital = capitalAfter(between, capital);
      i = j;
      if (i >= n) break;
    }
    j = i;
    let zwnj = false;
    let hash = 0;
    while (j < n) {
      const c = normalized.charCodeAt(j);
      if (isArabicLetter(c)) {
        hash = (Math.imul(hash, 31) + c) | 0;
        j++;
      } else if (c === ZWNJ && j + 1 < n && isArabicLetter(normalized.charCodeAt(j + 1))) {
        zwnj = true;
        j++;
      } else break;
    }
    let latin: string;
    if (zwnj) {
      const word = normalized.slice(i, j).replaceAll('\u200c', '');
      latin = memo.get(word, 0, word.length, hash);
    } else latin = memo.get(normalized, i, j, hash);
    if (capital && latin.length > 0) {
      latin = latin[0]!.toUpperCase() + latin.slice(1);
      capital = false;
    }
    out += latin;
    i = j;
  }
  return out;
}
