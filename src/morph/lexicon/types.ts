/**
 * Types of the authored Sorani lexicon.
 *
 * @module
 */

/** Parts of speech used by the analyzer (Universal Dependencies names, lower case). */
export type PartOfSpeech =
  | 'noun'
  | 'propn'
  | 'adj'
  | 'adv'
  | 'num'
  | 'pron'
  | 'det'
  | 'adp'
  | 'postp'
  | 'conj'
  | 'part'
  | 'intj'
  | 'verb';

/** A verb of the lexicon: infinitive (the lemma), past and present stems, transitivity. */
export interface VerbEntry {
  /** The infinitive, e.g. `نووسین`. */
  readonly lemma: string;
  /** Past stem: the infinitive without its final ن, e.g. `نووسی`. */
  readonly past: string;
  /** Present stem, e.g. `نووس`. */
  readonly present: string;
  readonly transitive: boolean;
  /** Preverb or nominal part of a compound verb (`هەڵ` in هەڵگرتن, `کۆ` in کۆکردنەوە). */
  readonly preverb: string;
  /** The verb is lexicalised with the particle -ەوە (خواردنەوە "drink"). */
  readonly ewe: boolean;
  /** The simple verb the compound is built on (its own lemma when simple). */
  readonly base: string;
}

/** Splits an authored word list: words separated by white space. */
export function words(list: string): readonly string[] {
  return list.split(/\s+/).filter((w) => w.length > 0);
}
