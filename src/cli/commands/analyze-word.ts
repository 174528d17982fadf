/**
 * `zman analyze-word WORD…` — every morphological analysis of each word.
 *
 * @module
 */
import { analyze, type Analysis } from '../../morph/index.js';
import type { Command } from '../command.js';
import { tokenize } from '../../tokenize/index.js';
import { formatFrom, inputsFrom, Output, Records, streamLines } from '../io.js';

function describe(a: Analysis): string {
  const parts = [...a.prefixes.map((m) => `${m.form}[${m.gloss}]`), a.stem, ...a.suffixes.map((m) => `${m.form}[${m.gloss}]`)];
  const features = Object.entries(a.features)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  return `  ${a.lemma}\t${a.pos}${a.guessed ? ' (guessed)' : ''}\t${parts.join(' + ')}\t${features}`;
}

export const analyzeWordCommand: Command = {
  name: 'analyze-word',
  summary: 'show every morphological analysis of words',
  positionals: 'words',
  help: `Usage: zman analyze-word [options] [WORD...]

Prints every analysis of each word, best first: lemma, part of speech, the word split into
prefixes, stem and suffixes with glosses, and grammatical features. A stem that is not in the
lexicon is marked (guessed). Without WORDs (or with -), reads the words of standard input.

Options:
  --json        one JSON array of {word, analyses} records
  --ndjson      one JSON object {word, analyses} per word (with "line" when the words
                come from standard input)
  -h, --help    show this help
  -V, --version print the version

Examples:
  zman analyze-word کتێبەکانمان نەمدەنووسی
  zman analyze-word --json دەڕۆین
  echo 'کتێبەکان دەخوێنم' | zman analyze-word --ndjson`,
  options: { json: { type: 'boolean' }, ndjson: { type: 'boolean' } },
  async run(values, positionals) {
    const format = formatFrom(values);
    const records = format === 'text' ? undefined : new Records(format);
    const out = new Output();
    const one = (word: string, head: object): string => {
      const analyses = analyze(word);
      if (records) return records.add({ ...head, word, analyses });
      let text = `${word}\n`;
      for (const a of analyses) text += `${describe(a)}\n`;
      return text;
    };
    const stdin = positionals.length === 0 || positionals.includes('-');
    for (const word of positionals) if (word !== '-') out.write(one(word, {}));
    if (stdin) {
      await streamLines(
        inputsFrom(['-']),
        (piece, at) => {
          let text = '';
          for (const t of tokenize(piece)) if (t.type === 'word') text += one(t.normalized, { line: at.line });
          return text;
        },
        out,
      );
    }
    if (records) out.write(records.end());
    await out.flush();
    return 0;
  },
};
