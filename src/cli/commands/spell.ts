/**
 * `zman spell [FILE…]` — misspelled words with suggestions, or the corrected text (`--fix`);
 * `zman repair [FILE…]` — repairs Sorani typed on an Arabic or Persian keyboard, line for line.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { correct, findMisspellings, loadHunspell, repair, type HunspellDictionary } from '../../spell/index.js';
import { oneOf, RunError, UsageError, type Command } from '../command.js';
import { describeFsError, formatFrom, inputsFrom, lineRewriter, origin, Output, Records, runLines, streamLines } from '../io.js';

/** Reads `--hunspell PATH` (PATH.aff and PATH.dic, or PATH given with either extension). */
function readDictionary(path: unknown): HunspellDictionary[] | undefined {
  if (path === undefined) return undefined;
  if (typeof path !== 'string' || path.length === 0) throw new UsageError('--hunspell needs a path (PATH.aff and PATH.dic)');
  const base = path.replace(/\.(aff|dic)$/, '');
  try {
    return [loadHunspell(readFileSync(`${base}.aff`, 'utf8'), readFileSync(`${base}.dic`, 'utf8'))];
  } catch (error) {
    throw new RunError(`${base}.aff/.dic: ${describeFsError(error)}`);
  }
}

function limitArg(value: unknown): number {
  if (value === undefined) return 5;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100) throw new UsageError(`invalid value for --limit: '${String(value)}' (allowed: 1 to 100)`);
  return n;
}

export const spellCommand: Command = {
  name: 'spell',
  summary: 'list misspelled Sorani words with suggestions, or fix them (--fix)',
  help: `Usage: zman spell [options] [FILE...]

Checks the Sorani words of the files (or standard input) against zman's vocabulary and
morphology and lists the unknown ones with ranked suggestions, one a line (tab-separated):
  LINE:START-END  WORD  SUGGESTION SUGGESTION ...   ('-' when there is none)
(START/END are UTF-16 offsets within the line; FILE: is prefixed when several files are given).
With --fix, writes the corrected text instead, line for line.

Options:
  --fix              write the corrected text, line for line
  --json             one JSON array of records {file?, line, start, end, word, suggestions}
  --ndjson           one JSON record per misspelled word, per line
  --limit N          suggestions per word (default 5, 1-100)
  --hunspell PATH    also accept the words of a Hunspell dictionary (PATH.aff, PATH.dic)
  -h, --help         show this help

Examples:
  echo 'ئەم بریارە لە باشور درا' | zman spell
  echo 'ئەم بریارە لە باشور درا' | zman spell --fix      # ئەم بڕیارە لە باشوور درا
  zman spell --ndjson article.txt | jq -r .word`,
  sampleInput: 'ئەم بریارە لە باشور درا',
  options: {
    fix: { type: 'boolean' },
    json: { type: 'boolean' },
    ndjson: { type: 'boolean' },
    limit: { type: 'string' },
    hunspell: { type: 'string' },
  },
  async run(values, positionals) {
    const fmt = formatFrom(values);
    const limit = limitArg(values.limit);
    if (values.fix && fmt !== 'text') throw new UsageError('--fix writes text: it cannot be used with --json or --ndjson');
    const dictionaries = readDictionary(values.hunspell);
    if (values.fix) {
      await runLines(values, positionals, (v, records) => lineRewriter(v, (piece) => correct(piece, { dictionaries }).text, 'text', records).handler);
      return 0;
    }
    const records = fmt === 'text' ? undefined : new Records(fmt);
    const output = new Output();
    await streamLines(
      inputsFrom(positionals),
      (piece, at) => {
        let out = '';
        for (const r of findMisspellings(piece, { limit, dictionaries })) {
          const start = r.start + at.offset;
          const end = r.end + at.offset;
          if (records) out += records.add({ ...origin(at), start, end, word: r.word, suggestions: r.suggestions });
          else out += `${at.several ? `${at.file}:` : ''}${at.line}:${start}-${end}\t${r.word}\t${r.suggestions.map((x) => x.word).join(' ') || '-'}\n`;
        }
        return out;
      },
      output,
    );
    if (records) output.write(records.end());
    await output.flush();
    return 0;
  },
};

const KEYBOARDS = ['auto', 'arabic', 'persian', 'sorani'] as const;

export const repairCommand: Command = {
  name: 'repair',
  summary: 'repair Sorani typed on an Arabic or Persian keyboard, line for line',
  help: `Usage: zman repair [options] [FILE...]

Repairs Sorani typed on an Arabic or a Persian keyboard (ه for ە, ي/ی for ێ, و for ۆ, ر for ڕ,
ل for ڵ, short vowels left out, words typed in pieces): normalizes each line, detects its
keyboard (or takes --keyboard) and re-spells its words with that keyboard's error model and
zman's vocabulary. Line for line: each input line gives exactly one output line.

Options:
  --keyboard auto|arabic|persian|sorani   the keyboard (default: auto, detected per line)
  --ndjson           one JSON record per input line: {file?, line, text, keyboard, changes}
                     (a line over 1 MiB is repaired and reported in pieces)
  --json             one JSON array of those records
  --hunspell PATH    also accept the words of a Hunspell dictionary (PATH.aff, PATH.dic)
  -h, --help         show this help

Examples:
  echo 'دستان خوش بیت' | zman repair        # دەستان خۆش بێت
  zman repair --keyboard arabic comments.txt > repaired.txt`,
  options: {
    keyboard: { type: 'string' },
    json: { type: 'boolean' },
    ndjson: { type: 'boolean' },
    hunspell: { type: 'string' },
  },
  async run(values, positionals) {
    const keyboard = oneOf('keyboard', values.keyboard, KEYBOARDS, 'auto');
    const dictionaries = readDictionary(values.hunspell);
    const fmt = formatFrom(values);
    if (fmt === 'text') {
      await runLines(values, positionals, (v, records) => lineRewriter(v, (piece) => repair(piece, { keyboard, dictionaries }).text, 'text', records).handler);
      return 0;
    }
    const records = new Records(fmt);
    const output = new Output();
    await streamLines(
      inputsFrom(positionals),
      (piece, at) => {
        const r = repair(piece, { keyboard, dictionaries });
        const changes = r.changes.map((c) => ({ start: c.start + at.offset, end: c.end + at.offset, from: c.from, to: c.to }));
        return records.add({ ...origin(at), text: r.text, keyboard: r.keyboard, changes });
      },
      output,
    );
    output.write(records.end());
    await output.flush();
    return 0;
  },
};
