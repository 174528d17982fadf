/**
 * The zman HTTP service as a Hono app: JSON endpoints under `/v1/`, `/openapi.json`,
 * `/healthz` and the web page at `/`. `createApp` returns the app (web-standard
 * Request/Response, so tests call `app.request(…)` without a socket); `zman serve` puts it on a
 * socket with `@hono/node-server`. Hono is loaded when `createApp` is called, not before.
 *
 * @module
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Context, Hono } from 'hono';
import { FACETS_SCHEMA, SEARCH_SCHEMA, TEXT_ENDPOINTS, type TextEndpoint } from './endpoints.js';
import { openApiDocument } from './openapi.js';
import { BusyError, TaskError, TimeoutError, WorkerPool } from './pool.js';
import { validate, ValidationError } from './schema.js';

/** What the service needs of a search index (`zman/search-index`). */
export interface SearchIndexLike {
  search(query: string, options?: Record<string, unknown>): unknown;
  facets(query: string, options?: Record<string, unknown>): unknown;
  get(id: string): unknown;
  count(): unknown;
}

/** Options of {@link createApp}. */
export interface ServeOptions {
  /** An open search index: enables `/v1/search`, `/v1/facets`, `/v1/documents/{id}`. */
  readonly index?: SearchIndexLike;
  /**
   * Where that index is (a SQLite file or a postgres:// URL): each worker thread then opens it
   * read-only and searches there, off the event loop. Without it, `index` is searched on the
   * main thread.
   */
  readonly indexLocation?: string;
  /** Origins allowed to call the API from a browser (`'*'` for any); default: none (CORS off). */
  readonly cors?: readonly string[] | '*';
  /** Worker threads for the text work (default: one per core; 0 runs it on the event loop). */
  readonly workers?: number;
  /** Largest request body in MB (default 10). */
  readonly maxBodyMb?: number;
  /** Longest a request may run, in ms, before it is stopped with 503 (default 30000). */
  readonly timeoutMs?: number;
  /** Requests that may wait for a worker before 503 (default 64 per worker). */
  readonly maxQueue?: number;
  /** Where the one-line JSON log of each request goes (default: stderr; `false`: nowhere). */
  readonly log?: false | ((record: Record<string, unknown>) => void);
  /** The HTML of the page at `/` (default: the built page, `dist/serve/page.html`). */
  readonly page?: string;
}

/** The Hono app of the service, with `close()` to stop its workers. */
export type ZmanApp = Hono & { close(): Promise<void> };

export class HttpError extends Error {
  constructor(
    readonly status: 400 | 404 | 405 | 413 | 415 | 500 | 503,
    message: string,
    readonly field?: string,
    readonly allowed?: string,
  ) {
    super(message);
  }
}

function version(): string {
  try {
    const url = new URL('../../package.json', import.meta.url);
    return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** The built page: next to this module in `dist/serve/`, or in `dist/serve/` when run from source. */
function loadPage(): string {
  const candidates = [new URL('./page.html', import.meta.url), new URL('../../dist/serve/page.html', import.meta.url)];
  for (const url of candidates) {
    try {
      return readFileSync(url, 'utf8');
    } catch {
      // try the next place
    }
  }
  return `<!doctype html><meta charset="utf-8"><title>zman</title><p>The web page is not built: run <code>npm run build:web</code>. The API is at <a href="/openapi.json">/openapi.json</a>.</p>`;
}

const REQUEST_ID = /^[\w.:-]{1,64}$/;

/** Reads the body up to `max` bytes (413 beyond) and decodes it as UTF-8 (400 if it is not). */
async function readText(request: Request, max: number): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  const limit = `${(max / 1e6).toFixed(max % 1e6 === 0 ? 0 : 1)} MB`;
  if (declared > max) throw new HttpError(413, `the body is ${(declared / 1e6).toFixed(1)} MB, over the limit of ${limit}`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > max) {
        await reader.cancel().catch(() => undefined);
        throw new HttpError(413, `the body is over the limit of ${limit}`);
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new HttpError(400, 'the body is not valid UTF-8; send the text as UTF-8', 'body', 'UTF-8 text');
  }
}

function isJson(request: Request): boolean {
  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  return /^application\/(?:[\w.+-]*\+)?json\b/.test(type);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new HttpError(400, `malformed JSON: ${(error as Error).message}`, 'body', 'a JSON object');
  }
}

/** The query string as an object (a parameter given twice is refused). */
function queryObject(c: Context): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, values] of Object.entries(c.req.queries())) {
    if (values.length > 1) throw new HttpError(400, `the query parameter '${k}' is given ${values.length} times (allowed: once)`, k, 'once');
    out[k] = values[0]!;
  }
  return out;
}

function checked(schema: Parameters<typeof validate>[0], value: unknown, where: 'body' | 'query'): Record<string, unknown> {
  try {
    return validate(schema, value, where, where === 'query') as Record<string, unknown>;
  } catch (error) {
    if (error instanceof ValidationError) throw new HttpError(400, error.message, error.field, error.allowed);
    throw error;
  }
}

/** The request of a text endpoint: a JSON object, a plain-text body with options in the query, or GET with `text` in the query. */
async function textRequest(c: Context, e: TextEndpoint, maxBytes: number): Promise<Record<string, unknown> & { text: string }> {
  const query = queryObject(c);
  if (c.req.method === 'GET') return checked(e.schema, query, 'query') as Record<string, unknown> & { text: string };
  const raw = await readText(c.req.raw, maxBytes);
  if (isJson(c.req.raw)) {
    const body = parseJson(raw);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new HttpError(400, `the JSON body must be an object with the fields ${Object.keys(e.schema.properties).join(', ')}`, 'body', 'a JSON object');
    }
    for (const k of Object.keys(query)) {
      if (Object.hasOwn(body, k)) throw new HttpError(400, `'${k}' is given both in the query and in the body (allowed: one of them)`, k, 'one place');
    }
    return checked(e.schema, { ...checked({ ...e.schema, required: [] }, query, 'query'), ...(body as object) }, 'body') as Record<string, unknown> & { text: string };
  }
  if (Object.hasOwn(query, 'text')) throw new HttpError(400, "'text' is given both in the query and as the body (allowed: one of them)", 'text', 'one place');
  return checked(e.schema, { ...query, text: raw.replace(/^\ufeff/, '') }, 'query') as Record<string, unknown> & { text: string };
}

function jsonText(c: Context, json: string) {
  return c.body(json, 200, { 'content-type': 'application/json; charset=utf-8' });
}

function errorBody(c: Context, status: number, message: string, field?: string, allowed?: string) {
  return c.json({ error: { status, message, ...(field ? { field } : {}), ...(allowed ? { allowed } : {}) }, requestId: c.get('requestId') as string }, status as 400);
}

function asHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof TimeoutError || error instanceof BusyError) return new HttpError(503, error.message);
  if (error instanceof TaskError && (error.name === 'RangeError' || error.name === 'TypeError')) return new HttpError(400, error.message);
  if (error instanceof RangeError || error instanceof TypeError) return new HttpError(400, error.message);
  return new HttpError(500, `internal error: ${(error as Error)?.message ?? String(error)}`);
}

/** The Sorani page and the service, as a Hono app. */
export async function createApp(options: ServeOptions = {}): Promise<ZmanApp> {
  const workers = options.workers ?? availableParallelism();
  if (!Number.isInteger(workers) || workers < 0 || workers > 256) {
    throw new RangeError(`createApp: option 'workers' must be a whole number from 0 to 256, got ${String(options.workers)}`);
  }
  const maxBodyMb = options.maxBodyMb ?? 10;
  if (typeof maxBodyMb !== 'number' || !(maxBodyMb > 0) || maxBodyMb > 1024) {
    throw new RangeError(`createApp: option 'maxBodyMb' must be a number > 0 and ≤ 1024, got ${String(options.maxBodyMb)}`);
  }
  const timeoutMs = options.timeoutMs ?? 30_000;
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1) {
    throw new RangeError(`createApp: option 'timeoutMs' must be a whole number ≥ 1, got ${String(options.timeoutMs)}`);
  }
  const maxQueue = options.maxQueue ?? 64 * Math.max(1, workers);
  if (!Number.isInteger(maxQueue) || maxQueue < 0) {
    throw new RangeError(`createApp: option 'maxQueue' must be a whole number ≥ 0, got ${String(options.maxQueue)}`);
  }
  const cors = options.cors;
  if (cors !== undefined && cors !== '*' && !(Array.isArray(cors) && cors.every((o) => typeof o === 'string'))) {
    throw new TypeError(`createApp: option 'cors' must be '*' or an array of origins, got ${String(cors)}`);
  }
  let hono: typeof import('hono');
  try {
    hono = await import('hono');
  } catch {
    throw new Error('zman serve needs hono and @hono/node-server: npm install hono @hono/node-server');
  }
  const maxBytes = Math.round(maxBodyMb * 1e6);
  const log = options.log === undefined ? (r: Record<string, unknown>) => process.stderr.write(`${JSON.stringify(r)}\n`) : options.log;
  const index = options.index;
  const indexLocation = index && workers > 0 ? options.indexLocation : undefined;
  const pool = new WorkerPool({ size: workers, maxQueue, ...(indexLocation ? { index: indexLocation } : {}) });
  const page = options.page ?? loadPage();
  const v = version();
  const openapi = JSON.stringify(openApiDocument(v, index !== undefined));
  const started = Date.now();

  const app = new hono.Hono();

  // request id and one structured log line per request
  app.use('*', async (c, next) => {
    const t0 = performance.now();
    const given = c.req.header('x-request-id');
    const id = given && REQUEST_ID.test(given) ? given : randomUUID();
    c.set('requestId' as never, id as never);
    await next();
    c.res.headers.set('x-request-id', id);
    if (log) {
      const url = new URL(c.req.url);
      log({
        time: new Date().toISOString(),
        requestId: id,
        method: c.req.method,
        path: url.pathname,
        status: c.res.status,
        ms: Math.round((performance.now() - t0) * 10) / 10,
        bytesIn: Number(c.req.header('content-length') ?? 0),
        ...(c.get('error' as never) ? { error: c.get('error' as never) } : {}),
      });
    }
  });

  if (cors !== undefined) {
    const { cors: corsMiddleware } = await import('hono/cors');
    app.use('*', corsMiddleware({ origin: cors === '*' ? '*' : [...cors], allowMethods: ['GET', 'POST', 'OPTIONS'], exposeHeaders: ['x-request-id'], maxAge: 600 }));
  }

  app.onError((error, c) => {
    const e = asHttpError(error);
    c.set('error' as never, e.message as never);
    return errorBody(c, e.status, e.message, e.field, e.allowed);
  });

  app.get('/', (c) => {
    c.header('content-security-policy', "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'");
    c.header('x-content-type-options', 'nosniff');
    return c.html(page);
  });
  app.get('/openapi.json', (c) => c.body(openapi, 200, { 'content-type': 'application/json; charset=utf-8' }));
  app.get('/healthz', async (c) => {
    let documents: number | undefined;
    if (index) {
      try {
        documents = Number(await index.count());
      } catch {
        documents = undefined;
      }
    }
    return c.json({
      status: 'ok',
      version: v,
      uptimeSeconds: Math.round((Date.now() - started) / 1000),
      workers: pool.stats(),
      index: index ? { documents } : null,
    });
  });

  for (const e of TEXT_ENDPOINTS) {
    const handler = async (c: Context) => {
      const body = await textRequest(c, e, maxBytes);
      return jsonText(c, await pool.run(e.name, body, timeoutMs));
    };
    app.post(`/v1/${e.name}`, handler);
    app.get(`/v1/${e.name}`, handler);
  }

  const needIndex = (): SearchIndexLike => {
    if (!index) throw new HttpError(404, 'this server has no search index: start it with zman serve --index INDEX');
    return index;
  };
  const filterOf = (q: Record<string, unknown>) => {
    const filter: Record<string, unknown> = {};
    for (const k of ['from', 'to', 'entity'] as const) if (q[k] !== undefined) filter[k] = q[k];
    return filter;
  };
  const search = async (c: Context, q: Record<string, unknown>) => {
    const ix = needIndex();
    if (typeof q.from === 'string' && typeof q.to === 'string' && q.from > q.to) {
      throw new HttpError(400, `invalid value for 'from': '${q.from}' is after 'to' ('${q.to}')`, 'from', "a date on or before 'to'");
    }
    const searchOptions = {
      limit: (q.limit as number | undefined) ?? 10,
      offset: (q.offset as number | undefined) ?? 0,
      filter: filterOf(q),
      highlight: (q.highlight as boolean | undefined) ?? true,
      countLimit: (q.count as number | undefined) ?? 1000,
    };
    if (indexLocation) return jsonText(c, await pool.run('search', { q: q.q, options: searchOptions }, timeoutMs));
    return c.json((await ix.search(q.q as string, searchOptions)) as object);
  };
  app.get('/v1/search', async (c) => search(c, checked(SEARCH_SCHEMA, queryObject(c), 'query')));
  app.post('/v1/search', async (c) => {
    const raw = await readText(c.req.raw, maxBytes);
    return search(c, checked(SEARCH_SCHEMA, parseJson(raw), 'body'));
  });
  app.get('/v1/facets', async (c) => {
    const ix = needIndex();
    const q = checked(FACETS_SCHEMA, queryObject(c), 'query');
    const query = (q.q as string | undefined) ?? '';
    if (indexLocation) return jsonText(c, await pool.run('facets', { q: query, options: { filter: filterOf(q) } }, timeoutMs));
    return c.json((await ix.facets(query, { filter: filterOf(q) })) as object);
  });
  app.get('/v1/documents/:id', async (c) => {
    const ix = needIndex();
    const id = c.req.param('id');
    const doc = indexLocation ? (JSON.parse(await pool.run('document', { id }, timeoutMs)) as unknown) : await ix.get(id);
    if (doc === undefined || doc === null) throw new HttpError(404, `no document with the id '${id}'`, 'id', 'the id of an indexed document');
    return c.json(doc as object);
  });

  const KNOWN = new Set([...TEXT_ENDPOINTS.map((e) => `/v1/${e.name}`), '/v1/search', '/v1/facets', '/openapi.json', '/healthz', '/']);
  app.notFound((c) => {
    const path = new URL(c.req.url).pathname;
    if (KNOWN.has(path) || path.startsWith('/v1/documents/')) {
      return errorBody(c, 405, `${c.req.method} is not allowed on ${path} (allowed: GET, POST; see /openapi.json)`);
    }
    return errorBody(c, 404, `no such endpoint: ${path} (see /openapi.json)`);
  });

  return Object.assign(app, { close: () => pool.close() }) as unknown as ZmanApp;
}
