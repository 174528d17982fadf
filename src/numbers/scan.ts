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
import type { TextDocument } from '../document/document.js';
import type { TokenTable } from '../tokenize/tokenize.js';
import { K, TokenBuffer } from '../tokenize/token-buffer.js';

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
  readonly start: Int32Array;
  readonly end: Int32Array;
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

/**
 * Lexes `text[from, to)` into `out` (kinds, starts, ends, and the gap in the flags), the first
 * token taking the gap `first`.
 */
function lexRange(text: string, from: number, to: number, first: number, out: TokenBuffer): void {
  let pending = first;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const cls = CLASS[c]!;
    if (cls === C_LETTER) {
      let j = i + 1;
      for (;;) {
        const d = text.charCodeAt(j);
        if (j < to && (CLASS[d] === C_LETTER || (d === ZWNJ && j + 1 < to && CLASS[text.charCodeAt(j + 1)] === C_LETTER))) j++;
        else break;
      }
      out.push(i, j, WORD, pending);
      pending = JOINED;
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
        while (j < to && CLASS[text.charCodeAt(j)] === C_DIGIT) j++;
        if (j + 1 < to && CLASS[text.charCodeAt(j)] === C_SEPARATOR && CLASS[text.charCodeAt(j + 1)] === C_DIGIT) j += 2;
        else break;
      }
      out.push(i, j, DIGITS, pending);
      pending = JOINED;
      i = j;
    } else if (c === ZWNJ) {
      i++;
    } else {
      // a surrogate pair stays one token
      const j = c >= 0xd800 && c <= 0xdbff && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
      out.push(i, j, PUNCT, pending);
      pending = JOINED;
      i = j;
    }
  }
}

function toTokens(text: string, out: TokenBuffer): Tokens {
  return { text, count: out.length, kind: out.kinds, start: out.starts, end: out.ends, gap: out.flags };
}

/** Splits a short normalized text (a number written out, a phrase) into tokens, in one pass. */
export function scan(text: string): Tokens {
  const out = new TokenBuffer(Math.max(16, text.length >> 2));
  lexRange(text, 0, text.length, SPACE, out);
  return toTokens(text, out);
}

const K_WORD: number = K.Word;
const K_NUMBER: number = K.Number;
const K_DOT: number = K.Dot;
const K_PUNCT: number = K.Punct;

/**
 * The tokens the number and date finders read, made from the tokens of the tokenizer (a
 * document's token table) without scanning the text again: a word and a number are taken as
 * they are; numbers the tokenizer split at a separator (`1,2` `٢٠٢١.`) are joined back into one
 * digit run as these finders read them; only the few other tokens (Latin words, punctuation
 * runs, web addresses, emoji) are split into letters, digits and single characters.
 */
function tokensFromTable(text: string, table: TokenTable): Tokens {
  const { kinds, gaps, from, to } = table;
  const count = kinds.length;
  const out = new TokenBuffer(count + (count >> 3) + 16);
  for (let t = 0; t < count; t++) {
    const k = kinds[t]!;
    const a = from[t]!;
    let b = to[t]!;
    const gap = gaps[t]!;
    if (k === K_WORD && text.charCodeAt(b - 1) !== 0x2e) {
      out.push(a, b, WORD, gap);
    } else if (k === K_NUMBER && CLASS[text.charCodeAt(b - 1)] === C_DIGIT) {
      // a digit run split by the tokenizer at a separator: one run here (1,2,3 ٢٠٢٤،٥)
      while (
        t + 2 < count &&
        to[t + 1] === from[t + 1]! + 1 &&
        (kinds[t + 1] === K_DOT || kinds[t + 1] === K_PUNCT) &&
        CLASS[text.charCodeAt(from[t + 1]!)] === C_SEPARATOR &&
        gaps[t + 1] === JOINED &&
        gaps[t + 2] === JOINED &&
        kinds[t + 2] === K_NUMBER &&
        from[t + 2] === b + 1 &&
        CLASS[text.charCodeAt(from[t + 2]!)] === C_DIGIT &&
        CLASS[text.charCodeAt(to[t + 2]! - 1)] === C_DIGIT
      ) {
        b = to[t + 2]!;
        t += 2;
      }
      out.push(a, b, DIGITS, gap);
    } else {
      lexRange(text, a, b, gap, out);
    }
  }
  return toTokens(text, out);
}

const CACHE = new WeakMap<TextDocument, Tokens>();

/**
 * The finder tokens of a document, made once per document from its token table: the number
 * and date finders called on the same document share them.
 */
export function tokensOf(doc: TextDocument): Tokens {
  let t = CACHE.get(doc);
  if (t === undefined) {
    t = tokensFromTable(doc.normalized.text, doc.table);
    CACHE.set(doc, t);
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
