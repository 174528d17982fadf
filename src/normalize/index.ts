/**
 * `zman/normalize` — Sorani normalization.
 *
 * @example
 * import { normalize } from 'zman/normalize';
 * normalize('كوردستان'); // 'کوردستان'
 *
 * @module
 */
export { normalize, normalizeWithMap } from './normalize.js';
export { toSourceRange } from './source-range.js';
export type { NormalizeOptions, NormalizedText } from './types.js';
export { detectLegacyFont, LEGACY_FONTS } from './legacy-fonts.js';
export type { LegacyFont } from './legacy-fonts.js';
