/**
 * `zman serve` — the HTTP API and the web page (`zman/serve`), until Ctrl-C.
 *
 * @module
 */
import { availableParallelism } from 'node:os';
import type { SearchIndex } from '../../search-index/index.js';
import { RunError, UsageError, type Command } from '../command.js';

const ORIGIN = /^https?:\/\/[\w.-]+(?::\d{1,5})?$/;

function numberOption(name: string, value: unknown, fallback: number, min: number, max: number, integer: boolean): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
    throw new UsageError(`invalid value for --${name}: '${String(value)}' (allowed: ${integer ? 'a whole number' : 'a number'} from ${min} to ${max})`);
  }
  return n;
}

/** Opens an existing search index with `zman/search-index` (loaded only when --index is given). */
async function openSearchIndex(location: string): Promise<SearchIndex> {
  const { openIndex } = await import('../../search-index/index.js');
  try {
    return await openIndex(location, { readOnly: true });
  } catch (error) {
    throw new RunError(`cannot open the index '${location}': ${(error as Error).message}`);
  }
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'run the HTTP API and the web page',
  positionals: 'none',
  help: `Usage: zman serve [options]

Runs the zman HTTP service until interrupted (Ctrl-C): the web page at /, JSON
endpoints under /v1/ (analyze, normalize, tokenize, sentences, translit, lemma,
analyze-word, numbers, dates; search, facets and documents/{id} with --index),
the OpenAPI 3.1 description at /openapi.json and /healthz. One JSON log line per
request goes to standard error.

Options:
  --index INDEX          a search index to search: a SQLite file or a
                         postgres:// URL (zman/search-index), opened read-only
  --port N               port to listen on (default 8080; 0 picks a free one)
  --host ADDRESS         address to bind (default 127.0.0.1: this machine only)
  --cors ORIGINS         comma-separated origins allowed to call the API from a
                         browser, or '*' for any (default: none)
  --workers N            worker threads for the text work (default: one per
                         core, here ${availableParallelism()})
  --max-body-mb N        largest request body in MB (default 10; over it: 413)
  --timeout-ms N         longest a request may run (default 30000; over it: 503)
  -h, --help             show this help

Examples:
  zman serve --index news.db
  curl --data-binary @article.txt http://127.0.0.1:8080/v1/analyze
  curl 'http://127.0.0.1:8080/v1/search?q=kurdistan&limit=5'

Exit codes: 0 stopped by a signal, 1 the server could not start, 2 wrong usage.`,
  options: {
    index: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    cors: { type: 'string' },
    workers: { type: 'string' },
    'max-body-mb': { type: 'string' },
    'timeout-ms': { type: 'string' },
  },
  async run(values, positionals) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}' (zman serve takes only options)`);
    const port = numberOption('port', values.port, 8080, 0, 65535, true);
    const workers = numberOption('workers', values.workers, availableParallelism(), 0, 256, true);
    const maxBodyMb = numberOption('max-body-mb', values['max-body-mb'], 10, 0.001, 1024, false);
    const timeoutMs = numberOption('timeout-ms', values['timeout-ms'], 30_000, 1, 86_400_000, true);
    const host = values.host === undefined ? '127.0.0.1' : String(values.host);
    let cors: string[] | '*' | undefined;
    if (values.cors !== undefined) {
      const raw = String(values.cors).trim();
      if (raw === '*') cors = '*';
      else {
        cors = raw.split(',').map((o) => o.trim()).filter((o) => o.length > 0);
        const bad = cors.find((o) => !ORIGIN.test(o));
        if (bad !== undefined || cors.length === 0) {
          throw new UsageError(`invalid value for --cors: '${bad ?? raw}' (allowed: '*' or origins like https://news.example,http://localhost:3000)`);
        }
      }
    }
    const index = values.index === undefined ? undefined : await openSearchIndex(String(values.index));
    const { startServer } = await import('../../serve/server.js');
    let server;
    try {
      server = await startServer({ port, host, workers, maxBodyMb, timeoutMs, ...(cors ? { cors } : {}), ...(index ? { index, indexLocation: String(values.index) } : {}) });
    } catch (error) {
      throw new RunError((error as Error).message);
    }
    process.stderr.write(
      `zman serve: listening on ${server.url} (${workers} worker${workers === 1 ? '' : 's'}${index ? `, index ${String(values.index)}` : ', no index'}${cors ? `, CORS ${cors === '*' ? 'any origin' : cors.join(' ')}` : ''})\n`,
    );
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    process.stderr.write('zman serve: stopping\n');
    await server.close();
    await index?.close();
    return 0;
  },
};
