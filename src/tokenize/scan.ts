/**
 * The tokenizer's core: one linear scan over a string that writes token boundaries, kinds and
 * flags into typed arrays. It runs on normalized text (for {@link tokenize}) and on raw text
 * (for the fast path of {@link sentences}), so it also accepts what normalization removes:
 * format characters, Arabic marks, tatweel and presentation forms.
 *
 * Every loop advances its index; look-aheads that may fail (e-mail local parts, bare domains)
 * remember where they failed, so that no stretch of text is scanned more than a few times.
 *
 * @module
 */
import { isArabicLetter, isDigit, TATWEEL, ZWNJ } from '../chars/index.js';
import {
  AMBIGUOUS_QUOTES,
  ARABIC_ABBREVIATIONS,
  LATIN_ABBREVIATIONS,
  SENTENCE_END_MARKS,
  SYMBOL_PUNCTUATION,
  TOP_LEVEL_DOMAINS,
  URL_PREFIXES,
} from './tables.js';

// ---------------------------------------------------------------------------------------
// Character classes: one lookup table over UTF-16 code units, filled lazily from the Unicode
// properties of the runtime (a code unit is classified once; nothing is paid at start-up),
// plus the Sorani letter and digit facts of `src/chars`. Kept in this module so that the hot
// loop calls them directly.

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
function astralClass(cp: number): C {
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
function isEmojiComponent(cp: number): boolean {
  return (
    (cp >= 0x1f3fb && cp <= 0x1f3ff) || // skin tones
    (cp >= 0xe0020 && cp <= 0xe007f) || // tag characters (subdivision flags)
    cp === 0xfe0f ||
    cp === 0xfe0e ||
    cp === 0x20e3
  );
}

/** True for a regional indicator symbol (two of them make a flag). */
function isRegionalIndicator(cp: number): boolean {
  return cp >= 0x1f1e6 && cp <= 0x1f1ff;
}

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

// ---------------------------------------------------------------------------------------
// Tokens

/** Token kinds of the scanner (finer than the public token types for punctuation). */
export const enum K {
  Word = 0,
  Number,
  Latin,
  Url,
  Email,
  Hashtag,
  Mention,
  Emoji,
  Symbol,
  Other,
  /** A sentence-final mark or a run of them (`؟`, `...`, `?!`), but not a single full stop. */
  End,
  /** A single full stop. */
  Dot,
  Open,
  Close,
  Quote,
  Dash,
  Punct,
}

/** Flags of a token. */
export const enum F {
  /** Whitespace between the previous token and this one. */
  SpaceBefore = 1,
  /** A line break between the previous token and this one. */
  NewlineBefore = 2,
  /** A suffix or clitic written joined to the number, Latin word or closing mark before it. */
  Attached = 4,
  /** A Latin token that starts with a lower-case letter. */
  Lower = 8,
}

/** Growable parallel arrays of tokens. */
export class TokenBuffer {
  starts: Int32Array;
  ends: Int32Array;
  kinds: Uint8Array;
  flags: Uint8Array;
  length = 0;

  constructor(capacity: number) {
    const n = Math.max(16, capacity);
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
    this.kinds = new Uint8Array(n);
    this.flags = new Uint8Array(n);
  }

  push(start: number, end: number, kind: K, flags: number): void {
    if (this.length === this.starts.length) this.grow();
    const i = this.length++;
    this.starts[i] = start;
    this.ends[i] = end;
    this.kinds[i] = kind;
    this.flags[i] = flags;
  }

  private grow(): void {
    const n = this.starts.length * 2;
    const s = new Int32Array(n);
    s.set(this.starts);
    this.starts = s;
    const e = new Int32Array(n);
    e.set(this.ends);
    this.ends = e;
    const k = new Uint8Array(n);
    k.set(this.kinds);
    this.kinds = k;
    const f = new Uint8Array(n);
    f.set(this.flags);
    this.flags = f;
  }
}

const FOLDED_ARABIC_ABBREVIATIONS: ReadonlySet<string> = new Set(
  [...ARABIC_ABBREVIATIONS].map((a) => foldWord(a, 0, a.length)),
);

const DOT = 0x2e;
const AT = 0x40;
const HASH = 0x23;
const UNDERSCORE = 0x5f;

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}
function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isEmailLocal(c: number): boolean {
  // letters, digits and . _ % + -
  return isAsciiAlnum(c) || c === DOT || c === UNDERSCORE || c === 0x25 || c === 0x2b || c === 0x2d;
}
function isLabelChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 0x2d;
}
/** A character that ends a web address (besides whitespace). */
function endsUrl(c: number): boolean {
  return c === 0x22 || c === 0x3c || c === 0x3e || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d;
}
/** A character trimmed from the end of a web address (sentence punctuation after it). */
function trimmedFromUrl(c: number): boolean {
  return (
    c === DOT || c === 0x2c || c === 0x3a || c === 0x3b || c === 0x21 || c === 0x3f || c === 0x27 ||
    c === 0x061f || c === 0x060c || c === 0x061b || c === 0x2026
  );
}
/** Decimal and thousands separators inside a number: . , ٫ ٬ */
function isNumberSeparator(c: number): boolean {
  return c === DOT || c === 0x2c || c === 0x066b || c === 0x066c;
}

function isWordClass(k: C): boolean {
  return k === C.Arabic || k === C.Latin || k === C.Digit;
}

/** Scans `text` into `out`. */
export function scan(text: string, out: TokenBuffer): void {
  const n = text.length;
  let i = 0;
  let gap = 0; // F.SpaceBefore | F.NewlineBefore seen since the last token
  let emailFailUntil = 0;
  let domainFailUntil = 0;
  const seps: number[] = []; // separator positions of the current digit chain

  /** True when a word of `kind` starting at `start` is a suffix joined to the token before. */
  const attaches = (start: number, kind: K): boolean => {
    if (gap !== 0 || out.length === 0 || out.ends[out.length - 1] !== start) return false;
    const prev = out.kinds[out.length - 1]!;
    return (
      prev === K.Number ||
      prev === K.Close ||
      (prev === K.Latin && kind === K.Word) ||
      (prev === K.Quote && (out.flags[out.length - 1]! & F.SpaceBefore) === 0)
    );
  };

  const emit = (start: number, end: number, kind: K, extra: number): void => {
    let flags = gap | extra;
    if ((kind === K.Word || kind === K.Latin) && attaches(start, kind)) flags |= F.Attached;
    out.push(start, end, kind, flags);
    gap = 0;
  };

  /** Index after the combining marks at `j`. */
  const marks = (j: number): number => {
    while (j < n && cls(text.charCodeAt(j)) === C.Mark) j++;
    return j;
  };

  /** The end of a web address starting at `from`, without the punctuation after it. */
  const urlEnd = (from: number): number => {
    let j = from;
    let open = 0;
    let close = 0;
    while (j < n) {
      const c = text.charCodeAt(j);
      const k = cls(c);
      if (k === C.Space || k === C.Newline || endsUrl(c)) break;
      if (c === 0x28) open++;
      else if (c === 0x29) close++;
      j++;
    }
    for (;;) {
      const c = text.charCodeAt(j - 1);
      if (j - 1 > from && trimmedFromUrl(c)) j--;
      else if (j - 1 > from && c === 0x29 && close > open) {
        close--;
        j--;
      } else break;
    }
    return j;
  };

  /** The end of a dotted domain `a.b.c` starting at `from` (-1 when it is not one) and of its last label. */
  const domainEnd = (from: number): { end: number; tldStart: number } => {
    let j = from;
    let labels = 0;
    let lastStart = from;
    for (;;) {
      const labelStart = j;
      while (j < n && isLabelChar(text.charCodeAt(j))) j++;
      if (j === labelStart) break; // only at `from`: a dot is taken only before a label
      labels++;
      lastStart = labelStart;
      if (j + 1 < n && text.charCodeAt(j) === DOT && isLabelChar(text.charCodeAt(j + 1))) j++;
      else break;
    }
    return { end: labels >= 2 ? j : -1, tldStart: lastStart };
  };

  const isTld = (start: number, end: number): boolean => {
    if (end - start < 2 || end - start > 6) return false;
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k);
      if (c < 0x61 || c > 0x7a) return false; // lower-case ASCII letters only
    }
    return TOP_LEVEL_DOMAINS.has(text.slice(start, end));
  };

  /** Tries an e-mail address at `from`; returns its end or -1. */
  const email = (from: number): number => {
    if (from < emailFailUntil) return -1;
    let j = from;
    while (j < n && isEmailLocal(text.charCodeAt(j))) j++;
    if (j < n && text.charCodeAt(j) === AT && j > from) {
      const d = domainEnd(j + 1);
      if (d.end > 0 && isTld(d.tldStart, d.end)) return d.end;
    }
    emailFailUntil = j;
    return -1;
  };

  const startsWithUrlPrefix = (from: number): boolean => {
    for (const p of URL_PREFIXES) {
      if (from + p.length > n) continue;
      let ok = true;
      for (let k = 0; k < p.length; k++) {
        const want = p.charCodeAt(k);
        const got = text.charCodeAt(from + k);
        if ((want >= 0x61 ? got | 0x20 : got) !== want) {
          ok = false;
          break;
        }
      }
      if (ok) return true;
    }
    return false;
  };

  /**
   * After the dot of an abbreviation at `j`: more single letters with a dot (پ.ز. U.S.), and a
   * last single letter without one (ی.ن.ک); not the word of د.محمد.
   */
  const chainAbbreviation = (j: number, k: C): number => {
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
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    const k = cls(c);
    switch (k) {
      case C.Space:
        gap |= F.SpaceBefore;
        i++;
        continue;
      case C.Newline:
        gap |= F.SpaceBefore | F.NewlineBefore;
        i++;
        continue;
      case C.Ignorable:
      case C.Zwnj:
        i++;
        continue;
      case C.Arabic:
      case C.ArabicMark:
      case C.Tatweel: {
        let j = i + 1;
        let letters = k === C.Arabic ? 1 : 0;
        for (;;) {
          while (j < n) {
            const kk = cls(text.charCodeAt(j));
            if (kk === C.Arabic) letters++;
            else if (kk !== C.ArabicMark && kk !== C.Tatweel && kk !== C.Mark) break;
            j++;
          }
          if (j >= n) break;
          const kk = cls(text.charCodeAt(j));
          if (kk !== C.Zwnj && kk !== C.Ignorable) break;
          let m = j;
          while (m < n && (cls(text.charCodeAt(m)) === C.Zwnj || cls(text.charCodeAt(m)) === C.Ignorable)) m++;
          const after = m < n ? cls(text.charCodeAt(m)) : C.Other;
          if (after !== C.Arabic && after !== C.Tatweel && after !== C.ArabicMark) break;
          j = m;
        }
        // د. پ.ز. هتد. — an abbreviation keeps its dot (not a word joined to a number: ١٠ی.)
        if (j < n && text.charCodeAt(j) === DOT && (j + 1 === n || text.charCodeAt(j + 1) !== DOT)) {
          if (
            !attaches(i, K.Word) &&
            letters > 0 &&
            (letters === 1 || (letters <= 5 && FOLDED_ARABIC_ABBREVIATIONS.has(foldWord(text, i, j))))
          ) {
            j = chainAbbreviation(j + 1, C.Arabic);
          }
        }
        emit(i, j, K.Word, 0);
        i = j;
        continue;
      }
      case C.Digit: {
        if (isAsciiDigit(c)) {
          const e = email(i);
          if (e > 0) {
            emit(i, e, K.Email, 0);
            i = e;
            continue;
          }
        }
        // the whole chain of digit groups joined by . , ٫ ٬
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
        const end = marks(j);
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
            emit(from, s, K.Number, 0);
            emit(s, s + 1, sc === DOT ? K.Dot : K.Punct, 0);
            from = s + 1;
            decimal = false;
          }
        }
        emit(from, end, K.Number, 0);
        i = end;
        continue;
      }
      case C.Latin: {
        if (c === 0x68 || c === 0x48 || c === 0x66 || c === 0x46 || c === 0x77 || c === 0x57) {
          if (startsWithUrlPrefix(i)) {
            const e = urlEnd(i);
            emit(i, e, K.Url, 0);
            i = e;
            continue;
          }
        }
        if (isAsciiAlnum(c)) {
          const e = email(i);
          if (e > 0) {
            emit(i, e, K.Email, 0);
            i = e;
            continue;
          }
        }
        let j = i + 1;
        let letters = 1;
        let digits = 0;
        while (j < n) {
          const cc = text.charCodeAt(j);
          const kk = cls(cc);
          if (kk === C.Latin) letters++;
          else if (isAsciiDigit(cc)) digits++;
          else if (kk === C.Mark) {
            // part of the letter before it
          } else if ((cc === 0x27 || cc === 0x2019) && j + 1 < n && cls(text.charCodeAt(j + 1)) === C.Latin) {
            // an apostrophe inside a word: don't, Kurdistan's
          } else break;
          j++;
        }
        // a bare domain: rudaw.net, kurdistan24.net/en
        if (j + 1 < n && text.charCodeAt(j) === DOT && i >= domainFailUntil && isAsciiAlnum(c)) {
          const d = domainEnd(i);
          if (d.end > 0 && isTld(d.tldStart, d.end)) {
            const e = d.end < n && text.charCodeAt(d.end) === 0x2f ? urlEnd(d.end) : d.end;
            emit(i, e, K.Url, 0);
            i = e;
            continue;
          }
          domainFailUntil = d.end > 0 ? d.end : j + 1;
        }
        // Dr. Prof. J. e.g. U.S.
        if (j < n && text.charCodeAt(j) === DOT && (j + 1 === n || text.charCodeAt(j + 1) !== DOT)) {
          if (
            !attaches(i, K.Latin) &&
            digits === 0 &&
            (letters === 1 || (letters <= 7 && LATIN_ABBREVIATIONS.has(text.slice(i, j).toLowerCase())))
          ) {
            j = chainAbbreviation(j + 1, C.Latin);
          }
        }
        emit(i, j, K.Latin, isLower(c) ? F.Lower : 0);
        i = j;
        continue;
      }
      case C.Punct: {
        const pk = punctKind(c);
        let j = i + 1;
        let kind: K;
        if (pk === P.End) {
          while (j < n && cls(text.charCodeAt(j)) === C.Punct && punctKind(text.charCodeAt(j)) === P.End) j++;
          kind = j === i + 1 && c === DOT ? K.Dot : K.End;
        } else if (pk === P.Open || pk === P.Close || pk === P.Quote) {
          kind = pk === P.Open ? K.Open : pk === P.Close ? K.Close : K.Quote;
        } else {
          while (j < n && text.charCodeAt(j) === c) j++;
          kind = pk === P.Dash ? K.Dash : K.Punct;
        }
        j = marks(j);
        emit(i, j, kind, 0);
        i = j;
        continue;
      }
      case C.Symbol: {
        if ((c === HASH || c === AT) && i + 1 < n) {
          const prev = i > 0 ? cls(text.charCodeAt(i - 1)) : C.Space;
          if (!isWordClass(prev)) {
            let j = i + 1;
            let letters = 0;
            if (c === HASH) {
              while (j < n) {
                const cc = text.charCodeAt(j);
                const kk = cls(cc);
                if (kk === C.Arabic || kk === C.Latin) letters++;
                else if (kk === C.Zwnj) {
                  if (j + 1 >= n || cls(text.charCodeAt(j + 1)) !== C.Arabic) break;
                } else if (kk !== C.Digit && kk !== C.ArabicMark && kk !== C.Tatweel && kk !== C.Mark && cc !== UNDERSCORE) break;
                j++;
              }
            } else {
              while (j < n) {
                const cc = text.charCodeAt(j);
                if (isAsciiAlnum(cc) || cc === UNDERSCORE) {
                  if (!isAsciiDigit(cc)) letters++;
                } else if (!(cc === DOT && j + 1 < n && isAsciiAlnum(text.charCodeAt(j + 1)))) break;
                j++;
              }
            }
            if (letters > 0) {
              emit(i, j, c === HASH ? K.Hashtag : K.Mention, 0);
              i = j;
              continue;
            }
          }
        }
        let j = i + 1;
        while (j < n && text.charCodeAt(j) === c) j++;
        j = marks(j);
        emit(i, j, K.Symbol, 0);
        i = j;
        continue;
      }
      case C.Emoji:
      case C.High: {
        let j = i;
        let cp = c;
        if (k === C.High) {
          const lo = i + 1 < n ? text.charCodeAt(i + 1) : 0;
          if (lo < 0xdc00 || lo > 0xdfff) {
            emit(i, i + 1, K.Other, 0);
            i++;
            continue;
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
          emit(i, j, K.Emoji, 0);
        } else if (ak === C.Letter) {
          while (j < n) {
            const kk = cls(text.charCodeAt(j));
            if (kk === C.Mark || kk === C.Letter) j++;
            else if (kk === C.High && j + 1 < n && astralClass(text.codePointAt(j)!) === C.Letter) j += 2;
            else break;
          }
          emit(i, j, K.Other, 0);
        } else if (ak === C.Mark && out.length > 0 && out.ends[out.length - 1] === i) {
          out.ends[out.length - 1] = j;
        } else {
          j = marks(j);
          emit(i, j, ak === C.Symbol ? K.Symbol : K.Other, 0);
        }
        i = j;
        continue;
      }
      case C.Letter: {
        let j = i + 1;
        while (j < n) {
          const kk = cls(text.charCodeAt(j));
          if (kk === C.Mark || kk === C.Letter) j++;
          else break;
        }
        emit(i, j, K.Other, 0);
        i = j;
        continue;
      }
      case C.Mark: {
        const j = marks(i + 1);
        // a combining mark with no base: joins the token it touches
        if (gap === 0 && out.length > 0 && out.ends[out.length - 1] === i) out.ends[out.length - 1] = j;
        else emit(i, j, K.Other, 0);
        i = j;
        continue;
      }
      default: {
        // lone low surrogates, unassigned and private-use code points
        emit(i, i + 1, K.Other, 0);
        i++;
      }
    }
  }
}
