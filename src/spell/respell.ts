/**
 * The word-by-word re-spelling shared by `correct` and `repair`: find the words, join pieces
 * of a word typed apart, pick the best spelling of each word with the error model, the
 * vocabulary's frequencies and the context (the next word).
 *
 * @module
 */
import { analyze } from '../morph/index.js';
import { checkPrepared, prepareWord, type SpellOptions } from './check.js';
import { GENERAL, type CostTables } from './error-model.js';
import type { Found } from './search.js';
import { candidates, logScore, rank, RANKING, type Suggestion } from './suggest.js';

/** A word of the text: its range and its prepared form. */
export interface WordToken {
  readonly start: number;
  readonly end: number;
  readonly w: string;
}

/** One re-spelling: tokens `first..last` become `to`. */
export interface Edit {
  readonly first: number;
  readonly last: number;
  readonly to: string;
  readonly suggestions: Suggestion[];
}

/** A run of letters, marks, ZWNJ or tatweel: a word candidate (kept only with an Arabic letter). */
const WORD = /[\p{L}\p{M}\u200c\u0640]+/gu;
const ARABIC = /[\u0621-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]/u;
const SPACE_ONLY = /^[ \t\u00a0\u200c]+$/u;

/** The Arabic-script words of a text with their ranges (at most `limit`). */
export function wordTokens(text: string, limit = Infinity): WordToken[] {
  const out: WordToken[] = [];
  for (const m of text.matchAll(WORD)) {
    if (out.length >= limit) break;
    const raw = m[0];
    if (!ARABIC.test(raw)) continue;
    const w = prepareWord(raw);
    if (w.length === 0) continue;
    out.push({ start: m.index, end: m.index + raw.length, w });
  }
  return out;
}

/** How re-spelling behaves. */
export interface RespellMode {
  readonly model: CostTables;
  /** Re-spell known words too when a candidate scores better by `margin` (keyboard text). */
  readonly reconsiderKnown: boolean;
  /** Log-score margin a candidate must beat a known word by. */
  readonly margin: number;
  /** Largest error cost accepted when re-spelling a known word (only the keyboard's own ambiguity). */
  readonly knownMaxCost: number;
  /** Largest error cost accepted for an unknown word's correction. */
  readonly maxCost: number;
  /** Trie search budget. */
  readonly budget: number | undefined;
  /** Join pieces of one word typed apart. */
  readonly join: boolean;
  /** What a space typed inside a word costs (natural-log units). */
  readonly joinPenalty: number;
}

export const CORRECT_MODE: RespellMode = { model: GENERAL, reconsiderKnown: false, margin: 0, knownMaxCost: 0, maxCost: 1.6, budget: undefined, join: true, joinPenalty: 6 };

/**
 * Suffixes that writers type apart from their word (Thackston 2006: the definite and
 * indefinite articles, the plural, the clitics, -یش and -ەوە are written joined).
 */
const SUFFIX_PIECES = new Set(['ەکە', 'ەکان', 'کە', 'کان', 'کانی', 'یەک', 'ێک', 'ن', 'م', 'ت', 'ی', 'وە', 'ەوە', 'ش', 'یش', 'مان', 'تان', 'یان', 'ک', 'ین', 'ە']);

/** ln 2: a frequency band is about one doubling of the corpus count. */
const LN2 = Math.LN2;
/** ln of the number of word tokens the bands were counted on (≈ 2^19). */
const LOG_TOKENS = 19 * LN2;

/** The log-probability of a spelling: its unigram probability (by band) and its error cost. */
function logProbability(cost: number, band: number): number {
  return (band >= 0 ? band : -3) * LN2 - cost * RANKING.cost;
}

export interface Choice {
  readonly word: string;
  readonly score: number;
  readonly found: Map<string, Found>;
}

const CHOICE_CACHE_LIMIT = 20_000;
/** Largest error cost of a word made by joining pieces typed apart. */
const JOIN_MAX_COST = 0.8;

/** The best spelling of one prepared word under a re-spelling mode, with its candidates. */
export function chooseSpelling(w: string, mode: RespellMode, options: SpellOptions | undefined): Choice {
  // a known word is only re-spelled within `knownMaxCost` (or not at all), an unknown one
  // within `maxCost`: no dearer search (the alternatives listed with a change are those too)
  const r = checkPrepared(w, options);
  const selfKnown = r.known && r.source !== 'compound';
  const limit = selfKnown ? (mode.reconsiderKnown ? mode.knownMaxCost : 0) : mode.maxCost;
  const found = candidates(w, options, mode.model, mode.budget, limit);
  const self = found.get(w);
  let word = w;
  let score = self ? logScore(0, self.band) : -Infinity;
  const baseline = score;
  for (const [cand, f] of found) {
    if (cand === w || cand.includes(' ')) continue;
    if (!self && f.cost > mode.maxCost) continue;
    if (self && (!mode.reconsiderKnown || f.cost > mode.knownMaxCost)) continue;
    const s = logScore(f.cost, f.band);
    if (s > score && (!self || s > baseline + mode.margin)) {
      word = cand;
      score = s;
    }
  }
  return { word, score, found };
}

/** Re-spells a sequence of word tokens of `text`. */
export function plan(text: string, tokens: readonly WordToken[], mode: RespellMode, options: SpellOptions | undefined): Edit[] {
  /** `chooseSpelling` in one mode, memoized per word for this text. */
  const chooser = (m: RespellMode) => {
    const cache = new Map<string, Choice>();
    return (w: string): Choice => {
      let hit = cache.get(w);
      if (hit) return hit;
      hit = chooseSpelling(w, m, options);
      if (cache.size < CHOICE_CACHE_LIMIT) cache.set(w, hit);
      return hit;
    };
  };
  const choose = chooser(mode);
  // a joined whole is only taken within JOIN_MAX_COST: it is searched no further
  const chooseWhole = chooser({ ...mode, maxCost: Math.min(mode.maxCost, JOIN_MAX_COST) });
  const edits: Edit[] = [];
  const spaced = (a: WordToken, b: WordToken) => SPACE_ONLY.test(text.slice(a.end, b.start));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // pieces of one word typed apart: join 2 or 3 tokens when the whole is a known word
    if (mode.join) {
      let joined: Edit | undefined;
      for (let k = Math.min(2, tokens.length - 1 - i); k >= 1 && !joined; k--) {
        let ok = true;
        for (let j = i; j < i + k; j++) if (!spaced(tokens[j]!, tokens[j + 1]!)) ok = false;
        if (!ok) continue;
        const parts = tokens.slice(i, i + k + 1).map((x) => x.w);
        const whole = parts.join('');
        if (whole.length > 40) continue;
        // every space joined must follow ە (keyboard typists write ه + space for ە), come
        // before a suffix typed apart, or be next to a piece that is no word by itself
        const loose = (p: string) => choose(p).word === p && !checkPrepared(p, options).known;
        let fragment = true;
        for (let j = 0; j < k; j++) {
          const a = parts[j]!;
          const b = parts[j + 1]!;
          if (!(a.endsWith('ە') || SUFFIX_PIECES.has(b) || loose(a) || loose(b))) fragment = false;
        }
        if (!fragment) continue;
        const c = chooseWhole(whole);
        const f = c.found.get(c.word);
        if (!f || !Number.isFinite(c.score) || f.cost > JOIN_MAX_COST) continue;
        // a unigram language model over the corpus bands (band ≈ log2 count): the whole word
        // against its pieces as separate words, each with its error cost; a space typed inside
        // a word costs `mode.joinPenalty`, less after ە (keyboard typists write ه + space for ە)
        let apart = 0;
        for (const p of parts) {
          const pc = choose(p);
          const pf = pc.found.get(pc.word);
          apart += pf ? logProbability(pf.cost, pf.band) : logProbability(mode.maxCost + 1, -1);
        }
        apart -= k * LOG_TOKENS;
        let penalty = 0;
        for (let j = 0; j < k; j++) penalty += parts[j]!.endsWith('ە') ? mode.joinPenalty * 0.5 : mode.joinPenalty;
        if (logProbability(f.cost, f.band) - penalty <= apart) continue;
        joined = { first: i, last: i + k, to: c.word, suggestions: rank(c.found, '', 5) };
      }
      if (joined) {
        edits.push(joined);
        i = joined.last;
        continue;
      }
    }
    const c = choose(t.w);
    if (c.word === t.w) continue;
    let to = c.word;
    // context: among the close candidates, a verb closes a clause, an ezafe links to a word
    const next = tokens[i + 1];
    const closing = !next || !spaced(t, next);
    const ranked = rank(c.found, t.w, 5);
    if (ranked.length > 1) {
      let best = -Infinity;
      for (const s of ranked) {
        const f = c.found.get(s.word)!;
        let v = logScore(f.cost, f.band);
        if (!checkPrepared(t.w, options).known && f.cost > mode.maxCost) continue;
        const a = s.word.includes(' ') ? undefined : analyze(s.word)[0];
        if (a && !a.guessed) {
          if (a.pos === 'verb') v += closing ? 0.6 : -0.2;
          const ez = a.suffixes[a.suffixes.length - 1]?.gloss === 'EZ';
          if (ez) v += closing ? -0.6 : 0.3;
        }
        if (v > best + 1e-9) {
          best = v;
          to = s.word;
        }
      }
      if (checkPrepared(t.w, options).known && best < c.score) to = c.word;
    }
    if (to !== t.w) edits.push({ first: i, last: i, to, suggestions: ranked });
  }
  return edits;
}
