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
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const units = await stage.run(corpus);
    const seconds = (performance.now() - t0) / 1000;
    if (typeof units === 'object' && units !== null) {
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
