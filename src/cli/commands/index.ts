/**
 * Every `zman` sub-command, in the order `zman --help` lists them.
 *
 * @module
 */
import type { Command } from '../command.js';
import { analyzeWordCommand } from './analyze-word.js';
import { lemmaCommand, segmentCommand, stemCommand } from './lemma.js';
import { normalizeCommand } from './normalize.js';
import { analyzeCommand } from './analyze.js';
import { sentencesCommand, tokenizeCommand } from './tokenize.js';
import { datesCommand } from './dates.js';
import { numbersCommand } from './numbers.js';
import { sortCommand } from './sort.js';
import { slugCommand, translitCommand } from './translit.js';
import { serveCommand } from './serve.js';
import { indexCommand, searchCommand } from './index-cmd.js';

export const COMMANDS: readonly Command[] = [
  normalizeCommand,
  tokenizeCommand,
  sentencesCommand,
  translitCommand,
  slugCommand,
  analyzeWordCommand,
  lemmaCommand,
  stemCommand,
  segmentCommand,
  numbersCommand,
  datesCommand,
  sortCommand,
  analyzeCommand,
  serveCommand,
  indexCommand,
  searchCommand,
];
