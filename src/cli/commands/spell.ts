/**
 * `zman spell [FILE…]` — misspelled words with suggestions, or the corrected text (`--fix`);
 * `zman repair [FILE…]` — repairs Sorani typed on an Arabic or Persian keyboard, line for line.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { correct, findMisspellings, loadHunspell, repair, type HunspellDictionary } from '../../spell/index.js';
import { oneOf, RunError, UsageError, type Command } from '../command.js';
import { describeFsError, inputsFrom, Output, streamLines } from '../io.js';

/** Writes NDJSON: a line with no records writes nothing (never a blank line). */
class RecordOutput extends Output {
  override write(text: string): Promise<void> | undefined {
    if (text === '\n' || text === '') return undefined;
    return super.write(text);
  }
}

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

function format(values: Record<string, unknown>): 'text' | 'json' | 'ndjson' {
  if (values.json && values.ndjson) throw new UsageError('--json and --ndjson cannot be used together');
  return values.json ? 'json' : values.ndjson ? 'ndjson' : 'text';
}

export const spellCommand: Command = {
  name: 'spell',
  summary: 'list misspelled Sorani words with suggestions, or fix them (--fix)',
  help: `Usage: zman spell [options] [FILE...]

Checks the Sorani words of the files (or standard input) against zman's vocabulary and
morphology and lists the unknown ones with ranked suggestions, one a line:
  LINE:START-END WORD -> SUGGESTION, SUGGESTION, ...
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
  options: {
    fix: { type: 'boolean' },
    json: { type: 'boolean' },
    ndjson: { type: 'boolean' },
    limit: { type: 'string' },
    hunspell: { type: 'string' },
  },
  async run(values, positionals) {
    const fmt = format(values);
    const limit = limitArg(values.limit);
    if (values.fix && fmt !== 'text') throw new UsageError('--fix writes text: it cannot be used with --json or --ndjson');
    const dictionaries = readDictionary(values.hunspell);
    const inputs = inputsFrom(positionals);
    if (values.fix) {
      await streamLines(inputs, (line) => correct(line, { dictionaries }).text, new Output());
      return 0;
    }
    const output = fmt === 'text' ? new RecordOutput() : fmt === 'ndjson' ? new RecordOutput() : new Output();
    let first = true;
    if (fmt === 'json') await output.write('[');
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
          } else offset += previous;
          previous = piece.length;
          const records = findMisspellings(piece, { limit, dictionaries });
          if (records.length === 0) return '';
          if (fmt === 'text') {
            return records
              .map((r) => `${inputs.length > 1 ? `${input.name}:` : ''}${line}:${r.start + offset}-${r.end + offset} ${r.word} -> ${r.suggestions.map((s) => s.word).join(', ') || '(no suggestion)'}`)
              .join('\n');
          }
          const json = records.map((r) =>
            JSON.stringify({ ...file, line, start: r.start + offset, end: r.end + offset, word: r.word, suggestions: r.suggestions }),
          );
          if (fmt === 'ndjson') return json.join('\n');
          const out = (first ? '' : ',') + json.join(',');
          first = false;
          return out;
        },
        output,
      );
    }
    if (fmt === 'json') {
      await output.write(']\n');
      await output.flush();
    }
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
  --ndjson           one JSON record per line: {file?, line, text, keyboard, changes}
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
    const fmt = format(values);
    const keyboard = oneOf('keyboard', values.keyboard, KEYBOARDS, 'auto');
    const dictionaries = readDictionary(values.hunspell);
    const inputs = inputsFrom(positionals);
    const output = new Output();
    if (fmt === 'json') await output.write('[');
    let first = true;
    for (const input of inputs) {
      const file = inputs.length > 1 ? { file: input.name } : {};
      let line = 0;
      await streamLines(
        [input],
        (piece, lineStart) => {
          if (lineStart) line++;
          const r = repair(piece, { keyboard, dictionaries });
          if (fmt === 'text') return r.text;
          const json = JSON.stringify({ ...file, line, text: r.text, keyboard: r.keyboard, changes: r.changes.map(({ suggestions: _s, ...c }) => c) });
          if (fmt === 'ndjson') return json;
          const out = (first ? '' : ',') + json;
          first = false;
          return out;
        },
        output,
      );
    }
    if (fmt === 'json') {
      await output.write(']\n');
      await output.flush();
    }
    return 0;
  },
};
