/**
 * Numbers, dates and collation throughput: `findNumbers` + `findDates` on the whole corpus
 * (each normalizing on its own, as a caller with raw text does), the same with one shared
 * `normalizeWithMap` (`findNumbersIn` + `findDatesIn`, as document analysis does), sorting
 * words in Kurdish order, and `zman dates` end to end.
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { sort } from '../../src/collate/index.js';
import { findDates, findDatesIn } from '../../src/dates/index.js';
import { normalizeWithMap } from '../../src/normalize/index.js';
import { findNumbers, findNumbersIn } from '../../src/numbers/index.js';
import { ROOT, type BenchStage } from '../lib.js';

const REFERENCE = { reference: '2021-12-28' };
let words: string[] | undefined;

export const numdatesStages: BenchStage[] = [
  {
    name: 'findNumbers() + findDates()',
    run(corpus) {
      findNumbers(corpus.text);
      findDates(corpus.text, REFERENCE);
    },
  },
  {
    name: 'normalizeWithMap() + findNumbersIn() + findDatesIn()',
    run(corpus) {
      const n = normalizeWithMap(corpus.text);
      findNumbersIn(n, corpus.text);
      findDatesIn(n, corpus.text, REFERENCE);
    },
  },
  {
    name: 'sort() 100k words (Kurdish order)',
    unit: 'words/s',
    run(corpus) {
      words ??= corpus.text.split(/\s+/).filter(Boolean).slice(0, 100_000);
      sort(words);
      return words.length;
    },
  },
  {
    name: 'zman dates (CLI, end to end)',
    runs: 3,
    run(corpus) {
      const out = openSync('/dev/null', 'w');
      try {
        const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli', 'main.js'), 'dates', '--reference', '2021-12-28', corpus.path], {
          stdio: ['ignore', out, 'inherit'],
        });
        if (r.status !== 0) throw new Error(`zman dates exited ${r.status}`);
      } finally {
        closeSync(out);
      }
    },
  },
];
