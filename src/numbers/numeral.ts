/**
 * Reading one amount — digits, number words or both (`سێ ملیۆن و پێنج سەد هەزار`,
 * `١٠ هەزار`, `دەیان هەزار`) — from a token position. Shared by the number and date finders.
 *
 * @module
 */
import { digitValue } from '../chars/index.js';
import { normalize } from '../normalize/index.js';
import {
  isWord,
  latinDigits,
  Lexicon,
  TOKEN,
  type Tokens,
} from './scan.js';
import {
  FEW,
  FRACTIONS,
  HUNDREDS,
  NUMBER_SUFFIXES,
  ORDINAL_VARIANTS,
  ordinalOf,
  SCALES,
  TENS,
  UNITS,
  VAGUE,
  VARIANTS,
} from './words.js';

const { DIGITS, JOINED, BREAK, SPACE, WORD } = TOKEN;

type WordType = 'small' | 'hundred' | 'scale' | 'fraction' | 'vague';

interface NumberWord {
  readonly type: WordType;
  readonly value: number;
  readonly ordinal: boolean;
  readonly max?: number;
}

function entries(): [string, NumberWord][] {
  const out: [string, NumberWord][] = [];
  const add = (written: string, type: WordType, value: number) => {
    const word = normalize(written); // the tables are matched against normalized text
    out.push([word, { type, value, ordinal: false }]);
    if (type === 'fraction' || type === 'vague') return;
    const ord = ordinalOf(word);
    out.push([ord, { type, value, ordinal: true }], [`${ord}ین`, { type, value, ordinal: true }]);
  };
  UNITS.forEach((w, v) => add(w, 'small', v));
  TENS.forEach((w, v) => w && add(w, 'small', v * 10));
  HUNDREDS.forEach((w, v) => w && add(w, v === 1 ? 'hundred' : 'small', v * 100));
  for (const [v, w] of SCALES) add(w, 'scale', v);
  for (const [w, v] of Object.entries(VARIANTS)) add(w, v >= 1000 ? 'scale' : 'small', v);
  for (const [w, v] of Object.entries(ORDINAL_VARIANTS)) out.push([w, { type: 'small', value: v, ordinal: true }]);
  for (const [w, v] of Object.entries(FRACTIONS)) add(w, 'fraction', v);
  for (const [w, [a, b]] of Object.entries(VAGUE)) out.push([w, { type: 'vague', value: a, max: b, ordinal: false }]);
  return out;
}

/** Every number word (cardinal, ordinal, fraction, vague), with suffix stripping. */
export const NUMBER_WORDS = new Lexicon<NumberWord>(entries(), NUMBER_SUFFIXES);

/** Words that look like a number word with a suffix but are not numbers. */
const NOT_NUMBERS: ReadonlySet<string> = new Set(['سەدە', 'سەدەی', 'سەدەکە', 'سەدەکان', 'سەدەکانی', 'سەدەیە', 'سەدەدا', 'دەی']);

/** Ordinal endings written after digits: ٣ەم، ٢٠یەمین. */
const DIGIT_ORDINAL = new Set(['ەم', 'یەم', 'هەم', 'ەمین', 'یەمین', 'هەمین']);

/** One amount read from the tokens. */
export interface Numeral {
  /** The token index just after the amount. */
  readonly end: number;
  readonly value: number;
  readonly kind: 'cardinal' | 'ordinal' | 'fraction';
  readonly approximate: boolean;
  readonly min?: number;
  readonly max?: number;
  /** The suffix on the last word (`ی` of `هەزاری`), or `''`. */
  readonly suffix: string;
}

/**
 * The value of a digit run in any digit set with `. , ٫ ٬` separators, or `undefined` when
 * the separators do not make a number. Rules: when both kinds occur, the last one is the
 * decimal point; `٫` is decimal, `٬` and the Arabic comma `،` (١٠،٠٠٠) group thousands; a separator used twice groups thousands;
 * a single `,` before exactly three digits groups thousands, otherwise it is a decimal comma.
 */
export function digitRunValue(raw: string): number | undefined {
  if (raw.length <= 15) {
    // the common case, digits only: no string building
    let v = 0;
    let k = 0;
    for (; k < raw.length; k++) {
      const d = digitValue(raw.charCodeAt(k));
      if (d < 0) break;
      v = v * 10 + d;
    }
    if (k === raw.length) return v;
  }
  const s = latinDigits(raw).replace(/\u066b/g, 'D').replace(/[\u066c\u060c]/g, 'T');
  if (/^\d+$/.test(s)) return s.length <= 308 ? Number(s) : undefined;
  const seps = s.replace(/\d/g, '');
  let decimal = '';
  if (seps.includes('D')) decimal = 'D';
  else if (seps.includes('.') && seps.includes(',')) decimal = seps[seps.length - 1]!;
  else if (seps.length === 1 && seps !== 'T') decimal = seps === '.' || !/,\d{3}$/.test(s) ? seps : '';
  const point = decimal === '' ? -1 : s.lastIndexOf(decimal);
  const intPart = point < 0 ? s : s.slice(0, point);
  const frac = point < 0 ? '' : s.slice(point + 1);
  if (!/^\d+$/.test(frac) && point >= 0) return undefined;
  const groups = intPart.split(/[.,T]/);
  if (groups.length > 1 && groups.slice(1).some((g) => g.length !== 3)) return undefined;
  if (groups.length > 1 && (groups[0]!.length === 0 || groups[0]!.length > 3)) return undefined;
  const value = Number(`${groups.join('')}${frac ? `.${frac}` : ''}`);
  return Number.isFinite(value) ? value : undefined;
}

/** The largest power of ten that divides `x` (the place a following part must stay below). */
function place(x: number): number {
  if (x === 0) return Infinity;
  let p = 1;
  while (p < 1e15 && x % (p * 10) === 0) p *= 10;
  return p;
}

/** True when token `i` can start or continue an amount. */
function isNumberToken(t: Tokens, i: number): boolean {
  if (i >= t.count) return false;
  if (t.kind[i] === DIGITS) return true;
  return NUMBER_WORDS.at(t, i) !== undefined;
}

function wordAt(t: Tokens, i: number) {
  const hit = NUMBER_WORDS.at(t, i);
  if (hit === undefined || hit.suffix === '') return hit;
  const word = t.text.slice(t.start[i]!, t.end[i]!);
  // دە with a suffix is nearly always the verb prefix (دەدا، دەی): ten takes none
  if (NOT_NUMBERS.has(word) || word.length - hit.suffix.length === 2 && word.startsWith('دە')) return undefined;
  return hit;
}

/** Reads a vague amount (دەیان هەزار، چەند ملیۆن، چەند ڕۆژێک) at token `i`. */
function vagueAt(t: Tokens, i: number): Numeral | undefined {
  let min: number;
  let max: number;
  let suffix = '';
  const hit = wordAt(t, i);
  if (hit?.value.type === 'vague') {
    min = hit.value.value;
    max = hit.value.max!;
    suffix = hit.suffix;
  } else if (isWord(t, i, FEW)) {
    const next = i + 1;
    const scale = wordAt(t, next);
    const indefinite =
      next < t.count && t.kind[next] === WORD && t.gap[next] !== BREAK && /(ێک|یەک)(ی|دا|یش)?$/.test(t.text.slice(t.start[next]!, t.end[next]!));
    if (scale?.value.type !== 'scale' && scale?.value.type !== 'hundred' && !indefinite) return undefined;
    min = 2;
    max = 9;
  } else {
    return undefined;
  }
  let j = i + 1;
  while (suffix === '' && j < t.count && t.gap[j] !== BREAK) {
    const s = wordAt(t, j);
    if (!s || (s.value.type !== 'scale' && s.value.type !== 'hundred') || s.value.ordinal) break;
    min *= s.value.value;
    max = (max + 1) * s.value.value - 1;
    suffix = s.suffix;
    j++;
  }
  return { end: j, value: min, kind: 'cardinal', approximate: true, min, max, suffix };
}

/**
 * Reads the amount starting at token `i`, or returns `undefined`. Parts follow the Sorani
 * order: a larger part first, joined by و to smaller ones (`هەزار و دووسەد و سی`); a unit before
 * سەد or a scale word multiplies it (`پێنج سەد هەزار`); digits take scale words (`١٠ هەزار`).
 */
export function readNumeral(t: Tokens, i: number): Numeral | undefined {
  if (i >= t.count) return undefined;
  const vague = vagueAt(t, i);
  if (vague) return vague;
  let total = 0;
  let current = 0;
  let lastScale = Infinity;
  let parts = 0;
  let prevAnd = false;
  let fraction = false;
  let ordinal = false;
  let suffix = '';
  let end = i;
  let firstSmall = -1;
  let group: { total: number; current: number; end: number; parts: number; suffix: string; fraction: boolean } | undefined;
  let j = i;
  while (j < t.count) {
    if (j > i && t.gap[j] === BREAK) break;
    let type: WordType;
    let v: number;
    let hitSuffix = '';
    let isOrdinal = false;
    if (t.kind[j] === DIGITS) {
      if (parts > 0 && !prevAnd) break;
      const d = digitRunValue(t.text.slice(t.start[j]!, t.end[j]!));
      if (d === undefined) break;
      type = 'small';
      v = d;
      const k = j + 1;
      if (k < t.count && t.kind[k] === WORD && t.gap[k] === JOINED && DIGIT_ORDINAL.has(t.text.slice(t.start[k]!, t.end[k]!))) {
        isOrdinal = true;
        j = k;
      }
    } else {
      const hit = wordAt(t, j);
      if (!hit || hit.value.type === 'vague') break;
      type = hit.value.type;
      v = hit.value.value;
      hitSuffix = hit.suffix;
      isOrdinal = hit.value.ordinal;
    }
    const sum = total + current;
    if (type === 'small') {
      if (parts > 0 && (!prevAnd || !(v < place(sum)))) break;
      current += v;
      if (parts === 0 && v >= 1 && v <= 9 && Number.isInteger(v)) firstSmall = v;
    } else if (type === 'hundred') {
      if (parts > 0 && !prevAnd && current >= 1 && current <= 9 && Number.isInteger(current)) current *= 100;
      else if (parts === 0 || (prevAnd && 100 < place(sum))) current += 100;
      else break;
    } else if (type === 'scale') {
      if (v >= lastScale) {
        // سێ هەزار و پێنج هەزار: the group after و belongs to a new amount
        if (!prevAnd && group) ({ total, current, end, parts, suffix, fraction } = group);
        break;
      }
      if (parts === 0 || (prevAnd && current === 0)) current = 1;
      if (current === 0 || current >= v) break;
      total += current * v;
      current = 0;
      lastScale = v;
    } else {
      // fraction
      if (parts === 0) current = v;
      else if (prevAnd && current === 0 && lastScale !== Infinity) total += v * lastScale;
      else if (prevAnd && current > 0 && Number.isInteger(current)) current += v;
      else if (!prevAnd && total === 0 && current >= 1 && current <= 9) current *= v;
      else break;
      fraction = true;
    }
    parts++;
    end = j + 1;
    suffix = hitSuffix;
    if (isOrdinal) {
      ordinal = true;
      break;
    }
    if (hitSuffix !== '') break;
    const next = j + 1;
    if (isWord(t, next, 'و') && t.gap[next] !== BREAK && isNumberToken(t, next + 1)) {
      group = { total, current, end, parts, suffix, fraction };
      prevAnd = true;
      j = next + 1;
    } else {
      prevAnd = false;
      j = next;
      if (j >= t.count || t.gap[j] === JOINED) break;
    }
  }
  if (parts === 0) return undefined;
  const value = total + current;
  if (parts === 1 && firstSmall > 0 && suffix === '' && !ordinal) {
    // two neighbouring units give a range: دوو سێ ڕۆژ = two or three days
    const next = wordAt(t, end);
    if (next && next.value.type === 'small' && !next.value.ordinal && next.value.value === firstSmall + 1 && t.gap[end] === SPACE) {
      return {
        end: end + 1,
        value: firstSmall,
        kind: 'cardinal',
        approximate: true,
        min: firstSmall,
        max: firstSmall + 1,
        suffix: next.suffix,
      };
    }
  }
  const kind = ordinal ? 'ordinal' : fraction && !Number.isInteger(value) ? 'fraction' : 'cardinal';
  return { end, value, kind, approximate: false, suffix };
}
