/**
 * Latin (Hawar) script → Arabic script for running Sorani text, in one pass over the
 * characters with lookup tables.
 *
 * @module
 */
import { choice } from '../options/choice.js';
import { LATIN_TO_ARABIC, LATIN_VOWELS, PUNCTUATION_TO_ARABIC } from './tables.js';

/** Options of {@link toArabic}. */
export interface ToArabicOptions {
  /** Digits: `'keep'` (default) as written, `'arabic'` ٠–٩, `'persian'` ۰–۹. */
  digits?: 'keep' | 'arabic' | 'persian';
  /** Punctuation: `'kurdish'` (default) turns `, ; ? %` after a word into `، ؛ ؟ ٪`; `'keep'`. */
  punctuation?: 'kurdish' | 'keep';
  /**
   * Words that do not look Kurdish (English letter groups such as th, sh, ch, oo, ee, or a
   * capital inside the word): `'convert'` (default) converts them too, `'keep'` leaves them.
   */
  foreign?: 'convert' | 'keep';
}

const DIGIT_SETS = ['keep', 'arabic', 'persian'] as const;
const PUNCTUATION = ['kurdish', 'keep'] as const;
const FOREIGN = ['convert', 'keep'] as const;

/** Letter groups that Hawar Kurdish does not write and English does. */
const FOREIGN_PATTERN = /th|sh|ch|ph|ck|wh|gh|qu|oo|ee|ea|ou|[a-z][A-Z]/;
/** A URL or an e-mail address (tested only on a chunk holding `@` or `/`, or starting with www). */
const ADDRESS = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|^[^@\s]+@(?:[^@\s.]+\.)+[^@\s.]+$/i;

// What each Latin code unit is: 0 not a Latin letter, 1 consonant, 2 vowel, 3 û (وو),
// 4 a Latin letter with no Kurdish reading (copied), 5 apostrophe (ع inside a word).
const TABLE_SIZE = 0x2020;
const KIND = new Uint8Array(TABLE_SIZE);
const ARABIC = new Uint16Array(TABLE_SIZE);
for (let c = 0x41; c < TABLE_SIZE; c++) {
  const ch = String.fromCharCode(c);
  if (/\p{L}/u.test(ch)) KIND[c] = 4;
}
for (const [latin, arabic] of Object.entries(LATIN_TO_ARABIC)) {
  for (const form of new Set([latin, latin.toUpperCase()])) {
    if (form.length !== 1) continue;
    const c = form.charCodeAt(0);
    KIND[c] = arabic.length === 2 ? 3 : LATIN_VOWELS.includes(latin) ? 2 : 1;
    ARABIC[c] = arabic.length > 0 ? arabic.charCodeAt(0) : 0;
  }
}
KIND[0x27] = 5;
KIND[0x2019] = 5;
/** Latin punctuation code → Kurdish punctuation code (0: none). */
const PUNCT = new Uint16Array(0x80);
for (const [latin, arabic] of Object.entries(PUNCTUATION_TO_ARABIC)) PUNCT[latin.charCodeAt(0)] = arabic.charCodeAt(0);

const AIN = 0x0639;
const HAMZA_SEAT = 0x0626; // ئ
const WAW = 0x0648;
const HEAVY_REH = 0x0695; // ڕ
const HEAVY_LAM = 0x06b5; // ڵ
const DOACHASHMEE = 0x06be; // ھ, the word-final consonant h

const kindOf = (c: number): number => (c < TABLE_SIZE ? KIND[c]! : 0);
const isLetter = (c: number): boolean => {
  const k = kindOf(c);
  return k >= 1 && k <= 4;
};
const isR = (c: number): boolean => c === 0x72 || c === 0x52;
const isL = (c: number): boolean => c === 0x6c || c === 0x4c;
const isH = (c: number): boolean => c === 0x68 || c === 0x48;
const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Collects UTF-16 code units and strings into the output string. */
class Writer {
  private parts: string[] = [];
  private readonly buf = new Uint16Array(4096);
  private len = 0;
  /** Code units in `parts`. */
  private flushed = 0;

  /** Code units written so far. */
  get size(): number {
    return this.flushed + this.len;
  }

  push(code: number): void {
    if (this.len === 4096) this.flush();
    this.buf[this.len++] = code;
  }

  string(text: string): void {
    this.flush();
    this.parts.push(text);
    this.flushed += text.length;
  }

  /** Takes back everything written after the first `size` code units. */
  rollback(size: number): void {
    let remove = this.size - size;
    if (remove <= this.len) {
      this.len -= remove;
      return;
    }
    remove -= this.len;
    this.len = 0;
    this.flushed -= remove;
    while (remove > 0) {
      const last = this.parts.pop() ?? '';
      if (last.length > remove) this.parts.push(last.slice(0, last.length - remove));
      remove -= Math.min(remove, last.length);
    }
  }

  end(): string {
    this.flush();
    return this.parts.join('');
  }

  private flush(): void {
    if (this.len > 0) this.parts.push(String.fromCharCode.apply(null, this.buf.subarray(0, this.len) as unknown as number[]));
    this.flushed += this.len;
    this.len = 0;
  }
}

/**
 * If `s[start, end)` is a URL or an e-mail address, replaces what was written for it (since
 * `mark`) with the address as it is, and returns true.
 */
function keepAddress(s: string, start: number, end: number, out: Writer, mark: number): boolean {
  const chunk = s.slice(start, end);
  if (!ADDRESS.test(chunk)) return false;
  out.rollback(mark);
  out.string(chunk);
  return true;
}

/**
 * Converts Sorani text from the Latin (Hawar) script to the Arabic script. Accepts every style
 * `toLatin` writes (extended ř ł ḧ ẍ, Hawar rr ll, plain ASCII) in upper or lower case: û → وو,
 * i unwritten, ئ before a word-initial vowel and between two vowels, a word-initial r → ڕ, ’ → ع,
 * and a word-final consonant h → ھ so that it is not read as ە. URLs, e-mail addresses and
 * numbers are left as they are; punctuation after a word becomes Kurdish; digits per option.
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
  const keepForeign = choice('foreign', options?.foreign, FOREIGN, 'convert') === 'keep';
  let s = String(text);
  if (/[\u0300-\u036f]/.test(s)) s = s.normalize('NFC');
  const n = s.length;
  const digitZero = digits === 'arabic' ? 0x0660 : digits === 'persian' ? 0x06f0 : 0x30;

  const out = new Writer();

  let wordStart = true; // the next letter begins a word
  let prevVowel = false;
  let afterWord = false; // the last thing written was a word (for punctuation)
  // A chunk (a run of characters between spaces) that is a URL or an e-mail address is put back
  // as it was when it ends: it is converted like any text first, which keeps the loop single.
  let chunkStart = 0;
  let chunkMark = 0;
  let chunkAddress = false; // the chunk holds @ or /, or starts with www.
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20) {
      if (chunkAddress && keepAddress(s, chunkStart, i, out, chunkMark)) afterWord = false;
      out.push(c);
      chunkStart = i + 1;
      chunkMark = out.size;
      chunkAddress = false;
      wordStart = true;
      prevVowel = false;
      continue;
    }
    const kind = kindOf(c);
    if (kind >= 1 && kind <= 4 && wordStart && keepForeign) {
      let end = i + 1;
      while (end < n && (isLetter(s.charCodeAt(end)) || (kindOf(s.charCodeAt(end)) === 5 && isLetter(s.charCodeAt(end + 1))))) end++;
      const word = s.slice(i, end);
      if (FOREIGN_PATTERN.test(word)) {
        out.string(word);
        i = end - 1;
        prevVowel = false;
        afterWord = true;
        continue;
      }
    }
    const next = i + 1 < n ? s.charCodeAt(i + 1) : 0;
    if (kind === 2 || kind === 3) {
      if (wordStart && !isLetter(next) && (c === 0x75 || c === 0x55 || kind === 3)) {
        out.push(WAW); // u / û alone: the conjunction "and"
      } else {
        if (wordStart || prevVowel) out.push(HAMZA_SEAT);
        if (kind === 3) {
          out.push(WAW);
          out.push(WAW);
        } else if (ARABIC[c] !== 0) out.push(ARABIC[c]!);
      }
      prevVowel = true;
      wordStart = false;
      afterWord = true;
    } else if (kind === 1) {
      if (isR(c) && isR(next)) {
        out.push(HEAVY_REH);
        i++;
      } else if (isL(c) && isL(next)) {
        out.push(HEAVY_LAM);
        i++;
      } else if (isH(c) && !wordStart && !isLetter(next) && !(kindOf(next) === 5 && isLetter(s.charCodeAt(i + 2)))) {
        out.push(DOACHASHMEE);
      } else if (isR(c) && wordStart) out.push(HEAVY_REH);
      else out.push(ARABIC[c]!);
      prevVowel = wordStart = false;
      afterWord = true;
    } else if (kind === 4) {
      out.push(c); // a Latin letter Kurdish does not use: kept
      prevVowel = wordStart = false;
      afterWord = true;
    } else if (kind === 5 && isLetter(next) && (!wordStart || c === 0x2019)) {
      out.push(AIN); // ’ stands for ع (a straight ' only inside a word: at its start it is a quote)
      prevVowel = wordStart = false;
    } else {
      wordStart = true;
      prevVowel = false;
      if (isAsciiDigit(c)) {
        out.push(digitZero + c - 0x30);
        afterWord = false;
      } else if (digits !== 'keep' && (c === 0x2e || c === 0x2c) && isAsciiDigit(s.charCodeAt(i - 1)) && isAsciiDigit(next)) {
        out.push(c === 0x2e ? 0x066b : 0x066c);
      } else if (punctuation === 'kurdish' && afterWord && c < 0x80 && PUNCT[c] !== 0) {
        out.push(PUNCT[c]!);
      } else {
        out.push(c);
        afterWord = false;
        if (c === 0x40 || c === 0x2f || (c === 0x2e && s.startsWith('www', chunkStart))) chunkAddress = true;
      }
    }
  }
  if (chunkAddress) keepAddress(s, chunkStart, n, out, chunkMark);
  return out.end();
}
