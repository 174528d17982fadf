/**
 * Search index: 100,000 documents made by recombining the sentences of the corpus (seeded),
 * ingested into SQLite and PostgreSQL through `openIndex` — documents/s, index size, resident
 * memory while ingesting — then 1,000 mixed queries (words, phrases, Latin, prefixes, exclusions,
 * OR, title:, Arabic-keyboard spellings) with their latency p50/p95. Opt-in (slow): run with
 * `npm run bench -- search`. `ZMAN_BENCH_DOCS` changes the number of documents;
 * `ZMAN_BENCH_REUSE=1` keeps an index left by the last run when it holds that many documents
 * (to time queries again without ingesting).
 *
 * @module
 */
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { toLatin } from '../../src/translit/index.js';
import { openIndex, type SearchDocument, type SearchIndex } from '../../src/search-index/index.js';
import { seededRandom } from '../../eval/lib.js';
import { ROOT, type BenchStage, type Corpus } from '../lib.js';

const DOCS = Number(process.env.ZMAN_BENCH_DOCS ?? 100_000);
const QUERIES = 1000;
const PG_URL = process.env.ZMAN_PG_URL ?? 'postgres://zman:zman@127.0.0.1:5432/zman_test';
const PG_SCHEMA = 'zman_bench';
const REUSE = process.env.ZMAN_BENCH_REUSE === '1';
const KINDS = ['word', 'pair', 'three words', 'phrase', 'Latin', 'prefix', 'exclusion', 'OR', 'title:', 'keyboard'];

/** The corpus cut into sentences (at . ! ? ؟ and line ends), 30–400 characters each. */
export function sentencePool(corpus: Corpus): string[] {
  return corpus.text
    .split(/[.!?؟\n]+/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 30 && s.length <= 400);
}

/** Documents of 2–8 random sentences with a title and a date, made lazily (memory stays flat). */
function* documents(pool: readonly string[], n: number): Generator<SearchDocument> {
  const random = seededRandom(11);
  const pick = () => pool[Math.floor(random() * pool.length)]!;
  for (let i = 0; i < n; i++) {
    const count = 2 + Math.floor(random() * 7);
    const parts: string[] = [];
    for (let k = 0; k < count; k++) parts.push(pick());
    const day = Math.floor(random() * 3650);
    const date = new Date(Date.UTC(2015, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    yield { id: `d${i}`, title: pick().split(/\s+/).slice(0, 8).join(' '), text: `${parts.join('. ')}.`, date };
  }
}

/** 1,000 queries of mixed kinds from words of the pool (seeded). */
export function queries(pool: readonly string[]): string[] {
  const random = seededRandom(7);
  const words = () => {
    for (;;) {
      const w = pool[Math.floor(random() * pool.length)]!.split(/\s+/).filter((x) => /^[\u0620-\u06d5]{3,}$/.test(x));
      if (w.length >= 3) return w;
    }
  };
  const keyboard = (w: string) => w.replace(/ە/g, 'ه').replace(/[ێی]/g, 'ي').replace(/ۆ/g, 'و').replace(/ڵ/g, 'ل').replace(/ڕ/g, 'ر').replace(/[کگ]/g, 'ك');
  const out: string[] = [];
  for (let i = 0; i < QUERIES; i++) {
    const w = words();
    const a = w[Math.floor(random() * (w.length - 1))]!;
    const j = w.indexOf(a);
    const b = w[j + 1]!;
    const kinds = [
      a,
      `${a} ${b}`,
      w.slice(0, 3).join(' '),
      `"${a} ${b}"`,
      toLatin(a),
      `${a.slice(0, 3)}*`,
      `${a} -${b}`,
      `${a} OR ${b}`,
      `title:${a}`,
      keyboard(`${a} ${b}`),
    ];
    out.push(kinds[i % kinds.length]!);
  }
  return out;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function runEngine(label: string, open: () => Promise<SearchIndex>, size: () => string, corpus: Corpus): Promise<number> {
  const pool = sentencePool(corpus);
  const index = await open();
  const rss: number[] = [];
  const mb = (b: number) => (b / 1e6).toFixed(0);
  const startRss = process.memoryUsage().rss;
  let rate = 0;
  if (REUSE && (await index.count()) === DOCS) console.log(`${label}: reusing the index of ${DOCS.toLocaleString('en-US')} docs`);
  else {
    const t0 = performance.now();
    await index.addMany(documents(pool, DOCS), {
      batchSize: 1000,
      onProgress: (n) => {
        if (n % 10_000 === 0 || n === DOCS) rss.push(process.memoryUsage().rss);
      },
    });
    const seconds = (performance.now() - t0) / 1000;
    rate = DOCS / seconds;
    console.log(
      `${label}: ${DOCS.toLocaleString('en-US')} docs in ${seconds.toFixed(1)} s = ${rate.toFixed(0)} docs/s; index ${size()}; ` +
        `RSS start ${mb(startRss)} MB, every 10k docs ${rss.map(mb).join(' ')} MB (peak ${mb(Math.max(...rss))} MB)`,
    );
  }
  const qs = queries(pool);
  for (const q of qs.slice(0, 20)) await index.search(q); // warm caches
  const times: number[] = [];
  const byKind: number[][] = KINDS.map(() => []);
  let hits = 0;
  for (const [i, q] of qs.entries()) {
    const s = performance.now();
    const r = await index.search(q, { limit: 10 });
    const ms = performance.now() - s;
    times.push(ms);
    byKind[i % KINDS.length]!.push(ms);
    hits += r.total > 0 ? 1 : 0;
  }
  times.sort((x, y) => x - y);
  for (const t of byKind) t.sort((x, y) => x - y);
  const mean = times.reduce((x, y) => x + y, 0) / times.length;
  console.log(
    `${label}: ${QUERIES} mixed queries (limit 10, snippets): p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, ` +
      `max ${times[times.length - 1]!.toFixed(1)} ms, mean ${mean.toFixed(1)} ms; ${hits} with hits`,
  );
  console.log(`${label}: p50/p95 ms by kind: ${KINDS.map((k, i) => `${k} ${percentile(byKind[i]!, 50).toFixed(1)}/${percentile(byKind[i]!, 95).toFixed(1)}`).join(', ')}`);
  await index.close();
  return rate;
}

export const searchStages: BenchStage[] = [
  {
    name: 'search index SQLite (100k docs, 1000 queries)',
    unit: 'docs/s',
    runs: 1,
    warmup: false,
    optIn: true,
    async run(corpus) {
      const path = join(ROOT, '.tmp', 'bench-search.db');
      if (!REUSE) for (const p of [path, `${path}-wal`, `${path}-shm`]) rmSync(p, { force: true });
      const size = () => {
        let bytes = 0;
        for (const p of [path, `${path}-wal`]) if (existsSync(p)) bytes += statSync(p).size;
        return `${(bytes / 1e6).toFixed(0)} MB (file + WAL)`;
      };
      return { rate: await runEngine('SQLite', () => openIndex(path), size, corpus) };
    },
  },
  {
    name: 'search index PostgreSQL (100k docs, 1000 queries)',
    unit: 'docs/s',
    runs: 1,
    warmup: false,
    optIn: true,
    async run(corpus) {
      let pg: typeof import('pg').default;
      try {
        pg = (await import('pg')).default;
        const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
        await c.connect();
        if (!REUSE) await c.query(`DROP SCHEMA IF EXISTS ${PG_SCHEMA} CASCADE`);
        await c.end();
      } catch (error) {
        console.log(`PostgreSQL: skipped (${(error as Error).message})`);
        return { rate: 0 };
      }
      let sizeText = '?';
      const rate = await runEngine(
        'PostgreSQL',
        () => openIndex(PG_URL, { schema: PG_SCHEMA }),
        () => 'see below',
        corpus,
      );
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      const r = await c.query<{ size: string }>(`SELECT pg_size_pretty(pg_total_relation_size('${PG_SCHEMA}.documents')) AS size`);
      sizeText = r.rows[0]!.size;
      console.log(`PostgreSQL: table + indexes ${sizeText}`);
      await c.end();
      return { rate };
    },
  },
];
