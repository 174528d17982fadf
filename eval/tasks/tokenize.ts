/**
 * Tokenization and sentence splitting:
 * - KLPT's sentence-splitting cases: the share of cases split exactly as expected;
 * - FLORES-200 devtest: the sentences (one a line) joined with spaces into one text, the share of
 *   lines that come back as exactly one sentence;
 * - KurdishTokenization dev: word-level agreement of `tokenize` with the hand segmentation,
 *   informative only, because the gold also splits clitics and affixes (`ئابووری انە دا`).
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { sentences, tokenize } from '../../src/tokenize/index.js';
import { devSet, percent, readTsv, skipped, type EvalRow, type EvalTask } from '../lib.js';

function klptRows(): EvalRow[] {
  const set = 'tokenize/klpt-tokenize-cases.json';
  const path = devSet(set);
  if (!path) return [skipped(set)];
  const data = JSON.parse(readFileSync(path, 'utf8')) as {
    sent_tokenize: Record<string, Record<string, Record<string, string[]>>>;
  };
  const rows: EvalRow[] = [];
  for (const [dialect, scripts] of Object.entries(data.sent_tokenize)) {
    for (const [script, cases] of Object.entries(scripts)) {
      let right = 0;
      let total = 0;
      if (Object.keys(cases).length === 0) continue;
      for (const [text, expected] of Object.entries(cases)) {
        total++;
        const got = sentences(text).map((s) => s.text);
        const want = expected.map((s) => s.trim());
        if (got.length === want.length && got.every((g, i) => g === want[i])) right++;
      }
      rows.push({ set, metric: `sentence cases exactly right (${dialect}, ${script})`, value: `${right}/${total} (${percent(right, total)})` });
    }
  }
  return rows;
}

function floresRows(): EvalRow[] {
  const set = 'corpus/flores200-ckb-devtest.txt';
  const path = devSet(set);
  if (!path) return [skipped(set)];
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const text = lines.join(' ');
  const found = new Set(sentences(text).map((s) => `${s.start}:${s.end}`));
  let at = 0;
  let exact = 0;
  for (const line of lines) {
    if (found.has(`${at}:${at + line.length}`)) exact++;
    at += line.length + 1;
  }
  return [{ set, metric: 'lines that come back as exactly one sentence', value: `${exact}/${lines.length} (${percent(exact, lines.length)})` }];
}

/** Word-boundary agreement, computed on the text with spaces removed. */
function segmentationRows(): EvalRow[] {
  const set = 'tokenize/kurdish-tokenization-dev.tsv';
  const path = devSet(set);
  if (!path) return [skipped(set)];
  let tp = 0;
  let goldCount = 0;
  let ourCount = 0;
  let exactWords = 0;
  let goldWords = 0;
  for (const [raw, gold] of readTsv(path)) {
    if (raw === undefined || gold === undefined) continue;
    const goldTokens = gold.trim().split(/\s+/);
    const ours = tokenize(raw).map((t) => t.surface);
    const spans = (tokens: string[]): Set<string> => {
      const out = new Set<string>();
      let at = 0;
      for (const t of tokens) {
        const len = t.replace(/\s+/g, '').length;
        out.add(`${at}:${at + len}`);
        at += len;
      }
      return out;
    };
    const g = spans(goldTokens);
    const o = spans(ours);
    goldCount += g.size;
    ourCount += o.size;
    for (const s of o) if (g.has(s)) tp++;
    // gold words written with a space (raw tokens) that zman also keeps as one token
    const rawWords = raw.trim().split(/\s+/);
    const rawSpans = spans(rawWords);
    for (const s of rawSpans) {
      goldWords++;
      if (o.has(s) && g.has(s)) exactWords++;
    }
  }
  return [
    { set, metric: 'token precision vs gold morph segmentation (informative)', value: percent(tp, ourCount) },
    { set, metric: 'token recall vs gold morph segmentation (informative)', value: percent(tp, goldCount) },
    { set, metric: 'space-delimited words kept whole by both', value: percent(exactWords, goldWords) },
  ];
}

export const tokenizeEval: EvalTask = {
  name: 'tokenize',
  run() {
    return [...klptRows(), ...floresRows(), ...segmentationRows()];
  },
};
