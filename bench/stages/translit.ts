/**
 * Transliteration throughput: Arabic → Latin on the corpus, Latin → Arabic on the corpus as
 * toLatin writes it (made once, outside the timing), and `zman translit --to latin` end to end.
 * MB/s are of the input text of each direction.
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { toArabic, toLatin } from '../../src/translit/index.js';
import { ROOT, type BenchStage, type Corpus } from '../lib.js';

let latin: { text: string; mb: number } | undefined;
function latinCorpus(corpus: Corpus): { text: string; mb: number } {
  if (!latin) {
    const text = toLatin(corpus.text);
    latin = { text, mb: Buffer.byteLength(text) / 1e6 };
  }
  return latin;
}

export const translitStages: BenchStage[] = [
  {
    name: 'translit toLatin()',
    run(corpus) {
      toLatin(corpus.text);
    },
  },
  {
    name: 'translit toArabic()',
    run(corpus) {
      const { text, mb } = latinCorpus(corpus);
      toArabic(text);
      return mb;
    },
  },
  {
    name: 'zman translit --to latin (CLI, end to end)',
    runs: 3,
    run(corpus) {
      const out = openSync('/dev/null', 'w');
      try {
        const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli', 'main.js'), 'translit', '--to', 'latin', corpus.path], {
          stdio: ['ignore', out, 'inherit'],
        });
        if (r.status !== 0) throw new Error(`zman translit exited ${r.status}`);
      } finally {
        closeSync(out);
      }
    },
  },
];
