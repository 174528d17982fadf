import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openIndex, type SearchDocument, type SearchIndex } from '../../src/search-index/index.js';
import { PG_URL, pgSkip } from '../helpers/services.js';
import { ROOT } from '../helpers/cli.js';

const DOCS: SearchDocument[] = [
  {
    id: 'erbil',
    title: 'هەواڵی کوردستان',
    text: 'لە هەولێر، پایتەختی هەرێمی کوردستان، باران باری. خەڵکی شارەکە دڵخۆشن.',
    date: '2021-12-27',
    url: 'https://example.org/erbil',
    source: 'rudaw',
  },
  {
    id: 'geneva',
    text: 'جۆ بایدن و ڤلادیمیر پوتین لەسەر ئۆکراینا قسەیان کرد. دانوستان لە جنێڤ دەبێت لە ١٠ی کانوونی دووەم.',
    date: '2021-12-30',
    source: 'kurdistan24',
  },
  { id: 'drink', text: 'خواردنەوەی ئاو باشە. ئێمە نان دەخۆین.', date: '2022-01-02' },
  { id: 'kyiv', text: 'سوپای ڕووسیا لە سنووری ئۆکراینا کۆبووەتەوە.', date: '2022-01-15', source: 'rudaw' },
];

const ids = (r: { hits: Array<{ id: string }> }) => r.hits.map((h) => h.id);

interface Engine {
  name: string;
  skip: string | false;
  open: (analyze?: boolean) => Promise<SearchIndex>;
  cleanup: () => Promise<void>;
}

const dir = mkdtempSync(join(tmpdir(), 'zman-search-'));
const runId = `zman_t${process.pid}_${Date.now().toString(36)}`;
const pgSkipped = await pgSkip();

const ENGINES: Engine[] = [
  {
    name: 'SQLite',
    skip: false,
    open: (analyze = true) => openIndex(join(dir, 'suite.db'), { analyze }),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  },
  {
    name: 'PostgreSQL',
    skip: pgSkipped,
    open: (analyze = true) => openIndex(PG_URL, { analyze, schema: runId }),
    cleanup: async () => {
      const { default: pg } = await import('pg');
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS "${runId}" CASCADE`);
      await c.end();
    },
  },
];

for (const engine of ENGINES) {
  describe(`search index on ${engine.name}`, { skip: engine.skip }, () => {
    let index: SearchIndex;
    before(async () => {
      index = await engine.open();
      const progress: number[] = [];
      const r = await index.addMany(DOCS, { batchSize: 3, onProgress: (n) => progress.push(n) });
      assert.equal(r.added, 4);
      assert.deepEqual(progress, [3, 4]);
    });
    after(async () => {
      await index?.close();
      await engine.cleanup();
    });

    it('counts and gets documents with their metadata', async () => {
      assert.equal(await index.count(), 4);
      assert.deepEqual(await index.get('erbil'), DOCS[0]);
      assert.equal(await index.get('nope'), undefined);
    });
    it('finds a document in either script and in any inflection', async () => {
      for (const q of ['kurdistan', 'كوردستان', 'کوردستانەکەمان', 'Kurdistanê', 'hewlêr']) {
        assert.deepEqual(ids(await index.search(q)), ['erbil'], q);
      }
    });
    it('finds words typed on an Arabic keyboard or without ێ ڵ ڕ ۆ', async () => {
      assert.deepEqual(ids(await index.search('ههولير')), ['erbil']);
      assert.deepEqual(ids(await index.search('سنوور روسيا')), ['kyiv']);
    });
    it('matches numbers in every digit system', async () => {
      assert.deepEqual(ids(await index.search('10')), ['geneva']);
      assert.deepEqual(ids(await index.search('۱۰')), ['geneva']);
    });
    it('keeps خواردنەوە apart from خواردن', async () => {
      assert.deepEqual(ids(await index.search('خواردنەوە')), ['drink']);
      const simple = await index.search('خواردن');
      assert.deepEqual(ids(simple), ['drink']);
      // the hit of خواردن is دەخۆین, not خواردنەوەی
      const [s, e] = simple.hits[0]!.snippet.highlights[0]!;
      assert.equal(DOCS[2]!.text.slice(s, e), 'دەخۆین');
    });
    it('ranks documents with all words first', async () => {
      const r = await index.search('ئۆکراینا پوتین');
      assert.equal(r.total, 2);
      assert.deepEqual(ids(r), ['geneva', 'kyiv']);
    });
    it('supports phrases, exclusions, OR, prefixes and title:', async () => {
      assert.deepEqual(ids(await index.search('"پوتین لەسەر ئۆکراینا"')), ['geneva']);
      assert.deepEqual(ids(await index.search('"ئۆکراینا پوتین"')), []);
      assert.deepEqual(ids(await index.search('ئۆکراینا -پوتین')), ['kyiv']);
      assert.deepEqual(ids(await index.search('باران OR نان')).sort(), ['drink', 'erbil']);
      assert.deepEqual(ids(await index.search('پوت*')), ['geneva']);
      assert.deepEqual(ids(await index.search('title:کوردستان')), ['erbil']);
      assert.deepEqual(ids(await index.search('title:ئۆکراینا')), []);
      assert.deepEqual(ids(await index.search('"پوتین لەسەر')), ['geneva']);
    });
    it('returns a sentence of the original text with the matched words at absolute offsets', async () => {
      const hit = (await index.search('kurdistan')).hits[0]!;
      assert.equal(hit.snippet.text, 'لە هەولێر، پایتەختی هەرێمی کوردستان، باران باری.');
      assert.equal(DOCS[0]!.text.slice(hit.snippet.start, hit.snippet.end), hit.snippet.text);
      assert.deepEqual(hit.snippet.highlights.map(([s, e]) => DOCS[0]!.text.slice(s, e)), ['کوردستان']);
      assert.equal(hit.title, 'هەواڵی کوردستان');
      assert.equal(hit.date, '2021-12-27');
      assert.equal(hit.url, 'https://example.org/erbil');
      assert.ok(hit.score > 0);
      const plain = (await index.search('kurdistan', { highlight: false })).hits[0]!;
      assert.deepEqual(plain.snippet.highlights, []);
    });
    it('filters by date range, metadata and entity; pages with limit and offset', async () => {
      assert.deepEqual(ids(await index.search('ئۆکراینا', { filter: { from: '2022-01' } })), ['kyiv']);
      assert.deepEqual(ids(await index.search('ئۆکراینا', { filter: { to: '2021-12' } })), ['geneva']);
      assert.deepEqual(ids(await index.search('ئۆکراینا', { filter: { source: 'rudaw' } })), ['kyiv']);
      assert.deepEqual(ids(await index.search('ئۆکراینا', { filter: { entity: 'ڤلادیمیر پوتین' } })), ['geneva']);
      const page = await index.search('ئۆکراینا', { limit: 1, offset: 1 });
      assert.equal(page.total, 2);
      assert.equal(page.hits.length, 1);
    });
    it('counts hits by month and by entity', async () => {
      const f = await index.facets('ئۆکراینا');
      assert.deepEqual(f.months, [
        { month: '2021-12', count: 1 },
        { month: '2022-01', count: 1 },
      ]);
      assert.ok(f.entities.some((e) => e.type === 'PER' && e.canonical === 'ڤلادیمیر پوتین' && e.count === 1), JSON.stringify(f.entities));
      const narrowed = await index.facets('ئۆکراینا', { filter: { from: '2021-12-01', to: '2021-12-31' } });
      assert.deepEqual(narrowed.months, [{ month: '2021-12', count: 1 }]);
    });
    it('replaces a re-added id, updates and deletes', async () => {
      await index.add({ id: 'drink', text: 'چای گەرمە.' });
      assert.equal(await index.count(), 4);
      assert.deepEqual(ids(await index.search('خواردنەوە')), []);
      assert.deepEqual(ids(await index.search('چای')), ['drink']);
      await index.update({ ...DOCS[2]! });
      assert.deepEqual(ids(await index.search('خواردنەوە')), ['drink']);
      assert.equal(await index.delete('drink'), true);
      assert.equal(await index.delete('drink'), false);
      assert.equal(await index.count(), 3);
      assert.deepEqual(ids(await index.search('خواردنەوە')), []);
      await index.add(DOCS[2]!);
    });
    it('streams documents from an async iterable', async () => {
      async function* gen() {
        for (let i = 0; i < 25; i++) yield { id: `gen-${i}`, text: `بەڵگەنامەی ژمارە ${i}` };
      }
      assert.deepEqual(await index.addMany(gen(), { batchSize: 10 }), { added: 25 });
      const all = await index.search('بەڵگەنامە');
      assert.equal(all.total, 25);
      assert.equal(all.totalExact, true);
      for (let i = 0; i < 25; i++) await index.delete(`gen-${i}`);
    });
    it('counts matches up to countLimit, and pages past it', async () => {
      async function* gen() {
        for (let i = 0; i < 25; i++) yield { id: `cap-${i}`, text: `بەڵگەنامەی ژمارە ${i}`, date: `2020-01-${String(i + 1).padStart(2, '0')}` };
      }
      await index.addMany(gen());
      const capped = await index.search('بەڵگەنامە', { countLimit: 10, limit: 10, offset: 20 });
      assert.equal(capped.total, 10);
      assert.equal(capped.totalExact, false);
      assert.equal(capped.hits.length, 5, 'the hits past the counted ones are still found');
      const exact = await index.search('بەڵگەنامە', { countLimit: 25 });
      assert.deepEqual([exact.total, exact.totalExact], [25, true]);
      const everything = await index.search('بەڵگەنامە', { countLimit: Infinity });
      assert.deepEqual([everything.total, everything.totalExact], [25, true]);
      // the pages put together are the whole ranking, each document once
      const seen: string[] = [];
      for (let offset = 0; offset < 25; offset += 7) seen.push(...ids(await index.search('بەڵگەنامە ژمارە', { limit: 7, offset })));
      assert.equal(new Set(seen).size, 25);
      assert.deepEqual(seen, ids(await index.search('بەڵگەنامە ژمارە', { limit: 25 })));
      // without words: newest first, also counted up to the limit
      const unranked = await index.search('-هەولێر', { countLimit: 3, limit: 2 });
      assert.equal(unranked.totalExact, false);
      assert.equal(unranked.hits.length, 2);
      for (let i = 0; i < 25; i++) await index.delete(`cap-${i}`);
    });
    it('runs any query string and rejects bad options and documents', async () => {
      for (const q of ['', '"', '-', '*', 'OR', 'title:', '-"', '\ud800', '«هەولێر', ')(*&^%"\'']) await index.search(q);
      await assert.rejects(index.search('x', { limit: -1 }), /limit/);
      await assert.rejects(index.search('x', { countLimit: 0 }), /countLimit/);
      await assert.rejects(index.search('x', { filter: { 'bad key': 1 } }), /filter/);
      await assert.rejects(index.add({ id: '', text: 'x' }), /id/);
      await assert.rejects(index.add({ id: 'x', text: 5 as unknown as string }), /text/);
    });
  });
}

// More documents than a search ranks at once: the best of a common word's documents, and the
// ones a filter or the all-words tier asks for, must still come first.
const FILLER = Array.from({ length: 12 }, () => 'ڕۆژ شار ئاو نان دار بەرد').join(' ');
const CROWD: SearchDocument[] = [
  ...Array.from({ length: 350 }, (_, i) => ({ id: `a${i}`, text: 'کتێبخانە کتێبخانە کتێبخانە هەواڵ', date: '2020-01-01' })),
  ...Array.from({ length: 350 }, (_, i) => ({ id: `b${i}`, text: 'قوتابخانە قوتابخانە قوتابخانە هەواڵ', date: '2020-01-01' })),
  { id: 'both', text: `${FILLER} کتێبخانە و قوتابخانە ${FILLER}`, date: '2010-05-05' },
  { id: 'old', text: `${FILLER} کتێبخانە ${FILLER}`, date: '2005-01-01' },
];
const crowdEngines: Array<{ name: string; skip: string | false; open: () => Promise<SearchIndex> }> = [
  { name: 'SQLite', skip: false, open: () => openIndex(join(mkdtempSync(join(tmpdir(), 'zman-crowd-')), 'crowd.db')) },
  { name: 'PostgreSQL', skip: pgSkipped, open: () => openIndex(PG_URL, { schema: `${runId}_r` }) },
];
for (const engine of crowdEngines) {
  describe(`${engine.name}: ranking past the first candidates`, { skip: engine.skip }, () => {
    let index: SearchIndex;
    before(async () => {
      index = await engine.open();
      await index.addMany(CROWD, { batchSize: 200 });
    });
    after(async () => {
      await index?.close();
      if (engine.name === 'PostgreSQL') {
        const { default: pg } = await import('pg');
        const c = new pg.Client({ connectionString: PG_URL });
        await c.connect();
        await c.query(`DROP SCHEMA IF EXISTS "${runId}_r" CASCADE`);
        await c.end();
      }
    });
    it('puts the one document with all the words first, below hundreds with one word many times', async () => {
      const r = await index.search('کتێبخانە قوتابخانە', { limit: 5 });
      assert.equal(r.hits[0]?.id, 'both');
      assert.equal(r.total, 702);
    });
    it('finds the documents a narrow filter leaves, though they rank low', async () => {
      assert.deepEqual(ids(await index.search('کتێبخانە', { filter: { to: '2006-12-31' } })), ['old']);
      assert.deepEqual(ids(await index.search('کتێبخانە', { filter: { from: '2005-01-01', to: '2015-01-01' } })).sort(), ['both', 'old']);
      const page = await index.search('کتێبخانە', { limit: 10, offset: 345 });
      assert.equal(page.hits.length, 7);
      assert.ok(page.hits.some((h) => h.id === 'old' || h.id === 'both'));
    });
  });
}

describe('PostgreSQL: schema migration', { skip: pgSkipped }, () => {
  it('moves an index of schema 1 (no postings, no title lexemes) to the current schema', async () => {
    const schema = `${runId}_m`;
    const { default: pg } = await import('pg');
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    try {
      let index = await openIndex(PG_URL, { schema });
      await index.addMany(DOCS);
      await index.close();
      const postings = async () =>
        (await c.query<{ term: string; doc_id: string; impact: number }>(`SELECT term, doc_id, impact FROM "${schema}".postings ORDER BY term, doc_id`)).rows;
      const written = await postings();
      // make it what schema 1 wrote
      await c.query(`DROP TABLE "${schema}".postings`);
      await c.query(`UPDATE "${schema}".documents SET terms = ts_delete(terms, ARRAY(SELECT lexeme FROM unnest(terms) WHERE lexeme LIKE '^%'))`);
      await c.query(`UPDATE "${schema}".zman_meta SET value = '1' WHERE key = 'schema'`);
      index = await openIndex(PG_URL, { schema });
      try {
        assert.equal((await c.query(`SELECT value FROM "${schema}".zman_meta WHERE key = 'schema'`)).rows[0]?.value, '2');
        // the postings computed in SQL from the tsvectors are the ones zman writes
        const migrated = await postings();
        assert.ok(written.length > 20);
        assert.deepEqual(migrated.map((r) => [r.term, r.doc_id]), written.map((r) => [r.term, r.doc_id]));
        for (const [i, r] of migrated.entries()) assert.ok(Math.abs(r.impact - written[i]!.impact) < 1e-5, `${r.term} ${r.doc_id}: ${r.impact} vs ${written[i]!.impact}`);
        assert.deepEqual(ids(await index.search('title:کوردستان')), ['erbil']);
        assert.deepEqual(ids(await index.search('ئۆکراینا')).sort(), ['geneva', 'kyiv']);
      } finally {
        await index.close();
      }
    } finally {
      await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await c.end();
    }
  });
});

describe('PostgreSQL: concurrent writers', { skip: pgSkipped }, () => {
  it('two indexes writing the same ids at once end consistent', async () => {
    const schema = `${runId}_c`;
    const a = await openIndex(PG_URL, { schema });
    const b = await openIndex(PG_URL, { schema });
    try {
      const docs = (tag: string) => Array.from({ length: 200 }, (_, i) => ({ id: `d${i % 150}`, text: `${tag} بەڵگە ${i}` }));
      await Promise.all([a.addMany(docs('یەکەم'), { batchSize: 40 }), b.addMany(docs('دووەم'), { batchSize: 40 })]);
      assert.equal(await a.count(), 150);
    } finally {
      await a.close();
      await b.close();
      const { default: pg } = await import('pg');
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await c.end();
    }
  });
});

describe('PostgreSQL: analyzer version', { skip: pgSkipped }, () => {
  it('refuses an index whose terms another analyzer version made, and records the version of a new one', async () => {
    const schema = `${runId}_v`;
    const { default: pg } = await import('pg');
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    try {
      const index = await openIndex(PG_URL, { schema });
      await index.add({ id: 'a', text: 'هەرێمی کوردستان' });
      await index.close();
      assert.equal((await c.query(`SELECT value FROM "${schema}".zman_meta WHERE key = 'analyzer'`)).rows[0]?.value, '2');
      await c.query(`UPDATE "${schema}".zman_meta SET value = '1' WHERE key = 'analyzer'`);
      await assert.rejects(openIndex(PG_URL, { schema }), (e: Error) => e.name === 'IndexError' && /analyzer version 1.*build it again/.test(e.message));
    } finally {
      await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await c.end();
    }
  });
});

describe('SQLite: robustness', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'zman-kill-'));
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('a process killed mid-batch leaves the index readable with whole batches only', async () => {
    const db = join(tmp, 'kill.db');
    const script = join(tmp, 'ingest.mts');
    writeFileSync(
      script,
      `import { openIndex } from ${JSON.stringify(join(ROOT, 'src/search-index/index.ts'))};
const index = await openIndex(${JSON.stringify(db)});
function* docs() { for (let i = 0; ; i++) { if (i === 400) process.stdout.write('go\\n'); yield { id: 'd' + i, text: 'کوردستان و هەولێر و سلێمانی ' + i }; } }
await index.addMany(docs(), { batchSize: 100 });`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const index = await openIndex(db);
    const n = await index.count();
    assert.ok(n >= 300 && n % 100 === 0, `count ${n} is whole batches`);
    assert.equal((await index.search('کوردستان', { countLimit: Infinity })).total, n);
    await index.close();
  });
  it('refuses an index whose terms another analyzer version made (or none recorded, with documents)', async () => {
    const { default: Database } = await import('better-sqlite3');
    const path = join(tmp, 'version.db');
    const index = await openIndex(path);
    await index.add({ id: 'a', text: 'هەرێمی کوردستان' });
    await index.close();
    const db = new Database(path);
    assert.equal((db.prepare("SELECT value FROM zman_meta WHERE key = 'analyzer'").get() as { value: string }).value, '2');
    db.prepare("UPDATE zman_meta SET value = '1' WHERE key = 'analyzer'").run();
    db.close();
    await assert.rejects(openIndex(path), (e: Error) => e.name === 'IndexError' && /analyzer version 1, this zman analyzes with version 2.*build it again/.test(e.message));
    await assert.rejects(openIndex(path, { readOnly: true }), (e: Error) => e.name === 'IndexError' && /analyzer version 1/.test(e.message));
    const old = new Database(path);
    old.prepare("DELETE FROM zman_meta WHERE key = 'analyzer'").run();
    old.close();
    await assert.rejects(openIndex(path), /analyzer version 1/);
    // an empty index from before the version was kept is simply given it
    const empty = join(tmp, 'empty.db');
    await (await openIndex(empty)).close();
    const e = new Database(empty);
    e.prepare("DELETE FROM zman_meta WHERE key = 'analyzer'").run();
    e.close();
    const reopened = await openIndex(empty);
    assert.equal(await reopened.count(), 0);
    await reopened.close();
  });
  it('a file that is not an index gives a clear error', async () => {
    const bad = join(tmp, 'bad.db');
    writeFileSync(bad, 'this is not a database at all, just text '.repeat(200));
    await assert.rejects(openIndex(bad), (e: Error) => e.name === 'IndexError' && /not a readable zman index/.test(e.message));
  });
  it('an unreachable PostgreSQL gives a clear error', async () => {
    await assert.rejects(openIndex('postgres://zman:zman@127.0.0.1:1/none'), (e: Error) => e.name === 'IndexError' && /cannot reach PostgreSQL/.test(e.message));
  });
});
