/**
 * Sorani normalization: the wrong code points for the right letters become the standard
 * Unicode spelling; correct text comes back unchanged.
 *
 * Two passes over UTF-16 code units, both linear, chunk by chunk:
 * 1. character pass (`./character-pass.ts`);
 * 2. context pass (`./context-pass.ts`).
 * Each output code unit carries the `[start, end)` range of the input it came from.
 *
 * @module
 */
import { TATWEEL, ZWNJ } from '../chars/index.js';
import { WORK } from '../chars/work.js';
import { CodeBuffer } from './buffer.js';
import { characterPass } from './character-pass.js';
import { contextPass } from './context-pass.js';
import { resolve, type Resolved } from './options.js';
import type { NormalizedText, NormalizeOptions } from './types.js';

export type { NormalizedText, NormalizeOptions } from './types.js';
export { toSourceRange } from './source-range.js';

/** Pass-1 output is processed in chunks of this many code units, to stay in the CPU cache. */
const CHUNK = 8192;

/** Runs both passes over `s`, chunk by chunk. */
function run(s: string, o: Resolved, track: boolean): CodeBuffer {
  WORK.normalized += s.length;
  const out = new CodeBuffer(s.length + 16, track);
  const a = new CodeBuffer(Math.min(s.length, CHUNK) + 64, track);
  let i = 0;
  // a.codes[checked..length-2] is known to be a run of tatweel/ZWNJ (0: nothing known)
  let checked = 0;
  while (i < s.length) {
    i = characterPass(s, i, a.length + CHUNK, o.font, a);
    if (i >= s.length) break;
    // Keep a tail for the look-ahead of pass 2 (runs of tatweel/ZWNJ and the letter after
    // them) and the look-behind of pass 1 (a mark composes with the one or two letters
    // before it).
    let m = a.length - 2;
    while (m > checked && (a.codes[m] === TATWEEL || a.codes[m] === ZWNJ)) m--;
    if (m <= 0 || a.codes[m] === TATWEEL || a.codes[m] === ZWNJ) {
      checked = Math.max(checked, a.length - 2);
      continue;
    }
    contextPass(a, m, o, out);
    a.dropFirst(m);
    checked = 0;
  }
  contextPass(a, a.length, o, out);
  return out;
}

/**
 * Normalizes Sorani text to the standard Unicode spelling. Correct text is returned unchanged;
 * the function never throws on any string (it throws only on invalid options).
 *
 * @example
 * normalize('كوردي'); // 'کوردی'
 * normalize('سه‌ره‌کی'); // 'سەرەکی' (heh + ZWNJ → ە)
 * normalize('رێگا'); // 'ڕێگا' (word-initial ر → ڕ)
 * normalize('١٠ ـی', { digits: 'latin' }); // '10ی'
 */
export function normalize(text: string, options?: NormalizeOptions): string {
  const o = resolve(options);
  const s = typeof text === 'string' ? text : String(text ?? '');
  if (s.length === 0) return '';
  return run(s, o, false).toString();
}

/**
 * Normalizes like {@link normalize} and also returns, for every output code unit, the
 * `[start, end)` range of the input that it came from, so that a caller can highlight a match
 * of the normalized text in the original.
 *
 * @example
 * const n = normalizeWithMap('كوردي');
 * n.text; // 'کوردی'
 * toSourceRange(n, 0, 5); // [0, 5]
 */
export function normalizeWithMap(text: string, options?: NormalizeOptions): NormalizedText {
  const o = resolve(options);
  const s = typeof text === 'string' ? text : String(text ?? '');
  const b = run(s, o, true);
  return {
    text: b.toString(),
    starts: b.starts!.slice(0, b.length),
    ends: b.ends!.slice(0, b.length),
    sourceLength: s.length,
  };
}
