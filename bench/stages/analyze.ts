/**
 * Document analysis throughput: `analyzeDocument` on every document of the corpus (one news
 * page a line) in MB/s and documents/s, and `zman analyze --ndjson --lines` end to end on a
 * generated 100 MB input, with the child's peak memory (VmHWM from /proc, Linux only).
 *
 * @module
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../../src/analyze/index.js';
import { ROOT, type BenchStage, type Corpus } from '../lib.js';

const documents = (corpus: Corpus) => corpus.text.split('\n').filter((l) => l.trim().length > 0);

/** Peak resident memory of a process so far, in MB, from /proc (undefined elsewhere). */
function peakRss(pid: number): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

export const analyzeStages: BenchStage[] = [
  {
    name: 'analyzeDocument() per document',
    runs: 3,
    run(corpus) {
      for (const doc of documents(corpus)) analyzeDocument(doc, { reference: '2026-01-01' });
    },
  },
  {
    name: 'analyzeDocument() documents',
    unit: 'docs/s',
    runs: 3,
    run(corpus) {
      const docs = documents(corpus);
      for (const doc of docs) analyzeDocument(doc, { reference: '2026-01-01' });
      return docs.length;
    },
  },
  {
    name: 'zman analyze --ndjson --lines, 100 MB (CLI)',
    runs: 1,
    async run(corpus) {
      const path = join(ROOT, '.tmp', 'analyze-100mb.txt');
      const target = 100_000_000;
      if (!existsSync(path) || statSync(path).size < target) {
        const copies = Math.ceil(target / corpus.bytes);
        writeFileSync(path, Array.from({ length: copies }, () => corpus.text.trimEnd()).join('\n'));
      }
      const size = statSync(path).size;
      const out = openSync('/dev/null', 'w');
      let peak = 0;
      try {
        const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli', 'main.js'), 'analyze', '--ndjson', '--lines', path], {
          stdio: ['ignore', out, 'inherit'],
        });
        const timer = setInterval(() => {
          if (child.pid !== undefined) peak = Math.max(peak, peakRss(child.pid) ?? 0);
        }, 200);
        const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
        clearInterval(timer);
        if (code !== 0) throw new Error(`zman analyze exited ${code}`);
      } finally {
        closeSync(out);
      }
      console.error(`bench: zman analyze --ndjson --lines on ${(size / 1e6).toFixed(0)} MB: peak RSS ${peak > 0 ? `${peak.toFixed(0)} MB` : 'not measured'}`);
      return size / 1e6;
    },
  },
];
