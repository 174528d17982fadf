/**
 * The spelling report of a text for `/v1/spell` and the page: every Arabic-script word that is
 * not known (`zman/spell` `check`) with its suggestions, and the text as `correct` would make
 * it. Pure: the static page runs it in the browser.
 *
 * @module
 */
import { check, correct, suggest, type SpellChange, type Suggestion } from '../spell/index.js';
import { tokenize } from '../tokenize/index.js';

/** An unknown word: where it is and what it may have been meant to be (best first). */
export interface Misspelling {
  readonly start: number;
  readonly end: number;
  /** The word as written. */
  readonly word: string;
  readonly suggestions: readonly Suggestion[];
}

/** The result of {@link spellReport}. */
export interface SpellReport {
  readonly misspelled: readonly Misspelling[];
  /** With `correct: true`: the text with each unknown word replaced by its best close suggestion (`correct`). */
  readonly text?: string;
  /** With `correct: true`: the replacements made. */
  readonly changes?: readonly SpellChange[];
}

const ARABIC_LETTER = /[\u0620-\u064a\u066e-\u06d5\u06fa-\u06ff\u0750-\u077f]/;

/** Unknown words with suggestions (at most `limit` each, default 5); with `correct`, also the corrected text. */
export function spellReport(text: string, options: { limit?: number; correct?: boolean } = {}): SpellReport {
  const limit = options.limit ?? 5;
  if (!Number.isInteger(limit) || limit < 1 || limit > 20) {
    throw new RangeError(`spellReport: option 'limit' must be a whole number from 1 to 20, got ${String(options.limit)}`);
  }
  const memo = new Map<string, readonly Suggestion[] | null>();
  const misspelled: Misspelling[] = [];
  for (const t of tokenize(text)) {
    if (t.type !== 'word' || !ARABIC_LETTER.test(t.normalized)) continue;
    let s = memo.get(t.normalized);
    if (s === undefined) {
      s = check(t.normalized).known ? null : suggest(t.normalized, { limit });
      memo.set(t.normalized, s);
    }
    if (s) misspelled.push({ start: t.start, end: t.end, word: t.surface, suggestions: s });
  }
  if (!options.correct) return { misspelled };
  const corrected = correct(text);
  return { misspelled, text: corrected.text, changes: corrected.changes };
}
