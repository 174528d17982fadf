/**
 * Streaming input and output for the command line, and the conventions every command shares:
 * positional arguments are files (none or `-` = standard input, anywhere in the list); an input
 * that is missing, unreadable or binary is reported on stderr and skipped, the others are still
 * processed and the run exits 1 at the end; `--json` writes one JSON value for the whole run and
 * `--ndjson` one JSON object per record per line, each record saying where it came from.
 *
 * Inputs are read in chunks and split into lines, so memory stays flat on inputs of any size;
 * output is written with back-pressure; a progress bar is drawn on stderr for long work when
 * stderr is a terminal and standard output is not (so it never lands inside the output).
 *
 * @module
 */
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { styleText } from 'node:util';
import { RunError, UsageError } from './command.js';

// ---------------------------------------------------------------------------------------
// Failures reported along the way

/** The state of the current run: the command's name (for messages) and whether anything failed. */
export const run = { command: '', failed: false };

/** Progress bars drawn now: cleared before a message is written to stderr. */
const bars = new Set<Progress>();

/** Reports a failure on stderr (`zman CMD: message`) and makes the run exit 1 at the end. */
export function fail(message: string): void {
  run.failed = true;
  for (const bar of bars) bar.finish();
  const prefix = run.command ? `zman ${run.command}:` : 'zman:';
  process.stderr.write(`${styleText('red', prefix, { stream: process.stderr })} ${message}\n`);
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  return (error as Error).message;
}

// ---------------------------------------------------------------------------------------
// Inputs

/** A named input: a file path, or standard input (`-`). */
export interface Input {
  /** The path as given, or `-` for standard input. */
  readonly name: string;
  readonly stdin: boolean;
  /** The size in bytes when known (a regular file). */
  readonly size: number | undefined;
  /** Opens the input; throws (with an fs error code) when it cannot be read. */
  open(): NodeJS.ReadableStream;
}

const STDIN: Input = { name: '-', stdin: true, size: undefined, open: () => process.stdin };

/** Resolves the positional arguments to inputs: none = standard input, `-` = standard input. */
export function inputsFrom(paths: readonly string[]): Input[] {
  if (paths.length === 0) return [STDIN];
  return paths.map((path) => {
    if (path === '-') return STDIN;
    let size: number | undefined;
    try {
      size = statSync(path).size;
    } catch {
      size = undefined;
    }
    return {
      name: path,
      stdin: false,
      size,
      open: () => {
        const st = statSync(path);
        if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
        return createReadStream(path, { highWaterMark: 1 << 16 });
      },
    };
  });
}

/** True when the first bytes of an input look binary (a NUL byte in the first 8 KiB). */
export function looksBinary(head: Uint8Array): boolean {
  return head.subarray(0, 8192).includes(0);
}

/** Parses a `--max-mb` value into a byte count. */
export function maxBytesFrom(value: unknown, fallbackMb: number): number {
  const mb = value === undefined ? fallbackMb : Number(value);
  if (!Number.isFinite(mb) || mb <= 0) {
    throw new UsageError(`invalid value for --max-mb: '${String(value)}' (expected a number > 0)`);
  }
  return mb * 1e6;
}

/**
 * Reads a whole input into a string (for commands that need the whole document), refusing it
 * when it is larger than `maxBytes` or binary. Returns `undefined` after reporting the failure.
 */
export async function readWhole(input: Input, maxBytes: number, tooLarge: string): Promise<string | undefined> {
  if (input.size !== undefined && input.size > maxBytes) {
    fail(`${input.name}: ${tooLarge}`);
    return undefined;
  }
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  let first = true;
  try {
    for await (const chunk of input.open() as AsyncIterable<Buffer>) {
      if (first && looksBinary(chunk)) {
        fail(`${input.name}: looks like a binary file, skipped`);
        destroy(input);
        return undefined;
      }
      first = false;
      bytes += chunk.length;
      if (bytes > maxBytes) {
        fail(`${input.name}: ${tooLarge}`);
        destroy(input);
        return undefined;
      }
      parts.push(decoder.decode(chunk, { stream: true }));
    }
  } catch (error) {
    fail(`${input.name}: ${describeFsError(error)}`);
    return undefined;
  }
  parts.push(decoder.decode());
  return parts.join('').replace(/^\ufeff/, '');
}

function destroy(input: Input): void {
  if (!input.stdin) return;
  process.stdin.pause();
}

// ---------------------------------------------------------------------------------------
// Output

/** Buffered writer to stdout that respects back-pressure and reports a closed pipe. */
export class Output {
  private parts: string[] = [];
  private size = 0;
  closed = false;

  private failure: Error | null = null;

  constructor(private readonly stream: NodeJS.WritableStream = process.stdout) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      // A reader that went away (`zman … | head`) ends the work quietly, as in other Unix
      // tools; any other write error is reported and gives exit code 1.
      if (error.code === 'EPIPE') this.closed = true;
      else this.failure = error;
    });
  }

  private check(): void {
    if (this.failure) throw new RunError(`cannot write output: ${this.failure.message}`);
  }

  write(text: string): Promise<void> | undefined {
    this.check();
    if (text.length === 0) return undefined;
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= 1 << 16) return this.flush();
    return undefined;
  }

  async flush(): Promise<void> {
    this.check();
    if (this.parts.length === 0 || this.closed) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (!this.stream.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.stream.off('drain', done);
          this.stream.off('error', done);
          this.stream.off('close', done);
          resolve();
        };
        this.stream.once('drain', done);
        this.stream.once('error', done);
        this.stream.once('close', done);
      });
    }
    this.check();
  }
}

/** The output format chosen by `--json` / `--ndjson` (text by default). */
export type Format = 'text' | 'json' | 'ndjson';

/** Reads `--json` and `--ndjson` (which exclude each other). */
export function formatFrom(values: Record<string, unknown>): Format {
  if (values.json && values.ndjson) throw new UsageError('--json and --ndjson cannot be used together');
  return values.json ? 'json' : values.ndjson ? 'ndjson' : 'text';
}

/**
 * Formats records: with `ndjson` one JSON object a line; with `json` the same records as ONE
 * JSON array for the whole run (streamed: `[` before the first, `,` between, `]` at the end).
 */
export class Records {
  private count = 0;

  constructor(readonly format: 'json' | 'ndjson') {}

  /** The text to write for one more record. */
  add(record: object): string {
    return this.addJson(JSON.stringify(record));
  }

  /** The text to write for one more record, already serialized. */
  addJson(json: string): string {
    if (this.format === 'ndjson') return `${json}\n`;
    return `${this.count++ === 0 ? '[' : ','}\n${json}`;
  }

  /** The text that closes the run (`]` for json). */
  end(): string {
    if (this.format === 'ndjson') return '';
    return this.count === 0 ? '[]\n' : '\n]\n';
  }
}

// ---------------------------------------------------------------------------------------
// Progress

/** How long work runs before its progress bar appears: `ZMAN_PROGRESS_AFTER_MS`, default 500 ms. */
function progressDelay(): number {
  const ms = Number(process.env.ZMAN_PROGRESS_AFTER_MS);
  return Number.isFinite(ms) && ms >= 0 ? ms : 500;
}

/**
 * A progress bar on stderr, drawn only when stderr is a terminal, standard output is not (the
 * bar never lands inside output written to the same terminal), `CI` is not set and the work has
 * run longer than {@link progressDelay}.
 */
export class Progress {
  private readonly enabled: boolean;
  private last = 0;
  private readonly started = Date.now();
  private readonly delay = progressDelay();
  private drawn = false;

  constructor(private readonly total: number | undefined) {
    this.enabled = Boolean(process.stderr.isTTY) && !process.stdout.isTTY && !process.env.CI;
    if (this.enabled) bars.add(this);
  }

  update(done: number, label = ''): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 150 || now - this.started < this.delay) return;
    this.last = now;
    const mb = (done / 1e6).toFixed(1);
    const rate = (done / 1e6 / Math.max(0.001, (now - this.started) / 1000)).toFixed(1);
    let line: string;
    if (this.total && this.total > 0) {
      const f = Math.min(1, done / this.total);
      const width = 30;
      const fill = Math.round(f * width);
      line = `[${'#'.repeat(fill)}${'-'.repeat(width - fill)}] ${(f * 100).toFixed(0)}% ${mb} MB ${rate} MB/s ${label}`;
    } else {
      line = `${mb} MB ${rate} MB/s ${label}`;
    }
    process.stderr.write(`\r${line.slice(0, (process.stderr.columns || 80) - 1)}\x1b[K`);
    this.drawn = true;
  }

  finish(): void {
    if (this.drawn) process.stderr.write('\r\x1b[K');
    this.drawn = false;
  }
}

// ---------------------------------------------------------------------------------------
// Line streaming

/** A line longer than this is handed to the handler in pieces cut at spaces. */
export const MAX_PIECE = 1 << 20;

/** Where a piece of text comes from. */
export interface Place {
  /** The input's name (`-` for standard input). */
  readonly file: string;
  /** True when several inputs were given: records then carry `file`. */
  readonly several: boolean;
  /** The 1-based line number within the input. */
  readonly line: number;
  /** The UTF-16 offset of the piece within its line (0 unless the line is over 1 MiB). */
  readonly offset: number;
  /** True for the first piece of a line. */
  readonly first: boolean;
  /** True for the last piece of a line. */
  readonly last: boolean;
}

/** `{ file }` when several inputs were given, then `{ line }`: the head of every line record. */
export function origin(at: Place): { file?: string; line: number } {
  return at.several ? { file: at.file, line: at.line } : { line: at.line };
}

/**
 * Streams every input, line by line, through `handler` to `output`, writing what the handler
 * returns. A line longer than 1 MiB is passed in pieces cut at a space (`at.offset` says where
 * each piece starts in the line, `at.last` marks the end of the line), so one enormous line
 * does not take memory proportional to its length. A missing, unreadable or binary input is
 * reported and skipped. Returns when every input was read or the reader went away.
 */
export async function streamLines(
  inputs: readonly Input[],
  handler: (piece: string, at: Place) => string,
  output: Output,
  options: { readonly several?: boolean; readonly parallel?: Parallel | undefined; readonly records?: Records | undefined } = {},
): Promise<void> {
  const total = inputs.reduce((sum, i) => (i.size === undefined ? Number.NaN : sum + i.size), 0);
  const progress = new Progress(Number.isNaN(total) ? undefined : total);
  const several = options.several ?? inputs.length > 1;
  const farm = options.parallel && options.parallel.jobs > 1 ? new Farm(options.parallel, handler, output, options.records) : undefined;
  try {
    await readAll();
  } finally {
    await farm?.stop();
  }
  progress.finish();
  await output.flush();

  async function readAll(): Promise<void> {
  let doneBytes = 0;
  for (const input of inputs) {
    if (output.closed) break;
    // TextDecoder (measured faster than a hand-written decoder) also drops a leading BOM
    const decoder = new TextDecoder();
    let pending = '';
    let line = 1;
    let offset = 0;
    const emit = async (piece: string, last: boolean) => {
      const at: Place = { file: input.name, several, line, offset, first: offset === 0, last };
      if (last) {
        line++;
        offset = 0;
      } else {
        offset += piece.length;
      }
      if (farm) {
        await farm.add(piece, at);
        return;
      }
      const wait = output.write(handler(piece, at));
      if (wait) await wait;
    };
    let stream: NodeJS.ReadableStream;
    try {
      stream = input.open();
    } catch (error) {
      fail(`${input.name}: ${describeFsError(error)}`);
      continue;
    }
    let first = true;
    let skipped = false;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer | string>) {
        if (output.closed) break;
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        if (first && looksBinary(bytes)) {
          fail(`${input.name}: looks like a binary file, skipped`);
          skipped = true;
          if (!input.stdin) (stream as unknown as { destroy(): void }).destroy();
          break;
        }
        first = false;
        doneBytes += bytes.length;
        pending += decoder.decode(bytes, { stream: true });
        let from = 0;
        for (;;) {
          const nl = pending.indexOf('\n', from);
          if (nl < 0) break;
          await emit(pending.slice(from, nl), true);
          from = nl + 1;
        }
        pending = pending.slice(from);
        while (pending.length > MAX_PIECE) {
          let cut = pending.lastIndexOf(' ', MAX_PIECE);
          if (cut <= 0) cut = MAX_PIECE;
          // never split a surrogate pair
          const code = pending.charCodeAt(cut - 1);
          if (code >= 0xd800 && code <= 0xdbff) cut--;
          await emit(pending.slice(0, cut), false);
          pending = pending.slice(cut);
        }
        progress.update(doneBytes, input.name);
      }
    } catch (error) {
      fail(`${input.name}: ${describeFsError(error)}`);
      continue;
    }
    if (skipped || output.closed) continue;
    if (first) {
      // an empty input: no lines
      continue;
    }
    pending += decoder.decode();
    if (pending.length > 0 || offset > 0) await emit(pending, true);
  }
  if (farm) await farm.close();
  }
}

// ---------------------------------------------------------------------------------------
// Worker threads (--jobs)

/**
 * How a command's line handler is rebuilt in a worker thread: `factory`, exported by the
 * module at `module` (a URL), called with the command's option values, gives the handler.
 */
export interface Parallel {
  readonly module: string;
  readonly factory: string;
  readonly values: Record<string, unknown>;
  readonly jobs: number;
}

/**
 * Reads `--jobs N`. The default is the number of cores where a line is heavy work (`analyze
 * --lines`), and 1 for the light line-for-line commands: measured on the 2-core machine, their
 * workers spent more CPU (each warms its own caches) than they saved.
 */
export function jobsFrom(value: unknown, fallback: number | 'cores' = 1): number {
  if (value === undefined) return fallback === 'cores' ? availableParallelism() : fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) {
    throw new UsageError(`invalid value for --jobs: '${String(value)}' (expected a whole number from 1 to 256)`);
  }
  return n;
}

/** Text handled on the main thread before the workers are started (small inputs stay fast). */
const INLINE_CHARS = 1 << 20;
/** Characters of whole lines sent to a worker at once. */
const BATCH_CHARS = 1 << 18;

/**
 * Hands batches of whole lines to worker threads and writes their output in input order, with
 * at most two batches per worker in flight (memory stays bounded). The first MiB is handled on
 * the main thread, so a small input starts no worker.
 */
class Farm {
  private batch: [string, Place][] = [];
  private batchChars = 0;
  private inline = 0;
  private workers: Worker[] = [];
  private next = 0;
  private readonly inFlight: Promise<string>[] = [];
  private sent = 0;
  /** The batches sent and not answered yet, by id (a worker answers in the order it was sent). */
  private readonly waiting = new Map<number, { resolve(out: string): void; reject(error: Error): void }>();

  constructor(
    private readonly spec: Parallel,
    private readonly handler: (piece: string, at: Place) => string,
    private readonly output: Output,
    private readonly records: Records | undefined,
  ) {}

  async add(piece: string, at: Place): Promise<void> {
    // the switch to the workers happens at a line's start: a line's pieces stay on one thread
    if (this.workers.length === 0 && this.batch.length === 0 && (this.inline < INLINE_CHARS || !at.first)) {
      this.inline += piece.length;
      const wait = this.output.write(this.handler(piece, at));
      if (wait) await wait;
      return;
    }
    this.batch.push([piece, at]);
    this.batchChars += piece.length;
    // a batch holds whole lines: the pieces of a long line go to one worker, in order
    if (at.last && this.batchChars >= BATCH_CHARS) await this.send();
  }

  private start(): void {
    const own = new URL(import.meta.url);
    const file = new URL(own.pathname.endsWith('.ts') ? './worker.ts' : './worker.js', own);
    const values = { ...this.spec.values, json: false, ndjson: Boolean(this.spec.values.json || this.spec.values.ndjson) };
    for (let i = 0; i < this.spec.jobs; i++) {
      const workerData = { module: this.spec.module, factory: this.spec.factory, values, command: run.command };
      // from TypeScript sources (tests run through tsx) the worker registers tsx first
      const worker = file.pathname.endsWith('.ts')
        ? new Worker(`import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(file.href)}); });`, {
            eval: true,
            workerData,
          })
        : new Worker(file, { workerData });
      worker.on('message', (m: { id: number; out: string; failed: boolean }) => {
        if (m.failed) run.failed = true;
        this.waiting.get(m.id)?.resolve(m.out);
        this.waiting.delete(m.id);
      });
      worker.on('error', (error: Error) => {
        for (const w of this.waiting.values()) w.reject(error);
        this.waiting.clear();
      });
      this.workers.push(worker);
    }
  }

  private async send(): Promise<void> {
    if (this.batch.length === 0) return;
    if (this.workers.length === 0) this.start();
    const worker = this.workers[this.next++ % this.workers.length]!;
    const batch = this.batch;
    this.batch = [];
    this.batchChars = 0;
    const id = this.sent++;
    this.inFlight.push(
      new Promise<string>((resolve, reject) => {
        this.waiting.set(id, { resolve, reject });
        worker.postMessage({ id, batch });
      }),
    );
    while (this.inFlight.length >= this.workers.length * 2) await this.writeOldest();
  }

  private async writeOldest(): Promise<void> {
    let out = await this.inFlight.shift()!;
    if (this.records?.format === 'json' && out.length > 0) {
      // workers write NDJSON; the records become elements of the one JSON array here
      let text = '';
      for (const line of out.slice(0, -1).split('\n')) text += this.records.addJson(line);
      out = text;
    }
    const wait = this.output.write(out);
    if (wait) await wait;
  }

  async close(): Promise<void> {
    try {
      await this.send();
      while (this.inFlight.length > 0) await this.writeOldest();
    } finally {
      await this.stop();
    }
  }

  /** Ends the workers (also when the work failed, so that the process can exit). */
  async stop(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers = [];
  }
}

/**
 * Line-for-line rewriting shared by `normalize`, `translit`, `slug`, `lemma`, `stem` and
 * `segment`: text output gives exactly one output line per input line; `--ndjson` one record
 * `{ line, text }` per input line (`file` first when several inputs), `--json` one array of
 * them. A line over 1 MiB is converted piece by piece and its record joined.
 */
export function lineRewriter(
  values: Record<string, unknown>,
  convert: (piece: string, at: Place) => string,
  key = 'text',
  given?: Records,
): { handler: (piece: string, at: Place) => string; end(): string } {
  const records = given ?? recordsFrom(values);
  let text = '';
  return {
    handler(piece, at) {
      const out = convert(piece, at);
      if (!records) return at.last ? `${out}\n` : out;
      text = at.first ? out : text + out;
      if (!at.last) return '';
      const record = records.add({ ...origin(at), [key]: text });
      text = '';
      return record;
    },
    end: () => (records ? records.end() : ''),
  };
}

/** The records writer `--json`/`--ndjson` ask for (`undefined` for text output). */
export function recordsFrom(values: Record<string, unknown>): Records | undefined {
  const format = formatFrom(values);
  return format === 'text' ? undefined : new Records(format);
}

/** Makes a line handler from option values; the records writer is shared when given. */
export type LineHandlerFactory = (values: Record<string, unknown>, records?: Records) => (piece: string, at: Place) => string;

/**
 * Streams the positional inputs through the handler `make` gives, writing text or records;
 * with `where` (the module URL and the name of `make` in it) and `--jobs N` over 1, large
 * inputs are spread over N worker threads, output still in input order.
 */
export async function runLines(
  values: Record<string, unknown>,
  positionals: readonly string[],
  make: LineHandlerFactory,
  where?: { readonly module: string; readonly factory: string },
): Promise<void> {
  const records = recordsFrom(values);
  const output = new Output();
  const handler = make(values, records);
  const parallel = where ? { ...where, values, jobs: jobsFrom(values.jobs) } : undefined;
  await streamLines(inputsFrom(positionals), handler, output, { parallel, records });
  if (records) output.write(records.end());
  await output.flush();
}

/** A file found by {@link walkFiles}: its path (`-` for standard input) and modification time. */
export interface FoundFile {
  readonly path: string;
  readonly mtime: Date | undefined;
}

/**
 * Every file under the given paths (`-` = standard input), directories walked recursively in
 * name order, hidden files skipped; a path given by name is taken even when it is not a regular
 * file (a FIFO). A directory already visited (a symbolic link loop, or two links to one
 * directory) is not walked again. Unreadable paths go to `onError` and are skipped.
 */
export function walkFiles(paths: readonly string[], onError: (message: string, path: string) => void): FoundFile[] {
  const out: FoundFile[] = [];
  const seen = new Set<string>();
  const visit = (path: string, given: boolean) => {
    if (path === '-' && given) {
      out.push({ path, mtime: undefined });
      return;
    }
    let st;
    try {
      st = statSync(path);
    } catch (error) {
      onError(`${path}: ${describeFsError(error)}`, path);
      return;
    }
    if (st.isDirectory()) {
      const id = `${st.dev}:${st.ino}`;
      if (seen.has(id)) {
        if (given) onError(`${path}: directory given twice, read once`, path);
        return;
      }
      seen.add(id);
      let names: string[];
      try {
        names = readdirSync(path).sort();
      } catch (error) {
        onError(`${path}: ${describeFsError(error)}`, path);
        return;
      }
      for (const name of names) if (!name.startsWith('.')) visit(join(path, name), false);
    } else if (st.isFile() || given) {
      out.push({ path, mtime: st.mtime });
    }
  };
  for (const p of paths) visit(p, true);
  return out;
}
