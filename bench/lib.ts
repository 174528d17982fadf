/**
 * Helpers shared by the benchmark stages: the corpus, timing, medians.
 *
 * @module
 */
import { appendFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.env.ZMAN_SHARED_DATA ?? join(ROOT, '..', 'shared', 'data');

/** The benchmark corpus: its text, its size in bytes (UTF-8), where it came from. */
export interface Corpus {
  readonly text: string;
  readonly bytes: number;
  readonly source: string;
  /** A file on disk holding exactly `text`, for end-to-end command-line runs. */
  readonly path: string;
}

/** One measured stage. */
export interface BenchStage {
  readonly name: string;
  /**
   * Runs the stage once over the corpus and returns how many units it processed (default:
   * bytes); a `latency` stage returns the time of each item instead, in milliseconds; a stage
   * that timed its own work returns `{ rate }` (units per second).
   */
  run(corpus: Corpus): number | void | number[] | { rate: number } | Promise<number | void | number[] | { rate: number }>;
  /** The stage measures latency: the row shows the median and 95th percentile per item. */
  readonly latency?: boolean;
  /** Run only when named on the command line (`npm run bench -- search`): slow stages (default false). */
  readonly optIn?: boolean;
  /** Run once before the measured runs (default true). */
  readonly warmup?: boolean;
  /** The unit of the figure: `MB/s` (default) or e.g. `words/s`. */
  readonly unit?: string;
  /** Runs to take the median of (default 5). */
  readonly runs?: number;
}

const WISHE = join(SHARED, 'corpus', 'wishe-news-web.txt');

/**
 * The wishe news corpus (7.2 MB of real web text) when present, otherwise a generated corpus
 * of the same size made from the project's own example article, with noise added (Arabic kaf
 * and yeh, heh + ZWNJ, tatweel) so that every stage has work to do.
 */
export function loadCorpus(tmpDir: string): Corpus {
  if (existsSync(WISHE)) {
    const text = readFileSync(WISHE, 'utf8');
    return { text, bytes: Buffer.byteLength(text), source: 'shared/data/corpus/wishe-news-web.txt', path: WISHE };
  }
  const example = readFileSync(join(ROOT, 'examples', 'news-ckb.txt'), 'utf8');
  const noisy = example
    .replace(/ک/g, 'ك')
    .replace(/ی(?=\s)/g, 'ى')
    .replace(/ە(?=\S)/g, 'ه\u200c')
    .replace(/ڵ/g, 'ڵ');
  const target = 7_200_000;
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < target; i++) {
    const piece = i % 2 === 0 ? example : noisy;
    parts.push(piece);
    size += Buffer.byteLength(piece);
  }
  const text = parts.join('\n');
  const path = join(tmpDir, 'generated-corpus.txt');
  // written lazily by the runner
  return { text, bytes: Buffer.byteLength(text), source: 'generated from examples/news-ckb.txt', path };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A file in `.tmp/` holding `copies` copies of the corpus (written once), for CLI runs. */
export function largeCorpusFile(corpus: Corpus, copies: number): { path: string; bytes: number } {
  const path = join(ROOT, '.tmp', `corpus-x${copies}.txt`);
  const bytes = corpus.bytes * copies + copies;
  if (!existsSync(path) || statSync(path).size !== bytes) {
    writeFileSync(path, '');
    for (let i = 0; i < copies; i++) appendFileSync(path, `${corpus.text}\n`);
  }
  return { path, bytes };
}
