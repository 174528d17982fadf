/**
 * The interface of a zman search index, whatever its storage engine.
 *
 * @module
 */

/** A document: an id, its text and optional title, date, URL and any other metadata. */
export interface SearchDocument {
  /** Unique id; adding a document with an id already indexed replaces it. */
  id: string;
  /** The text, searched and shown in snippets as written. */
  text: string;
  title?: string;
  /** ISO 8601 date (`2021-12-27`, `2021-12-27T10:00:00Z`): filters `from`/`to` and the month facet. */
  date?: string;
  url?: string;
  /** Other metadata: stored, returned by `get`, filterable by equality (`filter: { source: 'rudaw' }`). */
  [meta: string]: unknown;
}

/** Filters of {@link SearchIndex.search} and {@link SearchIndex.facets}. */
export interface SearchFilter {
  /** Only documents dated on or after this ISO date (`2021-12`, `2021-12-01`). */
  from?: string;
  /** Only documents dated on or before this ISO date, inclusive of all of it (`2021-12` = to the end of December). */
  to?: string;
  /** Only documents naming this entity (its canonical form, as in the facets; needs `analyze` at ingest). */
  entity?: string;
  /** Any other key: documents whose metadata field equals this value (string, number or boolean). */
  [meta: string]: unknown;
}

/** Options of {@link SearchIndex.search}. */
export interface SearchOptions {
  /** Hits to return (default 10, at most 1000). */
  limit?: number;
  /** Hits to skip (default 0). */
  offset?: number;
  filter?: SearchFilter;
  /** Mark the matched words in the snippet (default `true`). */
  highlight?: boolean;
  /**
   * The most matching documents counted for `total` (default 1000; `Infinity` counts them all).
   * Counting every match of a common word costs more than finding the best ten.
   */
  countLimit?: number;
}

/** The snippet of a hit: one sentence of the original text. */
export interface Snippet {
  /** The sentence as written: `doc.text.slice(start, end)` (cut around the first match when long). */
  text: string;
  /** Start of the snippet in `doc.text` (UTF-16). */
  start: number;
  /** End of the snippet in `doc.text` (exclusive). */
  end: number;
  /**
   * The matched words, as ABSOLUTE `[start, end)` offsets into `doc.text` (subtract
   * `snippet.start` to mark them in `snippet.text`).
   */
  highlights: Array<[number, number]>;
}

/** One hit. */
export interface SearchHit {
  id: string;
  /** Relevance (higher is better; BM25 in SQLite, `ts_rank_cd` in PostgreSQL). */
  score: number;
  title?: string;
  date?: string;
  url?: string;
  snippet: Snippet;
}

/** The result of {@link SearchIndex.search}. */
export interface SearchResult {
  /**
   * Documents matching at least one word of the query (and none excluded), after filters,
   * counted up to `countLimit`: when more match, `total` is `countLimit` and `totalExact` false.
   */
  total: number;
  /** Whether `total` is the exact number of matches (false: at least that many). */
  totalExact: boolean;
  hits: SearchHit[];
}

/** The result of {@link SearchIndex.facets}. */
export interface Facets {
  /** Hit counts by month of the document's date (`2021-12`), in month order. */
  months: Array<{ month: string; count: number }>;
  /** Hit counts by entity stored at ingest (`analyze: true`), most frequent first. */
  entities: Array<{ type: string; canonical: string; count: number }>;
}

/** Options of `addMany`. */
export interface AddManyOptions {
  /** Documents per transaction (default 500). */
  batchSize?: number;
  /** Called after each batch with the number of documents added so far. */
  onProgress?: (added: number) => void;
}

/** A search index (SQLite file or PostgreSQL database). */
export interface SearchIndex {
  /** `'sqlite'` or `'postgres'`. */
  readonly engine: 'sqlite' | 'postgres';
  add(doc: SearchDocument): Promise<void>;
  addMany(docs: Iterable<SearchDocument> | AsyncIterable<SearchDocument>, options?: AddManyOptions): Promise<{ added: number }>;
  update(doc: SearchDocument): Promise<void>;
  delete(id: string): Promise<boolean>;
  get(id: string): Promise<SearchDocument | undefined>;
  count(): Promise<number>;
  search(query: string, options?: SearchOptions): Promise<SearchResult>;
  facets(query: string, options?: { filter?: SearchFilter; limit?: number }): Promise<Facets>;
  close(): Promise<void>;
}

/** Options of `openIndex`. */
export interface OpenIndexOptions {
  /** Store entities and dates found by `analyzeDocument` at ingest, for facets and the entity filter (default `false`). */
  analyze?: boolean;
  /** Open an existing index only (default `false`: create it when missing). */
  readOnly?: boolean;
  /** PostgreSQL: the schema holding zman's tables (default `zman`; also `?schema=` in the URL). */
  schema?: string;
  /** Repairs keyboard-typed words before indexing and querying (see `searchTerms`). */
  repair?: (word: string) => string;
}
