/**
 * `zman translit --to latin|arabic [FILE…]` and `zman slug [FILE…]` — Sorani between the
 * Arabic and the Latin script, line for line.
 *
 * @module
 */
import { toArabic, toLatin, slug, type ToArabicOptions, type ToLatinOptions } from '../../translit/index.js';
import { oneOf, UsageError, type Command } from '../command.js';
import { lineRewriter, runLines, type LineHandlerFactory, type Place } from '../io.js';

const TO = ['latin', 'arabic'] as const;

/** The conversion of one piece of a line that the options ask for (throws on bad options). */
function translitConvert(values: Record<string, unknown>): (piece: string, at: Place) => string {
  if (values.to === undefined) throw new UsageError(`missing --to (allowed: ${TO.join(', ')})`);
  const to = oneOf('to', values.to, TO, 'latin');
  if (to === 'latin') {
    if (values['keep-foreign']) throw new UsageError('--keep-foreign applies to --to arabic only');
    const options: ToLatinOptions = {
      style: oneOf('style', values.style, STYLES, 'extended'),
      digits: oneOf('digits', values.digits, ['latin', 'keep'] as const, 'latin'),
      capitalize: Boolean(values.capitalize),
    };
    const inside = { ...options, capitalize: false };
    return (piece, at) => toLatin(piece, at.first ? options : inside);
  }
  if (values.style !== undefined) throw new UsageError('--style applies to --to latin only (every style is read)');
  if (values.capitalize) throw new UsageError('--capitalize applies to --to latin only');
  const options: ToArabicOptions = {
    digits: oneOf('digits', values.digits, ['keep', 'arabic', 'persian'] as const, 'keep'),
    foreign: values['keep-foreign'] ? 'keep' : 'convert',
  };
  return (line) => toArabic(line, options);
}

/** The line handler of `zman translit` (also run in worker threads with --jobs). */
export const translitLines: LineHandlerFactory = (values, records) => lineRewriter(values, translitConvert(values), 'text', records).handler;

/** The line handler of `zman slug`: a line longer than the piece size comes in pieces cut at spaces, their slugs joined. */
export const slugLines: LineHandlerFactory = (values, records) =>
  lineRewriter(
    values,
    (piece, at) => {
      const s = slug(piece);
      return !at.first && s.length > 0 ? `-${s}` : s;
    },
    'slug',
    records,
  ).handler;
const STYLES = ['extended', 'hawar', 'ascii'] as const;

export const translitCommand: Command = {
  name: 'translit',
  summary: 'convert Sorani between the Arabic and the Latin (Hawar) script',
  requiredArgs: ['--to', 'latin'],
  help: `Usage: zman translit --to latin|arabic [options] [FILE...]

Converts Sorani text from the files (or standard input) to standard output,
line for line: each input line gives exactly one output line.

Options:
  --to latin|arabic                  the script to write (required)
  --style extended|hawar|ascii       Latin letters: ř ł ḧ ẍ (default), rr ll h x, or a-z
  --digits latin|keep                to Latin: digits 0-9 (default) or as written
  --digits keep|arabic|persian       to Arabic: digits as written (default), ٠-٩ or ۰-۹
  --capitalize                       to Latin: a capital at each sentence start
  --keep-foreign                     to Arabic: leave English-looking words as they are
  --json                             one JSON array of {line, text} records
  --ndjson                           one JSON object {line, text} per input line
                                     ("file" is added when several files are given)
  -j, --jobs N                       worker threads for large inputs (default 1 = none);
                                     output in input order
  -h, --help                         show this help
  -V, --version                      print the version

Examples:
  echo 'کوردستان' | zman translit --to latin              # kurdistan
  echo 'kurdistan' | zman translit --to arabic            # کوردستان
  zman translit --to latin --style hawar examples/news-ckb.txt > news-latin.txt`,
  options: {
    to: { type: 'string' },
    style: { type: 'string' },
    digits: { type: 'string' },
    capitalize: { type: 'boolean' },
    'keep-foreign': { type: 'boolean' },
    json: { type: 'boolean' },
    ndjson: { type: 'boolean' },
    jobs: { type: 'string', short: 'j' },
  },
  async run(values, positionals) {
    translitConvert(values); // validates the options before any input is read
    await runLines(values, positionals, translitLines, { module: import.meta.url, factory: 'translitLines' });
    return 0;
  },
};

export const slugCommand: Command = {
  name: 'slug',
  summary: 'make a URL slug of each line of Sorani text',
  help: `Usage: zman slug [FILE...]

Writes one URL slug (a-z, 0-9 and hyphens) for each line of the files
(or standard input).

Options:
  --json        one JSON array of {line, slug} records
  --ndjson      one JSON object {line, slug} per input line
                ("file" is added when several files are given)
  -j, --jobs N  worker threads for large inputs (default 1 = none)
  -h, --help    show this help
  -V, --version print the version

Examples:
  echo 'ڕووسیا و ئۆکراینا' | zman slug     # rusya-u-okrayna
  zman slug examples/titles.txt > slugs.txt`,
  options: { json: { type: 'boolean' }, ndjson: { type: 'boolean' }, jobs: { type: 'string', short: 'j' } },
  async run(values, positionals) {
    await runLines(values, positionals, slugLines, { module: import.meta.url, factory: 'slugLines' });
    return 0;
  },
};
