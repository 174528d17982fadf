/**
 * A small, linear lexer over normalized text, shared by the number and date finders: words
 * (runs of letters, with ZWNJ inside), digit runs (with `. , ٫ ٬ ،` between digits) and single
 * punctuation characters, each with whether a space or a line break came before it.
 *
 * Tokens live in parallel typed arrays; a token's text is sliced only when a finder asks.
 *
 * @module
 */
import { digitValue, isArabicLetter, isDigit } from '../chars/index.js';

/**
 * Token kinds (`WORD`, `DIGITS`, `PUNCT`) and what separates a token from the one before it
 * (`JOINED`, `SPACE`, `BREAK` = a line break). Finders copy them into local constants
 * (`const { WORD } = TOKEN`): a plain local is cheaper than an imported binding in hot loops
 * under some module loaders.
 */
export const TOKEN = { WORD: 1, DIGITS: 2, PUNCT: 3, JOINED: 0, SPACE: 1, BREAK: 2 } as const;
const { WORD, DIGITS, PUNCT, JOINED, SPACE, BREAK } = TOKEN;

/** The tokens of one text. */
export interface Tokens {
  readonly text: string;
  readonly count: number;
  readonly kind: Uint8Array;
  readonly start: Uint32Array;
  readonly end: Uint32Array;
  /** {@link JOINED}, {@link SPACE} or {@link BREAK} (a line break or paragraph between). */
  readonly gap: Uint8Array;
}

// Character classes, copied into one table so that the scanning loop makes no calls.
const C_LETTER = 1;
const C_DIGIT = 2;
const C_SEPARATOR = 4;
const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const latin = c < 0x80 ? (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a : c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;
  if (latin || isArabicLetter(c)) CLASS[c] = C_LETTER;
  else if (isDigit(c)) CLASS[c] = C_DIGIT;
}
for (const c of [0x2e, 0x2c, 0x066b, 0x066c, 0x060c]) CLASS[c] = C_SEPARATOR;
const ZWNJ = 0x200c;

/** Splits normalized text into tokens, in one pass. */
export function scan(text: string): Tokens {
  const len = text.length;
  let cap = Math.max(16, len >> 2);
  let kind = new Uint8Array(cap);
  let start = new Uint32Array(cap);
  let end = new Uint32Array(cap);
  let gap = new Uint8Array(cap);
  let count = 0;
  let pending: number = SPACE;
  const push = (k: number, s: number, e: number) => {
    if (count === cap) {
      cap *= 2;
      const k2 = new Uint8Array(cap);
      k2.set(kind);
      kind = k2;
      const s2 = new Uint32Array(cap);
      s2.set(start);
      start = s2;
      const e2 = new Uint32Array(cap);
      e2.set(end);
      end = e2;
      const g2 = new Uint8Array(cap);
      g2.set(gap);
      gap = g2;
    }
    kind[count] = k;
    start[count] = s;
    end[count] = e;
    gap[count] = pending;
    count++;
    pending = JOINED;
  };
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    const cls = CLASS[c]!;
    if (cls === C_LETTER) {
      let j = i + 1;
      for (;;) {
        const d = text.charCodeAt(j);
        if (j < len && (CLASS[d] === C_LETTER || (d === ZWNJ && j + 1 < len && CLASS[text.charCodeAt(j + 1)] === C_LETTER))) j++;
        else break;
      }
      push(WORD, i, j);
      i = j;
    } else if (c === 0x20 || c === 0x09) {
      if (pending === JOINED) pending = SPACE;
      i++;
    } else if (c === 0x0a || c === 0x0d) {
      pending = BREAK;
      i++;
    } else if (cls === C_DIGIT) {
      let j = i + 1;
      for (;;) {
        while (j < len && CLASS[text.charCodeAt(j)] === C_DIGIT) j++;
        if (j + 1 < len && CLASS[text.charCodeAt(j)] === C_SEPARATOR && CLASS[text.charCodeAt(j + 1)] === C_DIGIT) j += 2;
        else break;
      }
      push(DIGITS, i, j);
      i = j;
    } else if (c === ZWNJ) {
      i++;
    } else {
      // a surrogate pair stays one token
      const j = c >= 0xd800 && c <= 0xdbff && i + 1 < len && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
      push(PUNCT, i, j);
      i = j;
    }
  }
  return { text, count, kind, start, end, gap };
}

const CACHE = new WeakMap<object, Tokens>();

/**
 * The tokens of a normalized text, scanned once per object: the number and date finders
 * called on the same `NormalizedText` share them.
 */
export function tokensOf(n: { readonly text: string }): Tokens {
  let t = CACHE.get(n);
  if (t === undefined || t.text !== n.text) {
    t = scan(n.text);
    CACHE.set(n, t);
  }
  return t;
}

/** The text of token `i`. */
export function tokenText(t: Tokens, i: number): string {
  return t.text.slice(t.start[i]!, t.end[i]!);
}

/** The single character of a punctuation token, or -1 when `i` is not punctuation. */
export function punctAt(t: Tokens, i: number): number {
  return i < t.count && t.kind[i] === PUNCT ? t.text.charCodeAt(t.start[i]!) : -1;
}

/** A digit string in any digit set, with Latin digits (separators kept). */
export function latinDigits(s: string): string {
  let out = '';
  for (let k = 0; k < s.length; k++) {
    const v = digitValue(s.charCodeAt(k));
    out += v >= 0 ? String.fromCharCode(0x30 + v) : s[k];
  }
  return out;
}

/** The result of a {@link Lexicon} look-up: the entry and the suffix cut off to find it. */
export interface Hit<T> {
  readonly value: T;
  readonly suffix: string;
}

interface TrieNode<T> {
  next: Map<number, TrieNode<T>> | undefined;
  value: T | undefined;
}

/**
 * A word list with suffix stripping: `lookup('هەفتەیەدا')` finds `هەفتە` when `یەدا` is one
 * of the suffixes. The words live in a trie walked once per look-up, so a word that starts no
 * entry costs a couple of map probes and no allocation. The exact word wins, then the
 * longest entry followed by a suffix.
 */
export class Lexicon<T> {
  private readonly root: TrieNode<T> = { next: undefined, value: undefined };
  private readonly map = new Map<string, T>();
  private readonly suffixes: ReadonlySet<string>;
  private readonly longestSuffix: number;
  /** A filter over the first two letters of the entries (one-letter entries: second = 0). */
  private readonly starts = new Uint8Array(1 << 16);

  constructor(entries: Iterable<readonly [string, T]>, suffixes: readonly string[]) {
    this.suffixes = new Set(suffixes);
    this.longestSuffix = Math.max(0, ...suffixes.map((x) => x.length));
    for (const [word, value] of entries) {
      if (this.map.has(word) || word.length === 0) continue;
      this.map.set(word, value);
      let node = this.root;
      for (let k = 0; k < word.length; k++) {
        node.next ??= new Map();
        const c = word.charCodeAt(k);
        let child = node.next.get(c);
        if (!child) {
          child = { next: undefined, value: undefined };
          node.next.set(c, child);
        }
        node = child;
      }
      node.value = value;
      this.starts[startKey(word.charCodeAt(0), word.length > 1 ? word.charCodeAt(1) : 0)] = 1;
    }
  }

  /** The entry for the word at `[start, end)` of `text`. */
  lookup(text: string, start: number, end: number): Hit<T> | undefined {
    let node: TrieNode<T> | undefined = this.root;
    let best: Hit<T> | undefined;
    for (let k = start; k < end; k++) {
      node = node.next?.get(text.charCodeAt(k));
      if (node === undefined) return best;
      if (node.value !== undefined) {
        if (k + 1 === end) return { value: node.value, suffix: '' };
        if (end - (k + 1) <= this.longestSuffix) {
          const suffix = text.slice(k + 1, end);
          if (this.suffixes.has(suffix)) best = { value: node.value, suffix };
        }
      }
    }
    return best;
  }

  /** True when the word at token `i` starts like an entry (a fast pre-check, no allocation). */
  maybe(t: Tokens, i: number): boolean {
    if (t.kind[i] !== WORD) return false;
    const s = t.start[i]!;
    const c0 = t.text.charCodeAt(s);
    return this.starts[startKey(c0, t.text.charCodeAt(s + 1))] === 1 || this.starts[startKey(c0, 0)] === 1;
  }

  /** The entry for token `i`, when it is a word. */
  at(t: Tokens, i: number): Hit<T> | undefined {
    return i < t.count && t.kind[i] === WORD ? this.lookup(t.text, t.start[i]!, t.end[i]!) : undefined;
  }

  /** Every word of the list. */
  words(): IterableIterator<string> {
    return this.map.keys();
  }
}

function startKey(c0: number, c1: number): number {
  return ((c0 << 7) ^ c1) & 0xffff;
}

/** True when token `i` is the word `w`. */
export function isWord(t: Tokens, i: number, w: string): boolean {
  if (i >= t.count || t.kind[i] !== WORD) return false;
  const s = t.start[i]!;
  return t.end[i]! - s === w.length && t.text.startsWith(w, s);
}

/** A phrase found by {@link PhraseLexicon}: its entry, the token after it, the last word's suffix. */
export interface PhraseHit<T> {
  readonly value: T;
  readonly end: number;
  readonly suffix: string;
}

/**
 * A list of one- or several-word phrases (`کانوونی دووەم`); the last word may carry one of the
 * suffixes (`کانوونی دووەمی`). The longest phrase wins.
 */
export class PhraseLexicon<T> {
  private readonly first: Lexicon<{ rest: readonly string[]; value: T }[]>;
  private readonly suffixes: ReadonlySet<string>;

  constructor(entries: Iterable<readonly [string, T]>, suffixes: readonly string[]) {
    const byFirst = new Map<string, { rest: readonly string[]; value: T }[]>();
    for (const [phrase, value] of entries) {
      const [head, ...rest] = phrase.split(' ');
      const list = byFirst.get(head!) ?? [];
      list.push({ rest, value });
      byFirst.set(head!, list);
    }
    this.first = new Lexicon(byFirst, suffixes);
    this.suffixes = new Set(suffixes);
  }

  at(t: Tokens, i: number): PhraseHit<T> | undefined {
    const hit = this.first.at(t, i);
    if (!hit) return undefined;
    let best: PhraseHit<T> | undefined;
    for (const { rest, value } of hit.value) {
      if (rest.length === 0) {
        if (!best) best = { value, end: i + 1, suffix: hit.suffix };
        continue;
      }
      if (hit.suffix !== '' || (best && best.end >= i + 1 + rest.length)) continue;
      let k = 0;
      while (k < rest.length - 1 && t.gap[i + 1 + k] !== BREAK && isWord(t, i + 1 + k, rest[k]!)) k++;
      if (k < rest.length - 1) continue;
      const j = i + rest.length;
      if (j >= t.count || t.kind[j] !== WORD || t.gap[j] === BREAK) continue;
      const last = rest[rest.length - 1]!;
      const word = t.text.slice(t.start[j]!, t.end[j]!);
      if (!word.startsWith(last)) continue;
      const suffix = word.slice(last.length);
      if (suffix === '' || this.suffixes.has(suffix)) best = { value, end: j + 1, suffix };
    }
    return best;
  }
}
