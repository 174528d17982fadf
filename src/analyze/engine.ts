/**
 * An engine: the owner of one bounded, clearable memo of word analyses, and the pipeline that
 * uses it. Create one per service, worker or batch job to control the memory that analyses
 * take; the functions called without an engine share the memo of `zman/morph`.
 *
 * @module
 */
import { createDocument, type DocumentOptions, type TextDocument } from '../document/document.js';
import { analysesOf, stemOf, type Analysis } from '../morph/analyze.js';
import { cacheSizeOption, WordMemo } from '../morph/memo.js';
import { segmentWith } from '../morph/segment.js';
import { analyzeWith, type AnalyzeOptions, type DocumentAnalysis } from './analyze.js';

/** Options of {@link Engine}. */
export interface EngineOptions {
  /**
   * About how many distinct words the memo of analyses keeps (default 50 000; 0 keeps none).
   * Words read often stay; the memo never holds more.
   */
  readonly cacheSize?: number;
}

/**
 * A Sorani pipeline with its own word memo.
 *
 * @example
 * const engine = new Engine({ cacheSize: 10_000 });
 * engine.analyzeDocument('سەرۆکی ئەمریکا گوتی: «ئامادەین.»').language; // 'ckb'
 * engine.lemmatize('کتێبەکانمان'); // 'کتێب'
 * engine.clear(); // forgets every word
 */
export class Engine {
  /** The memo of word analyses. */
  readonly memo: WordMemo;

  constructor(options: EngineOptions = {}) {
    if (options === null || typeof options !== 'object') {
      throw new TypeError(`zman: Engine options must be an object, got ${options === null ? 'null' : typeof options}`);
    }
    this.memo = new WordMemo(cacheSizeOption(options.cacheSize));
  }

  /** A document of `text` (normalized and tokenized once) whose word analyses go to this engine's memo. */
  createDocument(text: string, options: Omit<DocumentOptions, 'memo'> = {}): TextDocument {
    return createDocument(text, { ...options, memo: this.memo });
  }

  /** `analyzeDocument` of `zman/analyze`, with this engine's memo. */
  analyzeDocument(text: string, options?: AnalyzeOptions): DocumentAnalysis {
    return analyzeWith(this.memo, text, options);
  }

  /** `analyze` of `zman/morph`, with this engine's memo. */
  analyze(word: string): Analysis[] {
    return analysesOf(this.memo.recordOf(String(word))).slice();
  }

  /** `lemmatize` of `zman/morph`, with this engine's memo. */
  lemmatize(word: string): string {
    return this.memo.recordOf(String(word)).candidates[0]?.lemma ?? '';
  }

  /** `stem` of `zman/morph`, with this engine's memo. */
  stem(word: string): string {
    return stemOf(this.memo.recordOf(String(word)));
  }

  /** `segment` of `zman/morph`, with this engine's memo. */
  segment(word: string, next?: string): string[] {
    return segmentWith(this.memo, this.memo.recordOf(String(word)).word, next).slice();
  }

  /** How many entries the memo holds now. */
  get cacheSize(): number {
    return this.memo.size;
  }

  /** Forgets every word analysed so far. */
  clear(): void {
    this.memo.clear();
  }
}
