/**
 * Sorani normalization: the wrong code points for the right letters become the standard
 * Unicode spelling; correct text comes back unchanged.
 *
 * Two passes over UTF-16 code units, both linear:
 * 1. character pass — legacy-font mapping, presentation forms, look-alike letters, format and
 *    control characters, spaces, Arabic marks (with the font-residue compositions) and NFC of
 *    non-Arabic clusters;
 * 2. context pass — heh/ae at word ends, ZWNJ, tatweel, word-initial ڕ, digit and
 *    punctuation options.
 * Each output code unit carries the `[start, end)` range of the input it came from.
 *
 * @module
 */
import {
  DIGIT_ZERO,
  digitValue,
  isArabicLetter,
  isDigit,
  joinsBackward,
  joinsForward,
  TATWEEL,
  ZWNJ,
  type DigitSet,
} from '../chars/index.js';
import { CodeBuffer } from './buffer.js';
import { LEGACY_FONT_TABLES, LEGACY_FONTS, type LegacyFont, type LegacyFontTable } from './legacy-fonts.js';
import {
  ARABIC_DECIMAL_SEPARATOR,
  ARABIC_MARK_RANGES,
  ARABIC_THOUSANDS_SEPARATOR,
  FORMAT_CHARS,
  LAM_ALEF_FATHA,
  LETTER_MAP,
  MARK_COMPOSITIONS,
  PUNCTUATION_PAIRS,
  SPACE_CHARS,
} from './tables.js';
import { choice } from '../options/choice.js';

/** Options of {@link normalize} and {@link normalizeWithMap}. */
export interface NormalizeOptions {
  /**
   * Digits: `'keep'` (default) leaves them as written; `'latin'` (0–9), `'arabic'` (٠–٩) or
   * `'persian'` (۰–۹) unify every digit, with the decimal and thousands separators of a number
   * (`.` `,` ↔ `٫` `٬`).
   */
  digits?: 'keep' | DigitSet;
  /**
   * Punctuation: `'keep'` (default); `'kurdish'` turns `, ; ? %` and straight double quotes into
   * `، ؛ ؟ ٪ « »` in Arabic-script context; `'latin'` turns `، ؛ ؟ ٪ « »` into `, ; ? % " "`.
   */
  punctuation?: 'keep' | 'kurdish' | 'latin';
  /** Word-initial ر becomes ڕ, the standard spelling (default `true`). */
  initialReh?: boolean;
  /**
   * A word-initial bare ا or آ gets the glottal stop that Sorani always writes: ا → ئە and
   * آ → ئا, the readings of a Persian keyboard (default `true`). Words starting with ال (the
   * Arabic article) are left alone.
   */
  initialAlef?: boolean;
  /**
   * Text typed with a legacy (non-Unicode) font: `'none'` (default), `'ali-k'`, `'ali-web'`,
   * `'dylan'` or `'zarnegar'`. Its letters are mapped to Unicode before anything else.
   */
  legacyFont?: 'none' | LegacyFont;
}

/** The result of {@link normalizeWithMap}: the text and where each of its code units came from. */
export interface NormalizedText {
  /** The normalized text. */
  readonly text: string;
  /** `starts[i]` is the start, in the input, of the range that output index `i` came from. */
  readonly starts: Uint32Array;
  /** `ends[i]` is the end (exclusive), in the input, of the range that output index `i` came from. */
  readonly ends: Uint32Array;
  /** The length of the input, in UTF-16 code units. */
  readonly sourceLength: number;
}

// ---------------------------------------------------------------------------------------
// Character-pass tables, built once.

/** What pass 1 does with a character (values of the `ACTION` table). */
const Act = {
  Keep: 0,
  Drop: 1,
  Space: 2,
  Map1: 3,
  MapN: 4,
  Mark: 5,
  Combining: 6,
  /** Not yet classified: see `classify`. */
  Lazy: 7,
  /** A UTF-16 surrogate: kept, and a lone one is remembered (see `CodeBuffer.loneSurrogate`). */
  Surrogate: 8,
} as const;
type Act = (typeof Act)[keyof typeof Act];
const KEEP = Act.Keep;

const ACTION = new Uint8Array(0x10000);
const MAP1 = new Uint16Array(0x10000);
const MAPN = new Map<number, string>();
const COMPOSE = new Map<number, number>();

function setMapping(code: number, to: string): void {
  if (to.length === 0) {
    ACTION[code] = Act.Drop;
  } else if (to.length === 1) {
    ACTION[code] = Act.Map1;
    MAP1[code] = to.charCodeAt(0);
  } else {
    ACTION[code] = Act.MapN;
    MAPN.set(code, to);
  }
}

function isArabicMark(code: number): boolean {
  for (const [a, b] of ARABIC_MARK_RANGES) if (code >= a && code <= b) return true;
  return code === 0x0653 || code === 0x0654 || code === 0x0655;
}

/** Maps the letters of an expansion (presentation form, NFC singleton) and drops Arabic marks. */
function cleanExpansion(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (isArabicMark(code)) continue;
    out += LETTER_MAP[ch] ?? ch;
  }
  return out;
}

// C0 and C1 controls except tab, line feed and carriage return; DEL.
for (let c = 0; c < 0x20; c++) if (c !== 0x09 && c !== 0x0a && c !== 0x0d) ACTION[c] = Act.Drop;
for (let c = 0x7f; c <= 0x9f; c++) ACTION[c] = Act.Drop;
for (const c of FORMAT_CHARS) ACTION[c] = Act.Drop;
for (const c of SPACE_CHARS) ACTION[c] = Act.Space;
// Non-Arabic combining marks and NFC singletons are read from the runtime's Unicode data the
// first time such a character is met (see `classify`), so that importing the module is cheap.
const LAZY_RANGES: readonly (readonly [number, number])[] = [
  [0x0300, 0x05ff],
  [0x0700, 0x074f],
  [0x0780, 0x089f],
  [0x0900, 0x1fff],
  [0x2000, 0x2fff],
  [0x3000, 0x30ff],
  [0xa600, 0xabff],
  [0xf900, 0xfaff],
  [0xfe00, 0xfe2f],
];
for (const [a, b] of LAZY_RANGES) for (let c = a; c <= b; c++) if (ACTION[c] === Act.Keep) ACTION[c] = Act.Lazy;
for (let c = 0xd800; c <= 0xdfff; c++) ACTION[c] = Act.Surrogate;
const MARK_RE = /^\p{M}$/u;

/** Classifies a character of the lazy ranges once: combining mark, NFC singleton, or kept. */
function classify(c: number): Act {
  const ch = String.fromCharCode(c);
  if (MARK_RE.test(ch) || (c >= 0x1160 && c <= 0x11ff)) {
    ACTION[c] = Act.Combining;
  } else {
    ACTION[c] = Act.Keep;
    const nfc = ch.normalize('NFC');
    if (nfc !== ch) setMapping(c, nfc);
  }
  return ACTION[c] as Act;
}

// Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) to their base letters (NFKC).
for (const [a, b] of [
  [0xfb50, 0xfdff],
  [0xfe70, 0xfefe],
] as const) {
  for (let c = a; c <= b; c++) {
    const ch = String.fromCharCode(c);
    const base = ch.normalize('NFKC');
    if (base === ch) continue;
    const cleaned = cleanExpansion(base);
    setMapping(c, cleaned.trim() === '' ? '' : cleaned);
  }
}
for (const [from, to] of Object.entries(LETTER_MAP)) setMapping(from.charCodeAt(0), to);
for (const [a, b] of ARABIC_MARK_RANGES) for (let c = a; c <= b; c++) ACTION[c] = Act.Mark;
for (const c of [0x0653, 0x0654, 0x0655]) ACTION[c] = Act.Mark;
ACTION[0x0306] = Act.Mark; // combining breve, typed for the v of ێ ڕ ڵ ۆ
for (const [pair, to] of Object.entries({
  ...MARK_COMPOSITIONS,
  'ا\u0653': 'آ',
  'ا\u0654': 'أ',
  'ا\u0655': 'إ',
})) {
  COMPOSE.set(pair.charCodeAt(0) * 0x10000 + pair.charCodeAt(1), to.charCodeAt(0));
}
const LAM = LAM_ALEF_FATHA.lam.charCodeAt(0);
const ALEF = LAM_ALEF_FATHA.alef.charCodeAt(0);
const FATHA = LAM_ALEF_FATHA.mark.charCodeAt(0);
const HEAVY_LAM = LAM_ALEF_FATHA.result.charCodeAt(0);

// ---------------------------------------------------------------------------------------
// Context-pass constants.

const HEH = 0x0647; // ه
const AE = 0x06d5; // ە
const HEH_DO = 0x06be; // ھ, the canonical spelling of a word-final consonant h
const REH = 0x0631; // ر
const HEAVY_REH = 0x0695; // ڕ
const YEH_HAMZA = 0x0626; // ئ
const YEH_V = 0x06ce; // ێ
const ALEF_BARE = 0x0627; // ا
const ALEF_MADDA = 0x0622; // آ
const VOWELISH = new Set([0x0627, 0x06d5, 0x0648, 0x06c6, 0x06cc, 0x06ce, 0x0626, 0x0622, 0x0623, 0x0625]);

const KURDISH_PUNCT = new Map<number, number>();
const LATIN_PUNCT = new Map<number, number>();
for (const [k, l] of PUNCTUATION_PAIRS) {
  KURDISH_PUNCT.set(l.charCodeAt(0), k.charCodeAt(0));
  LATIN_PUNCT.set(k.charCodeAt(0), l.charCodeAt(0));
}
LATIN_PUNCT.set(0x00ab, 0x22);
LATIN_PUNCT.set(0x00bb, 0x22);

/** Characters that pass 2 looks at: always, with a `digits` option, with a `punctuation` option. */
const CTX_ALWAYS = 1;
const CTX_DIGITS = 2;
const CTX_PUNCT = 4;
const CTX = new Uint8Array(0x10000);
for (const c of [TATWEEL, ZWNJ, HEH, HEH_DO, REH, YEH_HAMZA, ALEF_BARE, ALEF_MADDA]) CTX[c] = CTX_ALWAYS;
for (let d = 0; d < 10; d++) {
  for (const zero of Object.values(DIGIT_ZERO)) CTX[zero + d] = CTX_DIGITS;
}
for (const c of [ARABIC_DECIMAL_SEPARATOR, ARABIC_THOUSANDS_SEPARATOR, 0x2e, 0x2c]) CTX[c] = CTX[c]! | CTX_DIGITS;
for (const c of [...KURDISH_PUNCT.keys(), ...LATIN_PUNCT.keys(), 0x22]) CTX[c] = CTX[c]! | CTX_PUNCT;

// ---------------------------------------------------------------------------------------

interface Resolved {
  digits: 'keep' | DigitSet;
  punctuation: 'keep' | 'kurdish' | 'latin';
  initialReh: boolean;
  initialAlef: boolean;
  font: LegacyFontTable | null;
}

const DIGIT_CHOICES = ['keep', 'latin', 'arabic', 'persian'] as const;
const PUNCT_CHOICES = ['keep', 'kurdish', 'latin'] as const;


const DEFAULTS: Resolved = { digits: 'keep', punctuation: 'keep', initialReh: true, initialAlef: true, font: null };

function flag(name: string, value: unknown): boolean {
  if (value === undefined) return true;
  if (typeof value === 'boolean') return value;
  throw new TypeError(`zman: invalid option ${name}: ${JSON.stringify(value)}; allowed: true, false`);
}

function resolve(options: NormalizeOptions | undefined): Resolved {
  if (options === undefined || options === null) {
    return DEFAULTS;
  }
  if (typeof options !== 'object') {
    throw new TypeError(`zman: normalize options must be an object, got ${typeof options}`);
  }
  const initialReh = flag('initialReh', options.initialReh);
  const initialAlef = flag('initialAlef', options.initialAlef);
  const font = choice('legacyFont', options.legacyFont, ['none', ...LEGACY_FONTS], 'none');
  return {
    digits: choice('digits', options.digits, DIGIT_CHOICES, 'keep'),
    punctuation: choice('punctuation', options.punctuation, PUNCT_CHOICES, 'keep'),
    initialReh,
    initialAlef,
    font: font === 'none' ? null : LEGACY_FONT_TABLES[font],
  };
}

/**
 * Pass 1: character-level clean-up of `s` from index `from`, appended to `out`, stopping once
 * `out` holds about `chunk` code units; returns the next input index.
 */
function characterPass(
  s: string,
  from: number,
  chunk: number,
  font: LegacyFontTable | null,
  out: CodeBuffer,
): number {
  const len = s.length;
  // Hot path: a kept character is copied with local variables; anything else goes through
  // `slowChar`, after which the locals are refreshed (the buffer may have grown).
  let codes = out.codes;
  let starts = out.starts;
  let ends = out.ends;
  let n = out.length;
  let i = from;
  for (; i < len && n < chunk; i++) {
    const c = s.charCodeAt(i);
    if (ACTION[c] === KEEP && (font === null || font.touches[c] === 0)) {
      if (n === codes.length) {
        out.length = n;
        out.grow();
        codes = out.codes;
        starts = out.starts;
        ends = out.ends;
      }
      codes[n] = c;
      if (starts !== null) {
        starts[n] = i;
        ends![n] = i + 1;
      }
      n++;
      continue;
    }
    out.length = n;
    i = slowChar(s, i, c, font, out);
    n = out.length;
    codes = out.codes;
    starts = out.starts;
    ends = out.ends;
  }
  out.length = n;
  return i;
}

/** Pass 1 for one character that is not simply kept; returns the last input index consumed. */
function slowChar(s: string, i: number, c: number, font: LegacyFontTable | null, out: CodeBuffer): number {
  if (font !== null) {
    if (fontChar(out, font, c, i, i + 1)) return i;
    const act = ACTION[c];
    if (c >= 0xfb50 && (act === Act.Map1 || act === Act.MapN)) {
      // A presentation form of a letter that the font reassigns: map its base letters too.
      const base = act === Act.Map1 ? String.fromCharCode(MAP1[c]!) : MAPN.get(c)!;
      for (let k = 0; k < base.length; k++) {
        const b = base.charCodeAt(k);
        if (!fontChar(out, font, b, i, i + 1)) processChar(out, b, i, i + 1);
      }
      return i;
    }
  }
  let act = ACTION[c] as Act;
  if (act === Act.Lazy) act = classify(c);
  if (act === Act.Surrogate) {
    const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
    if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out.push(c, i, i + 2);
      out.push(next, i, i + 2);
      return i + 1;
    }
    out.loneSurrogate = true;
    out.push(c, i, i + 1);
    return i;
  }
  if (act !== Act.Combining) {
    processChar(out, c, i, i + 1);
    return i;
  }
  // NFC of a non-Arabic cluster: the last base and the run of combining marks after it.
  const len = s.length;
  let j = i + 1;
  while (j < len) {
    const cj = s.charCodeAt(j);
    const aj = ACTION[cj] === Act.Lazy ? classify(cj) : ACTION[cj];
    if (aj !== Act.Combining) break;
    j++;
  }
  const prev = out.last();
  if (prev === TATWEEL || prev === ZWNJ) {
    // A mark on a tatweel or ZWNJ (both removed later) would land on the letter before it.
    if (out.ends) out.replaceLast(prev, j);
    return j - 1;
  }
  let baseLen = out.length > 0 ? 1 : 0;
  if (baseLen === 1 && out.length > 1) {
    const lo = out.last(1);
    const hi = out.last(2);
    if (lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff) baseLen = 2;
  }
  let base = '';
  let baseStart = i;
  for (let k = baseLen; k >= 1; k--) base += String.fromCharCode(out.last(k));
  if (baseLen > 0 && out.starts) baseStart = out.starts[out.length - baseLen]!;
  const cluster = base + s.slice(i, j);
  const composed = cluster.normalize('NFC');
  if (composed === cluster) {
    for (let k = i; k < j; k++) out.push(s.charCodeAt(k), k, k + 1);
  } else {
    out.length -= baseLen;
    for (let k = 0; k < composed.length; k++) out.push(composed.charCodeAt(k), baseStart, j);
  }
  return j - 1;
}

/**
 * Applies a legacy font to one code unit: a sequence rule that ends with it (replacing the
 * matched converted text, whose range it takes over), else its letter mapping. Returns false
 * when the font leaves the code unit to the normal rules.
 */
function fontChar(out: CodeBuffer, font: LegacyFontTable, c: number, start: number, end: number): boolean {
  if (font.touches[c] === 0) return false;
  const rules = font.sequences.get(c);
  if (rules !== undefined) {
    for (const [before, to] of rules) {
      const n = before.length;
      let k = 0;
      while (k < n && out.last(n - k) === before.charCodeAt(k)) k++;
      if (k < n) continue;
      const from = out.starts ? out.starts[out.length - n]! : start;
      out.length -= n;
      for (let m = 0; m < to.length; m++) processChar(out, to.charCodeAt(m), from, end);
      return true;
    }
  }
  const f = font.letters.get(c);
  if (f === undefined) return false;
  for (let k = 0; k < f.length; k++) processChar(out, f.charCodeAt(k), start, end);
  return true;
}

function processChar(out: CodeBuffer, c: number, start: number, end: number): void {
  let act = ACTION[c] as Act;
  if (act === Act.Lazy) act = classify(c);
  switch (act) {
    case Act.Keep:
    case Act.Combining:
    case Act.Surrogate:
      out.push(c, start, end);
      return;
    case Act.Drop:
      return;
    case Act.Space:
      out.push(0x20, start, end);
      return;
    case Act.Map1:
      out.push(MAP1[c]!, start, end);
      return;
    case Act.MapN: {
      const to = MAPN.get(c)!;
      for (let k = 0; k < to.length; k++) out.push(to.charCodeAt(k), start, end);
      return;
    }
    case Act.Mark: {
      const prev = out.last();
      if (prev < 0) return;
      const composed = COMPOSE.get(prev * 0x10000 + c);
      if (composed !== undefined) {
        out.replaceLast(composed, end);
      } else if (c === FATHA && prev === ALEF && out.last(2) === LAM) {
        out.codes[out.length - 2] = HEAVY_LAM;
        out.replaceLast(ALEF, end);
      } else if (out.ends) {
        // A dropped mark still belongs to the letter it sits on.
        out.replaceLast(prev, end);
      }
      return;
    }
  }
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}

/** The code unit after index `k`, skipping tatweel (and ZWNJ when asked), or -1 at the end. */
function peek(A: Uint16Array, k: number, n: number, skipZwnj: boolean): number {
  for (let m = k + 1; m < n; m++) {
    const c = A[m]!;
    if (c !== TATWEEL && (c !== ZWNJ || !skipZwnj)) return c;
  }
  return -1;
}

/** Pass 2: context rules and options. */
function contextPass(a: CodeBuffer, upTo: number, o: Resolved, out: CodeBuffer): void {
  const n = a.length;
  const A = a.codes;
  const st = a.starts;
  const en = a.ends;
  const digitZero = o.digits === 'keep' ? -1 : DIGIT_ZERO[o.digits];
  const punct = o.punctuation;
  const mask = CTX_ALWAYS | (digitZero >= 0 ? CTX_DIGITS : 0) | (punct !== 'keep' ? CTX_PUNCT : 0);
  if (a.loneSurrogate) out.loneSurrogate = true;
  // Pass 2 lengthens the text only where it writes an ئ (see ALEF_BARE): room for `upTo`
  // more units is made here, and more only then.
  out.reserve(upTo);
  let codes = out.codes;
  let outStarts = out.starts;
  let outEnds = out.ends;
  for (let k = 0; k < upTo; k++) {
    const c = A[k]!;
    if ((CTX[c]! & mask) === 0) {
      const w = out.length++;
      codes[w] = c;
      if (outStarts !== null) {
        outStarts[w] = st![k]!;
        outEnds![w] = en![k]!;
      }
      continue;
    }
    const s0 = st ? st[k]! : 0;
    const e0 = en ? en[k]! : 0;
    if (c === TATWEEL || c === ZWNJ) {
      let m = k + 1;
      while (m < n && A[m] === c) m++;
      const next = m < n ? A[m]! : -1;
      const runEnd = en ? en[m - 1]! : 0;
      const prev = out.last();
      if (c === TATWEEL) {
        if (prev === HEH && !isArabicLetter(next) && next !== ZWNJ) {
          out.replaceLast(HEH_DO, runEnd); // هـ at a word end: consonant h
        } else if (isArabicLetter(next)) {
          // `١٠ ـی` → `١٠ی`: spaces between a number and a tatweel-joined suffix go too.
          let p = out.length;
          while (p > 0 && out.codes[p - 1] === 0x20) p--;
          if (p < out.length && p > 0 && isDigit(out.codes[p - 1]!)) out.length = p;
        }
      } else if (prev === HEH) {
        out.replaceLast(AE, runEnd); // heh + ZWNJ is the letter ە
      } else if (prev !== -1 && joinsForward(prev) && joinsBackward(peek(A, m - 1, n, true))) {
        out.push(ZWNJ, s0, runEnd); // kept only where it stops a join
      }
      k = m - 1;
      continue;
    }
    let code = c;
    switch (c) {
      case HEH: {
        const next = k + 1 < n ? A[k + 1]! : -1;
        if (next !== ZWNJ && next !== TATWEEL && !isArabicLetter(next)) code = AE;
        break;
      }
      case HEH_DO: {
        // (a ZWNJ after it is skipped: ھ + ZWNJ + letter reads as ه + ZWNJ, that is ە)
        const next = peek(A, k, n, true);
        if (isArabicLetter(next)) code = HEH;
        break;
      }
      case REH:
        if (o.initialReh && !isArabicLetter(out.last())) code = HEAVY_REH;
        break;
      case ALEF_BARE:
      case ALEF_MADDA:
        // A Sorani word never starts with a bare vowel letter: the glottal stop ئ is written.
        // Typed with a Persian keyboard, initial ا is the short vowel (ئە) and آ the long (ئا).
        if (o.initialAlef && !isArabicLetter(out.last())) {
          const next = peek(A, k, n, true);
          if (isArabicLetter(next) && next !== LAM && next !== ALEF_BARE) {
            out.push(YEH_HAMZA, s0, e0);
            if (out.length + (upTo - k) > codes.length) {
              out.reserve(upTo - k);
              codes = out.codes;
              outStarts = out.starts;
              outEnds = out.ends;
            }
            code = c === ALEF_BARE ? AE : ALEF_BARE;
          }
        }
        break;
      case YEH_HAMZA: {
        // ئ cannot end a Sorani word after a consonant: Arabic keyboards type it for ێ.
        const next = peek(A, k, n, true);
        const prev = out.last();
        if (
          !isArabicLetter(next) &&
          isArabicLetter(prev) &&
          !VOWELISH.has(prev)
        ) {
          code = YEH_V;
        }
        break;
      }
      default:
        if (digitZero >= 0) {
          const v = digitValue(c);
          if (v >= 0) {
            code = digitZero + v;
            break;
          }
          if (c === ARABIC_DECIMAL_SEPARATOR || c === ARABIC_THOUSANDS_SEPARATOR) {
            const next = peek(A, k, n, true);
            if (o.digits === 'latin' && isDigit(out.last()) && isDigit(next)) {
              code = c === ARABIC_DECIMAL_SEPARATOR ? 0x2e : 0x2c;
            }
            break;
          }
          if ((c === 0x2e || c === 0x2c) && o.digits !== 'latin') {
            const next = peek(A, k, n, true);
            if (isDigit(out.last()) && isDigit(next)) {
              code = c === 0x2e ? ARABIC_DECIMAL_SEPARATOR : ARABIC_THOUSANDS_SEPARATOR;
              break;
            }
          }
        }
        if (punct === 'latin') {
          const to = LATIN_PUNCT.get(c);
          // a comma between Arabic-script digits would read as a thousands separator
          if (to !== undefined && !(to === 0x2c && digitZero > 0x30 && isDigit(out.last()) && isDigit(peek(A, k, n, true)))) {
            code = to;
          }
        } else if (punct === 'kurdish') {
          if (c === 0x22) {
            const prev = out.last();
            const opening = prev === -1 || prev === 0x20 || prev === 0x0a || prev === 0x09 || prev === 0x28 || prev === 0x5b;
            code = opening ? 0x00ab : 0x00bb;
          } else {
            const to = KURDISH_PUNCT.get(c);
            if (to !== undefined) {
              let p = out.length - 1;
              while (p >= 0 && out.codes[p] === 0x20) p--;
              const prev = p >= 0 ? out.codes[p]! : -1;
              const next = peek(A, k, n, true);
              const numeric = isDigit(prev) && isDigit(next);
              if (!isAsciiAlnum(prev) && !numeric && !(c === 0x25 && !isDigit(prev) && !isDigit(next))) code = to;
            }
          }
        }
    }
    out.push(code, s0, e0);
  }
}

/** Pass-1 output is processed in chunks of this many code units, to stay in the CPU cache. */
const CHUNK = 8192;

/** Runs both passes over `s`, chunk by chunk. */
function run(s: string, o: Resolved, track: boolean): CodeBuffer {
  const out = new CodeBuffer(s.length + 16, track);
  const a = new CodeBuffer(Math.min(s.length, CHUNK) + 64, track);
  let i = 0;
  // a.codes[checked..length-2] is known to be a run of tatweel/ZWNJ (0: nothing known)
  let checked = 0;
  while (i < s.length) {
    i = characterPass(s, i, a.length + CHUNK, o.font, a);
    if (i >= s.length) break;
    // Keep a tail for the look-ahead of pass 2 (runs of tatweel/ZWNJ and the letter after
    // them) and the look-behind of pass 1 (a mark composes with the one or two letters
    // before it).
    let m = a.length - 2;
    while (m > checked && (a.codes[m] === TATWEEL || a.codes[m] === ZWNJ)) m--;
    if (m <= 0 || a.codes[m] === TATWEEL || a.codes[m] === ZWNJ) {
      checked = Math.max(checked, a.length - 2);
      continue;
    }
    contextPass(a, m, o, out);
    a.dropFirst(m);
    checked = 0;
  }
  contextPass(a, a.length, o, out);
  return out;
}

/**
 * Normalizes Sorani text to the standard Unicode spelling. Correct text is returned unchanged;
 * the function never throws on any string (it throws only on invalid options).
 *
 * @example
 * normalize('كوردي'); // 'کوردی'
 * normalize('سه‌ره‌کی'); // 'سەرەکی' (heh + ZWNJ → ە)
 * normalize('رێگا'); // 'ڕێگا' (word-initial ر → ڕ)
 * normalize('١٠ ـی', { digits: 'latin' }); // '10ی'
 */
export function normalize(text: string, options?: NormalizeOptions): string {
  const o = resolve(options);
  const s = typeof text === 'string' ? text : String(text ?? '');
  if (s.length === 0) return '';
  return run(s, o, false).toString();
}

/**
 * Normalizes like {@link normalize} and also returns, for every output code unit, the
 * `[start, end)` range of the input that it came from, so that a caller can highlight a match
 * of the normalized text in the original.
 *
 * @example
 * const n = normalizeWithMap('كوردي');
 * n.text; // 'کوردی'
 * toSourceRange(n, 0, 5); // [0, 5]
 */
export function normalizeWithMap(text: string, options?: NormalizeOptions): NormalizedText {
  const o = resolve(options);
  const s = typeof text === 'string' ? text : String(text ?? '');
  const b = run(s, o, true);
  return {
    text: b.toString(),
    starts: b.starts!.slice(0, b.length),
    ends: b.ends!.slice(0, b.length),
    sourceLength: s.length,
  };
}

/**
 * Maps a range `[start, end)` of the normalized text back to the range of the original input
 * that it came from. An empty range maps to an empty range at the matching input position.
 *
 * @example
 * const n = normalizeWithMap('\u200Fكورد');
 * toSourceRange(n, 0, 4); // [1, 5] — the RLM before the word is not part of it
 */
export function toSourceRange(map: NormalizedText, start: number, end: number): [number, number] {
  const len = map.starts.length;
  const s = Math.max(0, Math.min(len, Math.floor(start)));
  const e = Math.max(s, Math.min(len, Math.floor(end)));
  if (e === s) {
    const at = s < len ? map.starts[s]! : map.sourceLength;
    return [at, at];
  }
  return [map.starts[s]!, map.ends[e - 1]!];
}
