/**
 * The document: a text prepared once for every stage that reads it — the source, the
 * normalized text with its offset map, the tokens (with, in the token table, their kinds, the
 * space or line break before each and their range in the normalized text) and the word memo
 * that analyses are kept in. Numbers, dates, entities, transliteration and morphology read it;
 * none of them normalizes or tokenizes the text again.
 *
 * @module
 */
import type { WordMemo } from '../morph/memo.js';
import { normalizeWithMap, type NormalizedText, type NormalizeOptions } from '../normalize/index.js';
import { tokenizeTable, type Token, type TokenTable } from '../tokenize/tokenize.js';

/** A text prepared once: see {@link createDocument}. */
export interface TextDocument {
  /** The text as given. Offsets everywhere point into it. */
  readonly source: string;
  /** The normalized text and its map back to `source`. */
  readonly normalized: NormalizedText;
  /** The word-level tokens of the normalized text, offsets into `source`. */
  readonly tokens: readonly Token[];
  /** What the tokenizer knows of each token beyond {@link Token}, aligned with `tokens`. */
  readonly table: TokenTable;
  /**
   * The memo word analyses are kept in (an `Engine`'s); when absent, the analyses go to the
   * memo shared by the functions of `zman/morph`.
   */
  readonly memo?: WordMemo;
}

/** Options of {@link createDocument}. */
export interface DocumentOptions {
  /** Options of the normalization (default: its defaults). */
  readonly normalize?: NormalizeOptions;
  /** The memo word analyses are kept in (default: the one shared by `zman/morph`). */
  readonly memo?: WordMemo;
}

/**
 * Prepares a text once: normalizes it (with the offset map) and tokenizes it. Hand the
 * document to `findNumbersInDocument`, `findDatesInDocument`, `analyzeDocument` … so that no
 * stage does that work again. Never throws on text.
 *
 * @example
 * const doc = createDocument('لە ساڵی ٢٠١٤دا');
 * doc.normalized.text;                      // 'لە ساڵی ٢٠١٤دا'
 * doc.tokens.map((t) => t.normalized);     // ['لە', 'ساڵی', '٢٠١٤', 'دا']
 */
export function createDocument(source: string, options: DocumentOptions = {}): TextDocument {
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`zman: createDocument options must be an object, got ${options === null ? 'null' : typeof options}`);
  }
  const s = typeof source === 'string' ? source : String(source ?? '');
  return documentOf(normalizeWithMap(s, options.normalize), s, options.memo);
}

/**
 * A document from text the caller has normalized already with `normalizeWithMap(source)`:
 * only the tokenization is done.
 *
 * @example
 * const source = 'كوردستان';
 * documentOf(normalizeWithMap(source), source).tokens[0].normalized; // 'کوردستان'
 */
export function documentOf(normalized: NormalizedText, source: string, memo?: WordMemo): TextDocument {
  const { tokens, table } = tokenizeTable(normalized, source);
  return memo === undefined ? { source, normalized, tokens, table } : { source, normalized, tokens, table, memo };
}
