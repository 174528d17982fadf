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
import { compileFts, type CompiledQuery } from './fts-query.js';
import {
  cappedTotal,
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
  ANALYZER_VERSION,
  analyzerMismatch,
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
  let stored: string | undefined;
  let hasDocuments: boolean;
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
    stored = (db.prepare('SELECT value FROM zman_meta WHERE key = ?').get('analyzer') as { value: string } | undefined)?.value;
    hasDocuments = db.prepare('SELECT 1 FROM docs LIMIT 1').get() !== undefined;
  } catch (error) {
    throw describe(error, path);
  }
  const mismatch = analyzerMismatch(stored, hasDocuments, path);
  if (mismatch) {
    db.close();
    throw mismatch;
  }
  if (stored === undefined && !(options.readOnly ?? false)) db.prepare('INSERT INTO zman_meta(key, value) VALUES (?, ?)').run('analyzer', ANALYZER_VERSION);

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

  /** A condition on `d.rid` written on the FTS table's rowid (the same number). */
  const onFts = (condition: string) => condition.replace(/\bd\.rid\b/g, '+fts.rowid');

  /**
   * The conditions of a query and its filters on `docs d` (`join`: they need the docs table)
   * and the query compiled for FTS5.
   */
  function conditions(query: string, filter: ResolvedFilter): { compiled: CompiledQuery; where: string[]; params: unknown[]; join: boolean } {
    const compiled = compileFts(parse(query, termOptions));
    const where: string[] = [];
    const params: unknown[] = [];
    let join = false;
    if (compiled.not !== undefined) {
      where.push('d.rid NOT IN (SELECT rowid FROM fts WHERE fts MATCH ?)');
      params.push(compiled.not);
    }
    if (filter.from !== undefined) {
      where.push('d.date >= ?');
      params.push(filter.from);
      join = true;
    }
    if (filter.toBound !== undefined) {
      where.push('d.date <= ?');
      params.push(filter.toBound);
      join = true;
    }
    if (filter.entity !== undefined) {
      where.push('d.rid IN (SELECT rid FROM doc_entities WHERE canonical = ?)');
      params.push(filter.entity);
    }
    for (const [key, value] of filter.meta) {
      where.push(`json_extract(d.meta, '$."${key}"') = ?`);
      params.push(typeof value === 'boolean' ? (value ? 1 : 0) : value);
      join = true;
    }
    return { compiled, where, params, join };
  }

  /**
   * `FROM … WHERE …` of the documents that match a query and the filters, with its parameters;
   * FTS5 drives when there are words (`docs d` is joined when `docs` is true or a filter needs it).
   */
  function matching(query: string, filter: ResolvedFilter, docs: boolean): { sql: string; params: unknown[] } {
    const c = conditions(query, filter);
    if (c.compiled.any === undefined) return { sql: `FROM docs d${c.where.length > 0 ? ` WHERE ${c.where.join(' AND ')}` : ''}`, params: c.params };
    const from = docs || c.join ? 'fts JOIN docs d ON d.rid = fts.rowid' : 'fts';
    const where = ['fts MATCH ?', ...c.where.map(onFts)];
    return { sql: `FROM ${from} WHERE ${where.join(' AND ')}`, params: [c.compiled.any, ...c.params] };
  }

  /**
   * The best `n` rids of one ranking tier: the documents matching `match`, also `within` when
   * given, none matching `without`, and the filters; BM25 order (FTS5 computes BM25 from the
   * phrases of the expression, and the tiers' expressions hold the same phrases, so a document
   * scores the same in every tier).
   */
  function tier(
    c: ReturnType<typeof conditions>,
    match: string,
    within: string | undefined,
    without: readonly string[],
    n: number,
  ): Array<{ rid: number; rank: number }> {
    const where = ['fts MATCH ?'];
    const params: unknown[] = [match];
    if (within !== undefined) {
      where.push('+fts.rowid IN (SELECT rowid FROM fts WHERE fts MATCH ?)'); // + : not a rowid lookup per listed row
      params.push(within);
    }
    for (const w of without) {
      where.push('fts.rowid NOT IN (SELECT rowid FROM fts WHERE fts MATCH ?)');
      params.push(w);
    }
    for (const w of c.where) where.push(onFts(w));
    params.push(...c.params);
    const from = c.join ? 'fts JOIN docs d ON d.rid = fts.rowid' : 'fts';
    const sql = `SELECT fts.rowid AS rid, ${BM25} AS rank FROM ${from} WHERE ${where.join(' AND ')} ORDER BY rank, fts.rowid LIMIT ?`;
    return db.prepare(sql).all(...params, n) as Array<{ rid: number; rank: number }>;
  }

  /** The number of matches, counted up to `limit + 1` (`Infinity`: all). */
  function countMatches(m: { sql: string; params: unknown[] }, limit: number): number {
    if (limit === Infinity) return db.prepare(`SELECT count(*) ${m.sql}`).pluck().get(...m.params) as number;
    return db.prepare(`SELECT count(*) FROM (SELECT 1 ${m.sql} LIMIT ?)`).pluck().get(...m.params, limit + 1) as number;
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
        const { total, totalExact } = cappedTotal(countMatches(matching(query, o.filter, false), o.countLimit), o.countLimit);
        if (o.limit === 0 || (totalExact && total <= o.offset)) return { total, totalExact, hits: [] };
        const need = o.offset + o.limit;
        const c = conditions(query, o.filter);
        let ranked: Array<{ rid: number; score: number }>;
        if (c.compiled.any === undefined) {
          const where = c.where.length > 0 ? ` WHERE ${c.where.join(' AND ')}` : '';
          ranked = db.prepare(`SELECT d.rid AS rid, 0 AS score FROM docs d${where} ORDER BY d.date DESC, d.rid LIMIT ? OFFSET ?`).all(...c.params, o.limit, o.offset) as Array<{ rid: number; score: number }>;
        } else {
          // tiers, best first, each cut at what the page still needs: all words close together,
          // then all words, then some; BM25 within a tier
          const { any, all, near } = c.compiled;
          const tiers: Array<{ match: string; within?: string; without: string[] }> = [];
          if (all === undefined) tiers.push({ match: any, without: [] });
          else {
            if (near !== undefined) tiers.push({ match: all, within: near, without: [] });
            tiers.push({ match: all, without: near === undefined ? [] : [near] });
            tiers.push({ match: any, without: [all] });
          }
          const rows: Array<{ rid: number; rank: number }> = [];
          for (const t of tiers) {
            if (rows.length >= need) break;
            for (const r of tier(c, t.match, t.within, t.without, need - rows.length)) rows.push(r);
          }
          ranked = rows.slice(o.offset, need).map((r) => ({ rid: r.rid, score: -r.rank }));
        }
        const fetch = db.prepare('SELECT id, title, text, date, url FROM docs WHERE rid = ?');
        const hits = ranked.map((r) => {
          const d = fetch.get(r.rid) as { id: string; title: string | null; text: string; date: string | null; url: string | null };
          const hit: SearchResult['hits'][number] = { id: d.id, score: r.score, snippet: makeSnippet(d.text, parsed, o.highlight, termOptions) };
          if (d.title !== null) hit.title = d.title;
          if (d.date !== null) hit.date = d.date;
          if (d.url !== null) hit.url = d.url;
          return hit;
        });
        return { total, totalExact, hits };
      });
    },
    async facets(query, options = {}): Promise<Facets> {
      const filter = resolveFilter(options.filter);
      const limit = options.limit ?? 20;
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new RangeError(`zman: invalid option limit: ${String(limit)}; allowed: an integer from 1 to 1000`);
      return guard(() => {
        const m = matching(query, filter, true);
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
