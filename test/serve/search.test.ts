/**
 * The search endpoints of the service over a real index (zman/search-index, SQLite) on loopback.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openIndex, type SearchIndex } from '../../src/search-index/index.js';
import { startServer, type RunningServer } from '../../src/serve/index.js';
import { buildSampleIndex, SAMPLE_DOCS } from './sample-docs.js';

interface Hit {
  id: string;
  title: string;
  date: string;
  snippet: { text: string; start: number; highlights: Array<[number, number]> };
}

for (const inWorkers of [false, true]) describe(`zman serve with an index, searched ${inWorkers ? 'in the worker threads' : 'on the main thread'}`, () => {
  let index: SearchIndex;
  let server: RunningServer;
  let base: string;
  const get = async (path: string) => {
    const r = await fetch(`${base}${path}`);
    return { status: r.status, json: (await r.json()) as Record<string, unknown> };
  };
  before(async () => {
    const location = await buildSampleIndex();
    index = await openIndex(location, { readOnly: true });
    server = await startServer({ port: 0, workers: inWorkers ? 1 : 0, log: false, index, ...(inWorkers ? { indexLocation: location } : {}) });
    base = server.url;
  });
  after(async () => {
    await server.close();
    await index.close();
  });

  it('healthz counts the documents', async () => {
    assert.deepEqual((await get('/healthz')).json.index, { documents: SAMPLE_DOCS.length });
  });
  it('searches in either script, ranked hits with highlighted snippets', async () => {
    const arabic = await get(`/v1/search?q=${encodeURIComponent('سلێمانی')}`);
    assert.equal(arabic.status, 200);
    const hits = arabic.json.hits as Hit[];
    assert.ok((arabic.json.total as number) >= 4);
    for (const hit of hits) {
      const [s, e] = hit.snippet.highlights[0]!;
      assert.match(hit.snippet.text.slice(s - hit.snippet.start, e - hit.snippet.start), /سلێمانی/);
    }
    const latin = await get('/v1/search?q=silêmanî');
    assert.deepEqual((latin.json.hits as Hit[]).map((h) => h.id), hits.map((h) => h.id));
  });
  it('pages with limit and offset', async () => {
    const all = (await get(`/v1/search?q=${encodeURIComponent('سلێمانی')}&limit=100`)).json;
    const page2 = (await get(`/v1/search?q=${encodeURIComponent('سلێمانی')}&limit=2&offset=2`)).json;
    assert.equal(page2.total, all.total);
    assert.deepEqual((page2.hits as Hit[]).map((h) => h.id), (all.hits as Hit[]).slice(2, 4).map((h) => h.id));
  });
  it('filters by date and by entity; POST with a JSON body does the same', async () => {
    const q = encodeURIComponent('سلێمانی');
    const november = (await get(`/v1/search?q=${q}&from=2026-11-01&to=2026-11-30&limit=100`)).json.hits as Hit[];
    assert.ok(november.length > 0);
    assert.ok(november.every((h) => h.date >= '2026-11-01' && h.date <= '2026-11-30'));
    const azad = (await get(`/v1/search?q=${q}&entity=${encodeURIComponent('ئازاد محەمەد')}`)).json.hits as Hit[];
    assert.deepEqual(azad.map((h) => h.id), ['n05']);
    const r = await fetch(`${base}/v1/search`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ q: 'سلێمانی', entity: 'ئازاد محەمەد' }) });
    assert.deepEqual(((await r.json()) as { hits: Hit[] }).hits.map((h) => h.id), ['n05']);
  });
  it('facets by month and entity', async () => {
    const f = (await get(`/v1/facets?q=${encodeURIComponent('سلێمانی')}`)).json as { months: Array<{ month: string; count: number }>; entities: Array<{ canonical: string; type: string }> };
    assert.ok(f.months.some((m) => m.month === '2026-11'));
    assert.ok(f.entities.some((e) => e.canonical === 'ئازاد محەمەد' && e.type === 'PER'));
  });
  it('gives a document by id, 404 for an unknown id', async () => {
    const d = await get('/v1/documents/n05');
    assert.equal(d.status, 200);
    assert.equal(d.json.title, SAMPLE_DOCS[4]!.title);
    assert.equal(d.json.text, SAMPLE_DOCS[4]!.text);
    const missing = await get('/v1/documents/nope');
    assert.equal(missing.status, 404);
    assert.match((missing.json.error as { message: string }).message, /no document with the id 'nope'/);
  });
  it('refuses bad search parameters naming them', async () => {
    for (const [query, field] of [
      ['', 'q'],
      ['q=a&limit=0', 'limit'],
      ['q=a&limit=ten', 'limit'],
      ['q=a&offset=-1', 'offset'],
      ['q=a&from=2026-13-01', 'from'],
      ['q=a&from=2026-11-02&to=2026-11-01', 'from'],
      ['q=a&sort=date', 'sort'],
      ['q=a&highlight=maybe', 'highlight'],
    ] as const) {
      const r = await get(`/v1/search?${query}`);
      assert.equal(r.status, 400, query);
      assert.equal((r.json.error as { field: string }).field, field, query);
    }
    const f = await get('/v1/facets?q=a&limit=3');
    assert.equal(f.status, 400);
    const p = await fetch(`${base}/v1/search`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"q":' });
    assert.equal(p.status, 400);
  });
});
