/**
 * Finding amounts in running text: digits, number words and both, ordinals, fractions,
 * percentages, money and vague amounts.
 *
 * @module
 */
import { createDocument, documentOf, type TextDocument } from '../document/document.js';
import { MONTH_NAME_HEADS, WEEKDAY_NAME_TAILS } from '../facts/calendar-names.js';
import type { NormalizedText } from '../normalize/index.js';
import { NUMBER_WORDS, readNumeral, type Numeral } from './numeral.js';
import {
  isWord,
  Lexicon,
  punctAt,
  TOKEN,
  type Tokens,
  tokensOf,
  tokenText,
} from './scan.js';
import { CURRENCIES, CURRENCY_ADJECTIVES, CURRENCY_SIGNS, FEW, NUMBER_SUFFIXES, QUALIFIERS } from './words.js';

const { BREAK, DIGITS, JOINED, PUNCT, WORD } = TOKEN;

/** An amount found in text. Offsets are UTF-16 indexes into the original input, `[start, end)`. */
export interface NumberSpan {
  readonly start: number;
  readonly end: number;
  /** The original text of the span. */
  readonly text: string;
  /** The value; for a range (vague amount), its lower bound. */
  readonly value: number;
  readonly kind: 'cardinal' | 'ordinal' | 'fraction' | 'percent' | 'currency';
  /** True for vague amounts (دەیان هەزار), ranges (دوو سێ) and qualified ones (نزیکەی …). */
  readonly approximate: boolean;
  /** The lower bound, when there is one. */
  readonly min?: number;
  /** The upper bound, when there is one. */
  readonly max?: number;
  /** The ISO 4217 code of a money amount (`IRT` for the toman). */
  readonly currency?: string;
}

const CURRENCY_WORDS = new Lexicon(Object.entries(CURRENCIES), NUMBER_SUFFIXES);
/** Words an amount can start with: a fast filter before the full parse. */
const STARTS = new Lexicon<true>(
  [...NUMBER_WORDS.words(), ...QUALIFIERS.map((q) => q.words[0]!), 'لە', 'لەسەدا', 'سەدا', 'لەسەد', 'لەسەدی', FEW].map((w) => [w, true] as const),
  NUMBER_SUFFIXES,
);
const PERCENT = 0x25;
const ARABIC_PERCENT = 0x066a;
/** Signs an amount can start with: % ٪ and the currency signs. */
const AMOUNT_SIGNS: ReadonlySet<number> = new Set([PERCENT, ARABIC_PERCENT, ...Object.keys(CURRENCY_SIGNS).map((c) => c.charCodeAt(0))]);

/** The second word of a weekday written in two words (یەک شەممە), from the weekday names. */
const WEEKDAY_TAIL = new Lexicon([...WEEKDAY_NAME_TAILS].map((w) => [w, true] as const), NUMBER_SUFFIXES);

function isPercentSign(t: Tokens, i: number): boolean {
  const c = punctAt(t, i);
  return c === PERCENT || c === ARABIC_PERCENT;
}

/** `لە سەدا` or `لەسەدا` at `i`: returns the token after it, or -1. */
function perHundredAt(t: Tokens, i: number, bare: boolean): number {
  if (isWord(t, i, 'لەسەدا') || (!bare && isWord(t, i, 'سەدا')) || (bare && (isWord(t, i, 'لەسەد') || isWord(t, i, 'لەسەدی')))) return i + 1;
  if (isWord(t, i, 'لە') && (isWord(t, i + 1, 'سەدا') || (bare && (isWord(t, i + 1, 'سەد') || isWord(t, i + 1, 'سەدی'))))) return i + 2;
  return -1;
}

/** A numeric date (٢٧ - ١٢ - ٢٠٢١, ٢٧/١٢/٢٠٢١) at `i`: the token after it, or -1. */
function numericDateAt(t: Tokens, i: number): number {
  const sep = punctAt(t, i + 1);
  if (sep !== 0x2f && sep !== 0x2d) return -1;
  if (t.kind[i + 2] !== DIGITS || punctAt(t, i + 3) !== sep || t.kind[i + 4] !== DIGITS) return -1;
  return i + 5;
}

interface Found {
  from: number;
  to: number;
  value: number;
  kind: NumberSpan['kind'];
  approximate: boolean;
  min?: number;
  max?: number;
  currency?: string;
}

function fromNumeral(from: number, n: Numeral): Found {
  const f: Found = { from, to: n.end, value: n.value, kind: n.kind, approximate: n.approximate };
  if (n.min !== undefined) f.min = n.min;
  if (n.max !== undefined) f.max = n.max;
  return f;
}

/** What follows an amount: a percent sign, `لە سەدا`, or a currency word. */
function extend(t: Tokens, f: Found, n: Numeral): void {
  const j = f.to;
  if (j >= t.count || t.gap[j] === BREAK || n.kind !== 'cardinal') return;
  if (isPercentSign(t, j)) {
    f.kind = 'percent';
    f.to = j + 1;
    return;
  }
  if (n.suffix !== '') return;
  const per = perHundredAt(t, j, true);
  if (per > 0 && !(per < t.count && t.kind[per] === DIGITS)) {
    f.kind = 'percent';
    f.to = per;
    return;
  }
  const money = CURRENCY_WORDS.at(t, j);
  if (money) {
    f.kind = 'currency';
    f.currency = money.value;
    f.to = j + 1;
    const adj = j + 1;
    if (money.suffix === 'ی' && adj < t.count && t.kind[adj] === WORD && CURRENCY_ADJECTIVES.has(tokenText(t, adj))) {
      f.to = adj + 1;
    }
    return;
  }
  const sign = punctAt(t, j);
  if (sign >= 0 && t.gap[j] !== BREAK) {
    const code = CURRENCY_SIGNS[String.fromCharCode(sign)];
    if (code) {
      f.kind = 'currency';
      f.currency = code;
      f.to = j + 1;
    }
  }
}

/** Reads an amount with what may come before it (a qualifier, `لە سەدا`, `%`, `$`). */
function amountAt(t: Tokens, i: number): Found | undefined {
  // qualifiers: نزیکەی، زیاتر لە، لانیکەم …
  for (const q of QUALIFIERS) {
    let k = 0;
    while (k < q.words.length && isWord(t, i + k, q.words[k]!)) k++;
    if (k < q.words.length) continue;
    const inner = amountAt(t, i + k);
    if (!inner || t.gap[i + k] === BREAK) return undefined;
    inner.from = i;
    inner.approximate = true;
    if (q.bound === 'min' && inner.min === undefined) inner.min = inner.value;
    if (q.bound === 'max' && inner.max === undefined) inner.max = inner.value;
    return inner;
  }
  const per = perHundredAt(t, i, false);
  if (per > 0) {
    const n = readNumeral(t, per);
    if (!n || n.kind !== 'cardinal') return undefined;
    return { ...fromNumeral(i, n), kind: 'percent' };
  }
  const c = punctAt(t, i);
  if (c >= 0) {
    if (i + 1 >= t.count || t.gap[i + 1] === BREAK || t.kind[i + 1] !== DIGITS) return undefined;
    const code = CURRENCY_SIGNS[String.fromCharCode(c)];
    if (c !== PERCENT && c !== ARABIC_PERCENT && code === undefined) return undefined;
    const n = readNumeral(t, i + 1);
    if (!n || n.kind !== 'cardinal') return undefined;
    const f = fromNumeral(i, n);
    if (code) {
      f.kind = 'currency';
      f.currency = code;
    } else {
      f.kind = 'percent';
    }
    return f;
  }
  if (t.kind[i] === DIGITS && numericDateAt(t, i) > 0) return undefined;
  const n = readNumeral(t, i);
  if (!n) return undefined;
  if (n.kind === 'ordinal' && i > 0 && t.kind[i - 1] === WORD && MONTH_NAME_HEADS.has(tokenText(t, i - 1))) return undefined;
  // یەک شەممە، پێنج شەمە: the number is part of a weekday's name
  if (n.end === i + 1 && n.suffix === '' && WEEKDAY_TAIL.at(t, i + 1) && t.gap[i + 1] !== BREAK) return undefined;
  const f = fromNumeral(i, n);
  extend(t, f, n);
  return f;
}

/**
 * Finds amounts in text that was normalized already with `normalizeWithMap`; offsets refer to
 * `source`, the original input.
 *
 * @example
 * const n = normalizeWithMap('١٠ هەزار سەرباز');
 * findNumbersIn(n, '١٠ هەزار سەرباز')[0].value; // 10000
 */
export function findNumbersIn(n: NormalizedText, source: string): NumberSpan[] {
  return findNumbersInDocument(documentOf(n, typeof source === 'string' ? source : String(source ?? '')));
}

/**
 * Finds amounts in a document prepared with `createDocument` (from `zman/analyze`): reads its
 * tokens, normalizes and tokenizes nothing again.
 *
 * @example
 * findNumbersInDocument(createDocument('سێ هەزار کەس'))[0].value; // 3000
 */
export function findNumbersInDocument(doc: TextDocument): NumberSpan[] {
  const n = doc.normalized;
  const source = doc.source;
  const t = tokensOf(doc);
  const spans: NumberSpan[] = [];
  let i = 0;
  while (i < t.count) {
    const k = t.kind[i];
    if (k === WORD && ((i > 0 && t.gap[i] === JOINED && t.kind[i - 1] !== PUNCT) || !STARTS.maybe(t, i) || !STARTS.at(t, i))) {
      i++; // not a number word, or a suffix glued to a number
      continue;
    }
    if (k === PUNCT && !AMOUNT_SIGNS.has(t.text.charCodeAt(t.start[i]!))) {
      i++;
      continue;
    }
    if (k === DIGITS) {
      const d = numericDateAt(t, i);
      if (d > 0) {
        i = d;
        continue;
      }
    }
    const f = amountAt(t, i);
    if (!f) {
      i++;
      continue;
    }
    const a = n.starts[t.start[f.from]!] ?? n.sourceLength;
    const b = n.ends[t.end[f.to - 1]! - 1] ?? n.sourceLength;
    const span: { -readonly [K in keyof NumberSpan]: NumberSpan[K] } = {
      start: a,
      end: b,
      text: source.slice(a, b),
      value: f.value,
      kind: f.kind,
      approximate: f.approximate,
    };
    if (f.min !== undefined) span.min = f.min;
    if (f.max !== undefined) span.max = f.max;
    if (f.currency !== undefined) span.currency = f.currency;
    spans.push(span);
    i = f.to;
  }
  return spans;
}

/**
 * Finds amounts in Sorani text: digits in any digit set (`٣٬٥٠٠`), number words and mixtures
 * (`سێ ملیۆن و پێنج سەد هەزار`, `١٠ هەزار`), ordinals (`دووەم`), fractions (`نیو`, `سێیەک`),
 * percentages (`لە سەدا ٢٠`, `سەدا ٢٠`, `%٢٠`), money (`١٢ ملیار دینار`) and vague amounts
 * (`دەیان هەزار`) as approximate ranges. Numeric dates (`٢٧/١٢/٢٠٢١`) are left to
 * `findDates`. Never throws.
 *
 * @example
 * findNumbers('دەیان هەزار سەرباز');
 * // [{ start: 0, end: 11, text: 'دەیان هەزار', value: 20000, kind: 'cardinal',
 * //    approximate: true, min: 20000, max: 99999 }]
 */
export function findNumbers(text: string): NumberSpan[] {
  const source = typeof text === 'string' ? text : String(text ?? '');
  return findNumbersInDocument(createDocument(source));
}
