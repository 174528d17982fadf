/**
 * Legacy-font throughput: converting the corpus retyped as Ali-K (the most common legacy font)
 * and guessing the font of the whole corpus.
 *
 * @module
 */
import { detectLegacyFont, normalize } from '../../src/normalize/index.js';
import type { BenchStage, Corpus } from '../lib.js';

/** How an Ali-K user types each Unicode Sorani letter (ڵا first: the ligature). */
const TO_ALI_K: readonly (readonly [string, string])[] = [
  ['ڵا', 'لاَ'], ['چ', 'ض'], ['پ', 'ث'], ['ژ', 'ذ'], ['گ', 'ط'], ['ڤ', 'ظ'], ['ێ', 'يَ'],
  ['ڵ', 'لَ'], ['ۆ', 'ؤ'], ['ڕ', 'رِ'], ['ە', 'ة'], ['ی', 'ي'], ['ک', 'ك'],
];

let cached: { source: string; aliK: string; mb: number } | undefined;

function asAliK(corpus: Corpus): { aliK: string; mb: number } {
  if (cached?.source !== corpus.text) {
    let t = normalize(corpus.text);
    for (const [from, to] of TO_ALI_K) t = t.split(from).join(to);
    cached = { source: corpus.text, aliK: t, mb: new TextEncoder().encode(t).length / 1e6 };
  }
  return cached;
}

export const legacyFontStages: BenchStage[] = [
  {
    name: "normalize(), legacyFont 'ali-k' (corpus retyped as Ali-K)",
    run(corpus) {
      const { aliK, mb } = asAliK(corpus);
      normalize(aliK, { legacyFont: 'ali-k' });
      return mb; // MB of the Ali-K text
    },
  },
  {
    name: 'detectLegacyFont()',
    run(corpus) {
      detectLegacyFont(corpus.text);
    },
  },
];
