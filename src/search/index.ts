/**
 * `zman/search` — the Sorani search analyzer, for any engine: index terms with offsets
 * (`searchTerms`), the query language (`parseQuery`, `queryTerms`), the script-neutral key of a
 * word (`searchKey`) and adapters for MiniSearch and Orama. Pure: runs in the browser.
 *
 * @example
 * import { searchTerms, searchKey } from 'zman/search';
 * searchTerms('لە کوردستانەکەمان').map((t) => t.term); // ['کوردستان']
 * searchKey('kurdistan') === searchKey('كوردستان'); // true
 *
 * @module
 */
export { searchTerms } from './terms.js';
export type { SearchTerm, SearchTermsOptions } from './terms.js';
export { parseQuery, queryTerms } from './query.js';
export type { ParsedQuery, QueryClause, QueryTerm } from './query.js';
export { searchKey, looseKey, foldLetters, mayBeKeyboardTyped, numberKey, LOOSE_FOLDS, LOOSE_ENDINGS } from './key.js';
export { miniSearchAnalysis, oramaTokenizer } from './adapters.js';
export type { MiniSearchAnalysis, OramaTokenizer } from './adapters.js';
