/**
 * Named entities: precision, recall and F1 per type (PER, LOC, ORG, MISC, DATE) and overall on
 * the AgaCKNER dev half (`token TAG` lines, BIO tags, a sentence ends at `. O`), entity-level
 * exact match of token spans. The gold tokens are given to `findEntities` (normalized), with the
 * dates `findDates` finds (not the lengths of time) as DATE entities.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { findDates } from '../../src/dates/index.js';
import { findEntities, type EntityToken } from '../../src/entities/index.js';
import { normalize } from '../../src/normalize/index.js';
import { devSet, percent, skipped, type EvalRow, type EvalTask } from '../lib.js';

const TYPES = ['PER', 'LOC', 'ORG', 'MISC', 'DATE'] as const;

interface Sentence {
  readonly words: string[];
  readonly tags: string[];
}

function readConll(path: string): Sentence[] {
  const out: Sentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (parts.length < 2) continue;
    const tag = parts[parts.length - 1]!;
    const word = parts.slice(0, -1).join(' ');
    words.push(word);
    tags.push(tag);
    if (word === '.' && tag === 'O') {
      out.push({ words, tags });
      words = [];
      tags = [];
    }
  }
  if (words.length > 0) out.push({ words, tags });
  return out;
}

/** Gold spans as `type:first:last` strings. */
function goldSpans(tags: readonly string[]): string[] {
  const spans: string[] = [];
  let type = '';
  let first = -1;
  const close = (last: number) => {
    if (first >= 0) spans.push(`${type}:${first}:${last}`);
    first = -1;
  };
  tags.forEach((tag, i) => {
    if (tag.startsWith('B-') || (tag.startsWith('I-') && tag.slice(2) !== type)) {
      close(i - 1);
      type = tag.slice(2);
      first = i;
    } else if (tag === 'O') close(i - 1);
  });
  close(tags.length - 1);
  return spans;
}

export const entitiesEval: EvalTask = {
  name: 'entities',
  run() {
    const set = 'ner/agackner-val.txt';
    const path = devSet(set);
    if (!path) return [skipped(set)];
    const counts = new Map<string, { tp: number; fp: number; fn: number }>();
    for (const t of [...TYPES, 'all']) counts.set(t, { tp: 0, fp: 0, fn: 0 });
    for (const { words, tags } of readConll(path)) {
      const tokens: EntityToken[] = [];
      let offset = 0;
      for (const word of words) {
        tokens.push({ start: offset, end: offset + word.length, normalized: normalize(word) });
        offset += word.length + 1;
      }
      const text = words.join(' ');
      const index = new Map<number, number>(tokens.map((t, i) => [t.start, i]));
      const endIndex = new Map<number, number>(tokens.map((t, i) => [t.end, i]));
      const dates = findDates(text)
        .filter((d) => d.kind !== 'duration') // as analyzeDocument: lengths of time are not DATE entities
        .map((d) => ({ start: d.start, end: d.end, text: d.text, canonical: d.iso }));
      const predicted = findEntities(text, { tokens, dates })
        .filter((e) => e.type !== 'NUM')
        .map((e) => `${e.type}:${index.get(e.start) ?? -1}:${endIndex.get(e.end) ?? -1}`);
      const gold = new Set(goldSpans(tags));
      const pred = new Set(predicted);
      for (const p of pred) {
        const type = p.split(':')[0]!;
        const hit = gold.has(p);
        for (const key of [type, 'all']) {
          const c = counts.get(key);
          if (c && hit) c.tp++;
          else if (c) c.fp++;
        }
      }
      for (const g of gold) {
        if (pred.has(g)) continue;
        for (const key of [g.split(':')[0]!, 'all']) counts.get(key)!.fn++;
      }
    }
    const rows: EvalRow[] = [];
    for (const [type, { tp, fp, fn }] of counts) {
      const p = tp / Math.max(1, tp + fp);
      const r = tp / Math.max(1, tp + fn);
      const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
      rows.push({
        set,
        metric: `${type} P / R / F1 (gold ${tp + fn})`,
        value: `${percent(tp, tp + fp)} / ${percent(tp, tp + fn)} / ${(100 * f).toFixed(2)}%`,
      });
    }
    return rows;
  },
};
