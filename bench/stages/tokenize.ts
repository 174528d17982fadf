/**
 * Tokenization and sentence-splitting throughput on the corpus:
 * - `tokenizeNormalized()`: the tokenize stage of a pipeline, on text normalized beforehand
 *   (normalization is measured by its own stage);
 * - `tokenize()`: end to end, normalization included;
 * - `sentences()`: the raw-text fast path;
 * - `sentencesFromTokens()`: sentences from tokens made beforehand;
 * - `zman tokenize` and `zman sentences` end to end (a child process writing to /dev/null).
 * The normalized text and the tokens are prepared in the warm-up run, outside the timings.
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeWithMap, type NormalizedText } from '../../src/normalize/index.js';
import { sentences, sentencesFromTokens, tokenize, tokenizeNormalized, type Token } from '../../src/tokenize/index.js';
import { largeCorpusFile, ROOT, type BenchStage, type Corpus } from '../lib.js';

let prepared: { corpus: Corpus; normalized: NormalizedText; tokens: Token[] } | undefined;

function prepare(corpus: Corpus): { normalized: NormalizedText; tokens: Token[] } {
  if (prepared?.corpus !== corpus) {
    const normalized = normalizeWithMap(corpus.text);
    prepared = { corpus, normalized, tokens: tokenizeNormalized(normalized, corpus.text) };
  }
  return prepared;
}

export const tokenizeStages: BenchStage[] = [
  {
    name: 'tokenizeNormalized() (tokenize stage)',
    run(corpus) {
      tokenizeNormalized(prepare(corpus).normalized, corpus.text);
    },
  },
  {
    name: 'tokenize() (normalize + tokenize)',
    run(corpus) {
      tokenize(corpus.text);
    },
  },
  {
    name: 'sentences()',
    run(corpus) {
      sentences(corpus.text);
    },
  },
  {
    name: 'sentencesFromTokens()',
    run(corpus) {
      sentencesFromTokens(prepare(corpus).tokens, corpus.text);
    },
  },
  ...['tokenize', 'sentences'].map(
    (command): BenchStage => ({
      name: `zman ${command} (CLI, end to end, corpus x8)`,
      runs: 3,
      run(corpus) {
        // eight copies of the corpus, so that start-up and warm-up are amortized as on an archive
        const big = largeCorpusFile(corpus, 8);
        const out = openSync('/dev/null', 'w');
        try {
          const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli', 'main.js'), command, big.path], {
            stdio: ['ignore', out, 'inherit'],
          });
          if (r.status !== 0) throw new Error(`zman ${command} exited ${r.status}`);
        } finally {
          closeSync(out);
        }
        return big.bytes / 1e6;
      },
    }),
  ),
];
