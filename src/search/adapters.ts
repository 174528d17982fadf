/**
 * Adapters that give the JavaScript search engines people already run in browsers zman's
 * Sorani analysis: MiniSearch (`tokenize` + `processTerm`) and Orama (a tokenizer component).
 * Neither library is imported here: the adapters are plain objects of functions.
 *
 * @module
 */
import { searchTerms, type SearchTermsOptions } from './terms.js';

/** The `tokenize` and `processTerm` options of MiniSearch that analyze Sorani with zman. */
export interface MiniSearchAnalysis {
  tokenize: (text: string, fieldName?: string) => string[];
  processTerm: (term: string, fieldName?: string) => string | null;
}

/**
 * Options for `new MiniSearch({ fields, ...miniSearchAnalysis() })`: `tokenize` gives the
 * search keys of `searchTerms` (stems, one script, stopwords dropped) and `processTerm` keeps
 * them as they are. MiniSearch uses the same pair for queries, so `kurdistan` finds
 * `کوردستانەکەمان`.
 *
 * @example
 * const mini = new MiniSearch({ fields: ['text'], ...miniSearchAnalysis() });
 * mini.addAll([{ id: 1, text: 'کوردستانەکەمان جوانە' }]);
 * mini.search('kurdistan'); // [{ id: 1, … }]
 */
export function miniSearchAnalysis(options?: SearchTermsOptions): MiniSearchAnalysis {
  return {
    tokenize: (text) => searchTerms(typeof text === 'string' ? text : String(text ?? ''), options).map((t) => t.term),
    processTerm: (term) => (term === '' ? null : term),
  };
}

/** The shape of an Orama tokenizer component (`components.tokenizer` of `create`). */
export interface OramaTokenizer {
  language: string;
  normalizationCache: Map<string, string>;
  tokenize: (raw: string, language?: string, prop?: string, withCache?: boolean) => string[];
}

/**
 * An Orama tokenizer that gives zman's search keys, for documents and queries alike.
 *
 * @example
 * const db = create({ schema: { text: 'string' }, components: { tokenizer: oramaTokenizer() } });
 * insert(db, { text: 'لە هەولێر' });
 * search(db, { term: 'hewlêr' }); // finds it
 */
export function oramaTokenizer(options?: SearchTermsOptions): OramaTokenizer {
  return {
    language: 'sorani',
    normalizationCache: new Map(),
    tokenize: (raw) => searchTerms(typeof raw === 'string' ? raw : String(raw ?? ''), options).map((t) => t.term),
  };
}
