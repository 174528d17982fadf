/**
 * `zman analyze-word WORD…` — every morphological analysis of each word.
 *
 * @module
 */
import { analyze, type Analysis } from '../../morph/index.js';
import { UsageError, type Command } from '../command.js';
import { Output } from '../io.js';

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
  help: `Usage: zman analyze-word [options] WORD...

Prints every analysis of each word, best first: lemma, part of speech, the word split into
prefixes, stem and suffixes with glosses, and grammatical features. A stem that is not in the
lexicon is marked (guessed).

Options:
  --json       print JSON: [{ "word": ..., "analyses": [...] }, ...]
  -h, --help   show this help

Examples:
  zman analyze-word کتێبەکانمان نەمدەنووسی
  zman analyze-word --json دەڕۆین`,
  options: { json: { type: 'boolean' } },
  async run(values, positionals) {
    if (positionals.length === 0) throw new UsageError('analyze-word needs at least one WORD');
    const out = new Output();
    if (values.json) {
      const result = positionals.map((word) => ({ word, analyses: analyze(word) }));
      out.write(`${JSON.stringify(result, null, 2)}\n`);
    } else {
      for (const word of positionals) {
        out.write(`${word}\n`);
        for (const a of analyze(word)) out.write(`${describe(a)}\n`);
      }
    }
    await out.flush();
    return 0;
  },
};
