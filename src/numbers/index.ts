/**
 * `zman/numbers` — Sorani numbers: reading, writing and finding them in text.
 *
 * @example
 * import { findNumbers, numberToWords, parseNumber } from 'zman/numbers';
 * parseNumber('٣٬٥٠٠'); // 3500
 * numberToWords(1234); // 'هەزار و دووسەد و سی و چوار'
 * findNumbers('١٠ هەزار سەرباز')[0].value; // 10000
 *
 * @module
 */
export { parseNumber } from './parse.js';
export { numberToWords } from './to-words.js';
export type { NumberToWordsOptions } from './to-words.js';
export { findNumbers, findNumbersIn, findNumbersInDocument } from './find.js';
export type { NumberSpan } from './find.js';
