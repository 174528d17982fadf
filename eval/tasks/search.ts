/**
 * Search: known-item retrieval on the wishe news corpus (dev). Each query is built from one
 * sentence found in exactly one document, by a fixed seeded procedure (no query is chosen by
 * hand): four content words of the sentence, then
 * - `as-written`: the words as they are in the document;
 * - `inflected`: each word with a different nominal inflection (a known ending taken off, or
 *   the definite ending put on), by the rules of {@link INFLECT};
 * - `latin`: the words in Latin (Hawar) script;
 * - `arabic-keyboard`: the words as typed on an Arabic keyboard ({@link ARABIC_KEYBOARD}).
 * The target document must come back in the top 10: MRR@10 and success@10 for zman's analyzer,
 * for Lucene's Sorani rules (normalizer + stemmer, `eval/lucene-sorani-stemmer.ts`) and for no
 * analysis, all ranked by the same BM25 over OR-ed query terms; and for the real zman SQLite
 * index (`openIndex`: all-words-first BM25 ranking, loose keys for keyboard-typed words).
 *
 * @module
 */
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isStopword } from '../../src/morph/index.js';
import { parseQuery, searchTerms } from '../../src/search/index.js';
import { sentences } from '../../src/tokenize/index.js';
import { normalize } from '../../src/normalize/index.js';
import { toLatin } from '../../src/translit/index.js';
import { luceneSoraniNormalize, luceneSoraniStemNormalized } from '../lucene-sorani-stemmer.js';
import { devSet, seededRandom, skipped, type EvalRow, type EvalTask } from '../lib.js';

const CORPUS = 'corpus/wishe-news-web.txt';
/** Queries per kind (one per sampled document). */
const QUERIES = 400;
/** Words per query. */
const WORDS = 4;
const SEED = 20211227;

/**
 * Re-inflection (Sorani nominal endings, DESIGN.md): the other forms of a word are the word
 * with one of these endings taken off or put on (after a vowel the endings take a glide:
 * `ی` + ending, or drop their `ە`); one of those forms that the corpus attests is chosen at
 * random; a word with no attested other form gets the definite ending.
 */
const INFLECT = {
  endings: ['ەکە', 'ەکان', 'ێک', 'ی', 'ەکەی', 'ەکانی', 'ان', 'دا', 'ەوە', 'یش', 'ەکەمان', 'ێکی', 'انی'],
  minStem: 2,
} as const;

/** What an Arabic keyboard types for the Sorani letters it lacks (ScriptNormalization's real pairs). */
const ARABIC_KEYBOARD = {
  'ێ': ['ي', 'ى'],
  'ی': ['ي'],
  'ۆ': ['و', 'ؤ'],
  'ڵ': ['ل'],
  'ڕ': ['ر'],
  'ک': ['ك'],
  'گ': ['ك'],
  'چ': ['ج'],
  'پ': ['ب'],
  'ژ': ['ز'],
  'ڤ': ['ف'],
  'ە': ['ه'],
} as const satisfies Record<string, readonly string[]>;

/** The ending put on a base: after ە the ending loses its ە, after another vowel it takes ی. */
function attach(base: string, ending: string): string {
  const last = base[base.length - 1]!;
  if (last === 'ە' && ending.startsWith('ە')) return base + ending.slice(1);
  if ('اوۆێیە'.includes(last) && /^[ەێا]/.test(ending)) return `${base}ی${ending}`;
  return base + ending;
}

function inflect(word: string, vocabulary: ReadonlySet<string>, random: () => number): string {
  const bases = [word];
  for (const e of INFLECT.endings) if (word.endsWith(e) && word.length - e.length >= INFLECT.minStem) bases.push(word.slice(0, -e.length));
  const forms = new Set<string>();
  for (const base of bases) {
    if (base !== word) forms.add(base);
    for (const e of INFLECT.endings) forms.add(attach(base, e));
  }
  forms.delete(word);
  const attested = [...forms].filter((f) => vocabulary.has(f)).sort();
  if (attested.length > 0) return attested[Math.floor(random() * attested.length)]!;
  return attach(word, 'ەکە');
}

function arabicKeyboard(word: string, random: () => number): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    const options = (ARABIC_KEYBOARD as Record<string, readonly string[]>)[c];
    if (options === undefined) out += c;
    else if (c === 'ە' && i === word.length - 1) out += random() < 0.5 ? 'ة' : 'ه';
    else out += options[Math.floor(random() * options.length)]!;
  }
  return out;
}

type Kind = 'as-written' | 'inflected' | 'latin' | 'arabic-keyboard';
const KINDS: readonly Kind[] = ['as-written', 'inflected', 'latin', 'arabic-keyboard'];

interface Query {
  kind: Kind;
  text: string;
  target: number;
}

/** Builds the queries: sentences found in one document only, four content words each. */
export function buildQueries(docs: string[]): Query[] {
  const random = seededRandom(SEED);
  const normalizedDocs = docs.map((d) => normalize(d));
  const vocabulary = new Set<string>();
  for (const d of normalizedDocs) for (const w of d.match(/[\u0620-\u06d5]+/g) ?? []) vocabulary.add(w);
  const queries: Query[] = [];
  const order = docs.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  for (const target of order) {
    if (queries.length >= QUERIES * KINDS.length) break;
    const candidates = sentences(docs[target]!).filter((s) => s.text.length >= 40 && s.text.length <= 400);
    if (candidates.length === 0) continue;
    const s = candidates[Math.floor(random() * candidates.length)]!;
    const norm = normalize(s.text);
    if (normalizedDocs.filter((d) => d.includes(norm)).length !== 1) continue;
    const words = s.text
      .split(/[\s\u060c\u061b\u061f.,:;!?«»()"'\-–—]+/)
      .filter((w) => /^[\u0620-\u06d5\u200c]{3,}$/.test(w) && !isStopword(w));
    if (words.length < WORDS) continue;
    const start = Math.floor(random() * (words.length - WORDS + 1));
    const picked = words.slice(start, start + WORDS).map((w) => normalize(w).replace(/\u200c/g, ''));
    queries.push({ kind: 'as-written', text: picked.join(' '), target });
    queries.push({ kind: 'inflected', text: picked.map((w) => inflect(w, vocabulary, random)).join(' '), target });
    queries.push({ kind: 'latin', text: picked.map((w) => toLatin(w)).join(' '), target });
    queries.push({ kind: 'arabic-keyboard', text: picked.map((w) => arabicKeyboard(w, random)).join(' '), target });
  }
  return queries;
}

/** A BM25 ranker over term lists (k1 = 1.2, b = 0.75), the same for every analyzer. */
export class Bm25 {
  private readonly postings = new Map<string, Map<number, number>>();
  private readonly lengths: number[] = [];
  private total = 0;

  add(terms: readonly string[]): void {
    const doc = this.lengths.length;
    this.lengths.push(terms.length);
    this.total += terms.length;
    for (const t of terms) {
      let p = this.postings.get(t);
      if (p === undefined) this.postings.set(t, (p = new Map()));
      p.set(doc, (p.get(doc) ?? 0) + 1);
    }
  }

  top(terms: readonly string[], k: number): number[] {
    const n = this.lengths.length;
    const avg = this.total / Math.max(1, n);
    const scores = new Map<number, number>();
    for (const t of new Set(terms)) {
      const p = this.postings.get(t);
      if (p === undefined) continue;
      const idf = Math.log(1 + (n - p.size + 0.5) / (p.size + 0.5));
      for (const [doc, tf] of p) {
        const s = (idf * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * this.lengths[doc]!) / avg));
        scores.set(doc, (scores.get(doc) ?? 0) + s);
      }
    }
    return [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, k).map(([doc]) => doc);
  }
}

interface Analyzer {
  name: string;
  doc(text: string): string[];
  query(text: string): string[];
}

const WORD = /[\p{L}\p{M}\p{N}\u200c]+/gu;

export const ANALYZERS: readonly Analyzer[] = [
  {
    name: 'zman',
    doc: (text) => searchTerms(text).flatMap((t) => [t.term, `~${t.loose}`]),
    query: (text) => {
      const out: string[] = [];
      for (const group of parseQuery(text).must) for (const c of group) for (const t of c.terms) out.push(t.term, ...(t.widen ? [`~${t.loose}`] : []));
      return out;
    },
  },
  {
    name: 'lucene-sorani',
    doc: (text) => (text.match(WORD) ?? []).map((w) => luceneSoraniStemNormalized(luceneSoraniNormalize(w.toLowerCase()))),
    query: (text) => (text.match(WORD) ?? []).map((w) => luceneSoraniStemNormalized(luceneSoraniNormalize(w.toLowerCase()))),
  },
  {
    name: 'none',
    doc: (text) => (text.match(WORD) ?? []).map((w) => w.toLowerCase()),
    query: (text) => (text.match(WORD) ?? []).map((w) => w.toLowerCase()),
  },
];

export function score(ranks: Array<number | undefined>): { mrr: number; success: number } {
  let mrr = 0;
  let success = 0;
  for (const r of ranks) {
    if (r === undefined) continue;
    mrr += 1 / r;
    success++;
  }
  return { mrr: mrr / ranks.length, success: success / ranks.length };
}

export function rankOf(list: readonly number[], target: number): number | undefined {
  const i = list.indexOf(target);
  return i < 0 ? undefined : i + 1;
}

export const searchEval: EvalTask = {
  name: 'search',
  async run(): Promise<EvalRow[]> {
    const path = devSet(CORPUS);
    if (path === undefined) return [skipped(CORPUS)];
    const docs = readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
    const queries = buildQueries(docs);
    const rows: EvalRow[] = [];
    const set = `wishe ${docs.length} docs, ${queries.length / KINDS.length} queries/kind`;
    for (const analyzer of ANALYZERS) {
      const bm25 = new Bm25();
      for (const d of docs) bm25.add(analyzer.doc(d));
      for (const kind of KINDS) {
        const qs = queries.filter((q) => q.kind === kind);
        const s = score(qs.map((q) => rankOf(bm25.top(analyzer.query(q.text), 10), q.target)));
        rows.push({ set, metric: `${analyzer.name} ${kind} MRR@10`, value: s.mrr.toFixed(3) });
        rows.push({ set, metric: `${analyzer.name} ${kind} success@10`, value: s.success.toFixed(3) });
      }
    }
    // the real index: SQLite through openIndex (all-words-first ranking)
    let openIndex: typeof import('../../src/search-index/index.js').openIndex;
    try {
      ({ openIndex } = await import('../../src/search-index/index.js'));
    } catch {
      return rows;
    }
    const dir = mkdtempSync(join(tmpdir(), 'zman-eval-search-'));
    try {
      const index = await openIndex(join(dir, 'eval.db'));
      await index.addMany(docs.map((text, i) => ({ id: String(i), text })), { batchSize: 500 });
      for (const kind of KINDS) {
        const qs = queries.filter((q) => q.kind === kind);
        const ranks: Array<number | undefined> = [];
        for (const q of qs) {
          const r = await index.search(q.text, { limit: 10, highlight: false });
          ranks.push(rankOf(r.hits.map((h) => Number(h.id)), q.target));
        }
        const s = score(ranks);
        rows.push({ set, metric: `zman-index(sqlite) ${kind} MRR@10`, value: s.mrr.toFixed(3) });
        rows.push({ set, metric: `zman-index(sqlite) ${kind} success@10`, value: s.success.toFixed(3) });
      }
      await index.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return rows;
  },
};
