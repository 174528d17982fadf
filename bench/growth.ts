/**
 * The doubling check (issue 15): every exported text function, on the inputs that once made
 * zman super-linear or crash — one name repeated, one letter repeated, one long line of real
 * text — timed at n and 2n characters (the fastest of a few runs each). Linear work takes ~2×;
 * growth above 2.3× is flagged when it holds on a second measurement and again from 2n to 4n. Run by `npm run bench` (or `npm run bench -- growth`), never as a
 * timed unit test.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CALLS, lookup, modules, SUBPATHS, type Fn } from '../test/helpers/exports.js';
import { ROOT } from './lib.js';

const LIMIT = 2.3;
/** Characters at the smaller size. */
const N = Number(process.env.ZMAN_GROWTH_N ?? 16_000);

function fill(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

const ARTICLE = readFileSync(join(ROOT, 'examples', 'news-ckb.txt'), 'utf8').replace(/\s+/g, ' ');
const PATTERNS: Readonly<Record<string, (n: number) => string>> = {
  'one name repeated': (n) => fill('جۆ بایدن گوتی، ', n),
  'one letter repeated': (n) => 'ب'.repeat(n),
  'one long line': (n) => fill(`${ARTICLE} `, n),
};

const VARIANTS = 'بپتجچ';

/** The text with its first character varied, so that a word cache does not answer every run. */
function variant(s: string, run: number): string {
  return VARIANTS[run % VARIANTS.length]! + s.slice(1);
}

/** CPU milliseconds used by this process so far (not wall time: other processes on a shared machine do not count). */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * CPU milliseconds per call: the fastest of 3 runs, each on a fresh variant of the text and
 * repeated for at least 20 ms (so sub-millisecond calls are measured over many calls); stops
 * early once 3 s were spent.
 */
function perCall(f: (s: string) => void, text: string): number {
  let best = Infinity;
  const started = cpuMs();
  for (let run = 0; run < 3 && cpuMs() - started < 3000; run++) {
    const s = variant(text, run);
    let reps = 0;
    const t0 = cpuMs();
    let elapsed = 0;
    do {
      f(s);
      reps++;
      elapsed = cpuMs() - t0;
    } while (elapsed < 20 && reps < 10_000);
    best = Math.min(best, elapsed / reps);
  }
  return best;
}

/** Runs the check and prints one row per function and pattern; returns the flagged rows. */
export function runGrowth(filters: readonly string[] = []): string[] {
  const flagged: string[] = [];
  const rows: string[][] = [['function', 'pattern', `cpu ms at ${N}`, `cpu ms at ${2 * N}`, 'ratio', '']];
  for (const sub of SUBPATHS) {
    for (const [name, value] of Object.entries(modules[sub]!)) {
      const call = typeof value === 'function' ? lookup(CALLS, sub, name) : undefined;
      if (!call) continue;
      const label = `${sub.slice(2)} ${name}`;
      if (filters.length > 0 && !filters.some((f) => label.includes(f))) continue;
      for (const [pattern, make] of Object.entries(PATTERNS)) {
        const small = make(N);
        const large = make(2 * N);
        const f = (s: string) => void call(value as Fn, s, modules[sub]!, modules);
        f(small); // warm-up
        let a = perCall(f, small);
        let b = perCall(f, large);
        let ratio = b / Math.max(a, 1e-6);
        let next = '';
        if (ratio > LIMIT) {
          // a shared machine is noisy: a flag must hold on a second measurement
          a = Math.min(a, perCall(f, small));
          b = Math.min(b, perCall(f, large));
          ratio = b / Math.max(a, 1e-6);
        }
        if (ratio > LIMIT) {
          // and on the next doubling: super-linear work grows that fast again from 2n to 4n (a
          // quadratic one 4×), while one step over a cache or collector threshold does not
          const huge = make(4 * N);
          const c = Math.min(perCall(f, huge), perCall(f, huge));
          const again = c / Math.max(b, 1e-6);
          next = `, ${again.toFixed(2)}× from ${2 * N} to ${4 * N}`;
          if (again <= LIMIT) next += ': not confirmed';
          else ratio = Math.min(ratio, again);
          if (again <= LIMIT) ratio = Math.min(ratio, LIMIT);
        }
        // under 0.05 ms per call the timer and the collector decide: not flagged
        const flag = ratio > LIMIT && b > 0.05 ? `above ${LIMIT}×` : '';
        if (flag) flagged.push(`${label} on ${pattern}: ${a.toFixed(3)} -> ${b.toFixed(3)} ms (${(b / Math.max(a, 1e-6)).toFixed(2)}×${next})`);
        rows.push([label, pattern, a.toFixed(3), b.toFixed(3), `${(b / Math.max(a, 1e-6)).toFixed(2)}×`, flag || next.replace(/^, /, '')]);
      }
    }
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((c, i) => (i >= 2 && i <= 4 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd());
  console.log(flagged.length === 0 ? `growth: every function within ${LIMIT}× when the input doubles` : `growth: ${flagged.length} above ${LIMIT}×:\n  ${flagged.join('\n  ')}`);
  return flagged;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) runGrowth(process.argv.slice(2));
