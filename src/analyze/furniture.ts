/**
 * Page furniture: the sentences a site repeats on every page (menus, sidebars, copyright lines,
 * "read more" links), learned from a collection of documents, so that they do not count as what
 * one document is about (keywords).
 *
 * @module
 */
import { normalize } from '../normalize/index.js';
import { sentences } from '../tokenize/index.js';

/** Sentences repeated across a collection, learned by {@link learnFurniture}. */
export interface Furniture {
  /** How many documents it was learned from. */
  readonly documents: number;
  /** The repeated sentences, by {@link sentenceKey}. */
  readonly sentences: ReadonlySet<string>;
}

/** Options of {@link learnFurniture}. */
export interface FurnitureOptions {
  /** The share of documents a sentence must appear in (default 0.2). */
  readonly minShare?: number;
  /** The fewest documents it must appear in (default 3). */
  readonly minDocuments?: number;
}

const SPACES = /\s+/g;

/** The form two copies of a sentence share: normalized Sorani, one space between words. */
export function sentenceKey(text: string): string {
  return normalize(text).replace(SPACES, ' ').trim();
}

/**
 * Learns the page furniture of a collection: the sentences found in at least `minShare` of the
 * documents (and at least `minDocuments` of them). Pass the result to `analyzeDocument` as
 * `furniture`, and those sentences no longer count for keywords.
 *
 * @example
 * const menu = 'هەواڵ وەرزش ئابووری.';
 * const f = learnFurniture([`${menu} بازاڕی هەولێر`, `${menu} یانەی دهۆک`, `${menu} نرخی نەوت`]);
 * f.sentences.has(sentenceKey(menu)); // true
 */
export function learnFurniture(documents: Iterable<string>, options: FurnitureOptions = {}): Furniture {
  const learner = furnitureLearner(options);
  for (const doc of documents) learner.add(doc);
  return learner.done();
}

/** A {@link learnFurniture} fed one document at a time (for a collection read from files). */
export interface FurnitureLearner {
  add(document: string): void;
  done(): Furniture;
}

/**
 * Learns page furniture one document at a time; `done()` gives what {@link learnFurniture} gives.
 *
 * @example
 * const learner = furnitureLearner();
 * for (const page of pages) learner.add(page);
 * const furniture = learner.done();
 */
export function furnitureLearner(options: FurnitureOptions = {}): FurnitureLearner {
  if (options === null || typeof options !== 'object') throw new TypeError('learnFurniture: options must be an object');
  const minShare = options.minShare ?? 0.2;
  const minDocuments = options.minDocuments ?? 3;
  if (typeof minShare !== 'number' || !(minShare > 0 && minShare <= 1)) {
    throw new RangeError(`learnFurniture: option 'minShare' must be a number in (0, 1], got ${String(minShare)}`);
  }
  if (!Number.isInteger(minDocuments) || minDocuments < 1) {
    throw new RangeError(`learnFurniture: option 'minDocuments' must be a positive integer, got ${String(minDocuments)}`);
  }
  const counts = new Map<string, number>();
  let n = 0;
  return {
    add(doc: string): void {
      n++;
      const seen = new Set<string>();
      for (const s of sentences(typeof doc === 'string' ? doc : String(doc ?? ''))) {
        const key = sentenceKey(s.text);
        if (key.length < 2 || seen.has(key)) continue;
        seen.add(key);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    },
    done(): Furniture {
      const need = Math.max(minDocuments, Math.ceil(minShare * n));
      const repeated = new Set<string>();
      for (const [key, count] of counts) if (count >= need) repeated.add(key);
      return { documents: n, sentences: repeated };
    },
  };
}
