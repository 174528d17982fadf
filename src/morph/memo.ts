/**
 * The word memo of the analyzer: the spelling it works on (`prepare`) and the cached analyses
 * of prepared words, of raw words and of their segmentations.
 *
 * @module
 */
import { normalize } from '../normalize/index.js';
import type { Analysis, Candidate } from './analysis.js';
import { analyzeUncached } from './analyze-word.js';
import { guess } from './guess.js';

/** What follows a word: the end of a phrase (punctuation, و, end of text) or more words. */
export type Context = 'closing' | 'open';

const ZWNJ_AND_SPACE = /[\u200c\s]+/g;

/** The normalized spelling the analyzer works on: normalize(), then ZWNJ and spaces removed. */
export function prepare(word: string): string {
  return normalize(word).replace(ZWNJ_AND_SPACE, '');
}

export const CACHE_LIMIT = 100_000;
let cache = new Map<string, readonly Candidate[]>();
/** Analyses by the word as given (before normalization), so repeated words cost one lookup. */
export let rawCache = new Map<string, readonly Analysis[]>();

/** Remembers the analyses of a raw word. */
export function setRaw(word: string, hit: readonly Analysis[]): void {
  if (rawCache.size >= CACHE_LIMIT) rawCache = new Map();
  rawCache.set(word, hit);
}
/** Segmentations by word, one cache per context of the word. */
export const segmentCaches: Readonly<Record<Context, Map<string, string[]>>> = { closing: new Map(), open: new Map() };

/** Empties the analysis caches (for benchmarks that measure cold analysis). */
export function clearCache(): void {
  cache = new Map();
  rawCache = new Map();
  for (const c of Object.values(segmentCaches)) c.clear();
}

/** Analyses of a word already prepared (normalized), cached. */
export function analyzePrepared(w: string): readonly Candidate[] {
  let hit = cache.get(w);
  if (hit) return hit;
  hit = w.length === 0 ? [] : w.length > 64 ? guess(w).slice(-1) : analyzeUncached(w);
  if (cache.size >= CACHE_LIMIT) cache = new Map();
  cache.set(w, hit);
  return hit;
}

