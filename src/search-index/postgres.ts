/**
 * The PostgreSQL engine (shared deployments): one table of documents keyed by id, the terms as
 * a `tsvector` built from zman's terms (not PostgreSQL's parser) with a GIN index, ranked with
 * `ts_rank_cd`. Every query reads one table by its own indexes — no join across documents — so
 * the same SQL runs on a partitioned table or on Citus-style distributed tables keyed by id.
 *
 * tsvector weights: A = title terms, B = loose title terms, C = loose text terms, D = text terms;
 * loose terms are stored with a leading `~` at the positions of their words, and title terms once
 * more with a leading `^` (for `title:` queries).
 *
 * Ranking every match with `ts_rank_cd` reads (and de-TOASTs) the tsvector of every matching
 * document, which grows with the collection. So a second table, `postings`, holds one row per
 * (loose key, document) with a BM25 impact computed at write time (the key's frequency, title
 * occurrences counting twice, saturated and normalized by the document's length), indexed by
 * (key, impact). A search takes the documents with the highest impacts of each query key (a
 * bounded read of that index), weights them by the key's idf, and ranks only the best of those
 * exactly — tiers and `ts_rank_cd` as before, with the query's filters; when they do not fill the
 * page although more documents match (narrow filters), it ranks every match.
 *
 * @module
 */
import type pgTypes from 'pg';
import type { SearchTerm, SearchTermsOptions } from '../search/index.js';
import { compileTsquery, LOOSE_MARK, TITLE_MARK } from './fts-query.js';
import {
  cappedTotal,
  IndexError,
  ANALYZER_VERSION,
  analyzerMismatch,
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

/** 1: documents; 2: + postings, `^` title lexemes. */
const SCHEMA_VERSION = 2;
/** Candidates read per query key, at least (the most impactful documents of the key). */
const KEY_CANDIDATES = 300;
/** Documents ranked exactly, at least: the best candidates by summed impact. */
const RANKED_CANDIDATES = 150;
/** Document frequencies are counted up to this (an idf floor for very common keys). */
const DF_CAP = 5_000;
/** The reference length of a document, in lexemes, for the BM25 length normalization. */
const REFERENCE_LEXEMES = 200;
/** ts_rank_cd weights {D, C, B, A}: text, loose text, loose title, title. */
const WEIGHTS = `'{0.5, 0.15, 0.45, 1.0}'`;
/** Positions above this are stored at it (PostgreSQL's limit). */
const MAX_POSITION = 16383;
/** Positions kept per lexeme (PostgreSQL keeps at most 256). */
const MAX_POSITIONS_PER_LEXEME = 255;
/** Stop adding lexemes past this size of tsvector text (PostgreSQL's limit is 1 MB). */
const MAX_TSVECTOR_TEXT = 900_000;

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function lexeme(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** BM25's k1 and b, for the impacts of the postings. */
const K1 = 1.2;
const B = 0.75;

/** The BM25 impact of a key: its frequency `tf` (a title occurrence counts twice) in a document of `lexemes` lexemes. */
function impact(tf: number, lexemes: number): number {
  return (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * lexemes) / REFERENCE_LEXEMES));
}

/**
 * A document's tsvector text — title terms (A, loose B, each again with the title mark) then
 * text terms (D, loose C) — and its postings: each loose key with its impact.
 */
export function tsvectorText(titleTerms: SearchTerm[], terms: SearchTerm[]): { text: string; postings: Array<[string, number]> } {
  const positions = new Map<string, string[]>();
  const put = (lex: string, pos: number, weight: string) => {
    let list = positions.get(lex);
    if (list === undefined) positions.set(lex, (list = []));
    if (list.length < MAX_POSITIONS_PER_LEXEME) list.push(`${Math.min(pos, MAX_POSITION)}${weight}`);
  };
  let pos = 1;
  for (const t of titleTerms) {
    put(t.term, pos, 'A');
    put(LOOSE_MARK + t.loose, pos, 'B');
    put(TITLE_MARK + t.term, pos, 'A');
    put(TITLE_MARK + LOOSE_MARK + t.loose, pos, 'B');
    pos++;
  }
  pos += 10; // no phrase across title and text
  for (const t of terms) {
    put(t.term, pos, '');
    put(LOOSE_MARK + t.loose, pos, 'C');
    pos++;
  }
  let text = '';
  const loose: Array<[string, number]> = [];
  let lexemes = 0;
  for (const [lex, list] of positions) {
    const part = `${lexeme(lex)}:${list.join(',')}`;
    if (text.length + part.length > MAX_TSVECTOR_TEXT) break;
    text += (text === '' ? '' : ' ') + part;
    lexemes++;
    if (lex.startsWith(LOOSE_MARK)) {
      let tf = 0;
      for (const p of list) tf += p.endsWith('B') ? 2 : 1;
      loose.push([lex, tf]);
    }
  }
  return { text, postings: loose.map(([lex, tf]) => [lex, impact(tf, lexemes)]) };
}

/**
 * The postings of the documents chosen by `where`, computed in SQL from their tsvectors, as
 * {@link tsvectorText} computes them (for an index of schema 1; a test holds the two equal).
 */
function postingsInsert(S: string, where: string): string {
  return `INSERT INTO ${S}.postings (term, doc_id, impact)
    SELECT u.lexeme, d.id, f.tf * ${K1 + 1} / (f.tf + ${K1} * (${1 - B} + ${B} * length(d.terms) / ${REFERENCE_LEXEMES}.0))
    FROM ${S}.documents d, unnest(d.terms) u,
      LATERAL (SELECT sum(CASE WHEN w = 'B' THEN 2 ELSE 1 END)::float8 AS tf FROM unnest(u.weights) w) f
    WHERE ${where} AND u.lexeme LIKE '${LOOSE_MARK}%'`;
}

async function loadDriver(): Promise<typeof pgTypes> {
  try {
    const mod = (await import('pg')) as unknown as { default: typeof pgTypes };
    return mod.default;
  } catch {
    throw new IndexError('zman: a PostgreSQL index needs pg: npm install pg');
  }
}

function describe(error: unknown, where: string): IndexError {
  const e = error as { message?: string; code?: string };
  const message = e.message ?? String(error);
  if (e.code === 'ECONNREFUSED' || e.code === 'ENOTFOUND' || e.code === 'ETIMEDOUT' || /connect|timeout/i.test(message)) {
    return new IndexError(`zman: cannot reach PostgreSQL at ${where} (${message})`);
  }
  if (e.code === '28P01' || e.code === '28000') return new IndexError(`zman: PostgreSQL at ${where} refused the login (${message})`);
  if (e.code === '3D000') return new IndexError(`zman: PostgreSQL at ${where}: ${message}`);
  return new IndexError(`zman: PostgreSQL index ${where}: ${message}`);
}

/** The URL without its password, for messages. */
function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password !== '') u.password = '***';
    u.searchParams.delete('schema');
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

/** Opens (or creates) an index in a PostgreSQL database. */
export async function openPostgresIndex(url: string, options: OpenIndexOptions = {}): Promise<SearchIndex> {
  const pg = await loadDriver();
  const analyze = options.analyze ?? false;
  const termOptions: SearchTermsOptions = options.repair === undefined ? {} : { repair: options.repair };
  let schema = options.schema;
  let connectionString = url;
  try {
    const u = new URL(url);
    const fromUrl = u.searchParams.get('schema');
    if (fromUrl !== null) {
      schema ??= fromUrl;
      u.searchParams.delete('schema');
      connectionString = u.toString();
    }
  } catch {
    throw new IndexError(`zman: not a PostgreSQL URL: ${safeUrl(url)}`);
  }
  schema ??= 'zman';
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) throw new RangeError(`zman: invalid option schema: ${JSON.stringify(schema)}; allowed: a SQL identifier (letters, digits, _)`);
  const where = safeUrl(url);
  const S = quoteIdent(schema);
  const pool = new pg.Pool({ connectionString, max: 4, connectionTimeoutMillis: 5000 });
  pool.on('error', () => {
    // an idle client lost its connection: the next query reports it
  });

  async function q<T extends pgTypes.QueryResultRow>(sql: string, params: unknown[] = []): Promise<pgTypes.QueryResult<T>> {
    try {
      return await pool.query<T>(sql, params);
    } catch (error) {
      throw describe(error, where);
    }
  }

  async function tx<T>(f: (client: pgTypes.PoolClient) => Promise<T>): Promise<T> {
    let client: pgTypes.PoolClient;
    try {
      client = await pool.connect();
    } catch (error) {
      throw describe(error, where);
    }
    try {
      await client.query('BEGIN');
      const out = await f(client);
      await client.query('COMMIT');
      return out;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      if (error instanceof IndexError) throw error;
      throw describe(error, where);
    } finally {
      client.release();
    }
  }

  // schema: created or migrated under an advisory lock, so concurrent openers do not race
  try {
    await tx(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`zman-schema:${schema}`]);
      await c.query(`CREATE SCHEMA IF NOT EXISTS ${S}`);
      await c.query(`CREATE TABLE IF NOT EXISTS ${S}.zman_meta (key text PRIMARY KEY, value text NOT NULL)`);
      const v = await c.query<{ value: string }>(`SELECT value FROM ${S}.zman_meta WHERE key = 'schema'`);
      const version = v.rows.length === 0 ? 0 : Number(v.rows[0]!.value);
      if (version > SCHEMA_VERSION) throw new IndexError(`zman: the index in schema ${schema} has version ${version}; this zman knows ${SCHEMA_VERSION}`);
      if (version < 1) {
        await c.query(`CREATE TABLE IF NOT EXISTS ${S}.documents (
          id text PRIMARY KEY,
          title text, body text NOT NULL, date text COLLATE "C", url text, month text,
          meta jsonb NOT NULL DEFAULT '{}',
          entity_names text[] NOT NULL DEFAULT '{}',
          entities text[] NOT NULL DEFAULT '{}',
          terms tsvector NOT NULL
        )`);
        await c.query(`CREATE INDEX IF NOT EXISTS documents_terms ON ${S}.documents USING gin (terms)`);
        await c.query(`CREATE INDEX IF NOT EXISTS documents_entities ON ${S}.documents USING gin (entity_names)`);
        await c.query(`CREATE INDEX IF NOT EXISTS documents_meta ON ${S}.documents USING gin (meta jsonb_path_ops)`);
      }
      if (version < 2) {
        await c.query(`CREATE TABLE IF NOT EXISTS ${S}.postings (term text COLLATE "C" NOT NULL, doc_id text NOT NULL, impact real NOT NULL)`);
        await c.query(`CREATE INDEX IF NOT EXISTS postings_rank ON ${S}.postings (term, impact DESC) INCLUDE (doc_id)`);
        await c.query(`CREATE INDEX IF NOT EXISTS postings_doc ON ${S}.postings (doc_id)`);
        // in the order of a query without words (newest first), so it reads only the page
        await c.query(`DROP INDEX IF EXISTS ${S}.documents_date`);
        await c.query(`CREATE INDEX IF NOT EXISTS documents_recent ON ${S}.documents (date DESC NULLS LAST, id)`);
        if (version === 1) {
          // the title lexemes: a copy of each lexeme at its title positions (A, B), marked
          await c.query(`UPDATE ${S}.documents d SET terms = (d.terms::text || coalesce((
            SELECT string_agg(' ''' || replace(replace('${TITLE_MARK}' || u.lexeme, '\\', '\\\\'), '''', '''''') || ''':' || t.list, '')
            FROM unnest(d.terms) u,
              LATERAL (SELECT string_agg(z.p::text || z.w, ',') AS list FROM unnest(u.positions, u.weights) z(p, w) WHERE z.w IN ('A', 'B')) t
            WHERE t.list IS NOT NULL), ''))::tsvector`);
          await c.query(postingsInsert(S, 'TRUE'));
        }
        await c.query(`INSERT INTO ${S}.zman_meta (key, value) VALUES ('schema', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, [String(SCHEMA_VERSION)]);
      }
      const a = await c.query<{ value: string }>(`SELECT value FROM ${S}.zman_meta WHERE key = 'analyzer'`);
      const stored = a.rows[0]?.value;
      const hasDocuments = (await c.query(`SELECT 1 FROM ${S}.documents LIMIT 1`)).rows.length > 0;
      const mismatch = analyzerMismatch(stored, hasDocuments, `in schema ${schema}`);
      if (mismatch) throw mismatch;
      if (stored === undefined) await c.query(`INSERT INTO ${S}.zman_meta (key, value) VALUES ('analyzer', $1)`, [ANALYZER_VERSION]);
    });
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }

  let closed = false;
  function check(): void {
    if (closed) throw new IndexError('zman: the index is closed');
  }

  async function writeBatch(docs: PreparedDocument[]): Promise<void> {
    // one row per id (the last wins), in id order so concurrent writers lock rows in one order
    const byId = new Map<string, PreparedDocument>();
    for (const d of docs) byId.set(d.id, d);
    const rows = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const cols: unknown[][] = [[], [], [], [], [], [], [], [], [], []];
    const postings: unknown[][] = [[], [], []];
    for (const d of rows) {
      cols[0]!.push(d.id);
      cols[1]!.push(d.title);
      cols[2]!.push(d.text.replace(/\u0000/g, ''));
      cols[3]!.push(d.date);
      cols[4]!.push(d.url);
      cols[5]!.push(d.month);
      cols[6]!.push(d.meta.replace(/\\u0000/g, ''));
      cols[7]!.push(JSON.stringify(d.entities.map((e) => e.canonical)));
      cols[8]!.push(JSON.stringify(d.entities.map((e) => `${e.type}\t${e.canonical}`)));
      const v = tsvectorText(d.titleTerms, d.terms);
      cols[9]!.push(v.text);
      for (const [term, w] of v.postings) {
        postings[0]!.push(term);
        postings[1]!.push(d.id);
        postings[2]!.push(w);
      }
    }
    await tx(async (c) => {
      await c.query(
        `INSERT INTO ${S}.documents (id, title, body, date, url, month, meta, entity_names, entities, terms)
         SELECT id, title, body, date, url, month, meta::jsonb,
                ARRAY(SELECT jsonb_array_elements_text(names::jsonb)),
                ARRAY(SELECT jsonb_array_elements_text(ents::jsonb)),
                terms::tsvector
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
           AS t(id, title, body, date, url, month, meta, names, ents, terms)
         ON CONFLICT (id) DO UPDATE SET title = excluded.title, body = excluded.body, date = excluded.date,
           url = excluded.url, month = excluded.month, meta = excluded.meta, entity_names = excluded.entity_names,
           entities = excluded.entities, terms = excluded.terms`,
        cols,
      );
      await c.query(`DELETE FROM ${S}.postings WHERE doc_id = ANY($1::text[])`, [cols[0]]);
      await c.query(`INSERT INTO ${S}.postings (term, doc_id, impact) SELECT * FROM unnest($1::text[], $2::text[], $3::real[])`, postings);
    });
  }

  /** WHERE clause and parameters for a query and filters; `$1` … are taken in order. */
  function matching(query: string, filter: ResolvedFilter): { where: string; params: unknown[]; any?: string; all?: string } {
    const compiled = compileTsquery(parse(query, termOptions));
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    // `any & !not` in one tsquery: the GIN index answers it (a separate NOT reads every row)
    if (compiled.any !== undefined) where.push(`terms @@ ${p(compiled.not === undefined ? compiled.any : `(${compiled.any}) & !(${compiled.not})`)}::tsquery`);
    else if (compiled.not !== undefined) where.push(`NOT (terms @@ ${p(compiled.not)}::tsquery)`);
    if (filter.from !== undefined) where.push(`date >= ${p(filter.from)}`);
    if (filter.toBound !== undefined) where.push(`date <= ${p(filter.toBound)}`);
    if (filter.entity !== undefined) where.push(`entity_names @> ARRAY[${p(filter.entity)}::text]`);
    for (const [key, value] of filter.meta) where.push(`meta @> ${p(JSON.stringify({ [key]: value }))}::jsonb`);
    const out: { where: string; params: unknown[]; any?: string; all?: string } = { where: where.length > 0 ? `WHERE ${where.join(' AND ')}` : '', params };
    if (compiled.any !== undefined) out.any = compiled.any;
    if (compiled.all !== undefined) out.all = compiled.all;
    return out;
  }

  const index: SearchIndex = {
    engine: 'postgres',
    async add(doc) {
      await index.addMany([doc]);
    },
    async addMany(docs, opts: AddManyOptions = {}) {
      check();
      const { batchSize, onProgress } = resolveAddMany(opts);
      let added = 0;
      let batch: PreparedDocument[] = [];
      // one batch is written while the next is analyzed (the database works on its own cores)
      let writing: Promise<void> | undefined;
      const write = async (b: PreparedDocument[]) => {
        if (writing !== undefined) await writing;
        writing = writeBatch(b).then(() => {
          added += b.length;
          onProgress?.(added);
        });
        // a failed write is reported by the next await of `writing`, not as an unhandled rejection
        writing.catch(() => undefined);
      };
      for await (const doc of docs as AsyncIterable<SearchDocument>) {
        batch.push(prepareDocument(doc, analyze, termOptions));
        // let the socket of the write in flight move (a synchronous source never yields)
        if (writing !== undefined && batch.length % 25 === 0) await new Promise((resolve) => setImmediate(resolve));
        if (batch.length >= batchSize) {
          await write(batch);
          batch = [];
        }
      }
      if (batch.length > 0) await write(batch);
      if (writing !== undefined) await writing;
      return { added };
    },
    async update(doc) {
      await index.addMany([doc]);
    },
    async delete(id) {
      check();
      return tx(async (c) => {
        await c.query(`DELETE FROM ${S}.postings WHERE doc_id = $1`, [String(id)]);
        const r = await c.query(`DELETE FROM ${S}.documents WHERE id = $1`, [String(id)]);
        return (r.rowCount ?? 0) > 0;
      });
    },
    async get(id) {
      check();
      const r = await q<{ id: string; title: string | null; text: string; date: string | null; url: string | null; meta: object }>(
        `SELECT id, title, body AS text, date, url, meta FROM ${S}.documents WHERE id = $1`,
        [String(id)],
      );
      return r.rows.length === 0 ? undefined : storedDocument(r.rows[0]!);
    },
    async count() {
      check();
      const r = await q<{ n: string }>(`SELECT count(*) AS n FROM ${S}.documents`);
      return Number(r.rows[0]!.n);
    },
    async search(query: string, options?: SearchOptions): Promise<SearchResult> {
      check();
      const o = resolveSearch(options);
      const parsed = parse(query, termOptions);
      const m = matching(query, o.filter);
      // counted through the GIN index: a sequential scan would read (de-TOAST) every tsvector
      const counted = await tx(async (c) => {
        if (m.any !== undefined) await c.query('SET LOCAL enable_seqscan = off');
        return c.query<{ n: string }>(
          o.countLimit === Infinity
            ? `SELECT count(*) AS n FROM ${S}.documents ${m.where}`
            : `SELECT count(*) AS n FROM (SELECT 1 FROM ${S}.documents ${m.where} LIMIT ${o.countLimit + 1}) matches`,
          m.params,
        );
      });
      const { total, totalExact } = cappedTotal(Number(counted.rows[0]!.n), o.countLimit);
      if (o.limit === 0 || (totalExact && total <= o.offset)) return { total, totalExact, hits: [] };
      type Row = { id: string; title: string | null; body: string; date: string | null; url: string | null; score: number; tier?: number };
      const columns = 'id, title, body, date, url';
      let rows: Row[] = [];
      if (m.any === undefined) {
        const r = await q<Row>(
          `SELECT ${columns}, 0::float8 AS score FROM ${S}.documents ${m.where} ORDER BY date DESC NULLS LAST, id LIMIT ${o.limit} OFFSET ${o.offset}`,
          m.params,
        );
        rows.push(...r.rows);
      } else {
        const need = o.offset + o.limit;
        /** Every match of a tier (`extra`: a condition on `terms`), ranked exactly. */
        const rankAll = async (extra: string, limit: number): Promise<Row[]> => {
          const params = [...m.params, m.any];
          const anyP = `$${params.length}::tsquery`;
          if (extra !== '') params.push(m.all);
          const where = `${m.where === '' ? 'WHERE TRUE' : m.where} ${extra.replace('$ALL', `$${params.length}`)}`;
          const r = await q<Row>(
            `SELECT ${columns}, ts_rank_cd(${WEIGHTS}, terms, ${anyP}, 1)::float8 AS score FROM ${S}.documents ${where} ORDER BY score DESC, id LIMIT ${limit}`,
            params,
          );
          return r.rows;
        };
        // the candidates: the documents with the highest impacts of each query key, ranked
        // exactly (tier: all words, then some; ts_rank_cd within a tier) after the filters
        const keys: string[] = [];
        const prefix: boolean[] = [];
        for (const group of parsed.must) {
          for (const clause of group) {
            for (const t of clause.terms) {
              keys.push(LOOSE_MARK + t.loose);
              prefix.push(clause.kind === 'prefix');
            }
          }
        }
        const perKey = Math.max(KEY_CANDIDATES, need * 10);
        const params = [...m.params, keys, prefix, m.any];
        const [kP, pP, anyP] = [params.length - 2, params.length - 1, params.length].map((n) => `$${n}`);
        let tier = '0';
        if (m.all !== undefined) {
          params.push(m.all);
          tier = `CASE WHEN terms @@ $${params.length}::tsquery THEN 0 ELSE 1 END`;
        }
        const scan = (cond: string, order: string) => `(SELECT doc_id, impact FROM ${S}.postings p WHERE ${cond} ${order})`;
        const exactKey = 'NOT k.prefix AND p.term = k.key';
        const prefixKey = `k.prefix AND p.term >= k.key AND p.term < k.key || '\uffff'`;
        const candidates = await q<Row>(
          `WITH k AS (SELECT * FROM unnest(${kP}::text[], ${pP}::bool[]) AS k(key, prefix)),
           x AS (
             SELECT c.doc_id, sum(c.impact * ln(1 + (n.n - df.df + 0.5) / (df.df + 0.5))) AS s
             FROM k
             CROSS JOIN LATERAL (SELECT count(*)::float8 AS df FROM (${scan(exactKey, `LIMIT ${DF_CAP}`)} UNION ALL ${scan(prefixKey, `LIMIT ${DF_CAP}`)}) y) df
             CROSS JOIN LATERAL (SELECT greatest(reltuples::float8, df.df) AS n FROM pg_class WHERE oid = '${S}.documents'::regclass) n
             CROSS JOIN LATERAL (${scan(exactKey, `ORDER BY impact DESC LIMIT ${perKey}`)}
               UNION ALL (SELECT * FROM ${scan(prefixKey, `LIMIT ${DF_CAP}`)} z ORDER BY impact DESC LIMIT ${perKey})) c
             GROUP BY c.doc_id ORDER BY s DESC LIMIT ${Math.max(RANKED_CANDIDATES, need * 5)}
           )
           SELECT ${columns}, ts_rank_cd(${WEIGHTS}, terms, ${anyP}::tsquery, 1)::float8 AS score, ${tier} AS tier
           FROM x JOIN ${S}.documents d ON d.id = x.doc_id
           ${m.where}
           ORDER BY tier, score DESC, id LIMIT ${need}`,
          params,
        );
        rows = candidates.rows;
        const first = rows.filter((r) => r.tier === 0);
        if (m.all !== undefined && first.length < need) {
          // more documents with all the words than the candidates hold: rank them all
          const counted = await q<{ n: string }>(
            `SELECT count(*) AS n FROM (SELECT 1 FROM ${S}.documents ${m.where === '' ? 'WHERE' : `${m.where} AND`} terms @@ $${m.params.length + 1}::tsquery LIMIT ${first.length + 1}) t`,
            [...m.params, m.all],
          );
          if (Number(counted.rows[0]!.n) > first.length) rows = [...(await rankAll('AND terms @@ $ALL::tsquery', need)), ...rows.filter((r) => r.tier !== 0)].slice(0, need);
        }
        if (rows.length < need && (!totalExact || total > rows.length)) {
          // the candidates miss matches (narrow filters): rank every match, tier by tier
          rows = m.all === undefined ? await rankAll('', need) : await rankAll('AND terms @@ $ALL::tsquery', need);
          if (m.all !== undefined && rows.length < need) rows.push(...(await rankAll('AND NOT (terms @@ $ALL::tsquery)', need - rows.length)));
        }
        rows.splice(0, o.offset);
      }
      const ranked = { rows };
      const hits = ranked.rows.map((d) => {
        const hit: SearchResult['hits'][number] = { id: d.id, score: d.score, snippet: makeSnippet(d.body, parsed, o.highlight, termOptions) };
        if (d.title !== null) hit.title = d.title;
        if (d.date !== null) hit.date = d.date;
        if (d.url !== null) hit.url = d.url;
        return hit;
      });
      return { total, totalExact, hits };
    },
    async facets(query, options = {}): Promise<Facets> {
      check();
      const filter = resolveFilter(options.filter);
      const limit = options.limit ?? 20;
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new RangeError(`zman: invalid option limit: ${String(limit)}; allowed: an integer from 1 to 1000`);
      const m = matching(query, filter);
      const and = m.where === '' ? 'WHERE' : `${m.where} AND`;
      const months = await q<{ month: string; count: string }>(
        `SELECT month, count(*) AS count FROM ${S}.documents ${and} month IS NOT NULL GROUP BY month ORDER BY month`,
        m.params,
      );
      const entities = await q<{ entity: string; count: string }>(
        `SELECT e AS entity, count(*) AS count FROM ${S}.documents, unnest(entities) AS e ${m.where} GROUP BY e ORDER BY count(*) DESC, e LIMIT $${m.params.length + 1}`,
        [...m.params, limit],
      );
      return {
        months: months.rows.map((r) => ({ month: r.month, count: Number(r.count) })),
        entities: entities.rows.map((r) => {
          const tab = r.entity.indexOf('\t');
          return { type: r.entity.slice(0, tab), canonical: r.entity.slice(tab + 1), count: Number(r.count) };
        }),
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
  return index;
}
