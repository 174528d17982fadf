/**
 * Character classes of the tokenizer: one lookup table over UTF-16 code units, filled lazily
 * from the Unicode properties of the runtime (a code unit is classified once; nothing is paid
 * at start-up), plus the Sorani letter and digit facts of `src/chars`.
 *
 * @module
 */
import { isArabicLetter, isDigit, TATWEEL, ZWNJ } from '../chars/index.js';
import { AMBIGUOUS_QUOTES, SENTENCE_END_MARKS, SYMBOL_PUNCTUATION } from './tables.js';

/** The class of a code unit. */
export const enum C {
  Other = 1,
  /** Space, tab and every Unicode space except line breaks. */
  Space,
  /** Line feed and carriage return. */
  Newline,
  /** Invisible format and control characters (bidi marks, ZWJ, BOM …), skipped. */
  Ignorable,
  Zwnj,
  /** A letter of the Arabic script (also presentation forms). */
  Arabic,
  ArabicMark,
  Tatweel,
  /** A decimal digit in the Latin, Arabic-Indic or Persian set. */
  Digit,
  Latin,
  /** A combining mark outside the Arabic block (joins the token before it). */
  Mark,
  /** A letter of another script (Greek, Cyrillic, Hebrew, Han …). */
  Letter,
  Punct,
  Symbol,
  Emoji,
  High,
  Low,
}

/** The kind of a punctuation character (meaningful for {@link C.Punct} only). */
export const enum P {
  Other = 0,
  End,
  Open,
  Close,
  Quote,
  Dash,
}

const CLASS = new Uint8Array(0x10000); // 0 = not classified yet
const PUNCT = new Uint8Array(0x10000);
const LOWER = new Uint8Array(0x10000);

const RE = {
  letter: /^\p{L}$/u,
  latin: /^\p{Script=Latin}$/u,
  mark: /^\p{M}$/u,
  format: /^\p{Cf}$/u,
  control: /^\p{Cc}$/u,
  punct: /^\p{P}$/u,
  symbol: /^[\p{S}\p{No}]$/u,
  decimal: /^\p{Nd}$/u,
  open: /^[\p{Ps}\p{Pi}]$/u,
  close: /^[\p{Pe}\p{Pf}]$/u,
  dash: /^\p{Pd}$/u,
  pictographic: /^\p{Extended_Pictographic}$/u,
  lower: /^\p{Ll}$/u,
} as const;

const SPACES = new Set([0x09, 0x0b, 0x0c, 0x20, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]);

function classify(c: number): C {
  if (c === 0x0a || c === 0x0d) return C.Newline;
  if (SPACES.has(c) || (c >= 0x2000 && c <= 0x200a)) return C.Space;
  if (c === ZWNJ) return C.Zwnj;
  if (c === TATWEEL) return C.Tatweel;
  if (c >= 0xd800 && c <= 0xdbff) return C.High;
  if (c >= 0xdc00 && c <= 0xdfff) return C.Low;
  if (isDigit(c)) return C.Digit;
  const ch = String.fromCharCode(c);
  if (RE.control.test(ch) || RE.format.test(ch)) return C.Ignorable;
  if (isArabicLetter(c)) return C.Arabic;
  if (RE.mark.test(ch)) return c >= 0x0600 && c <= 0x08ff ? C.ArabicMark : C.Mark;
  if (RE.letter.test(ch)) {
    if (c >= 0xfb50 && c <= 0xfeff) return C.Arabic; // presentation forms
    return RE.latin.test(ch) ? C.Latin : C.Letter;
  }
  if (RE.decimal.test(ch)) return C.Letter; // digits of other scripts: part of an "other" run
  if (SYMBOL_PUNCTUATION.includes(ch)) return C.Symbol;
  if (RE.pictographic.test(ch) && c >= 0x2300) return C.Emoji;
  if (RE.punct.test(ch)) {
    PUNCT[c] = SENTENCE_END_MARKS.includes(ch)
      ? P.End
      : AMBIGUOUS_QUOTES.includes(ch)
        ? P.Quote
        : RE.dash.test(ch)
          ? P.Dash
          : RE.open.test(ch)
            ? P.Open
            : RE.close.test(ch)
              ? P.Close
              : P.Other;
    return C.Punct;
  }
  if (RE.symbol.test(ch)) return C.Symbol;
  return C.Other;
}

/** The class of a UTF-16 code unit. */
export function cls(c: number): C {
  const k = CLASS[c]!;
  if (k !== 0) return k;
  const fresh = classify(c);
  CLASS[c] = fresh;
  return fresh;
}

/** The punctuation kind of a code unit of class {@link C.Punct}. */
export function punctKind(c: number): P {
  return PUNCT[c]!;
}

/** True for a lower-case letter (Unicode Ll). */
export function isLower(c: number): boolean {
  let v = LOWER[c]!;
  if (v === 0) {
    v = RE.lower.test(String.fromCharCode(c)) ? 2 : 1;
    LOWER[c] = v;
  }
  return v === 2;
}

const ASTRAL = new Map<number, C>();

/** The class of an astral code point (emoji, letters of other planes, symbols). */
export function astralClass(cp: number): C {
  let k = ASTRAL.get(cp);
  if (k === undefined) {
    const ch = String.fromCodePoint(cp);
    k = RE.pictographic.test(ch)
      ? C.Emoji
      : RE.mark.test(ch)
        ? C.Mark
        : RE.letter.test(ch) || RE.decimal.test(ch)
          ? C.Letter
          : RE.format.test(ch)
            ? C.Ignorable
            : RE.symbol.test(ch) || RE.punct.test(ch)
              ? C.Symbol
              : C.Other;
    if (ASTRAL.size < 4096) ASTRAL.set(cp, k);
  }
  return k;
}

/** True for an emoji modifier or component that continues the emoji before it. */
export function isEmojiComponent(cp: number): boolean {
  return (
    (cp >= 0x1f3fb && cp <= 0x1f3ff) || // skin tones
    (cp >= 0xe0020 && cp <= 0xe007f) || // tag characters (subdivision flags)
    cp === 0xfe0f ||
    cp === 0xfe0e ||
    cp === 0x20e3
  );
}

/** True for a regional indicator symbol (two of them make a flag). */
export function isRegionalIndicator(cp: number): boolean {
  return cp >= 0x1f1e6 && cp <= 0x1f1ff;
}

/** True for a letter, digit or Latin letter: what a hashtag or mention must not follow. */
export function isWordClass(k: C): boolean {
  return k === C.Arabic || k === C.Latin || k === C.Digit;
}
