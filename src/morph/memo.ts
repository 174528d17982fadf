/**
 * The word memo of the analyzer: one bounded, clearable cache of what is known of each word
 * (its analyses, its segmentations, and what a pipeline adds, such as its Latin spelling),
 * keyed by the prepared spelling, with the raw spellings met pointing at the same record so a
 * repeated word is normalized once. A {@link WordMemo} belongs to whoever creates it (an
 * `Engine` of `zman/analyze`); the functions of `zman/morph` share {@link defaultMemo}.
 *
 * @module
 */
import { normalize } from '../normalize/index.js';
import type { Analysis, Candidate } from './analysis.js';
import { analyzeUncached } from './analyze-word.js';
import { BoundedMap } from './bounded-map.js';
import { guess } from './guess.js';

/** What follows a word: the end of a phrase (punctuation, و, end of text) or more words. */
export type Context = 'closing' | 'open';

/** What the memo knows of one prepared word. */
export interface WordRecord {
  /** The prepared spelling (see {@link prepare}). */
  readonly word: string;
  /** Its analyses with their costs, best first. */
  readonly candidates: readonly Candidate[];
  /** The analyses as returned to callers (frozen), made on first use. */
  analyses?: readonly Analysis[];
  /** Morpheme segmentations, by what follows the word. */
  closing?: readonly string[];
  open?: readonly string[];
  /** Room for a pipeline's own facts about the word (e.g. its Latin spelling), by name. */
  extra?: Record<string, unknown>;
}

const ZWNJ_AND_SPACE = /[\u200c\s]+/g;

/** The normalized spelling the analyzer works on: normalize(), then ZWNJ and spaces removed. */
export function prepare(word: string): string {
  return normalize(word).replace(ZWNJ_AND_SPACE, '');
}

/**
 * The spelling the analyzer works on, for a word that is already normalized (`normalize`,
 * `tokenize`): only ZWNJ and spaces are removed.
 */
export function prepareNormalized(word: string): string {
  return word.indexOf('\u200c') < 0 && !/\s/.test(word) ? word : word.replace(ZWNJ_AND_SPACE, '');
}

/** The default number of words a memo keeps. */
const DEFAULT_CACHE_SIZE = 50_000;

/** Checks a cache size option: a non-negative integer. */
export function cacheSizeOption(value: unknown): number {
  if (value === undefined) return DEFAULT_CACHE_SIZE;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new RangeError(`zman: invalid option cacheSize: ${JSON.stringify(value)}; allowed: a non-negative integer`);
  }
  return value;
}

/** One bounded memo of word analyses. */
export class WordMemo {
  private readonly prepared: BoundedMap<string, WordRecord>;
  private readonly raw: BoundedMap<string, WordRecord>;
  private readonly tables = new Map<string, BoundedMap<string, unknown>>();
  private readonly limit: number;

  /** `size`: about how many words to keep (default 50 000); 0 keeps nothing. */
  constructor(size: number = DEFAULT_CACHE_SIZE) {
    const limit = cacheSizeOption(size);
    this.limit = limit;
    this.prepared = new BoundedMap(limit);
    this.raw = new BoundedMap(limit);
  }

  /**
   * A table of facts another layer derives from words (an entity role, a gazetteer lookup),
   * named by its owner: bounded by the memo's size times `perWord` (a table keyed by phrases
   * as well as words needs more room than one keyed by words) and forgotten with the analyses
   * by {@link clear}.
   */
  table<V>(name: string, perWord = 1): BoundedMap<string, V> {
    let t = this.tables.get(name);
    if (t === undefined) {
      t = new BoundedMap<string, unknown>(this.limit * perWord);
      this.tables.set(name, t);
    }
    return t as BoundedMap<string, V>;
  }

  /** The record of a prepared word, analysing it when it is not known yet. */
  record(w: string): WordRecord {
    let hit = this.prepared.get(w);
    if (hit === undefined) {
      const candidates = w.length === 0 ? [] : w.length > 64 ? guess(w).slice(-1) : analyzeUncached(w);
      hit = { word: w, candidates };
      this.prepared.set(w, hit);
    }
    return hit;
  }

  /** The record of a word as written (it is prepared first, once per spelling). */
  recordOf(word: string): WordRecord {
    let hit = this.raw.get(word);
    if (hit === undefined) {
      hit = this.record(prepare(word));
      this.raw.set(word, hit);
    }
    return hit;
  }

  /** The record of a word that is already normalized. */
  recordOfNormalized(word: string): WordRecord {
    return this.record(prepareNormalized(word));
  }

  /** How many entries are held (prepared and raw spellings, and the tables' facts). */
  get size(): number {
    let n = this.prepared.size + this.raw.size;
    for (const t of this.tables.values()) n += t.size;
    return n;
  }

  /** Forgets every word, and every fact of its tables. */
  clear(): void {
    this.prepared.clear();
    this.raw.clear();
    for (const t of this.tables.values()) t.clear();
  }
}

/** The memo shared by the functions of `zman/morph` called without an engine. */
export const defaultMemo = new WordMemo();

/** Empties the default memo (for benchmarks that measure cold analysis). */
export function clearCache(): void {
  defaultMemo.clear();
}

/** Analyses of a word already prepared (normalized), memoized in the default memo. */
export function analyzePrepared(w: string): readonly Candidate[] {
  return defaultMemo.record(w).candidates;
}
