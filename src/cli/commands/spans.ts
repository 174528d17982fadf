/**
 * Shared by `zman numbers` and `zman dates`: streams the input line by line and writes every
 * span found: by default one line per span (`LINE:START-END`, the text and what it means,
 * tab-separated), with `--ndjson` one JSON object per span, with `--json` one array of them.
 * Each span carries the file (when several are given), the line number and its offsets within
 * the line (continuous over a line longer than 1 MiB, which arrives in pieces).
 *
 * @module
 */
import { formatFrom, inputsFrom, origin, Output, Records, streamLines } from '../io.js';

/** Streams `paths` (or stdin) through `find`, writing each span in the chosen format. */
export async function streamSpans<T extends { start: number; end: number; text: string }>(
  values: Record<string, unknown>,
  paths: readonly string[],
  find: (line: string) => readonly T[],
  describe: (span: T) => string,
): Promise<void> {
  const format = formatFrom(values);
  const records = format === 'text' ? undefined : new Records(format);
  const output = new Output();
  await streamLines(
    inputsFrom(paths),
    (piece, at) => {
      let out = '';
      for (const span of find(piece)) {
        const start = span.start + at.offset;
        const end = span.end + at.offset;
        if (records) out += records.add({ ...origin(at), ...span, start, end });
        else out += `${at.several ? `${at.file}:` : ''}${at.line}:${start}-${end}\t${span.text}\t${describe(span)}\n`;
      }
      return out;
    },
    output,
  );
  if (records) output.write(records.end());
  await output.flush();
}
