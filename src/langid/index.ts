/**
 * `zman/langid` — which language and script a text is in: Central Kurdish, Kurmanji,
 * Persian, Arabic, English or other.
 *
 * @example
 * import { detectLanguage } from 'zman/langid';
 * detectLanguage('ئەمڕۆ لە هەولێر کۆبوونەوەیەک دەکرێت.').language; // 'ckb'
 *
 * @module
 */
export { detectLanguage } from './detect.js';
export type { LanguageGuess, LanguageCode } from './detect.js';
