/**
 * The non-verbal parts of compound verbs as words of their own. Sorani writes many compound
 * verbs apart (بڵاو کرایەوە, ڕەت کردەوە, جێبەجێ بکرێت), so the part must be known by itself.
 *
 * Source of facts: Thackston, "Sorani Kurdish: A Reference Grammar" (2006), compound verbs;
 * the authors' knowledge of Sorani news usage. Written for zman; no word list was copied.
 *
 * @module
 */
import { words } from './types.js';

/** Adjectival parts: بڵاو "spread", ڕەت "rejected", ون "lost" … */
export const PART_ADJECTIVES = words(`
بڵاو پەیدا دابین فێر جێبەجێ ڕازی دەستگیر گیر ون نوقم ڕەت ساز دووپات یەکلا قبووڵ ناچار داگیر تووش
`);

/** Nominal parts: تاقی "test", مەلە "swimming", تەماشا "look" … */
export const PART_NOUNS = words(`
تاقی مەلە تەماشا پیشان
`);

/** Adverbial parts: بەکار "in use", لەبیر "in mind", بەڕێوە "under way" … */
export const PART_ADVERBS = words(`
بەکار لەبیر بەبیر بەڕێوە لەدایک
`);
