/**
 * Suggestions for a misspelled word: candidates from the Sorani error model (weighted edits
 * over the vocabulary trie, colloquial rewrites and keyboard confusions checked against the
 * morphology, split words), ranked by error cost and word frequency.
 *
 * @module
 */
import { checkPrepared, hasArabicLetter, isKnown, prepareWord, spellOptions, type SpellOptions } from './check.js';
import {
  GENERAL,
  JOIN_COST,
  REWRITES,
  SPLIT_COST,
  SUBSTITUTIONS,
  keyboardModel,
  type CostTables,
} from './error-model.js';
import type { HunspellDictionary } from './hunspell.js';
import { searchTrie, type Found } from './search.js';
import { buildTrie, MAX_BAND, vocabulary, vocabularyTrie, type Trie } from './vocabulary.js';

/** One suggestion. */
export interface Suggestion {
  /** The suggested spelling (two words separated by a space when the typed word was two words run together). */
  readonly word: string;
  /** The ranking score, between 0 and 1: error-model probability × word frequency. */
  readonly score: number;
  /** The error model's cost of the correction (edit units; a plain edit costs 1). */
  readonly cost: number;
  /** Frequency band of the suggestion in the news corpus (-1: known from the morphology or a dictionary only). */
  readonly frequency: number;
}

/** Options of {@link suggest}. */
export interface SuggestOptions extends SpellOptions {
  /** How many suggestions at most (default 5, 1–100). */
  readonly limit?: number;
}

/**
 * The ranking's weights: `cost` per edit unit and `frequency` per frequency band (≈ log2 of
 * the corpus count), in natural-log units; `unlisted` is what a word known only from the
 * morphology or a dictionary loses next to a vocabulary word; `split` the cost of a missing
 * space. Chosen on the Amani development set as whole parameters (not per item).
 */
export const RANKING = { cost: 3, frequency: 0.15, unlisted: 1, split: SPLIT_COST };

/** The cost budget of the trie search by word length. */
function budgetFor(n: number): number {
  return n <= 2 ? 0.8 : n <= 4 ? 1.35 : 2;
}

/** The log-score of a candidate (higher is better). */
export function logScore(cost: number, band: number): number {
  return -RANKING.cost * cost + (band >= 0 ? RANKING.frequency * band : -RANKING.unlisted);
}



const SUB_BY_LETTER = (() => {
  const m = new Map<string, [string, number][]>();
  for (const [a, b, c] of SUBSTITUTIONS) {
    if (c > 0.6) continue;
    const list = m.get(a) ?? [];
    list.push([b, c]);
    m.set(a, list);
  }
  return m;
})();

/** Candidate spellings of a prepared word with their error costs (the word itself excluded). */
export interface Candidate {
  cost: number;
  band: number;
}

const dictTries = new WeakMap<HunspellDictionary, Trie>();

function dictionaryTrie(d: HunspellDictionary): Trie {
  let t = dictTries.get(d);
  if (!t) {
    const words = d.words();
    t = buildTrie(words.map((w) => [w, 0] as const));
    dictTries.set(d, t);
  }
  return t;
}

function add(out: Map<string, Found>, w: string, cost: number, band: number): void {
  const had = out.get(w);
  if (!had || had.cost > cost) out.set(w, { cost, band });
}

/**
 * Edits of `w` that the morphology or vocabulary may know although the trie search cannot
 * reach them (inflected forms not in the vocabulary): single cheap substitutions, colloquial
 * rewrites, and pairs of cheap substitutions for short words.
 */
function variants(w: string, model: CostTables): [string, number][] {
  const out: [string, number][] = [];
  const subsAt: [number, string, number][] = [];
  for (let i = 0; i < w.length; i++) {
    for (const [b, c] of SUB_BY_LETTER.get(w[i]!) ?? []) {
      const code = w.charCodeAt(i) * 65536 + b.charCodeAt(0);
      subsAt.push([i, b, model.sub.get(code) ?? c]);
    }
  }
  for (const [i, b, c] of subsAt) out.push([w.slice(0, i) + b + w.slice(i + 1), c]);
  if (w.length <= 10) {
    for (let x = 0; x < subsAt.length; x++) {
      for (let y = x + 1; y < subsAt.length; y++) {
        const [i, b, c] = subsAt[x]!;
        const [j, d, e] = subsAt[y]!;
        if (i === j || c + e > 0.9) continue;
        out.push([w.slice(0, i) + b + w.slice(i + 1, j) + d + w.slice(j + 1), c + e]);
      }
    }
  }
  for (const [from, to, cost, where] of REWRITES) {
    if (where === 'start') {
      if (w.startsWith(from) && w.length > from.length + 1) out.push([to + w.slice(from.length), cost]);
    } else if (where === 'end') {
      if (w.endsWith(from) && w.length > from.length + 1) out.push([w.slice(0, w.length - from.length) + to, cost]);
    } else {
      for (let i = w.indexOf(from, 1); i >= 0; i = w.indexOf(from, i + 1)) out.push([w.slice(0, i) + to + w.slice(i + from.length), cost]);
    }
  }
  if (!w.startsWith('ئ')) out.push([`ئ${w}`, 0.3]);
  out.sort((a, b) => a[1] - b[1]);
  return out.slice(0, 40);
}

/** Known spellings of `w` from the rewrite and substitution variants. */
function knownVariants(w: string, model: CostTables, options: SpellOptions | undefined, out: Map<string, Found>, base = 0, maxCost = Infinity): void {
  for (const [v, c] of variants(w, model)) {
    const had = out.get(v);
    if (v === w || base + c > maxCost || (had && had.cost <= base + c)) continue;
    const r = checkPrepared(v, options);
    // under a keyboard model its near-free confusions make too many chance compounds: only
    // words of the vocabulary, the morphology or a dictionary count there
    if (r.known && r.source !== 'not-arabic-script' && (r.source !== 'compound' || model === GENERAL)) add(out, v, base + c, r.frequency);
  }
}

/** Two words run together: split points where both halves are known. */
function splits(w: string, model: CostTables, options: SpellOptions | undefined, out: Map<string, Found>): void {
  const vocab = vocabulary();
  for (let k = 1; k < w.length; k++) {
    const left = w.slice(0, k);
    const right = w.slice(k);
    if ((left.length < 2 && left !== 'و') || (right.length < 2 && right !== 'و')) continue;
    const lb = vocab.get(left);
    if (lb === undefined || lb < 3) continue;
    const r = checkPrepared(right, options);
    if (r.known) {
      add(out, `${left} ${right}`, RANKING.split, Math.min(lb, r.frequency >= 0 ? r.frequency : 0));
      continue;
    }
    if (right.length < 3) continue;
    const rights = new Map<string, Found>();
    knownVariants(right, model, options, rights);
    for (const [rw, f] of rights) add(out, `${left} ${rw}`, RANKING.split + f.cost, Math.min(lb, f.band >= 0 ? f.band : 0));
  }
}

/**
 * Every candidate of a prepared word with its cost and band, the word itself included (at cost
 * 0) when it is known. `model` is the general error model or a keyboard's; candidates dearer
 * than `maxCost` are not looked for (re-spelling a known word needs only the cheap ones).
 */
export function candidates(
  w: string,
  options: SpellOptions | undefined,
  model: CostTables = GENERAL,
  budget = budgetFor(w.length),
  maxCost = Infinity,
): Map<string, Found> {
  const out = new Map<string, Found>();
  if (w.length === 0 || !hasArabicLetter(w)) return out;
  const self = checkPrepared(w, options);
  // a compound is a guess: a closer spelling may still be meant (re-spelling weighs the two)
  if (self.known && self.source !== 'compound') add(out, w, 0, self.frequency);
  const b = Math.min(budget, maxCost);
  searchTrie(vocabularyTrie(), w, model, b, out);
  for (const d of options?.dictionaries ?? []) {
    const found = new Map<string, Found>();
    searchTrie(dictionaryTrie(d), w, model, b, found);
    for (const [word, f] of found) add(out, word, f.cost, vocabulary().get(word) ?? -1);
  }
  knownVariants(w, model, options, out, 0, maxCost);
  if (w.length >= 4 && RANKING.split <= maxCost) splits(w, model, options, out);
  return out;
}

/** Candidates ranked best first, as suggestions. */
export function rank(found: Map<string, Found>, exclude: string, limit: number): Suggestion[] {
  const list: Suggestion[] = [];
  for (const [word, f] of found) {
    if (word === exclude) continue;
    const s = logScore(f.cost, f.band);
    list.push({ word, score: Math.min(1, Math.exp(s - RANKING.frequency * MAX_BAND)), cost: Math.round(f.cost * 1000) / 1000, frequency: f.band });
  }
  list.sort((a, b) => b.score - a.score || a.cost - b.cost || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  return list.slice(0, limit);
}

/** Validates `limit`. */
export function limitOption(limit: unknown, fallback: number): number {
  if (limit === undefined) return fallback;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > 100) {
    throw new RangeError(`zman: invalid option limit: ${JSON.stringify(limit)}; allowed: an integer from 1 to 100`);
  }
  return limit;
}

/**
 * Ranked spelling suggestions for a word, from the Sorani error model: keyboard confusions
 * (ه→ە, ی→ێ, و→ۆ/وو, ر→ڕ, ل→ڵ, ک/گ), dropped or doubled letters, a missing ئ, swapped
 * letters, colloquial spellings (کردۆتەوە → کردووەتەوە) and two words run together
 * (a suggestion with a space). Ranked by the error model's cost and the word's frequency.
 * The word itself is never suggested; a word with no Arabic-script letter gets none.
 *
 * @example
 * suggest('باشور')[0].word; // 'باشوور'
 * suggest('برهەم', { limit: 3 }).map((s) => s.word); // ['بەرهەم', …]
 */
export function suggest(word: string, options?: SuggestOptions): Suggestion[] {
  const opts = spellOptions(options) as SuggestOptions | undefined;
  const limit = limitOption(opts?.limit, 5);
  const w = prepareWord(typeof word === 'string' ? word : String(word));
  return rank(candidates(w, opts), w, limit);
}

/** Cost of joining two typed words into one (exported for `correct` and `repair`). */
export { JOIN_COST, isKnown, keyboardModel };
