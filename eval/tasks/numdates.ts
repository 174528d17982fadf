/**
 * Numbers, dates and calendars:
 * - the December 2021 news sample (`../shared/samples`): how many dates and amounts
 *   `findDates` (reference 2021-12-28) and `findNumbers` find, by kind;
 * - AgaCKNER's DATE entities (Rudaw news, 2024): precision and recall of `findDates` spans
 *   against the gold DATE spans, exact and by overlap (the gold also tags durations such as
 *   "دوو ڕۆژ", which findDates does not report on their own);
 * - the Kurdish solar calendar: days from 1900 to 2100 where `gregorianToKurdish` agrees with
 *   the runtime's Intl Persian calendar (+1321 years), and round trips.
 *
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDates, gregorianToKurdish, kurdishToGregorian } from '../../src/dates/index.js';
import { findNumbers } from '../../src/numbers/index.js';
import { devSet, percent, SHARED_DATA, skipped, type EvalRow, type EvalTask } from '../lib.js';

const SAMPLE = 'samples/news-2021-12-ckb.txt';

function countBy<T>(items: readonly T[], key: (item: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort().map(([k, v]) => `${k} ${v}`).join(', ');
}

function sampleRows(): EvalRow[] {
  const path = join(SHARED_DATA, '..', SAMPLE);
  if (!existsSync(path)) return [skipped(SAMPLE)];
  const text = readFileSync(path, 'utf8');
  const dates = findDates(text, { reference: '2021-12-28' });
  const numbers = findNumbers(text);
  return [
    { set: SAMPLE, metric: 'dates found (reference 2021-12-28)', value: `${dates.length} (${countBy(dates, (d) => d.kind)})` },
    { set: SAMPLE, metric: 'amounts found', value: `${numbers.length} (${countBy(numbers, (n) => n.kind)}; approximate ${numbers.filter((n) => n.approximate).length})` },
  ];
}

/** Sentences of a `token TAG` file with their gold DATE spans (character offsets). */
function nerSentences(path: string): { text: string; gold: [number, number][] }[] {
  const out: { text: string; gold: [number, number][] }[] = [];
  let tokens: string[] = [];
  let gold: [number, number][] = [];
  let length = 0;
  const flush = () => {
    if (tokens.length > 0) out.push({ text: tokens.join(' '), gold });
    tokens = [];
    gold = [];
    length = 0;
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cut = line.lastIndexOf(' ');
    if (cut <= 0) continue;
    const token = line.slice(0, cut);
    const tag = line.slice(cut + 1).trim();
    const start = length + (tokens.length > 0 ? 1 : 0);
    const end = start + token.length;
    if (tag === 'B-DATE') gold.push([start, end]);
    else if (tag === 'I-DATE' && gold.length > 0) gold[gold.length - 1]![1] = end;
    tokens.push(token);
    length = end;
    if (token === '.' && tag === 'O') flush();
  }
  flush();
  return out;
}

function nerRows(set: string): EvalRow[] {
  const path = devSet(set);
  if (!path) return [skipped(set)];
  let goldCount = 0;
  let foundCount = 0;
  let exact = 0;
  let goldHit = 0;
  let foundHit = 0;
  for (const { text, gold } of nerSentences(path)) {
    const found = findDates(text, { reference: '2024-06-01' })
      .filter((d) => d.kind !== 'duration') // lengths of time are not dates
      .map((d) => [d.start, d.end] as const);
    goldCount += gold.length;
    foundCount += found.length;
    const overlaps = (a: readonly [number, number], b: readonly [number, number]) => a[0] < b[1] && b[0] < a[1];
    for (const g of gold) {
      if (found.some((f) => f[0] === g[0] && f[1] === g[1])) exact++;
      if (found.some((f) => overlaps(f, g))) goldHit++;
    }
    for (const f of found) if (gold.some((g) => overlaps(f, g))) foundHit++;
  }
  return [
    { set, metric: 'DATE spans: gold / found', value: `${goldCount} / ${foundCount}` },
    { set, metric: 'DATE exact span precision / recall', value: `${percent(exact, foundCount)} / ${percent(exact, goldCount)}` },
    { set, metric: 'DATE overlap precision / recall', value: `${percent(foundHit, foundCount)} / ${percent(goldHit, goldCount)}` },
  ];
}

function calendarRows(): EvalRow[] {
  const persian = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
  let days = 0;
  let agree = 0;
  let roundTrip = 0;
  for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86_400_000) {
    const date = new Date(t);
    const parts = persian.formatToParts(date);
    const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
    const k = gregorianToKurdish(date);
    days++;
    if (k.year === get('year') + 1321 && k.month === get('month') && k.day === get('day')) agree++;
    const g = kurdishToGregorian(k);
    if (Date.UTC(g.year, g.month - 1, g.day) === t) roundTrip++;
  }
  const set = 'Intl persian calendar, 1900-2100';
  return [
    { set, metric: 'days where gregorianToKurdish = Intl (+1321)', value: `${agree}/${days}` },
    { set, metric: 'days that round-trip kurdishToGregorian', value: `${roundTrip}/${days}` },
  ];
}

export const numdatesEval: EvalTask = {
  name: 'numdates',
  run() {
    return [...sampleRows(), ...nerRows('ner/agackner-val.txt'), ...nerRows('ner/agackner-train.txt'), ...calendarRows()];
  },
};
