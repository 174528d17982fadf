/**
 * `zman/translit` — Sorani between the Arabic and the Latin (Hawar) scripts, syllables,
 * pronunciation and URL slugs.
 *
 * @example
 * import { toLatin, toArabic } from 'zman/translit';
 * toLatin('کوردستان');   // 'kurdistan'
 * toArabic('kurdistan'); // 'کوردستان'
 *
 * @module
 */
export { toLatin, toLatinNormalized } from './to-latin.js';
export type { ToLatinOptions } from './to-latin.js';
export { toArabic } from './to-arabic.js';
export type { ToArabicOptions } from './to-arabic.js';
export type { Style } from './tables.js';
export { syllables, pronounce } from './pronounce.js';
export type { Pronunciation } from './pronounce.js';
export { slug } from './slug.js';
