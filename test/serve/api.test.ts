/**
 * The HTTP service on a loopback socket: every endpoint, every error path, the OpenAPI document.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { analyzeDocument } from '../../src/analyze/index.js';
import { createApp, startServer, TEXT_ENDPOINTS, type RunningServer } from '../../src/serve/index.js';
import { ROOT } from '../helpers/cli.js';

const article = readFileSync(`${ROOT}/examples/news-ckb.txt`, 'utf8');

interface ErrorBody {
  error: { status: number; message: string; field?: string; allowed?: string };
  requestId: string;
}

async function post(base: string, path: string, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const res = await fetch(`${base}${path}`, { method: 'POST', headers, body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body) });
  return { status: res.status, headers: res.headers, json: (await res.json()) as Record<string, unknown> };
}

/** A raw HTTP request, for bodies fetch will not send (chunked without length, lying lengths). */
function raw(url: string, method: string, headers: Record<string, string>, chunks: Uint8Array[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString('utf8') }));
    });
    req.on('error', reject);
    for (const c of chunks) req.write(c);
    req.end();
  });
}

describe('zman serve: text endpoints on loopback', () => {
  let server: RunningServer;
  let base: string;
  const logs: Array<Record<string, unknown>> = [];
  before(async () => {
    server = await startServer({ port: 0, workers: 1, maxBodyMb: 1, log: (r) => logs.push(r) });
    base = server.url;
  });
  after(() => server.close());

  it('listens on loopback by default', () => {
    assert.match(base, /^http:\/\/127\.0\.0\.1:\d+$/);
  });
  it('analyze: the analyzeDocument result, from JSON and from a plain-text body', async () => {
    const expected = JSON.parse(JSON.stringify(analyzeDocument(article, { reference: '2026-11-23' })));
    const r = await post(base, '/v1/analyze', { text: article, reference: '2026-11-23' });
    assert.equal(r.status, 200);
    assert.deepEqual(r.json, expected);
    // curl --data-binary @article.txt sends application/x-www-form-urlencoded: read as text
    const p = await post(base, '/v1/analyze?reference=2026-11-23', article, { 'content-type': 'application/x-www-form-urlencoded' });
    assert.equal(p.status, 200);
    assert.deepEqual(p.json, expected);
    assert.ok((r.json.entities as Array<{ canonical: string }>).some((e) => e.canonical === 'ئازاد محەمەد'));
  });
  it('normalize: كوردي → کوردی, options from JSON or the query', async () => {
    assert.deepEqual((await post(base, '/v1/normalize', { text: 'كوردي ١٠' })).json, { text: 'کوردی ١٠' });
    assert.deepEqual((await post(base, '/v1/normalize', { text: 'كوردي ١٠', digits: 'latin' })).json, { text: 'کوردی 10' });
    assert.deepEqual((await post(base, '/v1/normalize?digits=latin', 'كوردي ١٠', { 'content-type': 'text/plain; charset=utf-8' })).json, { text: 'کوردی 10' });
    const g = await fetch(`${base}/v1/normalize?text=${encodeURIComponent('رێگا')}&initialReh=false`);
    assert.deepEqual(await g.json(), { text: 'رێگا' });
  });
  it('tokenize and sentences', async () => {
    const t = await post(base, '/v1/tokenize', { text: 'لە ١٠ ـی مانگدا' });
    assert.deepEqual((t.json.tokens as Array<{ normalized: string }>).map((x) => x.normalized), ['لە', '١٠', 'ی', 'مانگدا']);
    const m = await post(base, '/v1/tokenize', { text: 'شارەکانیشدا', morphemes: true });
    assert.ok((m.json.tokens as unknown[]).length > 1);
    const s = await post(base, '/v1/sentences', { text: 'سڵاو. چۆنی؟ باشم!' });
    assert.deepEqual((s.json.sentences as Array<{ text: string }>).map((x) => x.text), ['سڵاو.', 'چۆنی؟', 'باشم!']);
  });
  it('translit both ways, and refuses options of the other direction', async () => {
    assert.deepEqual((await post(base, '/v1/translit', { text: 'کوردستان', to: 'latin' })).json, { text: 'kurdistan' });
    assert.deepEqual((await post(base, '/v1/translit', { text: 'kurdistan', to: 'arabic' })).json, { text: 'کوردستان' });
    const bad = await post(base, '/v1/translit', { text: 'kurdistan', to: 'arabic', style: 'ascii' });
    assert.equal(bad.status, 400);
    assert.match((bad.json as unknown as ErrorBody).error.message, /style/);
    const digits = await post(base, '/v1/translit', { text: '١٠', to: 'latin', digits: 'persian' });
    assert.equal(digits.status, 400);
    assert.match((digits.json as unknown as ErrorBody).error.message, /'digits'.*'latin', 'keep'/);
  });
  it('lemma and analyze-word', async () => {
    const l = await post(base, '/v1/lemma', { text: 'کتێبەکانمان دەخوێنینەوە' });
    assert.equal(l.json.text, 'کتێب خوێندن');
    assert.deepEqual((l.json.words as Array<{ lemma: string }>).map((w) => w.lemma), ['کتێب', 'خوێندن']);
    const w = await post(base, '/v1/analyze-word', { text: 'کتێبەکانمان' });
    const [word] = w.json.words as Array<{ latin: string; pronunciation: { ipa: string }; analyses: Array<{ lemma: string; pos: string }> }>;
    assert.equal(word!.latin, 'kitêbekanman');
    assert.equal(word!.analyses[0]!.lemma, 'کتێب');
    assert.equal(word!.analyses[0]!.pos, 'noun');
    assert.ok(word!.pronunciation.ipa.length > 0);
    const many = await post(base, '/v1/analyze-word', { text: 'وشە '.repeat(101) });
    assert.equal(many.status, 400);
    assert.match((many.json as unknown as ErrorBody).error.message, /at most 100 words/);
  });
  it('numbers and dates', async () => {
    const n = await post(base, '/v1/numbers', { text: 'دەیان هەزار سەرباز و ١٠ هەزار دینار' });
    assert.deepEqual((n.json.numbers as Array<{ value: number; approximate: boolean }>).map((x) => [x.value, x.approximate]), [[20000, true], [10000, false]]);
    const d = await post(base, '/v1/dates', { text: 'هەفتەی ڕابردوو', reference: '2021-12-28' });
    assert.equal((d.json.dates as Array<{ iso: string }>)[0]!.iso, '2021-12-18/2021-12-24');
  });
  it('spell: unknown words with suggestions, the corrected text on request; repair', async () => {
    const s = await post(base, '/v1/spell', { text: 'ئەم بریارە لە باشور درا' });
    const misspelled = s.json.misspelled as Array<{ start: number; end: number; word: string; suggestions: Array<{ word: string }> }>;
    assert.deepEqual(misspelled.map((m) => [m.start, m.end, m.word, m.suggestions[0]!.word]), [
      [4, 10, 'بریارە', 'بڕیارە'],
      [14, 19, 'باشور', 'باشوور'],
    ]);
    assert.equal(s.json.text, undefined);
    const c = await post(base, '/v1/spell?correct=true&limit=2', 'ئەم بریارە لە باشور درا', { 'content-type': 'text/plain' });
    assert.equal(c.json.text, 'ئەم بڕیارە لە باشوور درا');
    assert.ok((c.json.misspelled as Array<{ suggestions: unknown[] }>).every((m) => m.suggestions.length <= 2));
    assert.equal((await post(base, '/v1/spell', { text: 'ئا', limit: 0 })).status, 400);
    const r = await post(base, '/v1/repair', { text: 'دستان خوش بیت' });
    assert.deepEqual([r.json.text, r.json.keyboard], ['دەستان خۆش بێت', 'persian']);
    const k = await post(base, '/v1/repair', { text: 'ئا', keyboard: 'azerty' });
    assert.equal(k.status, 400);
    assert.match((k.json as unknown as ErrorBody).error.message, /'keyboard'.*'auto', 'arabic', 'persian', 'sorani'/);
  });
  it('healthz, the page and openapi.json', async () => {
    const h = (await (await fetch(`${base}/healthz`)).json()) as { status: string; index: unknown; workers: { workers: number } };
    assert.equal(h.status, 'ok');
    assert.equal(h.index, null);
    assert.equal(h.workers.workers, 1);
    const page = await fetch(`${base}/`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /text\/html/);
    assert.match(await page.text(), /<div id="app">/);
    const o = await fetch(`${base}/openapi.json`);
    assert.equal((await o.json() as { openapi: string }).openapi, '3.1.0');
  });

  describe('errors', () => {
    const check = (r: { status: number; json: Record<string, unknown> }, status: number, message: RegExp, field?: string) => {
      assert.equal(r.status, status, JSON.stringify(r.json));
      const e = r.json as unknown as ErrorBody;
      assert.equal(e.error.status, status);
      assert.match(e.error.message, message);
      if (field !== undefined) assert.equal(e.error.field, field);
      assert.ok(e.requestId.length > 0);
    };
    it('413 for a body over the limit, by its length or as it streams', async () => {
      const big = 'ا'.repeat(600_000); // 1.2 MB of UTF-8, limit 1 MB
      check(await post(base, '/v1/normalize', big, { 'content-type': 'text/plain' }), 413, /over the limit of 1 MB/);
      const chunked = await raw(`${base}/v1/normalize`, 'POST', { 'content-type': 'text/plain', 'transfer-encoding': 'chunked' }, [
        Buffer.from('ا'.repeat(300_000)),
        Buffer.from('ا'.repeat(300_000)),
      ]);
      assert.equal(chunked.status, 413);
      assert.match(chunked.body, /over the limit/);
    });
    it('400 for malformed JSON, a JSON value that is not an object, invalid UTF-8', async () => {
      check(await post(base, '/v1/analyze', '{"text": "ئا"', { 'content-type': 'application/json' }), 400, /malformed JSON/, 'body');
      check(await post(base, '/v1/analyze', '["ئا"]', { 'content-type': 'application/json' }), 400, /must be an object with the fields text, reference, keywords/, 'body');
      check(await post(base, '/v1/normalize', new Uint8Array([0xd8, 0xa7, 0xff, 0xfe]), { 'content-type': 'text/plain' }), 400, /not valid UTF-8/, 'body');
      check(await post(base, '/v1/normalize', new Uint8Array([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xc3, 0x22, 0x7d])), 400, /not valid UTF-8/);
    });
    it('400 naming the field and what is allowed: wrong types, unknown options, bad values, missing text', async () => {
      check(await post(base, '/v1/analyze', { text: 5 }), 400, /'text': 5 \(allowed: a string\)/, 'text');
      check(await post(base, '/v1/analyze', { text: 'ئا', keywords: 'many' }), 400, /'keywords'.*a whole number ≥ 0 and ≤ 100/, 'keywords');
      check(await post(base, '/v1/analyze', { text: 'ئا', reference: '2021-02-30' }), 400, /'reference'.*a date YYYY-MM-DD/, 'reference');
      check(await post(base, '/v1/analyze', { text: 'ئا', colour: true }), 400, /unknown field 'colour' \(allowed: text, reference, keywords\)/, 'colour');
      check(await post(base, '/v1/normalize', { text: 'ئا', digits: 'roman' }), 400, /'digits'.*one of 'keep', 'latin', 'arabic', 'persian'/, 'digits');
      check(await post(base, '/v1/normalize?digits=roman', 'ئا', { 'content-type': 'text/plain' }), 400, /'digits'/, 'digits');
      check(await post(base, '/v1/normalize?bogus=1', 'ئا', { 'content-type': 'text/plain' }), 400, /unknown field 'bogus'/, 'bogus');
      check(await post(base, '/v1/tokenize', { text: 'ئا', morphemes: 'yes' }), 400, /'morphemes'.*true or false/, 'morphemes');
      check(await post(base, '/v1/sentences', {}), 400, /missing field 'text'/, 'text');
      check(await post(base, '/v1/normalize?digits=latin', { text: 'ئا', digits: 'latin' }), 400, /both in the query and in the body/, 'digits');
      const twice = await fetch(`${base}/v1/normalize?text=a&text=b`);
      assert.equal(twice.status, 400);
    });
    it('404 for an unknown path, 405 for a wrong method, 404 for search without an index', async () => {
      const nf = await fetch(`${base}/v1/nothing`);
      assert.equal(nf.status, 404);
      assert.match(((await nf.json()) as ErrorBody).error.message, /no such endpoint/);
      const m = await fetch(`${base}/v1/normalize`, { method: 'DELETE' });
      assert.equal(m.status, 405);
      for (const path of ['/v1/search?q=a', '/v1/facets', '/v1/documents/1']) {
        const r = await fetch(`${base}${path}`);
        assert.equal(r.status, 404);
        assert.match(((await r.json()) as ErrorBody).error.message, /no search index/);
      }
    });
    it('CORS is off by default', async () => {
      const r = await fetch(`${base}/v1/normalize?text=a`, { headers: { origin: 'https://news.example' } });
      assert.equal(r.headers.get('access-control-allow-origin'), null);
    });
  });

  it('gives every request an id (or keeps a sane given one) and logs one JSON line for it', async () => {
    const before = logs.length;
    const r = await fetch(`${base}/v1/normalize?text=a`, { headers: { 'x-request-id': 'abc-123' } });
    assert.equal(r.headers.get('x-request-id'), 'abc-123');
    const r2 = await fetch(`${base}/v1/normalize?text=a`, { headers: { 'x-request-id': 'bad id with spaces' } });
    assert.match(r2.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
    await fetch(`${base}/v1/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    const lines = logs.slice(before);
    assert.equal(lines.length, 3);
    assert.equal(lines[0]!.requestId, 'abc-123');
    assert.equal(lines[0]!.status, 200);
    assert.equal(lines[0]!.path, '/v1/normalize');
    assert.equal(typeof lines[0]!.ms, 'number');
    assert.equal(lines[2]!.status, 400);
    assert.match(String(lines[2]!.error), /malformed JSON/);
  });
});

describe('zman serve: limits', () => {
  it('stops a request that runs too long with 503, replaces its worker, keeps serving (healthz answers meanwhile)', async () => {
    const server = await startServer({ port: 0, workers: 1, timeoutMs: 1500, log: false });
    type Health = { workers: { replaced: number; workers: number; ready: number } };
    const health = async () => (await (await fetch(`${server.url}/healthz`)).json()) as Health;
    const ready = async () => {
      while ((await health()).workers.ready < 1) await new Promise((r) => setTimeout(r, 50));
    };
    try {
      await ready();
      // a document that takes several seconds to analyze (2 M characters)
      let text = '';
      while (text.length < 2_000_000) text += article;
      const done: string[] = [];
      const slow = post(server.url, '/v1/analyze', text, { 'content-type': 'text/plain' }).then((r) => {
        done.push('analyze');
        return r;
      });
      await new Promise((r) => setTimeout(r, 300));
      const h = await fetch(`${server.url}/healthz`);
      done.push('healthz');
      assert.equal(h.status, 200);
      const r = await slow;
      assert.deepEqual(done, ['healthz', 'analyze'], 'healthz answered while the document was being analyzed');
      assert.equal(r.status, 503);
      assert.match((r.json as unknown as ErrorBody).error.message, /longer than 1500 ms/);
      await ready();
      const after = await post(server.url, '/v1/normalize', { text: 'كوردي' });
      assert.deepEqual(after.json, { text: 'کوردی' });
      const stats = (await health()).workers;
      assert.equal(stats.replaced, 1);
      assert.equal(stats.workers, 1);
    } finally {
      await server.close();
    }
  });
  it('answers 503 when too many requests wait for a worker', async () => {
    const app = await createApp({ workers: 1, maxQueue: 0, log: false });
    try {
      let text = '';
      while (text.length < 20_000) text += article;
      const first = app.request('/v1/analyze', { method: 'POST', body: text });
      await new Promise((r) => setTimeout(r, 100));
      const second = await app.request('/v1/normalize', { method: 'POST', body: 'a' });
      assert.equal(second.status, 503);
      assert.match(((await second.json()) as ErrorBody).error.message, /busy/);
      assert.equal((await first).status, 200);
    } finally {
      await app.close();
    }
  });
  it('allows the --cors origins only, with preflight', async () => {
    const app = await createApp({ workers: 0, cors: ['https://news.example'], log: false });
    try {
      const ok = await app.request('/v1/normalize?text=a', { headers: { origin: 'https://news.example' } });
      assert.equal(ok.headers.get('access-control-allow-origin'), 'https://news.example');
      const other = await app.request('/v1/normalize?text=a', { headers: { origin: 'https://evil.example' } });
      assert.equal(other.headers.get('access-control-allow-origin'), null);
      const pre = await app.request('/v1/analyze', {
        method: 'OPTIONS',
        headers: { origin: 'https://news.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      assert.equal(pre.status, 204);
      assert.match(pre.headers.get('access-control-allow-methods') ?? '', /POST/);
    } finally {
      await app.close();
    }
  });
  it('refuses bad options with errors naming them', async () => {
    await assert.rejects(createApp({ workers: -1 }), /'workers'/);
    await assert.rejects(createApp({ maxBodyMb: 0 }), /'maxBodyMb'/);
    await assert.rejects(createApp({ timeoutMs: 1.5 }), /'timeoutMs'/);
    await assert.rejects(createApp({ cors: 'https://a.example' as unknown as '*' }), /'cors'/);
    await assert.rejects(startServer({ port: 70000 }), /'port'/);
  });
});

describe('zman serve: the OpenAPI document', () => {
  let doc: Record<string, unknown>;
  let app: Awaited<ReturnType<typeof createApp>>;
  before(async () => {
    app = await createApp({ workers: 0, log: false });
    doc = (await (await app.request('/openapi.json')).json()) as Record<string, unknown>;
  });
  after(() => app.close());

  it('is a structurally valid OpenAPI 3.1 document whose $refs all resolve', () => {
    assert.equal(doc.openapi, '3.1.0');
    const info = doc.info as Record<string, unknown>;
    assert.equal(typeof info.title, 'string');
    assert.equal(typeof info.version, 'string');
    const paths = doc.paths as Record<string, Record<string, Record<string, unknown>>>;
    const ids = new Set<string>();
    for (const [path, item] of Object.entries(paths)) {
      assert.match(path, /^\//);
      for (const param of path.match(/\{(\w+)\}/g) ?? []) {
        for (const op of Object.values(item)) {
          assert.ok((op.parameters as Array<{ name: string; in: string }>).some((p) => p.in === 'path' && `{${p.name}}` === param), `${path} declares ${param}`);
        }
      }
      for (const [method, op] of Object.entries(item)) {
        assert.ok(['get', 'post', 'put', 'delete', 'patch', 'options', 'head'].includes(method));
        assert.equal(typeof op.operationId, 'string');
        assert.ok(!ids.has(op.operationId as string), `operationId ${String(op.operationId)} is unique`);
        ids.add(op.operationId as string);
        const responses = op.responses as Record<string, { description: string }>;
        assert.ok(Object.keys(responses).length > 0);
        for (const [code, res] of Object.entries(responses)) {
          assert.match(code, /^[1-5]\d\d$/);
          assert.equal(typeof res.description, 'string');
        }
        for (const p of (op.parameters as Array<Record<string, unknown>> | undefined) ?? []) {
          assert.ok(['query', 'path', 'header', 'cookie'].includes(p.in as string));
          assert.equal(typeof p.name, 'string');
          assert.equal(typeof (p.schema as { type: string }).type, 'string');
        }
      }
    }
    const refs: string[] = [];
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if (k === '$ref') refs.push(x as string);
          else walk(x);
        }
      }
    };
    walk(doc);
    assert.ok(refs.length > 0);
    for (const ref of refs) {
      const target = ref.replace(/^#\//, '').split('/').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], doc);
      assert.ok(target, `${ref} resolves`);
    }
  });
  it('documents exactly what the server accepts: each example is accepted, each documented field exists, others are refused', async () => {
    const paths = doc.paths as Record<string, { post: { requestBody: { content: Record<string, { schema: { $ref?: string }; example?: unknown }> } } }>;
    const schemas = (doc.components as { schemas: Record<string, { properties: Record<string, unknown>; required?: string[] }> }).schemas;
    for (const e of TEXT_ENDPOINTS) {
      const content = paths[`/v1/${e.name}`]!.post.requestBody.content['application/json']!;
      const schema = schemas[content.schema.$ref!.split('/').pop()!]!;
      assert.deepEqual(Object.keys(schema.properties), Object.keys(e.schema.properties));
      assert.deepEqual(schema.required, ['text']);
      const ok = await app.request(`/v1/${e.name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(content.example) });
      assert.equal(ok.status, 200, `${e.name} accepts its documented example`);
      const bad = await app.request(`/v1/${e.name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...(content.example as object), undocumented: 1 }) });
      assert.equal(bad.status, 400);
    }
  });
});
