/**
 * `zman/tokenize` — Sorani tokenization and sentence splitting.
 *
 * @example
 * import { tokenize, sentences } from 'zman/tokenize';
 * tokenize('لە ١٠ی مانگدا').map((t) => t.surface); // ['لە', '١٠', 'ی', 'مانگدا']
 * sentences('سڵاو. چۆنی؟').map((s) => s.text); // ['سڵاو.', 'چۆنی؟']
 *
 * @module
 */
export { tokenize, tokenizeNormalized } from './tokenize.js';
export type { Token, TokenType, TokenizeOptions } from './tokenize.js';
export { sentences, sentencesFromTokens } from './sentences.js';
export type { Sentence } from './sentences.js';
