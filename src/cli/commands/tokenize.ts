/**
 * `zman tokenize [FILE…]` — tokens of Sorani text, one a line or as JSON.
 * `zman sentences [FILE…]` — sentences of Sorani text, one a line.
 *
 * Both stream line by line: each input line is a paragraph, so no sentence spans two lines.
 *
 * @module
 */
import { tokenizeMorphemes } from '../../morph/index.js';
import { sentences, tokenize, type Token } from '../../tokenize/index.js';
import { oneOf, UsageError, type Command } from '../command.js';
import { inputsFrom, Output, streamLines } from '../io.js';

const FORMATS = ['text', 'json', 'ndjson'] as const;

function tokenJson(t: Token, line: number): string {
  return JSON.stringify({ line, ...t });
}

export const tokenizeCommand: Command = {
  name: 'tokenize',
  summary: 'split Sorani text into typed tokens',
  help: `Usage: zman tokenize [options] [FILE...]

Splits Sorani text from the files (or standard input) into tokens: words, numbers,
punctuation, symbols, web and e-mail addresses, hashtags, mentions, emoji, Latin words.
By default prints one normalized token a line and an empty line after each input line.

Options:
  --json        one JSON array of tokens per input line (type, start, end, surface,
                normalized, attached); offsets are UTF-16 indexes into that line
  --ndjson      one JSON object per token, with its input line number (from 1)
  --surface     print tokens as written instead of normalized (text output)
  --morphemes   split words into morphemes (zman/morph segment), each with its offsets
  -h, --help    show this help

Examples:
  echo 'لە ١٠ ـی مانگدا' | zman tokenize          # لە / ١٠ / ی / مانگدا
  zman tokenize --ndjson news.txt > tokens.ndjson`,
  options: {
    json: { type: 'boolean' },
    ndjson: { type: 'boolean' },
    surface: { type: 'boolean' },
    morphemes: { type: 'boolean' },
  },
  async run(values, positionals) {
    if (values.json && values.ndjson) throw new UsageError('--json and --ndjson cannot be used together');
    const format = oneOf('format', values.json ? 'json' : values.ndjson ? 'ndjson' : 'text', FORMATS, 'text');
    const surface = Boolean(values.surface);
    let line = 0;
    await streamLines(
      inputsFrom(positionals),
      (piece, lineStart) => {
        if (lineStart) line++;
        const tokens = values.morphemes ? tokenizeMorphemes(piece) : tokenize(piece);
        if (format === 'json') return JSON.stringify(tokens);
        if (format === 'ndjson') return tokens.map((t) => tokenJson(t, line)).join('\n');
        return tokens.map((t) => (surface ? t.surface : t.normalized)).join('\n') + (tokens.length > 0 ? '\n' : '');
      },
      new Output(),
    );
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
  --json        one JSON array of sentences (start, end, text) per input line
  -h, --help    show this help

Examples:
  echo 'سڵاو. چۆنی؟ باشم!' | zman sentences     # three lines
  zman sentences article.txt | wc -l`,
  options: {
    json: { type: 'boolean' },
  },
  async run(values, positionals) {
    const json = Boolean(values.json);
    await streamLines(
      inputsFrom(positionals),
      (piece) => {
        const found = sentences(piece);
        if (json) return JSON.stringify(found);
        return found.map((s) => s.text).join('\n');
      },
      new Output(),
    );
    return 0;
  },
};
