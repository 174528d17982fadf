/**
 * Word analysis for callers: every analysis of a word, its lemma and its search stem.
 *
 * @module
 */
import type { Analysis, Candidate } from './analysis.js';
import { VERBS } from './lexicon/index.js';
import { defaultMemo, type WordMemo, type WordRecord } from './memo.js';

export type { Analysis, Morpheme } from './analysis.js';
export { analyzePrepared, clearCache, prepare, prepareNormalized, WordMemo } from './memo.js';
export { segment } from './segment.js';

function strip(c: Candidate): Analysis {
  return Object.freeze({ lemma: c.lemma, pos: c.pos, stem: c.stem, prefixes: c.prefixes, suffixes: c.suffixes, guessed: c.guessed, features: c.features });
}

/**
 * Every plausible analysis of a Sorani word, best first. The word is normalized first
 * (Arabic kaf and yeh, heh + ZWNJ …). Never empty for a non-empty word: a word whose stem is not
 * in the lexicon gets an analysis from the affix rules, with `guessed: true`.
 *
 * @example
 * analyze('کتێبەکانمان')[0];
 * // { lemma: 'کتێب', pos: 'noun', stem: 'کتێب', prefixes: [],
 * //   suffixes: [{ form: 'ەکان', gloss: 'DEF.PL' }, { form: 'مان', gloss: 'POSS.1PL' }], guessed: false, … }
 * analyze('نەمدەنووسی')[0].lemma; // 'نووسین'
 */
export function analyze(word: string): Analysis[] {
  return analysesOf(defaultMemo.recordOf(String(word))).slice();
}

/** The analyses of a memo record, as returned to callers (made once per record). */
export function analysesOf(r: WordRecord): readonly Analysis[] {
  return (r.analyses ??= Object.freeze(r.candidates.map(strip)));
}

/**
 * Every analysis of a word that is already normalized (by `normalize`, or a token's
 * `normalized` form): {@link analyze} without the normalization. `memo` is the word memo to use
 * (default: the one shared by this module's functions).
 *
 * @example
 * analyzeNormalized('کتێبەکانمان')[0].lemma; // 'کتێب'
 */
export function analyzeNormalized(word: string, memo: WordMemo = defaultMemo): Analysis[] {
  return analysesOf(memo.recordOfNormalized(String(word))).slice();
}

/**
 * The lemma of a word: the bare noun or adjective, or the verb's infinitive.
 *
 * @example
 * lemmatize('شارەکانیان'); // 'شار'
 * lemmatize('دەیانخوارد'); // 'خواردن'
 */
export function lemmatize(word: string): string {
  return defaultMemo.recordOf(String(word)).candidates[0]?.lemma ?? '';
}

/**
 * The stem of a word for search: one stem for all forms of a lemma, always a whole word (the
 * lemma of the best analysis), never a fragment like کوردس. A verb form with the particle -ەوە
 * gets the -ەوە infinitive: for search, -ەوە verbs are their own lexemes (خواردنەوە "drink" is
 * not خواردن "eat", کردنەوە "open" is not کردن "do"), although `lemmatize` follows the
 * dictionary convention of the simple verb. A preverb that the lexicon does not list with the
 * verb (هەڵ + سووتاندن) is read as compositional, so its forms share the simple verb's stem.
 *
 * @example
 * stem('کوردستانەکەمان'); // 'کوردستان'
 * stem('دەنووسێت'); // 'نووسین'
 * stem('دەخۆینەوە'); // 'خواردنەوە'
 */
export function stem(word: string): string {
  return stemOf(defaultMemo.recordOf(String(word)));
}

/** The search stem of a memo record (see {@link stem}). */
export function stemOf(r: WordRecord): string {
  const best = r.candidates[0];
  if (!best) return '';
  if (best.pos !== 'verb') return best.lemma;
  let lemma = best.lemma;
  const preverb = best.features.preverb;
  // a preverb the lexicon does not list with this verb is read as compositional: its verb's stem
  if (preverb && !VERB_LEMMAS.has(lemma) && lemma.startsWith(preverb) && VERB_LEMMAS.has(lemma.slice(preverb.length))) {
    lemma = lemma.slice(preverb.length);
  }
  if (best.features.particle === 'ەوە' && !lemma.endsWith('ەوە')) return `${lemma}ەوە`;
  return lemma;
}

/** Infinitives of the lexicon's verbs, simple and compound, with and without -ەوە. */
const VERB_LEMMAS: ReadonlySet<string> = new Set(VERBS.map((v) => v.lemma));

