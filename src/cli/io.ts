/**
 * Streaming input and output for the command line: files or stdin, read in chunks and split
 * into lines, so that memory stays flat on inputs of any size; output written with
 * back-pressure; a progress bar on stderr for long work when stderr is a terminal.
 *
 * @module
 */
import { createReadStream, statSync } from 'node:fs';
import { RunError } from './command.js';

/** A named input: a file path, or `-` for standard input. */
export interface Input {
  readonly name: string;
  readonly size: number | undefined;
  open(): NodeJS.ReadableStream;
}

/** Resolves the positional arguments to inputs (stdin when there are none). */
export function inputsFrom(paths: readonly string[]): Input[] {
  if (paths.length === 0 || (paths.length === 1 && paths[0] === '-')) {
    return [{ name: '<stdin>', size: undefined, open: () => process.stdin }];
  }
  return paths.map((path) => {
    if (path === '-') return { name: '<stdin>', size: undefined, open: () => process.stdin };
    let size: number;
    try {
      const st = statSync(path);
      if (st.isDirectory()) throw new RunError(`${path}: is a directory`);
      size = st.size;
    } catch (error) {
      if (error instanceof RunError) throw error;
      throw new RunError(`${path}: ${describeFsError(error)}`);
    }
    return { name: path, size, open: () => createReadStream(path) };
  });
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (error as Error).message;
}

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

/** A progress bar on stderr, drawn only when stderr is a terminal and the work is long. */
export class Progress {
  private readonly enabled: boolean;
  private last = 0;
  private readonly started = Date.now();
  private drawn = false;

  constructor(private readonly total: number | undefined) {
    this.enabled = Boolean(process.stderr.isTTY) && !process.env.CI;
  }

  update(done: number, label = ''): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 150 || now - this.started < 500) return;
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
  }
}

/** A line longer than this is handed to the transform in pieces cut at spaces. */
const MAX_PIECE = 1 << 20;

/**
 * Streams every input, line by line, through `transform` to `output`: each input line gives
 * exactly one output line. Lines longer than 1 MiB are passed in pieces cut at a space, so a
 * single enormous line does not take memory proportional to its length.
 */
export async function streamLines(
  inputs: readonly Input[],
  transform: (piece: string, lineStart: boolean) => string,
  output: Output,
): Promise<void> {
  const total = inputs.reduce((sum, i) => (i.size === undefined ? Number.NaN : sum + i.size), 0);
  const progress = new Progress(Number.isNaN(total) ? undefined : total);
  let doneBytes = 0;
  for (const input of inputs) {
    const decoder = new Utf8Chunks();
    let pending = '';
    let lineStart = true;
    const emit = async (piece: string, endOfLine: boolean) => {
      const out = transform(piece, lineStart);
      lineStart = endOfLine;
      const wait = output.write(endOfLine ? `${out}\n` : out);
      if (wait) await wait;
    };
    const stream = input.open();
    try {
      for await (const chunk of stream as AsyncIterable<Buffer | string>) {
        if (output.closed) break;
        const bytes = typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
        doneBytes += bytes;
        pending += typeof chunk === 'string' ? chunk : decoder.decode(chunk);
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
      progress.finish();
      throw new RunError(`${input.name}: ${describeFsError(error)}`);
    }
    pending += decoder.end();
    if (pending.length > 0 || !lineStart) await emit(pending, true);
  }
  progress.finish();
  await output.flush();
}

/**
 * Decodes a UTF-8 byte stream chunk by chunk, carrying an incomplete trailing sequence over to
 * the next chunk (faster than `string_decoder` for large chunks; same result).
 */
export class Utf8Chunks {
  private carry: Buffer | null = null;

  decode(chunk: Buffer): string {
    const buf = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    this.carry = null;
    const len = buf.length;
    let i = len - 1;
    let back = 0;
    while (i > 0 && back < 3 && (buf[i]! & 0xc0) === 0x80) {
      i--;
      back++;
    }
    let cut = len;
    if (i >= 0 && len > 0) {
      const lead = buf[i]!;
      const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
      if (i + need > len) cut = i;
    }
    if (cut < len) this.carry = Buffer.from(buf.subarray(cut));
    return buf.toString('utf8', 0, cut);
  }

  end(): string {
    const rest = this.carry ? this.carry.toString('utf8') : '';
    this.carry = null;
    return rest;
  }
}
