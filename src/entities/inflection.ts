/**
 * How a word takes part in a name, from the morphological analyzer: the uninflected forms a
 * name can hide behind in running text (`ئۆکرایناوە` → `ئۆکراینا`, `بایدنی` → `بایدن`,
 * `هەولێریش` → `هەولێر`), and whether the word is a function word or a verb, which end a name.
 *
 * @module
 */
// the words are tokens' normalized forms: analysed without normalizing them again
import { analyzeNormalized, isStopwordNormalized as isStopword, type Analysis } from '../morph/index.js';
import { defaultMemo, type WordMemo } from '../morph/memo.js';

/**
 * The memo the functions below analyse with: an Engine's while `findEntities` runs for it
 * ({@link withMemo}), else the shared default memo.
 */
let active: WordMemo = defaultMemo;

/** Runs `f` with the words analysed in (and their facts kept by) `memo`. */
export function withMemo<T>(memo: WordMemo, f: () => T): T {
  const outer = active;
  active = memo;
  try {
    return f();
  } finally {
    active = outer;
  }
}

/** The memo in use (for the tables of facts that `find.ts` keeps per word). */
export function activeMemo(): WordMemo {
  return active;
}

/** The analyses of a normalized word, in the memo in use. */
export function analyze(word: string): Analysis[] {
  return analyzeNormalized(word, active);
}

/** Parts of speech that never belong inside a name. */
const NOT_IN_NAMES: ReadonlySet<string> = new Set(['adp', 'postp', 'conj', 'pron', 'det', 'part', 'num', 'intj']);

/**
 * The forms to look a word up under: the word itself first, then the stems of its
 * morphological analyses with fewer and fewer of their suffixes, best analysis first.
 *
 * @example
 * nameCandidates('ئۆکرایناوە'); // ['ئۆکرایناوە', 'ئۆکراینا']
 * nameCandidates('یەکگرتووەکانەوە'); // ['یەکگرتووەکانەوە', 'یەکگرتووەکان', 'یەکگرتوو']
 */
export function nameCandidates(word: string): string[] {
  const out = [word];
  if (word.length > 40) return out;
  for (const a of analyze(word)) {
    if (a.suffixes.length === 0 || a.prefixes.length > 0 || a.stem.length < 2) continue;
    // the stem with fewer and fewer of its suffixes: یەکگرتووەکانەوە → یەکگرتووەکان → یەکگرتوو
    for (let k = a.suffixes.length - 1; k >= 0; k--) {
      let form = a.stem;
      for (let j = 0; j < k; j++) form += a.suffixes[j]!.form;
      if (!out.includes(form)) out.push(form);
    }
  }
  return out;
}

/**
 * True for a word that ends a name: a stopword, a function word, or a verb the lexicon knows
 * (`لەوە`, `گوتی`, `دەکات`).
 */
export function endsName(word: string): boolean {
  if (isStopword(word)) return true;
  const [best] = analyze(word);
  if (!best) return false;
  return NOT_IN_NAMES.has(best.pos) || (best.pos === 'verb' && !best.guessed);
}

/** True for a word the lexicon knows, and not as a proper name (`باس`, `فەرمان`). */
export function isCommonWord(word: string): boolean {
  const analyses = analyze(word);
  return analyses.length > 0 && !analyses[0]!.guessed && !analyses.some((a) => a.pos === 'propn');
}

/** True for a word the lexicon knows as a proper name (`کەریمی`, `شیلان`). */
export function isProperName(word: string): boolean {
  return analyze(word).some((a) => a.pos === 'propn' && !a.guessed);
}
