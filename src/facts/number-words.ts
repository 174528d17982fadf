/**
 * Sorani cardinal number words: the one home of these facts, read by `numbers` (to read and
 * write numbers) and `morph` (the closed class of numerals).
 *
 * Sources of facts: W. M. Thackston, "Sorani Kurdish: A Reference Grammar", ch. "Numbers";
 * the Kurdish Academy's spelling rules (ڕێنووسی کوردی): hundreds written joined (دووسەد); 10⁹ is
 * ملیار; Wiktionary's Central Kurdish numeral entries (تریلیۆن, کوادریلیۆن).
 *
 * @module
 */

/** 0–19. */
export const UNITS = [
  'سفر', 'یەک', 'دوو', 'سێ', 'چوار', 'پێنج', 'شەش', 'حەوت', 'هەشت', 'نۆ',
  'دە', 'یازدە', 'دوازدە', 'سێزدە', 'چواردە', 'پازدە', 'شازدە', 'حەڤدە', 'هەژدە', 'نۆزدە',
] as const;

/** 20, 30, … 90 (index 2–9). */
export const TENS = ['', '', 'بیست', 'سی', 'چل', 'پەنجا', 'شەست', 'حەفتا', 'هەشتا', 'نەوەد'] as const;

/** 100, 200, … 900 (index 1–9), joined spelling. */
export const HUNDREDS = [
  '', 'سەد', 'دووسەد', 'سێسەد', 'چوارسەد', 'پێنجسەد', 'شەشسەد', 'حەوتسەد', 'هەشتسەد', 'نۆسەد',
] as const;

/** Powers of 1000 from 10³ to 10¹⁵. */
export const SCALES = [
  [1e3, 'هەزار'],
  [1e6, 'ملیۆن'],
  [1e9, 'ملیار'],
  [1e12, 'تریلیۆن'],
  [1e15, 'کوادریلیۆن'],
] as const;

/** Every cardinal word of the tables above: units, tens, hundreds and scales. */
export const CARDINAL_WORDS: readonly string[] = [
  ...UNITS,
  ...TENS.filter((t) => t !== ''),
  ...HUNDREDS.filter((h) => h !== ''),
  ...SCALES.map(([, word]) => word),
];
