/**
 * Shared by `zman numbers` and `zman dates`: streams the input line by line and writes one
 * JSON object per span found (NDJSON), with the file (when several are given), the line number
 * and the span's offsets within the line.
 *
 * @module
 */
import { inputsFrom, Output, streamLines } from '../io.js';

/** Writes NDJSON: a line with no spans writes nothing. */
class NdjsonOutput extends Output {
  override write(text: string): Promise<void> | undefined {
    if (text === '\n' || text === '') return undefined;
    return super.write(text.endsWith('\n\n') ? text.slice(0, -1) : text);
  }
}

/** Streams `paths` (or stdin) through `find`, one JSON line per span. */
export async function streamSpans(
  paths: readonly string[],
  find: (line: string) => readonly { start: number; end: number }[],
): Promise<void> {
  const inputs = inputsFrom(paths);
  const output = new NdjsonOutput();
  for (const input of inputs) {
    const file = inputs.length > 1 ? { file: input.name } : {};
    let line = 0;
    let offset = 0;
    let previous = 0;
    await streamLines(
      [input],
      (piece, lineStart) => {
        if (lineStart) {
          line++;
          offset = 0;
        } else {
          offset += previous;
        }
        previous = piece.length;
        let out = '';
        for (const span of find(piece)) {
          out += `${JSON.stringify({ ...file, line, ...span, start: span.start + offset, end: span.end + offset })}\n`;
        }
        return out;
      },
      output,
    );
  }
}
