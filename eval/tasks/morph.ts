/**
 * Morphology: lemma accuracy (hunspell test set, KLPT cases, UniMorph silver paradigms),
 * morpheme segmentation F1 (tokenization dev set), and stemming for search on the lemma groups
 * of those sets, side by side with Lucene's Sorani stemmer (re-implemented in
 * `eval/lucene-sorani-stemmer.ts`, checked against its recorded output).
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { normalize } from '../../src/normalize/index.js';
import { analyze, lemmatize, segment, stem, tokenizeMorphemes } from '../../src/morph/index.js';
import { tokenize } from '../../src/tokenize/index.js';
import { prepare } from '../../src/morph/analyze.js';
import { NOMINALS, VERBS } from '../../src/morph/lexicon/index.js';
import { luceneSoraniStem } from '../lucene-sorani-stemmer.js';
import { devSet, percent, readTsv, skipped, type EvalRow, type EvalTask } from '../lib.js';

const HUNSPELL = 'morph/hunspell-morph-testset.tsv';
const KLPT = 'morph/klpt-stem-cases.json';
const UNIMORPH = 'translit/unimorph-silver-dev.tsv';
const TOKENIZATION = 'tokenize/kurdish-tokenization-dev.tsv';
const LUCENE = 'morph/lucene-sorani-stemmer-output.txt';

/** (form, acceptable lemmas) pairs. */
type Pairs = [string, string[]][];

function hunspellPairs(path: string): Pairs {
  return readTsv(path)
    .filter((r) => !r[0]!.startsWith('#') && r[0] !== 'word' && r.length >= 2)
    .map((r) => [r[0]!, r[1]!.split('|').map(prepare)]);
}

function klptPairs(path: string): Pairs {
  const data = JSON.parse(readFileSync(path, 'utf8')) as {
    analyze: { Sorani: { Arabic: Record<string, { lemma: string[] }[]> } };
    lemmatize: { Sorani: { Arabic: Record<string, string[]> } };
  };
  const pairs: Pairs = [];
  for (const [w, list] of Object.entries(data.analyze.Sorani.Arabic)) {
    const lemmas = list.flatMap((a) => a.lemma).map(prepare);
    if (lemmas.length > 0) pairs.push([w, lemmas]);
  }
  for (const [w, lemmas] of Object.entries(data.lemmatize.Sorani.Arabic)) {
    if (lemmas.length > 0) pairs.push([w, lemmas.map(prepare)]);
  }
  return pairs;
}

function unimorphPairs(path: string): Pairs {
  return readTsv(path)
    .slice(1)
    .filter((r) => r.length >= 2)
    .map((r) => [r[1]!, [prepare(r[0]!)]]);
}

/** Lemmas of the lexicon (words and verb infinitives): what the analyzer knows by heart. */
const LEXICON_LEMMAS: ReadonlySet<string> = new Set([...NOMINALS.keys(), ...VERBS.map((v) => v.lemma)]);

function lemmaRows(set: string, pairs: Pairs): EvalRow[] {
  let top = 0;
  let any = 0;
  let unseen = 0;
  let unseenTop = 0;
  for (const [w, gold] of pairs) {
    const right = gold.includes(lemmatize(w));
    if (right) top++;
    if (analyze(w).some((a) => gold.includes(a.lemma))) any++;
    if (!gold.some((g) => LEXICON_LEMMAS.has(g))) {
      unseen++;
      if (right) unseenTop++;
    }
  }
  return [
    { set, metric: 'lemma accuracy (best analysis)', value: `${percent(top, pairs.length)} (${top}/${pairs.length})` },
    { set, metric: 'lemma among analyses', value: percent(any, pairs.length) },
    // how the affix rules alone do: the words whose lemma the lexicon does not list
    { set, metric: 'lemma accuracy, lemma not in the lexicon', value: `${percent(unseenTop, unseen)} (${unseenTop}/${unseen})` },
  ];
}

/** Share of lemmas whose forms all get one stem, and share of stems given to several lemmas. */
function stemRows(set: string, pairs: Pairs): EvalRow[] {
  const groups = new Map<string, Set<string>>();
  for (const [w, gold] of pairs) {
    const key = gold[0]!;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = new Set()));
    g.add(w);
  }
  const rows: EvalRow[] = [];
  for (const [name, fn] of [
    ['zman stem()', stem],
    ['Lucene Sorani', luceneSoraniStem],
  ] as const) {
    let whole = 0;
    const owners = new Map<string, Set<string>>();
    for (const [lemma, forms] of groups) {
      const stems = new Set([...forms].map((f) => fn(f)));
      if (stems.size === 1) whole++;
      for (const s of stems) {
        let o = owners.get(s);
        if (!o) owners.set(s, (o = new Set()));
        o.add(lemma);
      }
    }
    const shared = [...owners.values()].filter((o) => o.size > 1).length;
    rows.push({ set, metric: `${name}: lemmas with one stem (higher better)`, value: percent(whole, groups.size) });
    rows.push({ set, metric: `${name}: stems shared by lemmas (lower better)`, value: percent(shared, owners.size) });
  }
  return rows;
}

function bag(tokens: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [k, v] of a) n += Math.min(v, b.get(k) ?? 0);
  return n;
}

/** A gold token in zman's spelling; a lone suffix such as انە is not a word, so no ئ is added. */
function goldToken(t: string): string {
  return normalize(t, { initialAlef: false }).replace(/\u200c/g, '');
}

function segmentationRows(path: string): EvalRow[] {
  const rows = readTsv(path).filter((r) => r.length >= 2);
  const score = (split: (sentence: string) => string[]) => {
    let tp = 0;
    let np = 0;
    let ng = 0;
    for (const [raw, gold] of rows) {
      const goldTokens = gold!.split(/\s+/).filter(Boolean).map(goldToken).filter(Boolean);
      const ours = split(raw!);
      tp += overlap(bag(ours), bag(goldTokens));
      np += ours.length;
      ng += goldTokens.length;
    }
    const p = tp / np;
    const r = tp / ng;
    return `${((200 * p * r) / (p + r)).toFixed(2)}% (P ${(100 * p).toFixed(2)}%, R ${(100 * r).toFixed(2)}%)`;
  };
  return [
    {
      set: TOKENIZATION,
      metric: 'morpheme F1, words left whole (baseline)',
      value: score((s) => tokenize(s).map((t) => (t.type === 'word' ? prepare(t.normalized) : t.normalized))),
    },
    {
      set: TOKENIZATION,
      metric: 'morpheme F1, segment() word by word, no context',
      value: score((s) => tokenize(s).flatMap((t) => (t.type === 'word' ? segment(t.normalized) : [t.normalized]))),
    },
    { set: TOKENIZATION, metric: 'morpheme F1, tokenizeMorphemes()', value: score((s) => tokenizeMorphemes(s).map((t) => t.normalized)) },
  ];
}

export const morphEval: EvalTask = {
  name: 'morph',
  run() {
    const rows: EvalRow[] = [];
    const all: Pairs = [];
    for (const [set, read] of [
      [HUNSPELL, hunspellPairs],
      [KLPT, klptPairs],
      [UNIMORPH, unimorphPairs],
    ] as const) {
      const path = devSet(set);
      if (!path) {
        rows.push(skipped(set));
        continue;
      }
      const pairs = read(path);
      rows.push(...lemmaRows(set, pairs), ...stemRows(set, pairs));
      all.push(...pairs);
    }
    const tok = devSet(TOKENIZATION);
    rows.push(...(tok ? segmentationRows(tok) : [skipped(TOKENIZATION)]));
    const lucene = devSet(LUCENE);
    if (lucene) {
      const lines = readTsv(lucene).filter((r) => r.length >= 2);
      const agree = lines.filter(([w, s]) => luceneSoraniStem(w!) === s).length;
      rows.push({ set: LUCENE, metric: 'Lucene re-implementation agrees with Lucene', value: `${percent(agree, lines.length)} (${agree}/${lines.length})` });
    } else rows.push(skipped(LUCENE));
    return rows;
  },
};
