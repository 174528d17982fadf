/**
 * `zman/collate` — Kurdish alphabetical order for Arabic-script and Latin-script Sorani.
 *
 * @example
 * import { compare, sort } from 'zman/collate';
 * sort(['زانا', 'ڕێباز', 'ئاسۆ']); // ['ئاسۆ', 'ڕێباز', 'زانا']
 *
 * @module
 */
export { collator, compare, sort } from './collate.js';
export type { Collator, CollatorOptions } from './collate.js';
export { ARABIC_ORDER, LATIN_ORDER } from './order.js';
