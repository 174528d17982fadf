/**
 * `zman normalize [FILE…]` — normalizes Sorani text line for line.
 *
 * @module
 */
import { LEGACY_FONTS } from '../../normalize/legacy-fonts.js';
import { normalize, type NormalizeOptions } from '../../normalize/normalize.js';
import { oneOf, type Command } from '../command.js';
import { inputsFrom, Output, streamLines } from '../io.js';

const DIGITS = ['keep', 'latin', 'arabic', 'persian'] as const;
const PUNCTUATION = ['keep', 'kurdish', 'latin'] as const;
const FONTS = ['none', ...LEGACY_FONTS] as const;

export const normalizeCommand: Command = {
  name: 'normalize',
  summary: 'normalize Sorani text to the standard Unicode spelling',
  help: `Usage: zman normalize [options] [FILE...]

Normalizes Sorani text from the files (or standard input) to standard output,
line for line: each input line gives exactly one output line.

Options:
  --digits keep|latin|arabic|persian   unify digits (default: keep)
  --punctuation keep|kurdish|latin     unify punctuation (default: keep)
  --legacy-font none|ali-k|ali-web|dylan|zarnegar
                                       convert text typed with a legacy font
  --no-initial-reh                     keep word-initial ر (default: ر → ڕ)
  --no-initial-alef                    keep a word-initial bare ا/آ (default: → ئە/ئا)
  -h, --help                           show this help

Examples:
  echo 'كوردستان' | zman normalize            # کوردستان
  zman normalize --digits latin news.txt > clean.txt`,
  options: {
    digits: { type: 'string' },
    punctuation: { type: 'string' },
    'legacy-font': { type: 'string' },
    'no-initial-reh': { type: 'boolean' },
    'no-initial-alef': { type: 'boolean' },
  },
  async run(values, positionals) {
    const options: NormalizeOptions = {
      digits: oneOf('digits', values.digits, DIGITS, 'keep'),
      punctuation: oneOf('punctuation', values.punctuation, PUNCTUATION, 'keep'),
      legacyFont: oneOf('legacy-font', values['legacy-font'], FONTS, 'none'),
      initialReh: !values['no-initial-reh'],
      initialAlef: !values['no-initial-alef'],
    };
    await streamLines(inputsFrom(positionals), (line) => normalize(line, options), new Output());
    return 0;
  },
};
