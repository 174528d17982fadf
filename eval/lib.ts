/**
 * Helpers shared by the evaluation tasks: where the dev sets are, reading them, scoring.
 *
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One row of the evaluation table. */
export interface EvalRow {
  readonly set: string;
  readonly metric: string;
  /** A number (shown as given; rates as percentages by the task) or a note. */
  readonly value: string;
}

/** One capability's evaluation: returns its rows (a missing set gives a "skipped" row). */
export interface EvalTask {
  readonly name: string;
  run(): EvalRow[] | Promise<EvalRow[]>;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The shared data folder: `$ZMAN_SHARED_DATA`, or `../shared/data` beside the project. */
export const SHARED_DATA = process.env.ZMAN_SHARED_DATA ?? join(ROOT, '..', 'shared', 'data');

/** The absolute path of a dev set, or `undefined` when it is absent. */
export function devSet(relative: string): string | undefined {
  const path = join(SHARED_DATA, relative);
  return existsSync(path) ? path : undefined;
}

/** The row printed for a dev set that is not there. */
export function skipped(set: string): EvalRow {
  return { set, metric: '-', value: 'skipped: not found' };
}

/** Reads a TSV file into rows of fields (blank lines dropped, `\r` stripped). */
export function readTsv(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.length > 0)
    .map((line) => line.split('\t'));
}

/** Levenshtein distance over UTF-16 code units, in O(|a|·|b|) time and O(|b|) memory. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** A rate as a percentage with two decimals. */
export function percent(numerator: number, denominator: number): string {
  return denominator === 0 ? 'n/a' : `${((100 * numerator) / denominator).toFixed(2)}%`;
}

/** A small deterministic PRNG (mulberry32): the same seed gives the same numbers in [0, 1). Shared by the eval tasks and the benchmarks. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
