/**
 * What the page needs from zman: the server engine (`engine-server.ts`) asks the HTTP API, the
 * static engine (`engine-static.ts`) runs zman in the browser.
 */
import type { DocumentAnalysis } from '../src/analyze/index.js';
import type { SpellReport } from '../src/serve/spell-report.js';

export type { DocumentAnalysis, SpellReport };

export interface SearchHit {
  readonly id: string;
  readonly score: number;
  readonly title?: string;
  readonly date?: string;
  readonly url?: string;
  readonly snippet?: { readonly text: string; readonly start: number; readonly end: number; readonly highlights: ReadonlyArray<readonly [number, number]> };
}

export interface SearchResult {
  readonly total: number;
  /** False when more documents matched than were counted (`total` is then a lower bound). */
  readonly totalExact?: boolean;
  readonly hits: readonly SearchHit[];
}

export interface Facets {
  readonly months: ReadonlyArray<{ readonly month: string; readonly count: number }>;
  readonly entities: ReadonlyArray<{ readonly type: string; readonly canonical: string; readonly count: number }>;
}

export interface SearchParams {
  readonly q: string;
  readonly limit: number;
  readonly offset: number;
  readonly from?: string;
  readonly to?: string;
  readonly entity?: string;
}

export interface StoredDocument {
  readonly id: string;
  readonly text: string;
  readonly title?: string;
  readonly date?: string;
  readonly url?: string;
  readonly [key: string]: unknown;
}

export interface Engine {
  /** `server`: the page is served by `zman serve`; `static`: zman runs in this page. */
  readonly mode: 'server' | 'static';
  analyze(text: string, reference: string): Promise<DocumentAnalysis>;
  /** The unknown words of the text with suggestions. */
  spell(text: string): Promise<SpellReport>;
  /** Whether there is a search index, and how many documents it holds. */
  index(): Promise<{ documents: number } | null>;
  search(params: SearchParams): Promise<SearchResult>;
  facets(params: Omit<SearchParams, 'limit' | 'offset'>): Promise<Facets>;
  document(id: string): Promise<StoredDocument>;
}
