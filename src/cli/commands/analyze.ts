/**
 * `zman analyze [FILE… | DIR]` — everything zman understands of a document: readable coloured
 * output for one document (entities and dates highlighted, the Latin text below), `--json` for one, `--ndjson` for many (a progress bar on stderr).
 *
 * @module
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, type DocumentAnalysis } from '../../analyze/index.js';
import { RunError, UsageError, type Command } from '../command.js';
import { describeFsError, Output, Progress, streamLines, inputsFrom } from '../io.js';

/** A document larger than this is refused (whole-document analysis holds it in memory). */
const DEFAULT_MAX_MB = 64;

interface Doc {
  readonly name: string;
  readonly text: string;
  readonly reference: string;
}

type Loaded = Doc | { readonly name: string; readonly error: string };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function parseReference(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const s = String(value);
  const d = new Date(`${s}T00:00:00Z`);
  if (!ISO_DAY.test(s) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) {
    throw new UsageError(`invalid value for --reference: '${s}' (expected a date YYYY-MM-DD)`);
  }
  return s;
}

/** Every regular file under the given paths, directories walked recursively in name order. */
function expand(paths: readonly string[]): Array<{ path: string; size: number; mtime: Date } | { path: string; error: string }> {
  const out: Array<{ path: string; size: number; mtime: Date } | { path: string; error: string }> = [];
  const visit = (path: string) => {
    let st;
    try {
      st = statSync(path);
    } catch (error) {
      out.push({ path, error: describeFsError(error) });
      return;
    }
    if (st.isDirectory()) {
      let names: string[];
      try {
        names = readdirSync(path).sort();
      } catch (error) {
        out.push({ path, error: describeFsError(error) });
        return;
      }
      for (const name of names) if (!name.startsWith('.')) visit(join(path, name));
    } else if (st.isFile()) {
      out.push({ path, size: st.size, mtime: st.mtime });
    }
  };
  for (const p of paths) visit(p);
  return out;
}

/** True when the bytes look like a binary file: a NUL byte, or many bytes that are not UTF-8 text. */
function looksBinary(bytes: Buffer, text: string): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return true;
  let bad = 0;
  const sample = text.slice(0, 8192);
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0xfffd) bad++;
  return bad > 0 && bad / Math.max(1, sample.length) > 0.05;
}

function load(path: string, size: number, mtime: Date, reference: string | undefined, maxBytes: number): Loaded {
  if (size > maxBytes) {
    return {
      name: path,
      error: `too large for one document (${(size / 1e6).toFixed(1)} MB, limit ${(maxBytes / 1e6).toFixed(0)} MB); use --lines to analyze it line by line, or --max-mb`,
    };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { name: path, error: describeFsError(error) };
  }
  const text = bytes.toString('utf8');
  if (looksBinary(bytes, text)) return { name: path, error: 'looks like a binary file, skipped' };
  return { name: path, text: text.replace(/^\ufeff/, ''), reference: reference ?? mtime.toISOString().slice(0, 10) };
}

// ---------------------------------------------------------------------------------------
// Readable output

const COLORS: Readonly<Record<string, string>> = {
  PER: '\x1b[35m', // magenta
  LOC: '\x1b[32m', // green
  ORG: '\x1b[36m', // cyan
  MISC: '\x1b[33m', // yellow
  DATE: '\x1b[34;4m', // blue, underlined
  NUM: '\x1b[2m', // dim
};
const BOLD = '\x1b[1m';
const DIM = '\x1b[2m';
const RESET = '\x1b[0m';

const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  ckb: 'Central Kurdish (Sorani)',
  kmr: 'Northern Kurdish (Kurmanji)',
  fa: 'Persian',
  ar: 'Arabic',
  en: 'English',
  other: 'other / unknown',
};

/** The readable report of one document. */
export function formatReadable(name: string, text: string, a: DocumentAnalysis, color: boolean): string {
  const paint = (code: string | undefined, s: string) => (color && code ? `${code}${s}${RESET}` : s);
  const lines: string[] = [];
  lines.push(
    paint(BOLD, name) +
      paint(DIM, ` — ${LANGUAGE_NAMES[a.language] ?? a.language}, ${a.script} script, confidence ${a.confidence.toFixed(2)}`),
  );
  const foreign = a.segments.filter((s) => !s.analyzed);
  if (foreign.length > 0) {
    lines.push(paint(DIM, `${foreign.length} line(s) in ${[...new Set(foreign.map((s) => LANGUAGE_NAMES[s.language]))].join(', ')} left as written`));
  }
  lines.push('');
  // the text with entities marked (in colour, or [TYPE …] without colour)
  let body = '';
  let at = 0;
  for (const e of a.entities) {
    if (e.start < at) continue;
    body += text.slice(at, e.start);
    body += color ? paint(COLORS[e.type], text.slice(e.start, e.end)) : `[${text.slice(e.start, e.end)}]${e.type}`;
    at = e.end;
  }
  body += text.slice(at);
  lines.push(body.trimEnd(), '');
  const names = a.entities.filter((e) => e.type !== 'DATE' && e.type !== 'NUM');
  if (names.length > 0) {
    lines.push(paint(BOLD, 'Entities'));
    const seen = new Map<string, { type: string; canonical: string; count: number }>();
    for (const e of names) {
      const key = `${e.type}\u0000${e.canonical}`;
      const entry = seen.get(key) ?? { type: e.type, canonical: e.canonical, count: 0 };
      entry.count++;
      seen.set(key, entry);
    }
    for (const { type, canonical, count } of seen.values()) {
      lines.push(`  ${paint(COLORS[type], type.padEnd(4))}  ${canonical}${count > 1 ? paint(DIM, ` ×${count}`) : ''}`);
    }
    lines.push('');
  }
  if (a.dates.length > 0) {
    lines.push(paint(BOLD, 'Dates'));
    for (const d of a.dates) lines.push(`  ${paint(COLORS.DATE, d.text)}  ${paint(DIM, '→')} ${d.iso}`);
    lines.push('');
  }
  if (a.quotes.length > 0) {
    lines.push(paint(BOLD, 'Quotes'));
    for (const q of a.quotes) {
      const who = q.speaker ? ` — ${paint(COLORS[q.speaker.type], q.speaker.text)}` : '';
      lines.push(`  «${q.text}»${who}${q.verb ? paint(DIM, ` (${q.verb})`) : ''}`);
    }
    lines.push('');
  }
  if (a.keywords.length > 0) {
    lines.push(`${paint(BOLD, 'Keywords')}  ${a.keywords.map((k) => k.lemma).join('، ')}`, '');
  }
  if (a.latin.trim().length > 0) lines.push(paint(BOLD, 'Latin'), paint(DIM, a.latin.trimEnd()));
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'analyze documents: language, entities, quotes, keywords',
  help: `Usage: zman analyze [options] [FILE... | DIR]

Analyzes each document (a file, or standard input) once: its language and script,
the normalized text, named entities (people, places, organisations, other names),
quotes with their speakers, and keywords. Persian and Arabic lines are reported and
left as written. Directories are read recursively (hidden files are skipped).

Output:
  (default)              readable report of one document; entities highlighted
                         (colours only on a terminal, or with --color)
  --json                 one document as a JSON object
  --ndjson               one JSON object per line for each document (many files),
                         a progress bar on stderr on a terminal

Options:
  --reference YYYY-MM-DD the date relative dates are resolved against
                         (default: the file's modification date; today for stdin)
  --lines                every input line is a separate document (with --ndjson:
                         streams inputs of any size with flat memory)
  --keywords N           how many keywords (default 10)
  --max-mb N             refuse documents larger than N MB (default ${DEFAULT_MAX_MB})
  --color, --no-color    force colours on or off
  -h, --help             show this help

Examples:
  zman analyze examples/news-ckb.txt
  zman analyze --json article.txt | jq '.entities'
  zman analyze --ndjson archive/ > analysis.ndjson
  zman analyze --ndjson --lines corpus.txt > analysis.ndjson

Exit codes: 0 success, 1 a file could not be analyzed (named on stderr), 2 wrong usage.`,
  options: {
    json: { type: 'boolean' },
    ndjson: { type: 'boolean' },
    lines: { type: 'boolean' },
    reference: { type: 'string' },
    keywords: { type: 'string' },
    'max-mb': { type: 'string' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
  },
  async run(values, positionals) {
    if (values.json && values.ndjson) throw new UsageError('--json and --ndjson cannot be used together');
    const reference = parseReference(values.reference);
    const keywordCount = values.keywords === undefined ? 10 : Number(values.keywords);
    if (!Number.isInteger(keywordCount) || keywordCount < 0) {
      throw new UsageError(`invalid value for --keywords: '${String(values.keywords)}' (expected a whole number ≥ 0)`);
    }
    const maxMb = values['max-mb'] === undefined ? DEFAULT_MAX_MB : Number(values['max-mb']);
    if (!Number.isFinite(maxMb) || maxMb <= 0) {
      throw new UsageError(`invalid value for --max-mb: '${String(values['max-mb'])}' (expected a number > 0)`);
    }
    const color = values['no-color'] ? false : Boolean(values.color) || (Boolean(process.stdout.isTTY) && !process.env.NO_COLOR);
    const mode = values.ndjson ? 'ndjson' : values.json ? 'json' : 'text';
    const output = new Output();
    const today = new Date().toISOString().slice(0, 10);
    // a dateline at the top of a document wins over the file's date, not over --reference
    const options = (ref: string) => ({ reference: ref, keywords: keywordCount, dateline: reference === undefined });

    // --lines: each line a document, streamed
    if (values.lines) {
      if (mode === 'text') throw new UsageError('--lines needs --ndjson (or --json)');
      const inputs = inputsFrom(positionals);
      let lineNo = 0;
      let part = 0;
      const ref = reference ?? today;
      await streamLines(
        inputs,
        (piece, lineStart) => {
          // a line over 1 MiB arrives in pieces: each piece is its own record, on its own line
          if (lineStart) {
            lineNo++;
            part = 0;
          } else {
            part++;
          }
          const record = JSON.stringify({ line: lineNo, ...(part > 0 ? { part } : {}), reference: ref, ...analyzeDocument(piece, options(ref)) });
          return lineStart ? record : `\n${record}`;
        },
        output,
      );
      return 0;
    }

    let docs: Loaded[];
    if (positionals.length === 0 || (positionals.length === 1 && positionals[0] === '-')) {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      const bytes = Buffer.concat(chunks);
      const text = bytes.toString('utf8');
      docs = [
        looksBinary(bytes, text)
          ? { name: '<stdin>', error: 'looks like a binary file, skipped' }
          : { name: '<stdin>', text: text.replace(/^\ufeff/, ''), reference: reference ?? today },
      ];
    } else {
      const files = expand(positionals);
      if (files.length === 0) throw new RunError(`no files found in ${positionals.join(', ')}`);
      if (mode !== 'ndjson' && files.length > 1) {
        throw new UsageError(`${files.length} files given: use --ndjson to analyze several documents`);
      }
      if (mode === 'ndjson') {
        // one at a time, so that memory stays flat over any number of files
        const total = files.reduce((s, f) => s + ('size' in f ? f.size : 0), 0);
        const progress = new Progress(total);
        let done = 0;
        let failed = 0;
        for (const f of files) {
          if (output.closed) break;
          const d = 'error' in f ? { name: f.path, error: f.error } : load(f.path, f.size, f.mtime, reference, maxMb * 1e6);
          if ('error' in d) {
            failed++;
            progress.finish();
            process.stderr.write(`zman analyze: ${d.name}: ${d.error}\n`);
            const wait = output.write(`${JSON.stringify({ file: d.name, error: d.error })}\n`);
            if (wait) await wait;
          } else {
            const wait = output.write(`${JSON.stringify({ file: d.name, reference: d.reference, ...analyzeDocument(d.text, options(d.reference)) })}\n`);
            if (wait) await wait;
          }
          done += 'size' in f ? f.size : 0;
          progress.update(done, f.path);
        }
        progress.finish();
        await output.flush();
        return failed > 0 ? 1 : 0;
      }
      const [f] = files;
      docs = [!f ? { name: '', error: 'no file' } : 'error' in f ? { name: f.path, error: f.error } : load(f.path, f.size, f.mtime, reference, maxMb * 1e6)];
    }

    let failed = 0;
    for (const d of docs) {
      if ('error' in d) {
        failed++;
        process.stderr.write(`zman analyze: ${d.name}: ${d.error}\n`);
        if (mode !== 'text') output.write(`${JSON.stringify({ file: d.name, error: d.error })}\n`);
        continue;
      }
      const a = analyzeDocument(d.text, options(d.reference));
      if (mode === 'text') {
        output.write(d.text.trim().length === 0 ? `${d.name}: empty document\n` : formatReadable(d.name, d.text, a, color));
      } else {
        const record = { file: d.name, reference: d.reference, ...a };
        output.write(mode === 'json' ? `${JSON.stringify(record, null, 2)}\n` : `${JSON.stringify(record)}\n`);
      }
    }
    await output.flush();
    return failed > 0 ? 1 : 0;
  },
};
