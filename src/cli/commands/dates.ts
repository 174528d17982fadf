/**
 * `zman dates [--reference YYYY-MM-DD] [FILE…]` — finds and resolves dates in Sorani text,
 * one JSON line per date.
 *
 * @module
 */
import { findDates, type FindDatesOptions } from '../../dates/index.js';
import { oneOf, UsageError, type Command } from '../command.js';
import { streamSpans } from './spans.js';

const WEEK_STARTS = ['saturday', 'sunday', 'monday'] as const;

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export const datesCommand: Command = {
  name: 'dates',
  summary: 'find dates in Sorani text and resolve them to ISO dates',
  help: `Usage: zman dates [options] [FILE...]

Finds date expressions in the files (or standard input) — numeric dates, day and month
(١٠ ـی مانگی کانوونی دووەم), months, years, weekdays, relative expressions (ئەمڕۆ,
هەفتەی ڕابردوو, دوای مانگێک) — resolves them against the reference date and writes one line
per date: LINE:START-END, the text, the kind and the ISO date (tab-separated). start/end
are UTF-16 offsets within the line; "FILE:" comes first when several files are given.

Options:
  --reference YYYY-MM-DD             the date the text was written (default: today)
  --week-start saturday|sunday|monday  first day of a week (default: saturday)
  --ndjson                           one JSON object per date, e.g.
      {"line":1,"start":0,"end":14,"text":"هەفتەی ڕابردوو","kind":"relative","iso":"2021-12-18/2021-12-24",
       "granularity":"week","from":"2021-12-18","to":"2021-12-24","calendar":"gregorian"}
  --json                             one JSON array of those objects
  -h, --help                         show this help
  -V, --version                      print the version

Examples:
  echo 'هەفتەی رابردوو' | zman dates --reference 2021-12-28
  zman dates --ndjson --reference 2021-12-28 examples/news-ckb.txt`,
  options: {
    reference: { type: 'string' },
    'week-start': { type: 'string' },
    json: { type: 'boolean' },
    ndjson: { type: 'boolean' },
  },
  async run(values, positionals) {
    const reference = values.reference === undefined ? today() : String(values.reference);
    const options: FindDatesOptions = {
      reference,
      weekStart: oneOf('week-start', values['week-start'], WEEK_STARTS, 'saturday'),
    };
    try {
      findDates('', options);
    } catch {
      throw new UsageError(`invalid value for --reference: '${reference}' (allowed: a date YYYY-MM-DD)`);
    }
    await streamSpans(values, positionals, (line) => findDates(line, options), (d) => `${d.kind}\t${d.iso}`);
    return 0;
  },
};
