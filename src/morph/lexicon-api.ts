/**
 * Lexicon lookups for callers: the parts of speech a word can have, and the lexicon's size.
 *
 * @module
 */
import { analyzePrepared, prepare } from './memo.js';
import { NOMINALS, VERBS } from './lexicon/index.js';

/**
 * The parts of speech of a word's analyses, best first, without duplicates.
 *
 * @example
 * partOfSpeech('دەنووسم'); // ['verb']
 * partOfSpeech('لەگەڵ'); // ['adp']
 */
export function partOfSpeech(word: string): string[] {
  return [...new Set(analyzePrepared(prepare(word)).map((a) => a.pos))];
}

/**
 * How many entries the authored lexicon has: verbs (simple and compound lemmas) and the
 * nouns, adjectives, adverbs and names of the word lists, and closed-class words.
 *
 * @example
 * lexiconSize().verbs > 400; // true
 */
export function lexiconSize(): { verbs: number; words: number; closed: number } {
  let words = 0;
  let closed = 0;
  for (const list of NOMINALS.values()) {
    for (const e of list) {
      if (e.verb) continue;
      if (e.pos === 'noun' || e.pos === 'adj' || e.pos === 'adv' || e.pos === 'propn') words++;
      else closed++;
    }
  }
  return { verbs: new Set(VERBS.map((v) => v.lemma)).size, words, closed };
}
