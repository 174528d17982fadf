/**
 * `zman lemma`, `zman stem`, `zman segment` — each word replaced by its lemma, its search
 * stem or its space-separated morphemes, line for line.
 *
 * @module
 */
import { lemmatize, segment, stem } from '../../morph/index.js';
import type { Command } from '../command.js';
import { lineRewriter, runLines, type LineHandlerFactory } from '../io.js';
import { mapWords } from '../words.js';

const words =
  (fn: (w: string, next: string) => string): LineHandlerFactory =>
  (values, records) =>
    lineRewriter(values, (line) => mapWords(line, fn), 'text', records).handler;

/** The line handlers (also run in worker threads with --jobs). */
export const lemmaLines = words((w) => lemmatize(w));
export const stemLines = words((w) => stem(w));
// the next token tells an ezafe ی from one before punctuation (segment's context)
export const segmentLines = words((w, next) => segment(w, next).join(' '));
const FACTORIES: Readonly<Record<string, LineHandlerFactory>> = { lemmaLines, stemLines, segmentLines };

function wordCommand(name: string, summary: string, what: string, example: string, factory: string): Command {
  return {
    name,
    summary,
    help: `Usage: zman ${name} [FILE...]

Reads Sorani text from the files (or standard input) and writes it with each word replaced by
${what}, line for line: each input line gives exactly one output line. Text that is not an
Arabic-script word (digits, punctuation, Latin) is kept as it is.

Options:
  --json        one JSON array of {line, text} records
  --ndjson      one JSON object {line, text} per input line
                ("file" is added when several files are given)
  -j, --jobs N  worker threads for large inputs (default 1 = none)
  -h, --help    show this help
  -V, --version print the version

Example:
  ${example}`,
    options: { json: { type: 'boolean' }, ndjson: { type: 'boolean' }, jobs: { type: 'string', short: 'j' } },
    async run(values, positionals) {
      const make = FACTORIES[factory]!;
      await runLines(values, positionals, make, { module: import.meta.url, factory });
      return 0;
    },
  };
}

export const lemmaCommand = wordCommand(
  'lemma',
  'replace each word by its lemma',
  'its lemma (the bare noun or adjective, or the verb infinitive)',
  "echo 'کتێبەکانمان دەخوێنینەوە' | zman lemma     # کتێب خوێندن",
  'lemmaLines',
);

export const stemCommand = wordCommand(
  'stem',
  'replace each word by its search stem',
  'its search stem (one whole word per lemma)',
  "echo 'کوردستانەکەمان' | zman stem     # کوردستان",
  'stemLines',
);

export const segmentCommand = wordCommand(
  'segment',
  'split each word into space-separated morphemes',
  'its morphemes separated by spaces',
  "echo 'شارەکانیشدا' | zman segment     # شار ەکان یش دا",
  'segmentLines',
);
