/**
 * Tokenization and sentence-splitting throughput on the corpus:
 * - `tokenizeNormalized()`: the tokenize stage of a pipeline, on text normalized beforehand
 *   (normalization is measured by its own stage);
 * - `tokenize()`: end to end, normalization included;
 * - `sentences()`: the raw-text fast path;
 * - `sentencesFromTokens()`: sentences from tokens made beforehand;
 * - `zman tokenize` and `zman sentences` end to end (a child process writing to /dev/null).
 * The normalized text and the tokens are prepared in the warm-up runs, outside the timings.
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeWithMap, type NormalizedText } from '../../src/normalize/index.js';
import { sentences, sentencesFromTokens, tokenize, tokenizeNormalized, type Token } from '../../src/tokenize/index.js';
import { largeCorpusFile, ROOT, type BenchStage, type Corpus } from '../lib.js';

let normalized: { corpus: Corpus; value: NormalizedText } | undefined;
let tokens: { corpus: Corpus; value: Token[] } | undefined;

/** The corpus normalized once (made in the warm-up run, outside the timings). */
function normalizedCorpus(corpus: Corpus): NormalizedText {
  if (normalized?.corpus !== corpus) normalized = { corpus, value: normalizeWithMap(corpus.text) };
  return normalized.value;
}

/** The corpus tokenized once (in the warm-up of the last in-process stage, so that the other stages run without 0.5 M live tokens in the heap). */
function corpusTokens(corpus: Corpus): Token[] {
  if (tokens?.corpus !== corpus) tokens = { corpus, value: tokenize(corpus.text) };
  return tokens.value;
}

export const tokenizeStages: BenchStage[] = [
  {
    name: 'tokenizeNormalized() (tokenize stage)',
    run(corpus) {
      tokenizeNormalized(normalizedCorpus(corpus), corpus.text);
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
      sentencesFromTokens(corpusTokens(corpus), corpus.text);
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
