/**
 * `zman analyze [FILE… | DIR]` — everything zman understands of a document: readable coloured
 * output for one document (entities and dates highlighted, the Latin text below), `--json` for one, `--ndjson` for many (a progress bar on stderr).
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { styleText } from 'node:util';
import { analyzeDocument, furnitureLearner, type DocumentAnalysis, type Furniture } from '../../analyze/index.js';
import { UsageError, type Command } from '../command.js';
import { fail, formatFrom, inputsFrom, jobsFrom, maxBytesFrom, Output, Progress, readWhole, Records, recordsFrom, streamLines, origin, type Input, type LineHandlerFactory, walkFiles } from '../io.js';

/**
 * A document larger than this is refused: whole-document analysis holds about 20 times the
 * document's size in memory (1.1 GB were measured for 50 MB). `--lines` streams any size.
 */
const DEFAULT_MAX_MB = 16;

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

/** A file to analyze, with its modification day (the default reference date). */
interface Found {
  readonly input: Input;
  readonly day: string | undefined;
}

/** Every file under the given paths (`-` = standard input), with its modification day. */
function expand(paths: readonly string[]): Found[] {
  return walkFiles(paths, (message) => fail(message)).map((f) => ({
    input: inputsFrom([f.path])[0]!,
    day: f.mtime === undefined ? undefined : f.mtime.toISOString().slice(0, 10),
  }));
}

// ---------------------------------------------------------------------------------------
// Readable output

type Style = Parameters<typeof styleText>[0];

const COLORS: Readonly<Record<string, Style>> = {
  PER: 'magenta',
  LOC: 'green',
  ORG: 'cyan',
  MISC: 'yellow',
  DATE: ['blue', 'underline'],
  NUM: 'dim',
};
const BOLD: Style = 'bold';
const DIM: Style = 'dim';

/**
 * Whether standard output gets colours: `util.styleText` decides (it honours NO_COLOR,
 * FORCE_COLOR, TERM=dumb and whether stdout is a terminal) unless --color / --no-color say.
 */
function useColor(values: Record<string, unknown>): boolean {
  if (values['no-color']) return false;
  if (values.color) return true;
  return styleText('red', 'x', { stream: process.stdout }) !== 'x';
}

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
  const paint = (style: Style | undefined, s: string) => (color && style ? styleText(style, s, { validateStream: false }) : s);
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

/** The keyword count of --keywords (throws on a bad value). */
function keywordsFrom(value: unknown): number {
  const n = value === undefined ? 10 : Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`invalid value for --keywords: '${String(value)}' (expected a whole number ≥ 0)`);
  return n;
}

/**
 * The line handler of `zman analyze --lines` (also run in worker threads with --jobs): every
 * line one document; a line over 1 MiB arrives in pieces, joined up to --max-mb.
 */
export const analyzeLines: LineHandlerFactory = (values, given) => {
  const records = given ?? recordsFrom(values)!;
  const ref = parseReference(values.reference) ?? new Date().toISOString().slice(0, 10);
  const options = { reference: ref, keywords: keywordsFrom(values.keywords) };
  const maxBytes = maxBytesFrom(values['max-mb'], DEFAULT_MAX_MB);
  let parts: string[] = [];
  let size = 0;
  let tooLong = false;
  return (piece, at) => {
    if (at.first) {
      parts = [];
      size = 0;
      tooLong = false;
    }
    size += piece.length;
    if (size > maxBytes) tooLong = true;
    if (!tooLong) parts.push(piece);
    if (!at.last) return '';
    if (tooLong) {
      fail(`${at.file}: line ${at.line}: too large for one document (limit ${maxBytes / 1e6} MB, --max-mb)`);
      return '';
    }
    const text = parts.join('');
    parts = [];
    return records.add({ ...origin(at), reference: ref, ...analyzeDocument(text, options) });
  };
};

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'analyze documents: language, entities, quotes, keywords',
  positionals: 'documents',
  help: `Usage: zman analyze [options] [FILE... | DIR...]

Analyzes each document (a file, or standard input; '-' is standard input) once: its language
and script, the normalized text, named entities (people, places, organisations, other names),
dates, numbers, quotes with their speakers, keywords and the Latin text. Persian and Arabic
lines are reported and left as written. Directories are read recursively (hidden files are
skipped; a directory reached twice through symbolic links is read once).

Output:
  (default)              a readable report of each document, entities highlighted
                         (colours only on a terminal, or with --color)
  --json                 one JSON array of document records
  --ndjson               one JSON object per document a line ("file" names it), a
                         progress bar on stderr when stderr is a terminal and stdout is not

Options:
  --reference YYYY-MM-DD the date relative dates are resolved against
                         (default: the file's modification date; today for stdin)
  --lines                every input line is a separate document, streamed with flat
                         memory over inputs of any size (records carry "line")
  --keywords N           how many keywords (default 10)
  --furniture            read every input first and learn the sentences many of them
                         repeat (menus, sidebars); those do not count for keywords
  --max-mb N             refuse a document (file, standard input, or line with --lines)
                         larger than N MB (default ${DEFAULT_MAX_MB}: a whole-document analysis
                         holds about 20 times the document in memory; use --lines for more)
  -j, --jobs N           with --lines: worker threads for large inputs (default: the
                         number of cores; 1 = none); output in input order
  --color, --no-color    force colours on or off
  -h, --help             show this help
  -V, --version          print the version

Examples:
  zman analyze examples/news-ckb.txt
  zman analyze --json examples/news-ckb.txt | jq '.[0].entities'
  zman analyze --ndjson examples/ > analysis.ndjson
  zman analyze --ndjson --lines examples/news-ckb.txt > analysis.ndjson

Exit codes: 0 success, 1 a document could not be analyzed (named on stderr; the others
are still analyzed), 2 wrong usage.`,
  options: {
    json: { type: 'boolean' },
    ndjson: { type: 'boolean' },
    lines: { type: 'boolean' },
    reference: { type: 'string' },
    keywords: { type: 'string' },
    furniture: { type: 'boolean' },
    'max-mb': { type: 'string' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    jobs: { type: 'string', short: 'j' },
  },
  async run(values, positionals) {
    const format = formatFrom(values);
    const reference = parseReference(values.reference);
    const keywordCount = keywordsFrom(values.keywords);
    const maxBytes = maxBytesFrom(values['max-mb'], DEFAULT_MAX_MB);
    const maxMb = maxBytes / 1e6;
    const color = useColor(values);
    const records = format === 'text' ? undefined : new Records(format);
    const output = new Output();
    const today = new Date().toISOString().slice(0, 10);
    // a dateline at the top of a document wins over the file's date, not over --reference
    let furniture: Furniture | undefined;
    const options = (ref: string) => ({ reference: ref, keywords: keywordCount, dateline: reference === undefined, ...(furniture ? { furniture } : {}) });

    // --lines: each line a document, streamed
    if (values.lines) {
      if (!records) throw new UsageError('--lines needs --ndjson (or --json)');
      await streamLines(inputsFrom(positionals), analyzeLines(values, records), output, {
        parallel: { module: import.meta.url, factory: 'analyzeLines', values, jobs: jobsFrom(values.jobs, 'cores') },
        records,
      });
      output.write(records.end());
      await output.flush();
      return 0;
    }

    const found = expand(positionals.length === 0 ? ['-'] : positionals);
    if (values.furniture) {
      // a first pass over the collection: the sentences repeated across its documents
      if (found.some((f) => f.input.stdin)) throw new UsageError('--furniture needs files or directories, not standard input');
      const learner = furnitureLearner();
      for (const f of found) {
        // unreadable or too large inputs are reported by the analysis pass below
        if (f.input.size !== undefined && f.input.size > maxBytes) continue;
        try {
          learner.add(readFileSync(f.input.name, 'utf8'));
        } catch {
          continue;
        }
      }
      furniture = learner.done();
    }
    const total = found.reduce((sum, f) => sum + (f.input.size ?? 0), 0);
    const progress = new Progress(records ? total : undefined);
    const tooLarge = `too large for one document (limit ${maxMb} MB); use --lines to analyze it line by line, or --max-mb`;
    let done = 0;
    let first = true;
    for (const f of found) {
      if (output.closed) break;
      const text = await readWhole(f.input, maxBytes, tooLarge);
      done += f.input.size ?? 0;
      if (text === undefined) continue;
      const ref = reference ?? f.day ?? today;
      const a = analyzeDocument(text, options(ref));
      let out: string;
      if (records) {
        out = records.add({ file: f.input.name, reference: ref, ...a });
      } else {
        out = text.trim().length === 0 ? `${f.input.name}: empty document\n` : formatReadable(f.input.name, text, a, color);
        if (!first) out = `\n${out}`;
      }
      first = false;
      const wait = output.write(out);
      if (wait) await wait;
      progress.update(done, f.input.name);
    }
    progress.finish();
    if (records) output.write(records.end());
    await output.flush();
    return 0;
  },
};
