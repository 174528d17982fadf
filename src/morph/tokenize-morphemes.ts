/**
 * Morpheme-level tokenization: `zman/tokenize` with this module's `segment`.
 *
 * @module
 */
import { tokenize, type Token, type TokenizeOptions } from '../tokenize/index.js';
import { segmentShared } from './segment.js';

/**
 * Tokenizes like `tokenize(text, { level: 'morpheme', segment })`: each Arabic-script word is
 * split into its morphemes, every morpheme a token with its own offsets in the original text
 * (the morphemes after the first are marked `attached`).
 *
 * @example
 * tokenizeMorphemes('شارەکانیشدا').map((t) => t.normalized); // ['شار', 'ەکان', 'یش', 'دا']
 */
export function tokenizeMorphemes(text: string, options?: Omit<TokenizeOptions, 'level' | 'segment'>): Token[] {
  return tokenize(text, { ...options, level: 'morpheme', segment: segmentShared });
}
