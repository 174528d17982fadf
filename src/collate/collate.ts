/**
 * Sorting in Kurdish alphabetical order, insensitive to spelling variants of the same letters.
 *
 * A string's sort key is built from its normalized form (`normalize`: ك = ک, ي = ی, heh + ZWNJ =
 * ە …) with ZWNJ dropped: one weight per letter (وو is one letter), digits by value in every
 * digit set, spaces before punctuation before digits before letters. Equal keys are then
 * ordered by the normalized text and finally by the original text (UTF-16 code units), so the
 * order is total and deterministic: only identical strings compare equal.
 *
 * @module
 */
import { digitValue, ZWNJ } from '../chars/index.js';
import { normalize } from '../normalize/index.js';
import { ARABIC_EQUIVALENTS, ARABIC_ORDER, LATIN_ORDER } from './order.js';
import { choice } from '../options/choice.js';

/** Options of {@link collator}. */
export interface CollatorOptions {
  /**
   * Which script's alphabet comes first and in which order: `'arabic'` (default: Sorani
   * Arabic-script order, then Latin) or `'latin'` (Hawar order first, then Arabic script).
   */
  script?: 'arabic' | 'latin';
  /** Compare runs of digits by their value (`٢` before `١٠`), default `false`. */
  numeric?: boolean;
  /** Reverse the order (default `false`). */
  reverse?: boolean;
}

/** A collator: a `compare` function for `Array.prototype.sort`, sort keys, and `sort`. */
export interface Collator {
  /** Negative when `a` sorts before `b`, positive after, 0 only when `a === b`. */
  compare(a: string, b: string): number;
  /** The primary sort key of a string (equal for spelling variants of the same word). */
  key(s: string): string;
  /** A sorted copy of `list`. */
  sort(list: readonly string[]): string[];
}

const SPACE_W = 0x01;
const PUNCT_W = 0x02;
const DIGIT_W = 0x10;
const FIRST = 0x0100;
const SECOND = 0x1000;
const OTHER = 0x2000;
const WAW = 0x0648;

function buildTable(script: 'arabic' | 'latin'): { table: Uint16Array; doubleWaw: number } {
  const table = new Uint16Array(0x10000);
  const arabicBase = script === 'arabic' ? FIRST : SECOND;
  const latinBase = script === 'arabic' ? SECOND : FIRST;
  for (let c = 0; c < 0x10000; c++) table[c] = Math.min(0xffff, OTHER + c);
  for (let c = 0; c < 0x80; c++) {
    if (c <= 0x20) table[c] = SPACE_W;
    else if (!/[0-9A-Za-z]/.test(String.fromCharCode(c))) table[c] = PUNCT_W;
  }
  for (let c = 0x0620; c <= 0x06ff; c++) table[c] = arabicBase + 0x200 + (c - 0x0600);
  for (const c of [0x060c, 0x061b, 0x061f, 0x066a, 0x066b, 0x066c, 0x06d4, 0x00ab, 0x00bb, 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026]) {
    table[c] = PUNCT_W;
  }
  let doubleWaw = 0;
  ARABIC_ORDER.forEach((letter, k) => {
    if (letter.length === 1) table[letter.charCodeAt(0)] = arabicBase + 4 * k;
    else doubleWaw = arabicBase + 4 * k;
  });
  for (const [from, to] of Object.entries(ARABIC_EQUIVALENTS)) table[from.charCodeAt(0)] = table[to.charCodeAt(0)]!;
  LATIN_ORDER.forEach((letter, k) => {
    table[letter.charCodeAt(0)] = latinBase + 4 * k;
    const upper = letter.toUpperCase();
    if (upper.length === 1) table[upper.charCodeAt(0)] = latinBase + 4 * k;
  });
  // every other Latin letter that decomposes to a base letter plus marks sorts as that letter
  for (let c = 0x41; c <= 0x24f; c++) {
    const ch = String.fromCharCode(c);
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (LATIN_ORDER.includes(ch.toLowerCase() as (typeof LATIN_ORDER)[number])) continue;
    if (base.length === 1 && base >= 'a' && base <= 'z') table[c] = table[base.charCodeAt(0)]!;
  }
  return { table, doubleWaw };
}

const TABLES = { arabic: buildTable('arabic'), latin: buildTable('latin') };

/** The primary key of an already normalized string. */
function keyOf(n: string, script: 'arabic' | 'latin', numeric: boolean): string {
  const { table, doubleWaw } = TABLES[script];
  const codes: number[] = [];
  const len = n.length;
  for (let i = 0; i < len; i++) {
    const c = n.charCodeAt(i);
    if (c === ZWNJ) continue;
    const dv = digitValue(c);
    if (dv >= 0) {
      if (!numeric) {
        codes.push(DIGIT_W + dv);
        continue;
      }
      let j = i;
      while (j < len && digitValue(n.charCodeAt(j)) === 0) j++;
      let k = j;
      while (k < len && digitValue(n.charCodeAt(k)) >= 0) k++;
      codes.push(DIGIT_W, 0x20 + Math.min(k - j, 0xff00));
      for (let m = j; m < k; m++) codes.push(0x30 + digitValue(n.charCodeAt(m)));
      i = k - 1;
      continue;
    }
    if (c === WAW && n.charCodeAt(i + 1) === WAW) {
      codes.push(doubleWaw);
      i++;
      continue;
    }
    codes.push(table[c]!);
  }
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.slice(i, i + 8192));
  return out;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}


function flag(name: string, value: unknown): boolean {
  if (value === undefined) return false;
  if (typeof value === 'boolean') return value;
  throw new RangeError(`zman: invalid option ${name}: ${JSON.stringify(value)}; allowed: true, false`);
}

/**
 * Makes a collator for Kurdish alphabetical order. Throws on invalid options.
 *
 * @example
 * const c = collator();
 * ['ڕێگا', 'ز', 'رووناک'].sort(c.compare); // ['رووناک', 'ڕێگا', 'ز'] — ڕ before ز
 * collator({ script: 'latin' }).sort(['şar', 'sor', 'zana']); // ['sor', 'şar', 'zana']
 */
export function collator(options?: CollatorOptions): Collator {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new TypeError(`zman: collator options must be an object, got ${typeof options}`);
  }
  const script = choice('script', options?.script, ['arabic', 'latin'] as const, 'arabic');
  const numeric = flag('numeric', options?.numeric);
  const sign = flag('reverse', options?.reverse) ? -1 : 1;
  const key = (s: string) => keyOf(normalize(String(s)), script, numeric);
  /** The sort key and the normalized form of a string. */
  const keys = (s: string) => {
    const n = normalize(s);
    return { k: keyOf(n, script, numeric), n };
  };
  return {
    key,
    compare(a, b) {
      if (a === b) return 0;
      const x = keys(String(a));
      const y = keys(String(b));
      return sign * (cmp(x.k, y.k) || cmp(x.n, y.n) || cmp(a, b));
    },
    sort(list) {
      // repeated strings (word lists) are keyed once
      const seen = new Map<string, { k: string; n: string }>();
      const items = list.map((value) => {
        const s = String(value);
        let entry = seen.get(s);
        if (entry === undefined) {
          entry = keys(s);
          seen.set(s, entry);
        }
        return { s, k: entry.k, n: entry.n };
      });
      items.sort((x, y) => sign * (cmp(x.k, y.k) || cmp(x.n, y.n) || cmp(x.s, y.s)));
      return items.map((x) => x.s);
    },
  };
}

const DEFAULT = collator();

/**
 * Compares two strings in Sorani alphabetical order (ئ ا ب پ ت ج چ ح خ د ر ڕ ز ژ س ش ع غ ف ڤ
 * ق ک گ ل ڵ م ن ه ە و ۆ وو ی ێ), treating spelling variants alike (ك = ک, ZWNJ ignored);
 * ties are broken by the normalized and then the original code units, so 0 means identical.
 *
 * @example
 * compare('ڕۆژ', 'زەوی'); // -1 — ڕ comes before ز
 * compare('كورد', 'کورد'); // non-zero but adjacent: only the spelling differs
 */
export function compare(a: string, b: string): number {
  return DEFAULT.compare(a, b);
}

/**
 * Returns a copy of `list` sorted in Sorani alphabetical order (see {@link collator} for the
 * options: Latin-script order, numeric digits, reverse).
 *
 * @example
 * sort(['هەولێر', 'ئاکرێ', 'سلێمانی', 'دهۆک']); // ['ئاکرێ', 'دهۆک', 'سلێمانی', 'هەولێر']
 */
export function sort(list: readonly string[], options?: CollatorOptions): string[] {
  return (options === undefined ? DEFAULT : collator(options)).sort(list);
}
