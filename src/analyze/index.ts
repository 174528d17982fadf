/**
 * `zman/analyze` — everything zman understands of one document, in one call.
 *
 * @example
 * import { analyzeDocument } from 'zman/analyze';
 * analyzeDocument('سەرۆکی ئەمریکا جۆ بایدن گوتی: «ئێمە ئامادەین.»').entities.length; // 2
 *
 * @module
 */
export { analyzeDocument } from './analyze.js';
export type { AnalyzeOptions, DocumentAnalysis, Segment } from './analyze.js';
export { keywords, createBackground } from './keywords.js';
export type { Keyword, KeywordOptions, Background } from './keywords.js';
