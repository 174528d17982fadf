/**
 * `npm run bench` — throughput of each stage on the wishe news corpus (or a generated corpus
 * of the same size), several runs each, median reported. Runs on one core (Node's main thread).
 * `npm run bench -- WORD…` runs only the stages whose name contains a word; slow opt-in stages
 * (the 100k-document search index) run only when named: `npm run bench -- search`.
 *
 * @module
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleSizes } from './bundle-size.js';
import { loadCorpus, median, ROOT } from './lib.js';
import { STAGES } from './stages/index.js';
import { runGrowth } from './growth.js';

const filters = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const tmp = join(ROOT, '.tmp');
mkdirSync(tmp, { recursive: true });
const corpus = loadCorpus(tmp);
if (!existsSync(corpus.path)) writeFileSync(corpus.path, corpus.text);
if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` first for the command-line stages');
}

console.log(`corpus: ${corpus.source}, ${(corpus.bytes / 1e6).toFixed(2)} MB, node ${process.version}`);
const rows: [string, string, string][] = [['stage', 'median', 'runs']];
for (const stage of STAGES) {
  if (filters.length > 0 && !filters.some((f) => stage.name.includes(f))) continue;
  if (stage.optIn === true && !filters.some((f) => stage.name.includes(f))) continue;
  const runs = stage.runs ?? 5;
  const rates: number[] = [];
  if (stage.warmup !== false) await stage.run(corpus); // warm-up
  if (stage.latency) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = await stage.run(corpus);
      if (Array.isArray(t)) for (const x of t) times.push(x);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
    rows.push([stage.name, `p95 ${at(0.95).toFixed(3)} ms`, `p50 ${at(0.5).toFixed(3)} ms, max ${at(1).toFixed(1)} ms, ${times.length} items`]);
    console.error(`bench: ${stage.name} done`);
    continue;
  }
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const units = await stage.run(corpus);
    const seconds = (performance.now() - t0) / 1000;
    if (typeof units === 'object' && units !== null && !Array.isArray(units)) {
      rates.push(units.rate);
      continue;
    }
    const amount = typeof units === 'number' ? units : corpus.bytes / 1e6;
    rates.push(amount / seconds);
  }
  const unit = stage.unit ?? 'MB/s';
  const fmt = (r: number) => (r >= 1000 ? Math.round(r).toLocaleString('en-US') : r.toFixed(1));
  rows.push([stage.name, `${fmt(median(rates))} ${unit}`, rates.map(fmt).join(' ')]);
  console.error(`bench: ${stage.name} done`);
}
const w0 = Math.max(...rows.map((r) => r[0].length));
const w1 = Math.max(...rows.map((r) => r[1].length));
for (const r of rows) console.log(`${r[0].padEnd(w0)}  ${r[1].padStart(w1)}  ${r[2]}`);

// the doubling check: every exported text function at n and 2n characters (bench/growth.ts)
if (filters.length === 0 || filters.includes('growth')) {
  console.log('');
  runGrowth(filters.filter((f) => f !== 'growth'));
}

if (filters.length === 0 || filters.some((f) => 'bundle'.includes(f))) {
  // what one import costs a browser app: bundled with esbuild, minified, and that gzipped
  const sizes = await bundleSizes();
  const w = Math.max(...sizes.map((r) => r.subpath.length));
  console.log('\nbundle (esbuild, minified; gzipped)');
  for (const r of sizes) console.log(`${r.subpath.padEnd(w)}  ${(r.bytes / 1024).toFixed(1).padStart(7)} KB  ${(r.gzip / 1024).toFixed(1).padStart(6)} KB gzip`);
}
