/**
 * Morphology throughput on running text: every Arabic-script word of the corpus analyzed
 * (`analyze`, with the module's cache warm after the first run), lemmatized and segmented, in
 * words/s; and `tokenizeMorphemes` (tokenize + segment in context) over the whole text, in MB/s.
 *
 * @module
 */
import { clearCache } from '../../src/morph/analyze.js';
import { analyze, lemmatize, segment, tokenizeMorphemes } from '../../src/morph/index.js';
import type { BenchStage } from '../lib.js';

const WORD = /[\u0621-\u063a\u0641-\u065f\u066e-\u06d3\u06d5-\u06ed\u06fa-\u06ff\u0640\u200c]+/g;

let words: string[] | undefined;
function corpusWords(text: string): string[] {
  words ??= text.match(WORD) ?? [];
  return words;
}

export const morphStages: BenchStage[] = [
  {
    name: 'morph analyze() per word, cold cache',
    unit: 'words/s',
    runs: 3,
    run(corpus) {
      clearCache();
      const ws = corpusWords(corpus.text);
      for (const w of ws) analyze(w);
      return ws.length;
    },
  },
  {
    name: 'morph analyze() per word, warm cache',
    unit: 'words/s',
    run(corpus) {
      const ws = corpusWords(corpus.text);
      for (const w of ws) analyze(w);
      return ws.length;
    },
  },
  {
    name: 'morph lemmatize() per word',
    unit: 'words/s',
    run(corpus) {
      const ws = corpusWords(corpus.text);
      for (const w of ws) lemmatize(w);
      return ws.length;
    },
  },
  {
    name: 'morph segment() per word',
    unit: 'words/s',
    run(corpus) {
      const ws = corpusWords(corpus.text);
      for (const w of ws) segment(w);
      return ws.length;
    },
  },
  {
    name: 'morph tokenizeMorphemes() (text, MB/s)',
    run(corpus) {
      tokenizeMorphemes(corpus.text);
    },
  },
];
