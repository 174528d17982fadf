/**
 * Word analysis for callers: every analysis of a word, its lemma and its search stem.
 *
 * @module
 */
import type { Analysis, Candidate } from './analysis.js';
import { VERBS } from './lexicon/index.js';
import { analyzePrepared, prepare, rawCache, setRaw } from './memo.js';

export type { Analysis, Morpheme } from './analysis.js';
export { analyzePrepared, clearCache, prepare } from './memo.js';
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
  let hit = rawCache.get(word);
  if (!hit) {
    hit = analyzePrepared(prepare(word)).map(strip);
    setRaw(word, hit);
  }
  return hit.slice();
}

/**
 * The lemma of a word: the bare noun or adjective, or the verb's infinitive.
 *
 * @example
 * lemmatize('شارەکانیان'); // 'شار'
 * lemmatize('دەیانخوارد'); // 'خواردن'
 */
export function lemmatize(word: string): string {
  const hit = rawCache.get(word);
  if (hit) return hit[0]?.lemma ?? '';
  return analyze(word)[0]?.lemma ?? '';
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
  const hit = rawCache.get(word) ?? analyze(word);
  const best = hit[0];
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

