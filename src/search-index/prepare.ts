/**
 * What both engines share: checking documents and options, analyzing a document for the index
 * (terms, month, entities) and cutting the snippet of a hit.
 *
 * @module
 */
import { analyzeDocument } from '../analyze/index.js';
import { sentences } from '../tokenize/index.js';
import { parseQuery, searchTerms, type ParsedQuery, type SearchTerm, type SearchTermsOptions } from '../search/index.js';
import type { AddManyOptions, SearchDocument, SearchFilter, SearchOptions, Snippet } from './types.js';

/** An index that cannot be opened or used: the message is for the user, no stack trace needed. */
export class IndexError extends Error {
  override name = 'IndexError';
}

/** A document ready to be written: its fields and its analysis. */
export interface PreparedDocument {
  id: string;
  text: string;
  title: string | null;
  date: string | null;
  url: string | null;
  /** `YYYY-MM` of the date (or of the first full date in the text when analyzed), for the month facet. */
  month: string | null;
  /** Other metadata as JSON (`{}` when none). */
  meta: string;
  titleTerms: SearchTerm[];
  terms: SearchTerm[];
  /** Distinct entities (type, canonical) when analyzed. */
  entities: Array<{ type: string; canonical: string }>;
}

const KNOWN = new Set(['id', 'text', 'title', 'date', 'url']);
/** Entity types stored for facets (dates and numbers have their own facet or none). */
const FACET_TYPES = new Set(['PER', 'LOC', 'ORG', 'MISC']);
const ISO_MONTH = /^(\d{4}-\d{2})/;

function optionalString(doc: SearchDocument, field: string): string | null {
  const v = doc[field];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new TypeError(`zman: document ${JSON.stringify(doc.id)}: ${field} must be a string`);
  return v;
}

/** Checks a document and analyzes it for the index. Throws a TypeError naming the bad field. */
export function prepareDocument(doc: SearchDocument, analyze: boolean, terms: SearchTermsOptions): PreparedDocument {
  if (doc === null || typeof doc !== 'object') throw new TypeError('zman: a document must be an object { id, text, … }');
  if (typeof doc.id !== 'string' || doc.id === '') throw new TypeError('zman: document id must be a non-empty string');
  if (typeof doc.text !== 'string') throw new TypeError(`zman: document ${JSON.stringify(doc.id)}: text must be a string`);
  const title = optionalString(doc, 'title');
  const date = optionalString(doc, 'date');
  const url = optionalString(doc, 'url');
  const meta: Record<string, unknown> = {};
  for (const key of Object.keys(doc)) if (!KNOWN.has(key) && doc[key] !== undefined) meta[key] = doc[key];
  let month = date !== null ? (ISO_MONTH.exec(date)?.[1] ?? null) : null;
  const entities: Array<{ type: string; canonical: string }> = [];
  if (analyze) {
    const a = analyzeDocument(doc.text);
    const seen = new Set<string>();
    for (const e of a.entities) {
      if (!FACET_TYPES.has(e.type)) continue;
      const k = `${e.type}\t${e.canonical}`;
      if (seen.has(k)) continue;
      seen.add(k);
      entities.push({ type: e.type, canonical: e.canonical });
    }
    if (month === null) {
      const first = a.dates.find((d) => d.granularity === 'day' || d.granularity === 'month');
      if (first !== undefined) month = ISO_MONTH.exec(first.from)?.[1] ?? null;
    }
  }
  return {
    id: doc.id,
    text: doc.text,
    title,
    date,
    url,
    month,
    meta: JSON.stringify(meta),
    titleTerms: title === null ? [] : searchTerms(title, terms),
    terms: searchTerms(doc.text, terms),
    entities,
  };
}

/** Rebuilds the document from stored columns. */
export function storedDocument(row: { id: string; text: string; title: string | null; date: string | null; url: string | null; meta: string | object | null }): SearchDocument {
  const meta = typeof row.meta === 'string' ? (JSON.parse(row.meta) as Record<string, unknown>) : ((row.meta ?? {}) as Record<string, unknown>);
  const doc: SearchDocument = { ...meta, id: row.id, text: row.text };
  if (row.title !== null) doc.title = row.title;
  if (row.date !== null) doc.date = row.date;
  if (row.url !== null) doc.url = row.url;
  return doc;
}

/** Validates the options of `addMany` (shared by both engines); default batch size 500. */
export function resolveAddMany(opts: AddManyOptions): { batchSize: number; onProgress: ((added: number) => void) | undefined } {
  const batchSize = opts.batchSize ?? 500;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`zman: invalid option batchSize: ${String(batchSize)}; allowed: an integer ≥ 1`);
  const onProgress = opts.onProgress;
  if (onProgress !== undefined && typeof onProgress !== 'function') throw new TypeError('zman: invalid option onProgress: expected a function');
  return { batchSize, onProgress };
}

export interface ResolvedSearch {
  limit: number;
  offset: number;
  highlight: boolean;
  /** The most matches counted (`Infinity`: all). */
  countLimit: number;
  filter: ResolvedFilter;
}

/** Checked filters. */
export interface ResolvedFilter {
  from?: string;
  /** The inclusive upper bound as a string that sorts after every date it covers. */
  toBound?: string;
  entity?: string;
  meta: Array<[string, string | number | boolean]>;
}

const META_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** Checks the filter option. */
export function resolveFilter(filter: SearchFilter | undefined): ResolvedFilter {
  const out: ResolvedFilter = { meta: [] };
  if (filter === undefined || filter === null) return out;
  if (typeof filter !== 'object') throw new TypeError('zman: invalid option filter: expected an object { from?, to?, entity?, …metadata }');
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined) continue;
    if (key === 'from' || key === 'to' || key === 'entity') {
      if (typeof value !== 'string') throw new TypeError(`zman: invalid option filter.${key}: expected a string`);
      if (key === 'from') out.from = value;
      else if (key === 'to') out.toBound = `${value}\uffff`;
      else out.entity = value;
      continue;
    }
    if (!META_KEY.test(key)) throw new RangeError(`zman: invalid option filter.${key}: metadata keys are letters, digits, _ and -`);
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      throw new TypeError(`zman: invalid option filter.${key}: expected a string, number or boolean`);
    }
    out.meta.push([key, value]);
  }
  return out;
}

/** How many matches `search` counts by default (see `SearchOptions.countLimit`). */
export const DEFAULT_COUNT_LIMIT = 1000;

/** `total` and `totalExact` from a count made with `LIMIT countLimit + 1`. */
export function cappedTotal(counted: number, countLimit: number): { total: number; totalExact: boolean } {
  return counted > countLimit ? { total: countLimit, totalExact: false } : { total: counted, totalExact: true };
}

/** Checks the options of `search`. */
export function resolveSearch(options: SearchOptions | undefined): ResolvedSearch {
  const o = options ?? {};
  if (typeof o !== 'object') throw new TypeError('zman: search options must be an object');
  const limit = o.limit ?? 10;
  const offset = o.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 0 || limit > 1000) throw new RangeError(`zman: invalid option limit: ${String(limit)}; allowed: an integer from 0 to 1000`);
  if (!Number.isInteger(offset) || offset < 0) throw new RangeError(`zman: invalid option offset: ${String(offset)}; allowed: an integer ≥ 0`);
  const highlight = o.highlight ?? true;
  if (typeof highlight !== 'boolean') throw new TypeError('zman: invalid option highlight: expected true or false');
  const countLimit = o.countLimit ?? DEFAULT_COUNT_LIMIT;
  if (countLimit !== Infinity && (!Number.isInteger(countLimit) || countLimit < 1)) {
    throw new RangeError(`zman: invalid option countLimit: ${String(countLimit)}; allowed: an integer ≥ 1, or Infinity`);
  }
  return { limit, offset, highlight, countLimit, filter: resolveFilter(o.filter) };
}

/** Parses a query (never throws on a string). */
export function parse(query: string, terms: SearchTermsOptions): ParsedQuery {
  return parseQuery(typeof query === 'string' ? query : String(query ?? ''), terms);
}

/**
 * The version of the analysis that makes an index's terms (`zman/search`), kept in the index:
 * it changes when the key of some word changes (2: a derivational ‑ی meets its base), and an
 * index with terms of another version is refused with a message to rebuild it, since its terms
 * would no longer meet the queries' (an index from before the version was kept counts as 1).
 */
export const ANALYZER_VERSION = '2';

/** The check of an index's analyzer version: the error to throw, or undefined when it matches. */
export function analyzerMismatch(stored: string | undefined, hasDocuments: boolean, where: string): IndexError | undefined {
  const version = stored ?? (hasDocuments ? '1' : ANALYZER_VERSION);
  if (version === ANALYZER_VERSION) return undefined;
  return new IndexError(
    `zman: the index ${where} was built with analyzer version ${version}, this zman analyzes with version ${ANALYZER_VERSION}: its terms would miss queries; build it again (zman index into a new index)`,
  );
}

/** The longest text a snippet is cut from (the start of long documents). */
const SNIPPET_SCAN = 20_000;
/** The longest snippet, in UTF-16 code units. */
const SNIPPET_MAX = 280;

/**
 * The snippet of a hit: the sentence with the most distinct query words (the first one on a tie),
 * with the matched words' absolute offsets.
 */
export function makeSnippet(text: string, query: ParsedQuery, highlight: boolean, terms: SearchTermsOptions): Snippet {
  const exact = new Set<string>();
  const loose = new Set<string>();
  const prefixes: Array<{ term: string; loose: string | undefined }> = [];
  for (const group of query.must) {
    for (const clause of group) {
      for (const t of clause.terms) {
        if (clause.kind === 'prefix') prefixes.push({ term: t.term, loose: t.widen ? t.loose : undefined });
        else exact.add(t.term);
        if (t.widen && clause.kind !== 'prefix') loose.add(t.loose);
      }
    }
  }
  const head = text.length > SNIPPET_SCAN ? text.slice(0, SNIPPET_SCAN) : text;
  const matches: Array<{ start: number; end: number; key: string }> = [];
  for (const t of searchTerms(head, terms)) {
    if (exact.has(t.term) || loose.has(t.loose) || prefixes.some((p) => t.term.startsWith(p.term) || (p.loose !== undefined && t.loose.startsWith(p.loose)))) {
      matches.push({ start: t.start, end: t.end, key: t.term });
    }
  }
  const sents = sentences(head);
  let best = sents.length > 0 ? sents[0]! : { start: 0, end: Math.min(head.length, SNIPPET_MAX), text: '' };
  let bestScore = 0;
  let m = 0;
  for (const s of sents) {
    const keys = new Set<string>();
    while (m < matches.length && matches[m]!.end <= s.end) {
      if (matches[m]!.start >= s.start) keys.add(matches[m]!.key);
      m++;
    }
    if (keys.size > bestScore) {
      bestScore = keys.size;
      best = s;
    }
  }
  let start = best.start;
  let end = best.end;
  if (end - start > SNIPPET_MAX) {
    const first = matches.find((x) => x.start >= start && x.end <= end);
    const anchor = first === undefined ? start : Math.max(start, first.start - 60);
    start = anchor === best.start ? anchor : nextWordStart(text, anchor, best.end);
    end = Math.min(best.end, start + SNIPPET_MAX);
    end = previousWordEnd(text, start, end, best.end);
  }
  const highlights: Array<[number, number]> = [];
  if (highlight) for (const x of matches) if (x.start >= start && x.end <= end) highlights.push([x.start, x.end]);
  return { text: text.slice(start, end), start, end, highlights };
}

function nextWordStart(text: string, at: number, limit: number): number {
  let i = at;
  while (i < limit && !/\s/.test(text[i - 1] ?? ' ')) i++;
  return i < limit ? i : at;
}

function previousWordEnd(text: string, start: number, end: number, limit: number): number {
  if (end >= limit) return end;
  let i = end;
  while (i > start + 1 && !/\s/.test(text[i] ?? ' ')) i--;
  return i > start + 1 ? i : end;
}
