/**
 * `zman tokenize [FILE…]` — tokens of Sorani text, one a line or as JSON.
 * `zman sentences [FILE…]` — sentences of Sorani text, one a line or as JSON.
 *
 * Both stream line by line: each input line is a paragraph, so no sentence spans two lines.
 * A line over 1 MiB arrives in pieces; offsets stay continuous over the whole line.
 *
 * @module
 */
import { tokenizeMorphemes } from '../../morph/index.js';
import { sentences, tokenize } from '../../tokenize/index.js';
import type { Command } from '../command.js';
import { formatFrom, inputsFrom, MAX_PIECE, origin, Output, Records, recordsFrom, runLines, streamLines, type LineHandlerFactory } from '../io.js';

/** The line handler of `zman tokenize` (also run in worker threads with --jobs). */
export const tokenizeLines: LineHandlerFactory = (values, given) => {
  const records = given ?? recordsFrom(values);
  const surface = Boolean(values.surface);
  return (piece, at) => {
    const tokens = values.morphemes ? tokenizeMorphemes(piece) : tokenize(piece);
    let out = '';
    if (records) {
      const head = origin(at);
      for (const t of tokens) out += records.add({ ...head, ...t, start: t.start + at.offset, end: t.end + at.offset });
      return out;
    }
    for (const t of tokens) out += `${surface ? t.surface : t.normalized}\n`;
    return at.last ? `${out}\n` : out;
  };
};

export const tokenizeCommand: Command = {
  name: 'tokenize',
  summary: 'split Sorani text into typed tokens',
  help: `Usage: zman tokenize [options] [FILE...]

Splits Sorani text from the files (or standard input) into tokens: words, numbers,
punctuation, symbols, web and e-mail addresses, hashtags, mentions, emoji, Latin words.
By default prints one normalized token a line and an empty line after each input line.

Options:
  --json        one JSON array of every token (line, type, start, end, surface,
                normalized, attached); offsets are UTF-16 indexes into the input line
  --ndjson      one JSON object per token, with its input line number (from 1)
                ("file" is added when several files are given)
  --surface     print tokens as written instead of normalized (text output)
  --morphemes   split words into morphemes (zman/morph segment), each with its offsets
  -j, --jobs N  worker threads for large inputs (default 1 = none)
  -h, --help    show this help
  -V, --version print the version

Examples:
  echo 'لە ١٠ ـی مانگدا' | zman tokenize          # لە / ١٠ / ی / مانگدا
  zman tokenize --ndjson examples/news-ckb.txt > tokens.ndjson`,
  options: {
    json: { type: 'boolean' },
    ndjson: { type: 'boolean' },
    surface: { type: 'boolean' },
    morphemes: { type: 'boolean' },
    jobs: { type: 'string', short: 'j' },
  },
  async run(values, positionals) {
    await runLines(values, positionals, tokenizeLines, { module: import.meta.url, factory: 'tokenizeLines' });
    return 0;
  },
};

export const sentencesCommand: Command = {
  name: 'sentences',
  summary: 'split Sorani text into sentences, one a line',
  help: `Usage: zman sentences [options] [FILE...]

Splits Sorani text from the files (or standard input) into sentences and prints one
sentence a line, as written. Each input line is a paragraph: a sentence never spans
two input lines, and an empty input line gives an empty output line.

Options:
  --json        one JSON array of every sentence (line, start, end, text); offsets are
                UTF-16 indexes into the input line (a sentence over 1 MiB is cut)
  --ndjson      one JSON object per sentence ("file" is added when several files are given)
  -h, --help    show this help
  -V, --version print the version

Examples:
  echo 'سڵاو. چۆنی؟ باشم!' | zman sentences     # three lines
  zman sentences examples/news-ckb.txt | wc -l`,
  options: {
    json: { type: 'boolean' },
    ndjson: { type: 'boolean' },
  },
  async run(values, positionals) {
    const format = formatFrom(values);
    const records = format === 'text' ? undefined : new Records(format);
    const output = new Output();
    // A line over 1 MiB comes in pieces: the last sentence of a piece may go on in the next
    // one, so it is carried over (with where it starts in the line) and split again.
    let carry = '';
    let carryAt = 0;
    let wrote = false;
    await streamLines(
      inputsFrom(positionals),
      (piece, at) => {
        if (at.first) {
          carry = '';
          carryAt = 0;
        }
        const text = carry + piece;
        const base = carryAt;
        const found = sentences(text);
        let keep = found.length;
        carry = '';
        const lastStart = found[found.length - 1]?.start ?? 0;
        // a sentence longer than 1 MiB is cut where its piece ends (so work stays linear)
        if (!at.last && text.length - lastStart <= MAX_PIECE) {
          keep = Math.max(0, found.length - 1);
          carry = text.slice(lastStart);
          carryAt = base + lastStart;
        }
        if (at.first) wrote = false;
        let out = '';
        for (let i = 0; i < keep; i++) {
          const s = found[i]!;
          out += records ? records.add({ ...origin(at), ...s, start: s.start + base, end: s.end + base }) : `${s.text}\n`;
          wrote = true;
        }
        // text: one line out at least for every input line (an empty input line gives an empty line)
        if (!records && at.last && !wrote) out = '\n';
        return out;
      },
      output,
    );
    if (records) output.write(records.end());
    await output.flush();
    return 0;
  },
};
