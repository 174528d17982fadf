/**
 * Keywords: the lemmas that characterize a document, scored by their frequency in it against a
 * background — zman's authored list of common news words by default, or document frequencies
 * counted over the input collection ({@link createBackground}).
 *
 * @module
 */
import { COMMON_NEWS_WORDS } from './background.js';

/** One keyword of a document. */
export interface Keyword {
  readonly lemma: string;
  /** Occurrences in the document. */
  readonly count: number;
  /** The score the keywords are ranked by (higher is more characteristic). */
  readonly score: number;
}

/** Document frequencies over a collection, built by {@link createBackground}. */
export interface Background {
  readonly documents: number;
  readonly frequency: ReadonlyMap<string, number>;
}

/** Options of {@link keywords}. */
export interface KeywordOptions {
  /** How many keywords to return (default 10). */
  readonly limit?: number;
  /** Document frequencies of a collection (default: zman's list of common news words). */
  readonly background?: Background;
  /** Words to leave out (default: none besides words without letters and one-letter words). */
  readonly isStopword?: (lemma: string) => boolean;
}

/**
 * Counts in how many documents each lemma occurs, for use as a {@link KeywordOptions.background}.
 *
 * @example
 * const bg = createBackground([['هەولێر', 'بازاڕ'], ['هەولێر', 'قوتابخانە']]);
 * bg.frequency.get('هەولێر'); // 2
 */
export function createBackground(documents: Iterable<readonly string[]>): Background {
  const frequency = new Map<string, number>();
  let count = 0;
  for (const lemmas of documents) {
    count++;
    for (const lemma of new Set(lemmas)) frequency.set(lemma, (frequency.get(lemma) ?? 0) + 1);
  }
  return { documents: count, frequency };
}

const LETTER_RE = /\p{L}/u;

/**
 * Light verbs and their passives, which carry no topic of their own (`کران`, `خران`, `کردن`):
 * never keywords. Source of facts: the light verbs of Sorani compound verbs (Thackston, *Sorani
 * Kurdish*, compound verbs) and their passive lemmas as zman's lexicon gives them.
 */
export const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'کردن', 'کران', 'کرانەوە', 'کردنەوە', 'بوون', 'بوونەوە', 'دان', 'دران', 'دانەوە', 'خستن', 'خران', 'خستنەوە',
  'گرتن', 'گیران', 'بردن', 'بران', 'هاتن', 'هاتنەوە', 'چوون', 'کەوتن', 'کەوتنەوە', 'هێنان', 'هێنران', 'دانان',
  'دانران', 'کێشان', 'کێشران', 'گوتن', 'وتن', 'گوتران', 'وتران', 'زانین', 'زانران', 'ویستن', 'توانین',
]);

/**
 * The lemmas that characterize a document, best first: frequency in the document times an
 * inverse document frequency from the background. Ties go to the lemma seen first. Light verbs
 * and their passives ({@link LIGHT_VERBS}) never count.
 *
 * @example
 * keywords(['بازاڕ', 'ساڵ', 'بازاڕ', 'شارەوانی', 'ساڵ']).map((k) => k.lemma);
 * // ['بازاڕ', 'شارەوانی', 'ساڵ']
 */
export function keywords(lemmas: readonly string[], options: KeywordOptions = {}): Keyword[] {
  const limit = options.limit ?? 10;
  if (!Number.isInteger(limit) || limit < 0) {
    throw new RangeError(`keywords: option 'limit' must be a non-negative integer, got ${String(limit)}`);
  }
  const counts = new Map<string, number>();
  for (const lemma of lemmas) {
    if (lemma.length < 2 || !LETTER_RE.test(lemma) || LIGHT_VERBS.has(lemma) || options.isStopword?.(lemma)) continue;
    counts.set(lemma, (counts.get(lemma) ?? 0) + 1);
  }
  const bg = options.background;
  const idf = (lemma: string): number => {
    if (bg) return Math.log((bg.documents + 1) / ((bg.frequency.get(lemma) ?? 0) + 1)) + 1;
    const common = Object.hasOwn(COMMON_NEWS_WORDS, lemma) ? COMMON_NEWS_WORDS[lemma]! : 0;
    return 4 - common;
  };
  const scored: Keyword[] = [];
  for (const [lemma, count] of counts) {
    scored.push({ lemma, count, score: Math.round((1 + Math.log(count)) * idf(lemma) * 1000) / 1000 });
  }
  // Array.prototype.sort is stable: equal scores keep first-seen order.
  return scored.sort((a, b) => b.score - a.score).slice(0, limit);
}
