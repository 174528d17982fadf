/**
 * `zman index INDEX [FILE…|DIR]` and `zman search INDEX [QUERY]` — build and query a search
 * index (a SQLite file or a `postgres://` URL) from the command line.
 *
 * @module
 */
import { closeSync, createReadStream, openSync, readFileSync, readSync } from 'node:fs';
import { styleText } from 'node:util';
import { openIndex, type SearchDocument, type SearchFilter, type SearchIndex, type SearchResult } from '../../search-index/index.js';
import { oneOf, RunError, UsageError, type Command } from '../command.js';
import { describeFsError, Output, walkFiles } from '../io.js';

const FORMATS = ['auto', 'ndjson', 'text'] as const;

/** Opens an index, turning its errors into messages without stack traces. */
async function open(location: string, analyze: boolean, readOnly = false): Promise<SearchIndex> {
  try {
    return await openIndex(location, { analyze, readOnly });
  } catch (error) {
    if (error instanceof RangeError || error instanceof TypeError) throw error;
    throw new RunError((error as Error).message.replace(/^zman: /, ''));
  }
}

function positiveInt(name: string, value: unknown, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`invalid value for --${name}: '${String(value)}' (expected an integer ≥ ${min})`);
  return n;
}

/** The lines of a stream, with their 1-based numbers, decoded chunk by chunk. */
async function* lines(stream: NodeJS.ReadableStream): AsyncGenerator<{ line: number; text: string }> {
  const decoder = new TextDecoder();
  let pending = '';
  let n = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    pending += typeof chunk === 'string' ? chunk : decoder.decode(chunk as Buffer, { stream: true });
    let from = 0;
    for (let nl = pending.indexOf('\n', from); nl >= 0; nl = pending.indexOf('\n', from)) {
      yield { line: ++n, text: pending.slice(from, nl).replace(/\r$/, '') };
      from = nl + 1;
    }
    pending = pending.slice(from);
  }
  pending += decoder.decode();
  if (pending.length > 0) yield { line: ++n, text: pending.replace(/\r$/, '') };
}

/** Checks one NDJSON record; returns an error message or the document. */
function toDocument(value: unknown): SearchDocument | string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'not a JSON object';
  const v = value as Record<string, unknown>;
  if (typeof v.id === 'number') v.id = String(v.id);
  if (typeof v.id !== 'string' || v.id === '') return 'missing "id" (a non-empty string)';
  if (typeof v.text !== 'string') return 'missing "text" (a string)';
  for (const key of ['title', 'date', 'url']) if (v[key] !== undefined && v[key] !== null && typeof v[key] !== 'string') return `"${key}" must be a string`;
  for (const key of ['title', 'date', 'url']) if (v[key] === null) delete v[key];
  return v as SearchDocument;
}

function isNdjsonName(path: string): boolean {
  return /\.(ndjson|jsonl)$/i.test(path);
}

export const indexCommand: Command = {
  name: 'index',
  summary: 'add documents to a search index (SQLite file or postgres:// URL)',
  positionals: 'documents',
  requiredArgs: ['{tmp}/conventions.db'],
  jsonOutput: 'summary',
  help: `Usage: zman index [options] INDEX [FILE|DIR...]

Adds documents to the search index INDEX — a SQLite file (created when missing) or a
postgres://user:password@host/database URL (add ?schema=NAME to keep several indexes
in one database). Inputs (none or - = standard input):
  NDJSON (.ndjson/.jsonl, or content starting with {): one document a line,
    {"id": "...", "text": "...", "title": "...", "date": "2021-12-27", "url": "..."}
    (other fields are stored as metadata and can be filtered on);
  any other file: one document, id = its path; a directory: every file in it;
  --lines: one document a line, id = PATH:LINE.
A document whose id is already indexed replaces it. A malformed NDJSON line is
reported with its line number and skipped; the exit code is then 1.

Options:
      --lines          one document per line of text
      --format F       auto (default), ndjson or text
      --analyze        store entities and dates for facets (slower)
      --batch-size N   documents per transaction (default 500)
      --json           print a summary {"added":…,"failed":…,"seconds":…}
      --ndjson         print one JSON object per failed record {"file","line","error"}
  -h, --help           show this help

Examples:
  zman index news.db examples/
  zman index --analyze news.db articles.ndjson
  zman index postgres://zman:zman@127.0.0.1/zman articles.ndjson`,
  options: {
    lines: { type: 'boolean' },
    format: { type: 'string' },
    analyze: { type: 'boolean' },
    'batch-size': { type: 'string' },
    json: { type: 'boolean' },
    ndjson: { type: 'boolean' },
  },
  async run(values, positionals) {
    const [location, ...paths] = positionals;
    if (location === undefined || location === '') throw new UsageError('missing INDEX (a SQLite file path or a postgres:// URL)');
    const format = oneOf('format', values.format, FORMATS, 'auto');
    const byLine = values.lines === true;
    if (byLine && format === 'ndjson') throw new UsageError('--lines and --format ndjson cannot be combined');
    const batchSize = positiveInt('batch-size', values['batch-size'], 500);
    const json = values.json === true;
    const ndjson = values.ndjson === true;
    if (json && ndjson) throw new UsageError('--json and --ndjson cannot be combined');
    const output = new Output();
    let failed = 0;
    const fail = (message: string, record?: { file: string; line?: number }) => {
      failed++;
      process.stderr.write(`zman index: ${message}\n`);
      if (ndjson && record !== undefined) void output.write(`${JSON.stringify({ ...record, error: message })}\n`);
    };
    const stdinOnly = paths.length === 0;
    const files = stdinOnly ? ['-'] : paths.flatMap((p) => (p === '-' ? ['-'] : walkFiles([p], (m) => fail(m, { file: p })).map((f) => f.path)));

    const index = await open(location, values.analyze === true);
    const started = Date.now();
    const tty = Boolean(process.stderr.isTTY) && !process.env.CI;
    let lastDraw = 0;
    const progress = (n: number) => {
      if (!tty) return;
      const now = Date.now();
      if (now - lastDraw < 200) return;
      lastDraw = now;
      const rate = n / Math.max(0.001, (now - started) / 1000);
      process.stderr.write(`\r${n} documents, ${rate.toFixed(0)} docs/s\x1b[K`);
    };

    async function* documents(): AsyncGenerator<SearchDocument> {
      for (const file of files) {
        const name = file === '-' ? '<stdin>' : file;
        const idBase = file === '-' ? 'stdin' : file;
        const stream = () => (file === '-' ? process.stdin : createReadStream(file));
        try {
          if (byLine) {
            for await (const { line, text } of lines(stream())) if (text.trim() !== '') yield { id: `${idBase}:${line}`, text };
            continue;
          }
          let ndjsonInput = format === 'ndjson' || (format === 'auto' && isNdjsonName(file));
          if (!ndjsonInput && format === 'auto' && file === '-') {
            // standard input: NDJSON when its first non-blank character is {
            let first = true;
            let text = '';
            for await (const { line, text: l } of lines(stream())) {
              if (first && l.trim() !== '') {
                first = false;
                ndjsonInput = l.trimStart().startsWith('{');
              }
              if (ndjsonInput) {
                const doc = parseLine(l, name, line);
                if (doc !== undefined) yield doc;
              } else text += (text === '' && line === 1 ? '' : '\n') + l;
            }
            if (!ndjsonInput && text.trim() !== '') yield { id: idBase, text };
            continue;
          }
          if (!ndjsonInput && format === 'auto') {
            const head = readHead(file);
            ndjsonInput = head.trimStart().startsWith('{') && isJsonLine(head);
          }
          if (ndjsonInput) {
            for await (const { line, text } of lines(stream())) {
              const doc = parseLine(text, name, line);
              if (doc !== undefined) yield doc;
            }
          } else {
            const bytes = readFileSync(file);
            if (bytes.subarray(0, 8192).includes(0)) {
              fail(`${name}: looks like a binary file, skipped`, { file: name });
              continue;
            }
            yield { id: idBase, text: bytes.toString('utf8') };
          }
        } catch (error) {
          fail(`${name}: ${describeFsError(error)}`, { file: name });
        }
      }
    }

    function parseLine(text: string, name: string, line: number): SearchDocument | undefined {
      if (text.trim() === '') return undefined;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        fail(`${name}:${line}: malformed JSON (${(error as Error).message}), skipped`, { file: name, line });
        return undefined;
      }
      const doc = toDocument(value);
      if (typeof doc === 'string') {
        fail(`${name}:${line}: ${doc}, skipped`, { file: name, line });
        return undefined;
      }
      return doc;
    }

    let added = 0;
    try {
      added = (await index.addMany(documents(), { batchSize, onProgress: progress })).added;
    } catch (error) {
      if (error instanceof RunError || error instanceof UsageError) throw error;
      throw new RunError((error as Error).message.replace(/^zman: /, ''));
    } finally {
      if (tty) process.stderr.write('\r\x1b[K');
      await index.close();
    }
    const seconds = (Date.now() - started) / 1000;
    if (json) await output.write(`${JSON.stringify({ index: location.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@'), added, failed, seconds })}\n`);
    else if (!ndjson && tty) process.stderr.write(`${added} documents indexed in ${seconds.toFixed(1)} s${failed > 0 ? `, ${failed} failed` : ''}\n`);
    await output.flush();
    return failed > 0 ? 1 : 0;
  },
};

function readHead(file: string): string {
  try {
    const fd = openSync(file, 'r');
    try {
      const buf = Buffer.alloc(4096);
      const n = readSync(fd, buf, 0, buf.length, 0);
      return buf.subarray(0, n).toString('utf8').split('\n', 1)[0] ?? '';
    } finally {
      closeSync(fd);
    }
  } catch {
    return '';
  }
}

function isJsonLine(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return line.length >= 4000; // a long first line cut by the head read
  }
}

/** The filters of `zman search` from its options. */
function filterOf(values: Record<string, unknown>): SearchFilter {
  const filter: SearchFilter = {};
  if (typeof values.from === 'string') filter.from = values.from;
  if (typeof values.to === 'string') filter.to = values.to;
  if (typeof values.entity === 'string') filter.entity = values.entity;
  for (const f of (values.filter as string[] | undefined) ?? []) {
    const eq = f.indexOf('=');
    if (eq <= 0) throw new UsageError(`invalid value for --filter: '${f}' (expected KEY=VALUE)`);
    filter[f.slice(0, eq)] = f.slice(eq + 1);
  }
  return filter;
}

/** Styles text for standard output (plain when it is not a terminal, or with NO_COLOR). */
function paint(format: Parameters<typeof styleText>[0], text: string): string {
  return styleText(format, text, { stream: process.stdout });
}

/** A hit for a reader: rank, id, date, title, then the snippet with the matched words marked. */
function formatHit(rank: number, hit: SearchResult['hits'][number]): string {
  const head = `${paint('bold', `${rank}. ${hit.id}`)}${hit.date ? `  ${paint('dim', hit.date)}` : ''}  ${paint('dim', hit.score.toPrecision(3))}`;
  const title = hit.title ? `\n   ${paint('cyan', hit.title)}` : '';
  let snippet = '';
  let at = hit.snippet.start;
  for (const [s, e] of hit.snippet.highlights) {
    snippet += hit.snippet.text.slice(at - hit.snippet.start, s - hit.snippet.start);
    snippet += paint('bold', paint('yellow', hit.snippet.text.slice(s - hit.snippet.start, e - hit.snippet.start)));
    at = e;
  }
  snippet += hit.snippet.text.slice(at - hit.snippet.start);
  return `${head}${title}\n   ${snippet.replace(/\s+/g, ' ')}${hit.url ? `\n   ${paint('dim', hit.url)}` : ''}\n`;
}

export const searchCommand: Command = {
  name: 'search',
  summary: 'search an index made by zman index (readable hits, or JSON)',
  positionals: 'none',
  help: `Usage: zman search [options] INDEX [QUERY...]

Searches INDEX (a SQLite file or a postgres:// URL made by 'zman index') and prints the
hits with a sentence of each document, the matched words highlighted on a terminal.
A query in Latin script finds Arabic-script documents and back; inflected forms and
words typed on an Arabic keyboard find the document too.
Query syntax: words (documents with all of them first), "exact phrase", -exclude,
a OR b, prefix*, title:word. An unbalanced quote runs to the end of the query.
Without QUERY, reads one query a line from standard input and writes one JSON line
per query: {"line":1,"query":"…","total":…,"hits":[{"id":…,"score":…,"snippet":…}]}.

Options:
  -n, --limit N        hits per query (default 10)
      --offset N       hits to skip (default 0)
      --count N|all    count the matches up to N (default 1000; then "1000+ hits")
      --from DATE      only documents dated on or after DATE (2021-12, 2021-12-01)
      --to DATE        only documents dated up to DATE, inclusive
      --entity NAME    only documents naming this entity (index made with --analyze)
      --filter K=V     only documents whose metadata field K is V (repeatable)
      --facets         add hit counts by month and entity
      --json           one JSON object (an array of them for queries from stdin)
      --ndjson         one JSON object per query, one a line
  -h, --help           show this help

Examples:
  zman search news.db kurdistan
  zman search news.db '"کۆشکی سپی" -ڕووسیا' --json
  zman search --facets --from 2021-12 --to 2021-12 news.db ئۆکراینا
  printf 'hewlêr\\nسلێمانی\\n' | zman search news.db`,
  options: {
    limit: { type: 'string', short: 'n' },
    offset: { type: 'string' },
    count: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    entity: { type: 'string' },
    filter: { type: 'string', multiple: true },
    facets: { type: 'boolean' },
    json: { type: 'boolean' },
    ndjson: { type: 'boolean' },
  },
  async run(values, positionals) {
    const [location, ...words] = positionals;
    if (location === undefined || location === '') throw new UsageError('missing INDEX (a SQLite file path or a postgres:// URL)');
    const limit = positiveInt('limit', values.limit, 10, 0);
    const offset = positiveInt('offset', values.offset, 0, 0);
    if (limit > 1000) throw new UsageError(`invalid value for --limit: '${limit}' (at most 1000)`);
    const countLimit = values.count === 'all' ? Infinity : positiveInt('count', values.count, 1000, 1);
    const json = values.json === true;
    const ndjson = values.ndjson === true;
    if (json && ndjson) throw new UsageError('--json and --ndjson cannot be combined');
    const filter = filterOf(values);
    const withFacets = values.facets === true;
    const output = new Output();
    const index = await open(location, false, true);
    const run = async (query: string) => {
      const result = await index.search(query, { limit, offset, filter, countLimit });
      const facets = withFacets ? await index.facets(query, { filter }) : undefined;
      return { query, ...result, ...(facets === undefined ? {} : { facets }) };
    };
    try {
      if (words.length > 0 && !(words.length === 1 && words[0] === '-')) {
        const r = await run(words.join(' '));
        if (json || ndjson) {
          await output.write(`${JSON.stringify(r)}\n`);
        } else {
          await output.write(`${r.total}${r.totalExact ? '' : '+'} ${r.total === 1 && r.totalExact ? 'hit' : 'hits'}${!r.totalExact || r.total > r.hits.length ? `, showing ${r.hits.length > 0 ? `${offset + 1}–${offset + r.hits.length}` : 'none'}` : ''}\n`);
          let rank = offset;
          for (const hit of r.hits) await output.write(formatHit(++rank, hit));
          if (r.facets !== undefined) {
            await output.write(`months: ${r.facets.months.map((m) => `${m.month} (${m.count})`).join(', ')}\n`);
            await output.write(`entities: ${r.facets.entities.map((e) => `${e.canonical} ${e.type} (${e.count})`).join(', ')}\n`);
          }
        }
      } else {
        // batch mode: one query a line from standard input
        let first = true;
        if (json) await output.write('[');
        for await (const { line, text } of lines(process.stdin)) {
          if (text.trim() === '') continue;
          const r = { line, ...(await run(text)) };
          if (json) {
            await output.write(`${first ? '' : ','}\n${JSON.stringify(r)}`);
            first = false;
          } else await output.write(`${JSON.stringify(r)}\n`);
          if (output.closed) break;
        }
        if (json) await output.write('\n]\n');
      }
    } catch (error) {
      if (error instanceof RunError || error instanceof UsageError || error instanceof RangeError || error instanceof TypeError) throw error;
      throw new RunError((error as Error).message.replace(/^zman: /, ''));
    } finally {
      await index.close();
    }
    await output.flush();
    return 0;
  },
};
