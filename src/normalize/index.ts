/**
 * `zman/normalize` — Sorani normalization.
 *
 * @example
 * import { normalize } from 'zman/normalize';
 * normalize('كوردستان'); // 'کوردستان'
 *
 * @module
 */
export { normalize, normalizeWithMap, toSourceRange } from './normalize.js';
export type { NormalizeOptions, NormalizedText } from './normalize.js';
export { detectLegacyFont, LEGACY_FONTS } from './legacy-fonts.js';
export type { LegacyFont } from './legacy-fonts.js';
