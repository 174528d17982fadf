/**
 * The result type of word analysis, and the scored candidate the analyzers produce.
 *
 * @module
 */
import type { Morpheme } from './affixes.js';

export type { Morpheme } from './affixes.js';

/** One analysis of a word. */
export interface Analysis {
  /** Dictionary form: the bare noun or adjective, or the verb's infinitive (نووسین). */
  readonly lemma: string;
  /** Part of speech (`noun`, `adj`, `verb`, `propn`, `pron`, `adp`, `num`, …; `x` for non-words). */
  readonly pos: string;
  /** The stem found in the word: the lexicon word, or the verb's past or present stem. */
  readonly stem: string;
  readonly prefixes: readonly Morpheme[];
  readonly suffixes: readonly Morpheme[];
  /** The stem is not in the lexicon: the analysis comes from the affix rules alone. */
  readonly guessed: boolean;
  /** Grammatical features, e.g. `{ tense: 'present', person: '3sg', negation: 'yes' }`. */
  readonly features: Readonly<Record<string, string>>;
}


/** An analysis with its cost (lower is better), as the analyzers produce it. */
export interface Candidate extends Analysis {
  readonly cost: number;
  /** Length of the stem as written in the word (the lexicon stem may differ: ئاژاوان). */
  readonly surface: number;
}
