/**
 * `zman/spell` — Sorani spelling: check words against the vocabulary and the morphology,
 * suggest corrections from a Sorani error model, correct a text, and repair text typed on an
 * Arabic or Persian keyboard. Pure: no Node APIs.
 *
 * @example
 * import { check, suggest, correct, repair } from 'zman/spell';
 * check('بەرهەم').known; // true
 * suggest('برهەم')[0].word; // 'بەرهەم'
 * correct('لە باشور').text; // 'لە باشوور'
 * repair('دستان خوش بیت').text; // 'دەستان خۆش بێت'
 *
 * @module
 */
export { check } from './check.js';
export type { CheckResult, SpellOptions } from './check.js';
export { suggest } from './suggest.js';
export type { Suggestion, SuggestOptions } from './suggest.js';
export { correct, findMisspellings, repair, repairWord } from './correct.js';
export type { Correction, Misspelling, Repair, RepairOptions, SpellChange } from './correct.js';
export { detectKeyboard } from './keyboard.js';
export type { KeyboardGuess } from './keyboard.js';
export { loadHunspell } from './hunspell.js';
export type { HunspellDictionary } from './hunspell.js';
