/**
 * Spelling: `check` per word of the corpus (warm: every word seen once before), `suggest`
 * latency per unknown word (the first 400 distinct words of the corpus `check` does not know;
 * the morphology's cache warm, suggestions themselves not cached), and `correct` / `repair`
 * throughput on the first 512 KB of the corpus.
 *
 * @module
 */
import { check, correct, repair, suggest } from '../../src/spell/index.js';
import type { BenchStage } from '../lib.js';

const WORD = /[\u0621-\u063a\u0641-\u065f\u066e-\u06d3\u06d5-\u06ed\u06fa-\u06ff\u0640\u200c]+/g;
const SLICE = 512 * 1024;

let words: string[] | undefined;
function corpusWords(text: string): string[] {
  words ??= text.match(WORD) ?? [];
  return words;
}

let unknown: string[] | undefined;
function unknownWords(text: string): string[] {
  if (unknown) return unknown;
  const seen = new Set<string>();
  for (const w of corpusWords(text)) {
    if (seen.size >= 400) break;
    if (!check(w).known) seen.add(w);
  }
  unknown = [...seen];
  return unknown;
}

export const spellStages: BenchStage[] = [
  {
    name: 'spell check() per word, warm',
    unit: 'words/s',
    run(corpus) {
      const ws = corpusWords(corpus.text);
      for (const w of ws) check(w);
      return ws.length;
    },
  },
  {
    name: 'spell suggest() per unknown word',
    latency: true,
    runs: 3,
    run(corpus) {
      const times: number[] = [];
      for (const w of unknownWords(corpus.text)) {
        const t0 = performance.now();
        suggest(w);
        times.push(performance.now() - t0);
      }
      return times;
    },
  },
  {
    name: 'spell correct() (text, first 512 KB)',
    runs: 3,
    run(corpus) {
      const text = corpus.text.slice(0, SLICE);
      correct(text);
      return Buffer.byteLength(text) / 1e6;
    },
  },
  {
    name: 'spell repair() (text, first 512 KB)',
    runs: 3,
    run(corpus) {
      const text = corpus.text.slice(0, SLICE);
      repair(text);
      return Buffer.byteLength(text) / 1e6;
    },
  },
];
