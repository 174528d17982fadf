/**
 * Counters of the work done by the two stages that must run once per document: how many code
 * units were normalized and how many were tokenized since the last reset. Tests read them to
 * check that a pipeline runs each stage once; they cost one addition per call.
 *
 * @module
 */

/** Code units normalized and tokenized (by `normalize`, `normalizeWithMap` and the tokenizer's scan). */
export const WORK = { normalized: 0, tokenized: 0 };

/** Sets the counters back to zero. */
export function resetWork(): void {
  WORK.normalized = 0;
  WORK.tokenized = 0;
}
