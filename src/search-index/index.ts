/**
 * `zman/search-index` — a Sorani full-text index behind one API: an embedded SQLite file
 * (default, `better-sqlite3`) or a PostgreSQL database (`postgres://…`, `pg`). Both drivers are
 * optional peer dependencies, loaded with `import()` only when an index of that kind is opened.
 *
 * @example
 * import { openIndex } from 'zman/search-index';
 * const index = await openIndex('news.db');
 * await index.add({ id: '1', text: 'هەولێر پایتەختی هەرێمی کوردستانە', date: '2021-12-27' });
 * (await index.search('kurdistan')).hits[0].id; // '1'
 * await index.close();
 *
 * @module
 */
import { IndexError } from './prepare.js';
import type { OpenIndexOptions, SearchIndex } from './types.js';

export type {
  AddManyOptions,
  Facets,
  OpenIndexOptions,
  SearchDocument,
  SearchFilter,
  SearchHit,
  SearchIndex,
  SearchOptions,
  SearchResult,
  Snippet,
} from './types.js';
export { IndexError } from './prepare.js';

/** `true` for a PostgreSQL URL (`postgres://` or `postgresql://`). */
export function isPostgresLocation(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * Opens a search index, creating it when missing: a SQLite file path (default engine) or a
 * `postgres://user:pass@host/db` URL (add `?schema=name` or the `schema` option to keep several
 * indexes in one database). Rejects with an {@link IndexError} (a message for the user) when the
 * file is not an index, the database cannot be reached, or the driver is not installed.
 *
 * @example
 * const index = await openIndex('postgres://zman:zman@127.0.0.1/zman', { analyze: true });
 * await index.addMany(docs, { batchSize: 1000 });
 * await index.facets('ئۆکراینا'); // { months: [{ month: '2021-12', count: 3 }], entities: [...] }
 */
export async function openIndex(location: string, options?: OpenIndexOptions): Promise<SearchIndex> {
  if (typeof location !== 'string' || location === '') throw new TypeError('zman: openIndex needs a location: a SQLite file path or a postgres:// URL');
  const o = options ?? {};
  if (typeof o !== 'object') throw new TypeError('zman: openIndex options must be an object');
  if (o.analyze !== undefined && typeof o.analyze !== 'boolean') throw new TypeError('zman: invalid option analyze: expected true or false');
  if (o.repair !== undefined && typeof o.repair !== 'function') throw new TypeError('zman: invalid option repair: expected a function (word: string) => string');
  if (isPostgresLocation(location)) {
    const { openPostgresIndex } = await import('./postgres.js');
    return openPostgresIndex(location, o);
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location)) throw new IndexError(`zman: unknown index location ${location}: use a file path or a postgres:// URL`);
  const { openSqliteIndex } = await import('./sqlite.js');
  return openSqliteIndex(location, o);
}
