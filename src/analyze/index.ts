/**
 * `zman/analyze` — everything zman understands of one document, in one call; the document
 * object (a text normalized and tokenized once) and the engine that owns the word memo.
 *
 * @example
 * import { analyzeDocument } from 'zman/analyze';
 * analyzeDocument('سەرۆکی ئەمریکا جۆ بایدن گوتی: «ئێمە ئامادەین.»').entities.length; // 2
 *
 * @module
 */
export { analyzeDocument } from './analyze.js';
export type { AnalyzedToken, AnalyzeOptions, DocumentAnalysis, Segment } from './analyze.js';
export { Engine } from './engine.js';
export type { EngineOptions } from './engine.js';
export { createDocument, documentOf } from '../document/index.js';
export type { DocumentOptions, TextDocument } from '../document/index.js';
export { keywords, createBackground } from './keywords.js';
export type { Keyword, KeywordOptions, Background } from './keywords.js';
