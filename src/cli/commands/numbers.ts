/**
 * `zman numbers [FILE…]` — finds amounts in Sorani text, one JSON line per amount.
 *
 * @module
 */
import { findNumbers } from '../../numbers/index.js';
import type { Command } from '../command.js';
import { streamSpans } from './spans.js';

export const numbersCommand: Command = {
  name: 'numbers',
  summary: 'find numbers, amounts, percentages and money in Sorani text (NDJSON)',
  help: `Usage: zman numbers [FILE...]

Finds amounts in the files (or standard input) — digits in any digit set, number words
and mixtures (سێ ملیۆن و پێنج سەد هەزار, ١٠ هەزار), ordinals, fractions, percentages,
money and vague amounts (دەیان هەزار) — and writes one JSON object per amount (NDJSON):
{"line":1,"start":0,"end":8,"text":"١٠ هەزار","value":10000,"kind":"cardinal","approximate":false}
start/end are UTF-16 offsets within the line; "file" is added when several files are given.

Options:
  -h, --help   show this help

Examples:
  echo 'دەیان هەزار سەرباز' | zman numbers
  zman numbers news.txt | jq -c 'select(.kind == "currency")'`,
  options: {},
  async run(_values, positionals) {
    await streamSpans(positionals, (line) => findNumbers(line));
    return 0;
  },
};
