/**
 * Normalization throughput: the library function on the whole corpus, and `zman normalize`
 * end to end (a child process reading the corpus file and writing to /dev/null).
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { normalize, normalizeWithMap } from '../../src/normalize/index.js';
import { largeCorpusFile, ROOT, type BenchStage } from '../lib.js';

export const normalizeStages: BenchStage[] = [
  {
    name: 'normalize()',
    run(corpus) {
      normalize(corpus.text);
    },
  },
  {
    name: 'normalizeWithMap()',
    run(corpus) {
      normalizeWithMap(corpus.text);
    },
  },
  {
    name: 'zman normalize (CLI, end to end, corpus x8)',
    runs: 3,
    run(corpus) {
      // Eight copies of the corpus in one file, so that process start-up (~0.1 s) is amortized
      // as it is on a real archive.
      const big = largeCorpusFile(corpus, 8);
      const out = openSync('/dev/null', 'w');
      try {
        const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli', 'main.js'), 'normalize', big.path], {
          stdio: ['ignore', out, 'inherit'],
        });
        if (r.status !== 0) throw new Error(`zman normalize exited ${r.status}`);
      } finally {
        closeSync(out);
      }
      return big.bytes / 1e6;
    },
  },
];
