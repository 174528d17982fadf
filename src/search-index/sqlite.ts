/**
 * The SQLite engine (default, embedded): one file through better-sqlite3, WAL mode, FTS5 over
 * zman's terms (better-sqlite3 cannot register a JavaScript FTS5 tokenizer, so the terms zman
 * produces are written space-separated and FTS5's unicode61 tokenizer only splits them again).
 * Every batch is one transaction: a process killed mid-batch leaves the batch out.
 *
 * @module
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { SearchTerm, SearchTermsOptions } from '../search/index.js';
import { compileFts } from './fts-query.js';
import {
  IndexError,
  makeSnippet,
  parse,
  prepareDocument,
  resolveFilter,
  resolveSearch,
  storedDocument,
  type PreparedDocument,
  type ResolvedFilter,
  resolveAddMany,
} from './prepare.js';
import type { AddManyOptions, Facets, OpenIndexOptions, SearchDocument, SearchIndex, SearchOptions, SearchResult } from './types.js';

/** The schema version this code writes (kept in `zman_meta`). */
const SCHEMA_VERSION = '1';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS zman_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS docs(
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT, text TEXT NOT NULL, date TEXT, url TEXT, month TEXT, meta TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS docs_date ON docs(date);
CREATE TABLE IF NOT EXISTS doc_entities(
  rid INTEGER NOT NULL, type TEXT NOT NULL, canonical TEXT NOT NULL,
  PRIMARY KEY (rid, type, canonical)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS doc_entities_canonical ON doc_entities(canonical, rid);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
  title, body, ltitle, lbody,
  content='', contentless_delete=1, prefix='2 3',
  tokenize="unicode61 remove_diacritics 0 categories 'L* N* M* Co'"
);
`;

/** BM25 column weights: title, text, loose title, loose text. */
const BM25 = 'bm25(fts, 3.0, 1.0, 1.5, 0.5)';

function joinTerms(terms: SearchTerm[], loose: boolean): string {
  let s = '';
  for (const t of terms) s += (s === '' ? '' : ' ') + (loose ? t.loose : t.term);
  return s;
}

async function loadDriver(): Promise<typeof BetterSqlite3> {
  try {
    const mod = (await import('better-sqlite3')) as unknown as { default: typeof BetterSqlite3 };
    return mod.default;
  } catch {
    throw new IndexError('zman: a SQLite index needs better-sqlite3: npm install better-sqlite3');
  }
}

function describe(error: unknown, path: string): IndexError {
  const message = (error as Error).message ?? String(error);
  if (/not a database|malformed|corrupt/i.test(message)) return new IndexError(`zman: ${path} is not a readable zman index (${message})`);
  if (/unable to open|no such file|directory does not exist|cannot open/i.test(message)) return new IndexError(`zman: cannot open the index ${path} (${message})`);
  return new IndexError(`zman: index ${path}: ${message}`);
}

/** Opens (or creates) a SQLite index file. */
export async function openSqliteIndex(path: string, options: OpenIndexOptions = {}): Promise<SearchIndex> {
  const Database = await loadDriver();
  const analyze = options.analyze ?? false;
  const termOptions: SearchTermsOptions = options.repair === undefined ? {} : { repair: options.repair };
  let db: BetterSqlite3.Database;
  try {
    db = new Database(path, { readonly: options.readOnly ?? false, fileMustExist: options.readOnly ?? false });
    if (!(options.readOnly ?? false)) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.exec(SCHEMA);
      const version = db.prepare('SELECT value FROM zman_meta WHERE key = ?').get('schema') as { value: string } | undefined;
      if (version === undefined) db.prepare('INSERT INTO zman_meta(key, value) VALUES (?, ?)').run('schema', SCHEMA_VERSION);
      else if (version.value !== SCHEMA_VERSION) throw new Error(`schema version ${version.value}, this zman writes ${SCHEMA_VERSION}`);
    } else {
      db.prepare('SELECT count(*) FROM docs').get();
    }
  } catch (error) {
    throw describe(error, path);
  }

  const st = {
    findRid: db.prepare('SELECT rid FROM docs WHERE id = ?').pluck(),
    deleteDoc: db.prepare('DELETE FROM docs WHERE rid = ?'),
    deleteFts: db.prepare('DELETE FROM fts WHERE rowid = ?'),
    deleteEntities: db.prepare('DELETE FROM doc_entities WHERE rid = ?'),
    insertDoc: db.prepare('INSERT INTO docs(id, title, text, date, url, month, meta) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    insertFts: db.prepare('INSERT INTO fts(rowid, title, body, ltitle, lbody) VALUES (?, ?, ?, ?, ?)'),
    insertEntity: db.prepare('INSERT OR IGNORE INTO doc_entities(rid, type, canonical) VALUES (?, ?, ?)'),
    get: db.prepare('SELECT id, title, text, date, url, meta FROM docs WHERE id = ?'),
    count: db.prepare('SELECT count(*) FROM docs').pluck(),
  };

  function removeRid(rid: number): void {
    st.deleteFts.run(rid);
    st.deleteEntities.run(rid);
    st.deleteDoc.run(rid);
  }

  const writeBatch = db.transaction((docs: PreparedDocument[]) => {
    for (const d of docs) {
      const old = st.findRid.get(d.id) as number | undefined;
      if (old !== undefined) removeRid(old);
      const rid = Number(st.insertDoc.run(d.id, d.title, d.text, d.date, d.url, d.month, d.meta).lastInsertRowid);
      st.insertFts.run(rid, joinTerms(d.titleTerms, false), joinTerms(d.terms, false), joinTerms(d.titleTerms, true), joinTerms(d.terms, true));
      for (const e of d.entities) st.insertEntity.run(rid, e.type, e.canonical);
    }
  });

  let closed = false;
  function check(): void {
    if (closed) throw new IndexError('zman: the index is closed');
  }
  function guard<T>(f: () => T): T {
    check();
    try {
      return f();
    } catch (error) {
      if (error instanceof TypeError || error instanceof RangeError || error instanceof IndexError) throw error;
      throw describe(error, path);
    }
  }

  /** SQL and parameters selecting the rids that match a query and the filters. */
  function matching(query: string, filter: ResolvedFilter): { sql: string; params: unknown[]; all?: string; near?: string; ranked: boolean } {
    const compiled = compileFts(parse(query, termOptions));
    const where: string[] = [];
    const params: unknown[] = [];
    let from: string;
    let ranked = false;
    if (compiled.any !== undefined) {
      from = `(SELECT rowid AS rid, ${BM25} AS rank FROM fts WHERE fts MATCH ?) m JOIN docs d ON d.rid = m.rid`;
      params.push(compiled.any);
      ranked = true;
    } else {
      from = 'docs d';
    }
    if (compiled.not !== undefined) {
      where.push('d.rid NOT IN (SELECT rowid FROM fts WHERE fts MATCH ?)');
      params.push(compiled.not);
    }
    if (filter.from !== undefined) {
      where.push('d.date >= ?');
      params.push(filter.from);
    }
    if (filter.toBound !== undefined) {
      where.push('d.date <= ?');
      params.push(filter.toBound);
    }
    if (filter.entity !== undefined) {
      where.push('d.rid IN (SELECT rid FROM doc_entities WHERE canonical = ?)');
      params.push(filter.entity);
    }
    for (const [key, value] of filter.meta) {
      where.push(`json_extract(d.meta, '$."${key}"') = ?`);
      params.push(typeof value === 'boolean' ? (value ? 1 : 0) : value);
    }
    const sql = `FROM ${from}${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''}`;
    const out: { sql: string; params: unknown[]; all?: string; near?: string; ranked: boolean } = { sql, params, ranked };
    if (compiled.all !== undefined) out.all = compiled.all;
    if (compiled.near !== undefined) out.near = compiled.near;
    return out;
  }

  const index: SearchIndex = {
    engine: 'sqlite',
    async add(doc) {
      await index.addMany([doc]);
    },
    async addMany(docs, opts: AddManyOptions = {}) {
      check();
      const { batchSize, onProgress } = resolveAddMany(opts);
      let added = 0;
      let batch: PreparedDocument[] = [];
      const flush = () => {
        guard(() => writeBatch(batch));
        added += batch.length;
        batch = [];
        onProgress?.(added);
      };
      for await (const doc of docs as AsyncIterable<SearchDocument>) {
        batch.push(prepareDocument(doc, analyze, termOptions));
        if (batch.length >= batchSize) flush();
      }
      if (batch.length > 0) flush();
      return { added };
    },
    async update(doc) {
      await index.addMany([doc]);
    },
    async delete(id) {
      return guard(() =>
        db.transaction(() => {
          const rid = st.findRid.get(String(id)) as number | undefined;
          if (rid === undefined) return false;
          removeRid(rid);
          return true;
        })(),
      );
    },
    async get(id) {
      return guard(() => {
        const row = st.get.get(String(id)) as Parameters<typeof storedDocument>[0] | undefined;
        return row === undefined ? undefined : storedDocument(row);
      });
    },
    async count() {
      return guard(() => st.count.get() as number);
    },
    async search(query: string, options?: SearchOptions): Promise<SearchResult> {
      const o = resolveSearch(options);
      return guard(() => {
        const parsed = parse(query, termOptions);
        const m = matching(query, o.filter);
        const total = db.prepare(`SELECT count(*) ${m.sql}`).pluck().get(...m.params) as number;
        if (o.limit === 0 || total <= o.offset) return { total, hits: [] };
        let order: string;
        const params = [...m.params];
        if (!m.ranked) order = 'ORDER BY d.date DESC, d.rid';
        else if (m.all !== undefined) {
          // tiers: all words close together, then all words, then some; BM25 within a tier
          order = 'ORDER BY d.rid IN (SELECT rowid FROM fts WHERE fts MATCH ?) DESC, m.rank, d.rid';
          if (m.near !== undefined) {
            order = 'ORDER BY d.rid IN (SELECT rowid FROM fts WHERE fts MATCH ?) DESC, d.rid IN (SELECT rowid FROM fts WHERE fts MATCH ?) DESC, m.rank, d.rid';
            params.push(m.near);
          }
          params.push(m.all);
        } else order = 'ORDER BY m.rank, d.rid';
        const score = m.ranked ? '-m.rank' : '0';
        const ranked = db.prepare(`SELECT d.rid AS rid, ${score} AS score ${m.sql} ${order} LIMIT ? OFFSET ?`).all(...params, o.limit, o.offset) as Array<{ rid: number; score: number }>;
        const fetch = db.prepare('SELECT id, title, text, date, url FROM docs WHERE rid = ?');
        const hits = ranked.map((r) => {
          const d = fetch.get(r.rid) as { id: string; title: string | null; text: string; date: string | null; url: string | null };
          const hit: SearchResult['hits'][number] = { id: d.id, score: r.score, snippet: makeSnippet(d.text, parsed, o.highlight, termOptions) };
          if (d.title !== null) hit.title = d.title;
          if (d.date !== null) hit.date = d.date;
          if (d.url !== null) hit.url = d.url;
          return hit;
        });
        return { total, hits };
      });
    },
    async facets(query, options = {}): Promise<Facets> {
      const filter = resolveFilter(options.filter);
      const limit = options.limit ?? 20;
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new RangeError(`zman: invalid option limit: ${String(limit)}; allowed: an integer from 1 to 1000`);
      return guard(() => {
        const m = matching(query, filter);
        const months = db
          .prepare(`SELECT d.month AS month, count(*) AS count ${m.sql}${m.sql.includes(' WHERE ') ? ' AND' : ' WHERE'} d.month IS NOT NULL GROUP BY d.month ORDER BY d.month`)
          .all(...m.params) as Array<{ month: string; count: number }>;
        const entities = db
          .prepare(`SELECT e.type AS type, e.canonical AS canonical, count(*) AS count FROM doc_entities e WHERE e.rid IN (SELECT d.rid ${m.sql}) GROUP BY e.type, e.canonical ORDER BY count DESC, e.canonical LIMIT ?`)
          .all(...m.params, limit) as Array<{ type: string; canonical: string; count: number }>;
        return { months, entities };
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
  return index;
}
