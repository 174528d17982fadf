/**
 * The query language of zman search and its analysis: words (ranked, all words first),
 * `"exact phrase"`, `-exclude`, `OR`, `prefix*`, `title:`. Any string parses: an unbalanced
 * quote runs to the end of the query, a lone `-` or `*` is ignored.
 *
 * @module
 */
import { normalize } from '../normalize/index.js';
import { toArabic } from '../translit/index.js';
import { foldLetters, mayBeKeyboardTyped, numberKey } from './key.js';
import { searchTerms, type SearchTermsOptions } from './terms.js';

/** One analyzed word of a query. */
export interface QueryTerm {
  /** The search key (as in `searchTerms`); for a prefix, the normalized prefix. */
  term: string;
  /** The loose key (letters keyboards confuse folded together). */
  loose: string;
  /**
   * Engines match the loose key too (ranked below the exact key): always for a word or a
   * prefix; for a word of a phrase only when it was typed without the Sorani letters (Arabic
   * or Persian keyboard, missing ڕ ڵ ێ ۆ, Latin without its marks).
   */
  widen: boolean;
}

/** One clause of a query: a word, a phrase or a prefix, maybe limited to the title. */
export interface QueryClause {
  kind: 'word' | 'phrase' | 'prefix';
  /** The clause as written (without `-`, `title:`, quotes or `*`). */
  text: string;
  /** `'title'` for `title:word`; otherwise anywhere (title and text). */
  field?: 'title';
  /** The analyzed terms: one for a word or prefix, one per non-stopword for a phrase. */
  terms: QueryTerm[];
}

/** A parsed query. */
export interface ParsedQuery {
  /**
   * What a hit should match: each item is one clause or several joined by `OR`. A document
   * matching every item ranks first; one matching some still counts as a hit.
   */
  must: QueryClause[][];
  /** Clauses a hit must not match (`-word`, `-"a phrase"`). */
  not: QueryClause[];
}

const QUOTE_OPEN = new Set(['"', '«', '“', '„', '”']);
const QUOTE_CLOSE = new Set(['"', '»', '”', '“']);
const SPACE = /\s/;

interface RawClause {
  text: string;
  phrase: boolean;
  prefix: boolean;
  exclude: boolean;
  title: boolean;
  or: boolean;
}

/** Splits a query into raw clauses (linear scan, no regex backtracking). */
function scanQuery(query: string): RawClause[] {
  const out: RawClause[] = [];
  let i = 0;
  let pendingOr = false;
  const n = query.length;
  while (i < n) {
    while (i < n && SPACE.test(query[i]!)) i++;
    if (i >= n) break;
    let exclude = false;
    let title = false;
    if (query[i] === '-' && i + 1 < n && !SPACE.test(query[i + 1]!)) {
      exclude = true;
      i++;
    }
    if (query.startsWith('title:', i) || query.startsWith('TITLE:', i)) {
      title = true;
      i += 6;
    }
    if (i < n && QUOTE_OPEN.has(query[i]!)) {
      let j = i + 1;
      while (j < n && !QUOTE_CLOSE.has(query[j]!)) j++;
      out.push({ text: query.slice(i + 1, j), phrase: true, prefix: false, exclude, title, or: pendingOr });
      pendingOr = false;
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < n && !SPACE.test(query[j]!)) j++;
    const word = query.slice(i, j);
    i = j;
    if (word === 'OR' && !exclude && !title) {
      if (out.length > 0) pendingOr = true;
      continue;
    }
    const prefix = word.length > 1 && word.endsWith('*');
    const text = prefix ? word.replace(/\*+$/, '') : word;
    if (text === '' || text === '*') continue;
    out.push({ text, phrase: false, prefix, exclude, title, or: pendingOr });
    pendingOr = false;
  }
  return out;
}

/** `true` for Latin text typed without any of the Hawar letters with marks. */
function plainLatin(s: string): boolean {
  return !/[êîûçşłřḧẍÊÎÛÇŞŁŘḦẌ]/.test(s);
}

function isLatin(s: string): boolean {
  return /[a-zA-Z\u00c0-\u024f]/.test(s) && !/[\u0600-\u06ff]/.test(s);
}

/** The analyzed terms of a word or phrase of a query. */
function analyzeText(text: string, options: SearchTermsOptions | undefined, phrase: boolean): QueryTerm[] {
  return searchTerms(text, options).map((t) => {
    const surface = text.slice(t.start, t.end);
    const widen = /^[\d\u0660-\u0669\u06f0-\u06f9]/.test(surface)
      ? false
      : !phrase
        ? true
        : isLatin(surface)
          ? plainLatin(surface)
          : mayBeKeyboardTyped(surface);
    return { term: t.term, loose: t.loose, widen };
  });
}

/** The normalized prefix of a `prefix*` clause (not stemmed: a stem of a part word means nothing). */
function prefixTerm(text: string): QueryTerm | undefined {
  let p: string;
  if (/^[\d\u0660-\u0669\u06f0-\u06f9]/.test(text)) p = numberKey(text);
  else if (isLatin(text)) p = normalize(toArabic(text.toLowerCase(), { foreign: 'convert' }));
  else p = normalize(text);
  p = p.replace(/\u200c/g, '').replace(/[^\p{L}\p{N}\p{M}]+/gu, '');
  if (p === '') return undefined;
  return { term: p, loose: foldLetters(p), widen: !/^[\d\u0660-\u0669\u06f0-\u06f9]/.test(text) };
}

/**
 * Parses and analyzes a query. Never throws on a string: unbalanced quotes run to the end, a
 * clause made only of stopwords is dropped.
 *
 * @example
 * parseQuery('ئۆکراینا -ڕووسیا "کۆشکی سپی" title:بایدن پوت*');
 * // must: [[ئۆکراینا], [phrase کۆشک سپی], [title بایدن], [prefix پوت]], not: [ڕووسیا]
 */
export function parseQuery(query: string, options?: SearchTermsOptions): ParsedQuery {
  const q = typeof query === 'string' ? query : String(query ?? '');
  const must: QueryClause[][] = [];
  const not: QueryClause[] = [];
  for (const raw of scanQuery(q)) {
    const clauses: QueryClause[] = [];
    const field = raw.title ? ({ field: 'title' } as const) : {};
    if (raw.prefix) {
      const t = prefixTerm(raw.text);
      if (t !== undefined) clauses.push({ kind: 'prefix', text: raw.text, ...field, terms: [t] });
    } else if (raw.phrase) {
      const terms = analyzeText(raw.text, options, true);
      if (terms.length === 1) clauses.push({ kind: 'word', text: raw.text, ...field, terms: analyzeText(raw.text, options, false) });
      else if (terms.length > 1) clauses.push({ kind: 'phrase', text: raw.text, ...field, terms });
    } else {
      // a word as typed can hold several (`2021دا`, `کورد/عەرەب`): each is a word clause
      for (const t of analyzeText(raw.text, options, false)) clauses.push({ kind: 'word', text: raw.text, ...field, terms: [t] });
    }
    if (clauses.length === 0) continue;
    if (raw.exclude) {
      for (const c of clauses) not.push(c);
    } else if (raw.or && must.length > 0) {
      must[must.length - 1]!.push(clauses[0]!);
      for (const c of clauses.slice(1)) must.push([c]);
    } else {
      for (const c of clauses) must.push([c]);
    }
  }
  return { must, not };
}

/**
 * The analyzed terms of a query (its words, phrases and prefixes; not the excluded ones), the
 * same chain as `searchTerms` — for engines that take a list of terms.
 *
 * @example
 * queryTerms('kurdistan OR "هەولێر"').map((t) => t.term); // ['کوردستان', 'هەولێر']
 */
export function queryTerms(query: string, options?: SearchTermsOptions): QueryTerm[] {
  const out: QueryTerm[] = [];
  for (const group of parseQuery(query, options).must) for (const clause of group) for (const t of clause.terms) out.push(t);
  return out;
}
