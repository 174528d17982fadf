/**
 * The shipped vocabulary, unpacked on first use, and a trie over it for the suggestion search.
 *
 * @module
 */
import { PACKED_VOCABULARY } from './data/vocabulary.js';
import { unpackVocabulary } from './pack.js';

/** The highest frequency band of the packed vocabulary (a word seen ≥ 2^15 times). */
export const MAX_BAND = 16;

let BANDS: Map<string, number> | undefined;

/** Every vocabulary word with its frequency band (0 = not seen in the news corpus). */
export function vocabulary(): ReadonlyMap<string, number> {
  if (BANDS) return BANDS;
  const m = new Map<string, number>();
  unpackVocabulary(PACKED_VOCABULARY, (w, b) => m.set(w, b));
  BANDS = m;
  return m;
}

/**
 * A trie in flat arrays: node `n` has its first child at `first[n]` (0 = none), its next
 * sibling at `next[n]`, its letter in `letter[n]` and the band of the word ending there in
 * `band[n]` (-1 = no word ends there). Node 0 is the root.
 */
export interface Trie {
  readonly first: Int32Array;
  readonly next: Int32Array;
  readonly letter: Uint16Array;
  readonly band: Int8Array;
  readonly size: number;
}

/** Builds a trie over words with bands. */
export function buildTrie(words: Iterable<readonly [string, number]>): Trie {
  let cap = 1 << 16;
  let first = new Int32Array(cap);
  let next = new Int32Array(cap);
  let letter = new Uint16Array(cap);
  let band = new Int8Array(cap).fill(-1);
  let size = 1;
  const grow = () => {
    cap *= 2;
    const f = new Int32Array(cap);
    f.set(first);
    first = f;
    const x = new Int32Array(cap);
    x.set(next);
    next = x;
    const l = new Uint16Array(cap);
    l.set(letter);
    letter = l;
    const b = new Int8Array(cap).fill(-1);
    b.set(band);
    band = b;
  };
  for (const [w, b] of words) {
    let node = 0;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      let child = first[node]!;
      while (child !== 0 && letter[child] !== c) child = next[child]!;
      if (child === 0) {
        if (size >= cap) grow();
        child = size++;
        letter[child] = c;
        next[child] = first[node]!;
        first[node] = child;
      }
      node = child;
    }
    if (band[node]! < b) band[node] = b;
  }
  return { first, next, letter, band, size };
}

let TRIE: Trie | undefined;

/** The trie of the shipped vocabulary, built on first use. */
export function vocabularyTrie(): Trie {
  TRIE ??= buildTrie(vocabulary());
  return TRIE;
}
