/**
 * `npm run bench:serve` — load on `zman serve` with autocannon (a bench, not a test).
 *
 * Starts `zman serve` (from dist/, as a user would) as a child process with a search index made
 * from the bench corpus, then measures:
 *   1. POST /v1/analyze with a 2 KB article: requests/s, p50/p99 latency, errors;
 *   2. GET /v1/search: the same figures;
 *   3. stress: 10× the default concurrency, with 1 MB bodies mixed in, while /healthz is polled:
 *      no crash, memory bounded, /healthz still answering.
 * Peak RSS is the server process's high-water mark (VmHWM, worker threads included).
 * `--seconds N` sets each phase's length (default 10).
 *
 * @module
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { openIndex } from '../src/search-index/index.js';
import { loadCorpus, ROOT } from './lib.js';

const secondsArg = process.argv.indexOf('--seconds');
const SECONDS = secondsArg > 0 ? Number(process.argv[secondsArg + 1]) : 10;
const CONNECTIONS = 10; // autocannon's default concurrency

if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
  console.error('bench:serve: dist/ is missing; run `npm run build` first');
  process.exit(1);
}

// A 2 KB article (the example, topped up to 2048 bytes with its own first line).
let article = readFileSync(join(ROOT, 'examples', 'news-ckb.txt'), 'utf8');
const firstLine = article.split('\n')[0]!;
while (Buffer.byteLength(article) < 2048) article += `${firstLine}\n`;
while (Buffer.byteLength(article) > 2048) article = article.slice(0, -1);

// An index of the corpus, one document per line (up to 5000 lines).
const tmp = mkdtempSync(join(tmpdir(), 'zman-bench-serve-'));
const corpus = loadCorpus(join(ROOT, '.tmp'));
const lines = corpus.text.split('\n').filter((l) => l.trim().length > 40).slice(0, 5000);
const indexPath = join(tmp, 'bench.db');
const index = await openIndex(indexPath);
await index.addMany(lines.map((text, i) => ({ id: String(i + 1), text, date: `2026-${String((i % 12) + 1).padStart(2, '0')}-15` })));
await index.close();
console.log(`corpus: ${corpus.source}; index: ${lines.length} documents; article: ${Buffer.byteLength(article)} bytes; ${SECONDS} s per phase`);

// The server, as a separate process.
const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli', 'main.js'), 'serve', '--port', '0', '--index', indexPath], {
  stdio: ['ignore', 'ignore', 'pipe'],
});
let logLines = 0;
const url = await new Promise<string>((resolve, reject) => {
  let head = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d: string) => {
    if (head.length < 10_000) head += d;
    logLines += d.split('\n').length - 1;
    const m = /listening on (http:\/\/[^\s]+)/.exec(head);
    if (m) resolve(m[1]!);
  });
  child.on('exit', (code) => reject(new Error(`zman serve exited (${code}): ${head}`)));
});
let crashed = false;
child.on('exit', () => {
  crashed = true;
});

function peakRss(): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}
function rss(): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

// words of the corpus to query
const words = [...new Set(lines.slice(0, 200).join(' ').split(/\s+/).filter((w) => w.length >= 4))].slice(0, 200);

// warm the workers and the index
for (let i = 0; i < 4; i++) {
  await fetch(`${url}/v1/analyze`, { method: 'POST', body: article });
  await fetch(`${url}/v1/search?q=${encodeURIComponent(words[i]!)}`);
}

interface Figures {
  name: string;
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  non2xx: number;
  timeouts: number;
  codes: Record<string, number>;
}

async function phase(name: string, options: autocannon.Options): Promise<Figures> {
  const codes: Record<string, number> = {};
  const instance = autocannon({ duration: SECONDS, connections: CONNECTIONS, timeout: 60, ...options });
  instance.on('response', (_client: unknown, statusCode: number) => {
    codes[statusCode] = (codes[statusCode] ?? 0) + 1;
  });
  const r = await instance;
  return {
    name,
    connections: options.connections ?? CONNECTIONS,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r.requests.total,
    errors: r.errors,
    non2xx: r.non2xx,
    timeouts: r.timeouts,
    codes,
  };
}

const results: Figures[] = [];
results.push(await phase('POST /v1/analyze (2 KB)', { url: `${url}/v1/analyze`, method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8' }, body: article }));
console.error(`bench:serve: analyze done, RSS ${rss().toFixed(0)} MB`);
results.push(
  await phase('GET /v1/search', {
    url,
    requests: words.map((w) => ({ method: 'GET' as const, path: `/v1/search?q=${encodeURIComponent(w)}&limit=10` })),
  }),
);
console.error(`bench:serve: search done, RSS ${rss().toFixed(0)} MB`);
const peakBeforeStress = peakRss();

// Stress: 10× the connections, one request in ten a 1 MB document; /healthz polled meanwhile.
let big = '';
while (Buffer.byteLength(big) < 1_000_000) big += article;
const mixed: autocannon.Request[] = [];
for (let i = 0; i < 10; i++) {
  mixed.push(
    i === 0
      ? { method: 'POST', path: '/v1/analyze', headers: { 'content-type': 'text/plain; charset=utf-8' }, body: big }
      : i % 2 === 0
        ? { method: 'GET', path: `/v1/search?q=${encodeURIComponent(words[i]!)}` }
        : { method: 'POST', path: '/v1/analyze', headers: { 'content-type': 'text/plain; charset=utf-8' }, body: article },
  );
}
const health: number[] = [];
let healthFailures = 0;
let polling = true;
const poller = (async () => {
  while (polling) {
    const t0 = performance.now();
    try {
      const r = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(5000) });
      if (r.ok) health.push(performance.now() - t0);
      else healthFailures++;
      await r.arrayBuffer();
    } catch {
      healthFailures++;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
})();
let rssSamples = 0;
let maxRss = 0;
const sampler = setInterval(() => {
  try {
    maxRss = Math.max(maxRss, rss());
    rssSamples++;
  } catch {
    // the process is gone: reported below
  }
}, 200);
const stress = await phase('stress: 10× connections, 1 MB bodies mixed in', { url, connections: CONNECTIONS * 10, requests: mixed });
polling = false;
await poller;
clearInterval(sampler);
const after = await fetch(`${url}/healthz`).then((r) => r.json() as Promise<{ workers: Record<string, number> }>, () => null);

const fmt = (n: number) => (n >= 100 ? Math.round(n).toString() : n.toFixed(1));
console.log('');
console.log('phase                                           conns    req/s   p50 ms   p99 ms   requests  errors  timeouts  non-2xx  status codes');
for (const r of [...results, stress]) {
  console.log(
    `${r.name.padEnd(48)}${String(r.connections).padStart(5)}${fmt(r.rps).padStart(9)}${fmt(r.p50).padStart(9)}${fmt(r.p99).padStart(9)}${String(r.requests).padStart(11)}${String(r.errors).padStart(8)}${String(r.timeouts).padStart(10)}${String(r.non2xx).padStart(9)}  ${JSON.stringify(r.codes)}`,
  );
}
health.sort((a, b) => a - b);
console.log('');
console.log(`peak RSS: ${peakBeforeStress.toFixed(0)} MB after analyze + search; ${peakRss().toFixed(0)} MB after the stress phase (max sampled ${maxRss.toFixed(0)} MB over ${rssSamples} samples)`);
console.log(
  `/healthz during stress: ${health.length} answers, ${healthFailures} failures, median ${fmt(health[Math.floor(health.length / 2)] ?? NaN)} ms, max ${fmt(health[health.length - 1] ?? NaN)} ms`,
);
console.log(`server after stress: ${crashed ? 'CRASHED' : 'alive'}; workers ${JSON.stringify(after?.workers ?? null)}; ${logLines} log lines`);
child.kill('SIGTERM');
await new Promise((r) => child.once('exit', r));
