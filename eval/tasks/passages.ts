/**
 * zman's own news passages (`eval/data/ckb-news-passages.json`, 30 short passages written for
 * zman, MIT): each with its reference date and the gold entities, dates and quotes a reader of
 * Sorani finds in it. Scored through `analyzeDocument`, by exact match: an entity counts when its
 * type and text are right, a date when its text and ISO value are, a quote when its speaker is
 * the right words (and, for a direct quote, its text; for reported speech, it is marked
 * indirect). A passage counts as right when all three are.
 *
 * It guards the patterns of issue 14 (surnames alone, spelling variants, place surnames, generic
 * phrases, speech verbs written apart, speakers after the quote, reported speech, datelines,
 * weekdays with a clitic, decades, approximate and plain durations) without tuning to AgaCKNER.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeDocument } from '../../src/analyze/index.js';
import { percent, type EvalRow, type EvalTask } from '../lib.js';

interface Passage {
  readonly id: number;
  readonly reference: string;
  readonly text: string;
  readonly entities: readonly (readonly [string, string])[];
  readonly dates: readonly (readonly [string, string])[];
  readonly quotes: readonly { readonly text?: string; readonly speaker: string; readonly indirect?: boolean }[];
}

const SET = 'eval/data/ckb-news-passages.json';
const PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'ckb-news-passages.json');

/** True positives, false positives and false negatives of two multisets of keys. */
function match(gold: readonly string[], predicted: readonly string[]): { tp: number; fp: number; fn: number; missed: string[]; extra: string[] } {
  const left = new Map<string, number>();
  for (const g of gold) left.set(g, (left.get(g) ?? 0) + 1);
  let tp = 0;
  const extra: string[] = [];
  for (const p of predicted) {
    const n = left.get(p) ?? 0;
    if (n > 0) {
      tp++;
      left.set(p, n - 1);
    } else extra.push(p);
  }
  const missed = [...left].flatMap(([k, n]) => Array.from({ length: n }, () => k));
  return { tp, fp: extra.length, fn: missed.length, missed, extra };
}

const f1 = (tp: number, fp: number, fn: number) => (tp === 0 ? 0 : (200 * tp) / (2 * tp + fp + fn));

export const passagesEval: EvalTask = {
  name: 'passages',
  run() {
    const passages = JSON.parse(readFileSync(PATH, 'utf8')) as Passage[];
    const totals = { entities: { tp: 0, fp: 0, fn: 0 }, dates: { tp: 0, fp: 0, fn: 0 }, quotes: { tp: 0, fp: 0, fn: 0 } };
    let right = 0;
    const verbose = process.env.ZMAN_EVAL_VERBOSE === '1';
    for (const p of passages) {
      const a = analyzeDocument(p.text, { reference: p.reference });
      const e = match(
        p.entities.map(([type, text]) => `${type} ${text}`),
        a.entities.filter((x) => x.type !== 'DATE' && x.type !== 'NUM').map((x) => `${x.type} ${x.text}`),
      );
      const d = match(
        p.dates.map(([text, iso]) => `${text} = ${iso}`),
        a.dates.map((x) => `${x.text} = ${x.iso}`),
      );
      const q = match(
        p.quotes.map((g) => (g.indirect ? `indirect: ${g.speaker}` : `«${g.text}» ${g.speaker}`)),
        a.quotes.map((x) => (x.indirect ? `indirect: ${x.speaker?.text ?? '?'}` : `«${x.text}» ${x.speaker?.text ?? '?'}`)),
      );
      for (const [key, m] of [['entities', e], ['dates', d], ['quotes', q]] as const) {
        totals[key].tp += m.tp;
        totals[key].fp += m.fp;
        totals[key].fn += m.fn;
      }
      const ok = e.fp + e.fn + d.fp + d.fn + q.fp + q.fn === 0;
      if (ok) right++;
      if (verbose && !ok) {
        console.error(`passage ${p.id}: missed ${[...e.missed, ...d.missed, ...q.missed].join(' | ')} ; extra ${[...e.extra, ...d.extra, ...q.extra].join(' | ')}`);
      }
    }
    const rows: EvalRow[] = [];
    for (const [name, { tp, fp, fn }] of Object.entries(totals)) {
      rows.push({
        set: SET,
        metric: `${name} exact P / R / F1 (gold ${tp + fn})`,
        value: `${percent(tp, tp + fp)} / ${percent(tp, tp + fn)} / ${f1(tp, fp, fn).toFixed(2)}%`,
      });
    }
    rows.push({ set: SET, metric: 'passages entirely right', value: `${right}/${passages.length}` });
    return rows;
  },
};
