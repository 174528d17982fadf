/**
 * From the normalized text back to the input: offset ranges through the map of
 * {@link normalizeWithMap}.
 *
 * @module
 */
import type { NormalizedText } from './types.js';

/**
 * Maps a range `[start, end)` of the normalized text back to the range of the original input
 * that it came from. An empty range maps to an empty range at the matching input position.
 *
 * @example
 * const n = normalizeWithMap('\u200Fكورد');
 * toSourceRange(n, 0, 4); // [1, 5] — the RLM before the word is not part of it
 */
export function toSourceRange(map: NormalizedText, start: number, end: number): [number, number] {
  const len = map.starts.length;
  const s = Math.max(0, Math.min(len, Math.floor(start)));
  const e = Math.max(s, Math.min(len, Math.floor(end)));
  if (e === s) {
    const at = s < len ? map.starts[s]! : map.sourceLength;
    return [at, at];
  }
  return [map.starts[s]!, map.ends[e - 1]!];
}