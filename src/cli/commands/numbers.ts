/**
 * `zman numbers [FILE…]` — finds amounts in Sorani text, one JSON line per amount.
 *
 * @module
 */
import { findNumbers, type NumberSpan } from '../../numbers/index.js';
import type { Command } from '../command.js';
import { streamSpans } from './spans.js';

function describe(n: NumberSpan): string {
  const range = n.min !== undefined || n.max !== undefined ? ` (${n.min ?? ''}–${n.max ?? ''})` : '';
  return `${n.kind}\t${n.approximate ? '~' : ''}${n.value}${range}${n.currency ? ` ${n.currency}` : ''}`;
}

export const numbersCommand: Command = {
  name: 'numbers',
  summary: 'find numbers, amounts, percentages and money in Sorani text',
  help: `Usage: zman numbers [options] [FILE...]

Finds amounts in the files (or standard input) — digits in any digit set, number words
and mixtures (سێ ملیۆن و پێنج سەد هەزار, ١٠ هەزار), ordinals, fractions, percentages,
money and vague amounts (دەیان هەزار) — and writes one line per amount:
LINE:START-END, the text, the kind and value (tab-separated). start/end are UTF-16
offsets within the line; "FILE:" comes first when several files are given.

Options:
  --ndjson      one JSON object per amount:
                {"line":1,"start":0,"end":8,"text":"١٠ هەزار","value":10000,"kind":"cardinal","approximate":false}
  --json        one JSON array of those objects
  -h, --help    show this help
  -V, --version print the version

Examples:
  echo 'دەیان هەزار سەرباز' | zman numbers
  zman numbers --ndjson examples/news-ckb.txt | jq -c 'select(.kind == "currency")'`,
  options: { json: { type: 'boolean' }, ndjson: { type: 'boolean' } },
  async run(values, positionals) {
    await streamSpans(values, positionals, (line) => findNumbers(line), describe);
    return 0;
  },
};
