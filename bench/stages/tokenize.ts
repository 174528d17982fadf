/**
 * Tokenization and sentence-splitting throughput on the corpus:
 * - `tokenizeNormalized()`: the tokenize stage of a pipeline, on text normalized beforehand
 *   (normalization is measured by its own stage);
 * - `tokenize()`: end to end, normalization included;
 * - `sentences()`: the raw-text fast path;
 * - `sentencesFromTokens()`: sentences from tokens made beforehand.
 * The normalized text and the tokens are prepared in the warm-up run, outside the timings.
 *
 * @module
 */
import { normalizeWithMap, type NormalizedText } from '../../src/normalize/index.js';
import { sentences, sentencesFromTokens, tokenize, tokenizeNormalized, type Token } from '../../src/tokenize/index.js';
import type { BenchStage, Corpus } from '../lib.js';

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
];
