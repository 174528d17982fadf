/**
 * `zman normalize [FILE…]` — normalizes Sorani text line for line.
 *
 * @module
 */
import { Readable } from 'node:stream';
import { detectLegacyFont, LEGACY_FONTS, type LegacyFont } from '../../normalize/legacy-fonts.js';
import { normalize, type NormalizeOptions } from '../../normalize/normalize.js';
import { oneOf, type Command } from '../command.js';
import { describeFsError, fail, inputsFrom, lineRewriter, Output, runLines, streamLines, type Input, type LineHandlerFactory, type Place } from '../io.js';

const DIGITS = ['keep', 'latin', 'arabic', 'persian'] as const;
const PUNCTUATION = ['keep', 'kurdish', 'latin'] as const;
const FONTS = ['none', 'auto', ...LEGACY_FONTS] as const;
/** How much of each input `--legacy-font auto` reads to decide. */
const DETECT_BYTES = 1 << 16;

/**
 * Reads the first 64 KiB of an input to detect its legacy font, and returns the font with an
 * input that replays those bytes and then streams the rest, so memory stays flat.
 */
async function detectFont(input: Input): Promise<{ font: LegacyFont | undefined; input: Input } | undefined> {
  const head: Buffer[] = [];
  let size = 0;
  let done = false;
  let it: AsyncIterator<Buffer | string>;
  try {
    it = (input.open() as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
    while (size < DETECT_BYTES) {
      const r = await it.next();
      if (r.done) {
        done = true;
        break;
      }
      const chunk = typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
      head.push(chunk);
      size += chunk.length;
    }
  } catch (error) {
    fail(`${input.name}: ${describeFsError(error)}`);
    return undefined;
  }
  const font = detectLegacyFont(Buffer.concat(head).toString('utf8'));
  async function* replay(): AsyncGenerator<Buffer> {
    yield* head;
    if (done) return;
    for (let r = await it.next(); !r.done; r = await it.next()) {
      yield typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
    }
  }
  return { font, input: { name: input.name, stdin: input.stdin, size: input.size, open: () => Readable.from(replay()) } };
}

/** The normalization options the command-line options ask for (throws on bad values). */
function optionsFrom(values: Record<string, unknown>): NormalizeOptions {
  const legacyFont = oneOf('legacy-font', values['legacy-font'], FONTS, 'none');
  return {
    digits: oneOf('digits', values.digits, DIGITS, 'keep'),
    punctuation: oneOf('punctuation', values.punctuation, PUNCTUATION, 'keep'),
    legacyFont: legacyFont === 'auto' ? 'none' : legacyFont,
    initialReh: !values['no-initial-reh'],
    initialAlef: !values['no-initial-alef'],
  };
}

/** The line handler of `zman normalize` with a fixed font (also run in worker threads with --jobs). */
export const normalizeLines: LineHandlerFactory = (values, records) => {
  const options = optionsFrom(values);
  return lineRewriter(values, (piece) => normalize(piece, options), 'text', records).handler;
};

export const normalizeCommand: Command = {
  name: 'normalize',
  summary: 'normalize Sorani text to the standard Unicode spelling',
  help: `Usage: zman normalize [options] [FILE...]

Normalizes Sorani text from the files (or standard input) to standard output,
line for line: each input line gives exactly one output line.

Options:
  --digits keep|latin|arabic|persian   unify digits (default: keep)
  --punctuation keep|kurdish|latin     unify punctuation (default: keep)
  --legacy-font none|auto|ali-k|ali-web|dylan|zarnegar
                                       convert text typed with a legacy font;
                                       auto detects the font of each input
                                       from its first 64 KiB (none if unsure)
  --no-initial-reh                     keep word-initial ر (default: ر → ڕ)
  --no-initial-alef                    keep a word-initial bare ا/آ (default: → ئە/ئا)
  --json                               one JSON array of {line, text} records
  --ndjson                             one JSON object {line, text} per input line
                                       ("file" is added when several files are given)
  -j, --jobs N                         worker threads for large inputs (default 1 = none);
                                       output in input order
  -h, --help                           show this help
  -V, --version                        print the version

Examples:
  echo 'كوردستان' | zman normalize            # کوردستان
  zman normalize --digits latin examples/news-ckb.txt > clean.txt
  zman normalize --legacy-font auto examples/ali-k.txt`,
  options: {
    digits: { type: 'string' },
    punctuation: { type: 'string' },
    'legacy-font': { type: 'string' },
    'no-initial-reh': { type: 'boolean' },
    'no-initial-alef': { type: 'boolean' },
    json: { type: 'boolean' },
    ndjson: { type: 'boolean' },
    jobs: { type: 'string', short: 'j' },
  },
  async run(values, positionals) {
    const legacyFont = oneOf('legacy-font', values['legacy-font'], FONTS, 'none');
    const options = optionsFrom(values);
    if (legacyFont !== 'auto') {
      await runLines(values, positionals, normalizeLines, { module: import.meta.url, factory: 'normalizeLines' });
      return 0;
    }
    const rewriter = lineRewriter(values, (normalized) => normalized);
    const inputs = inputsFrom(positionals);
    const output = new Output();
    for (const input of inputs) {
      const detected = await detectFont(input);
      if (!detected) continue;
      const o: NormalizeOptions = { ...options, legacyFont: detected.font ?? 'none' };
      await streamLines([detected.input], (piece: string, at: Place) => rewriter.handler(normalize(piece, o), at), output, { several: inputs.length > 1 });
    }
    output.write(rewriter.end());
    await output.flush();
    return 0;
  },
};
