/**
 * Sorani number words.
 *
 * Sources of facts: Sorani grammars (W. M. Thackston, "Sorani Kurdish: A Reference Grammar",
 * ch. "Numbers"; the Kurdish Academy's spelling rules, ڕێنووسی کوردی), Wiktionary's Central
 * Kurdish numeral entries, and common news usage (Rudaw, Kurdistan24). Spelling choices:
 * - hundreds are written joined (دووسەد، پێنجسەد), as in the Academy's spelling; the
 *   separate form (دوو سەد) is read too;
 * - 1000 is هەزار, not یەک هەزار; 10⁹ is ملیار; parts are joined with و (هەزار و دووسەد و سی);
 * - ordinals add ەم (after a vowel یەم): یەکەم، دووەم، سێیەم؛ the -ین form (یەکەمین) is read too;
 * - decimals are read پۆینت plus the digits one by one; negatives take سالب (as weather news do).
 *
 * @module
 */

export { HUNDREDS, SCALES, TENS, UNITS } from '../facts/number-words.js';

/** Other spellings of number words met in real text, with their value. */
export const VARIANTS: Readonly<Record<string, number>> = {
  یانزە: 11, دوانزە: 12, سیانزە: 13, پانزە: 15, شانزە: 16, حەڤدە: 17, حەفدە: 17, هەڤدە: 17,
  هەفدە: 17, هەژدە: 18, هەیژدە: 18, حەفتا: 70, حەڤتا: 70, نەوەت: 90, بلیۆن: 1e9,
  یەکێک: 1, دووان: 2, سیان: 3, سفر: 0,
};

/** Other spellings of ordinals (the regular ones are built from the cardinals). */
export const ORDINAL_VARIANTS: Readonly<Record<string, number>> = {
  دووهەم: 2, دوەم: 2, سێهەم: 3, سێیەم: 3, یەکەمین: 1,
};

/** Fraction words and their value (سێیەک = a third, literally "three-one"). */
export const FRACTIONS: Readonly<Record<string, number>> = {
  نیو: 0.5, نیوە: 0.5, چارەک: 0.25, سێیەک: 1 / 3, چواریەک: 0.25, پێنجیەک: 0.2, شەشیەک: 1 / 6,
  حەوتیەک: 1 / 7, هەشتیەک: 0.125, نۆیەک: 1 / 9, دەیەک: 0.1, سەدیەک: 0.01,
};

/**
 * Vague amounts: the smallest and largest value each stands for. A scale word after them
 * multiplies both (دەیان هەزار = 20,000–99,999).
 */
export const VAGUE: Readonly<Record<string, readonly [number, number]>> = {
  دەیان: [20, 99], دەیەها: [20, 99], دەها: [20, 99],
  سەدان: [200, 999], سەدەها: [200, 999], سەدها: [200, 999],
  هەزاران: [2000, 9999], هەزارەها: [2000, 9999], هەزارها: [2000, 9999],
  ملیۆنان: [2e6, 999e6], ملیۆنەها: [2e6, 999e6],
  ملیاران: [2e9, 999e9],
  چەندین: [2, 9],
};

/** "A few": only read as an amount before a scale word or an indefinite noun (چەند ڕۆژێک). */
export const FEW = 'چەند';

/** Words before an amount that make it approximate, with the bound they set. */
export const QUALIFIERS: readonly { words: readonly string[]; bound: 'about' | 'min' | 'max' }[] = [
  { words: ['نزیکەی'], bound: 'about' },
  { words: ['نزیک', 'بە'], bound: 'about' },
  { words: ['دەوروبەری'], bound: 'about' },
  { words: ['زیاتر', 'لە'], bound: 'min' },
  { words: ['زۆرتر', 'لە'], bound: 'min' },
  { words: ['پتر', 'لە'], bound: 'min' },
  { words: ['لانیکەم'], bound: 'min' },
  { words: ['کەمتر', 'لە'], bound: 'max' },
  { words: ['لانیزۆر'], bound: 'max' },
];

/** Currency words and their ISO 4217 code (تمەن has none: IRT is the common informal code). */
export const CURRENCIES: Readonly<Record<string, string>> = {
  دۆلار: 'USD', دۆلەر: 'USD', دینار: 'IQD', یۆرۆ: 'EUR', ئیورۆ: 'EUR', یورۆ: 'EUR',
  تمەن: 'IRT', تومەن: 'IRT', تۆمەن: 'IRT', ڕیاڵ: 'IRR', ڕیال: 'IRR', لیرە: 'TRY',
  پاوەند: 'GBP', ستەرلینی: 'GBP', ڕووبڵ: 'RUB', ڕۆبڵ: 'RUB', یوان: 'CNY',
};

/** A word after a currency word that belongs to it (دۆلاری ئەمریکی، دیناری عێراقی). */
export const CURRENCY_ADJECTIVES: ReadonlySet<string> = new Set(['ئەمریکی', 'عێراقی', 'ئێرانی', 'تورکی', 'سووری']);

/** Currency signs and their code. */
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = { $: 'USD', '€': 'EUR', '£': 'GBP' };

/** Suffixes that may follow the last number word of an amount (ezafe, -یش, -دا, plural …). */
export const NUMBER_SUFFIXES = ['ەکانی', 'ەکان', 'ەکەی', 'ەکە', 'یەوە', 'ەوە', 'یان', 'یش', 'ێک', 'دا', 'ی', 'ش'] as const;

/** Words for "minus" and "point" used by {@link numberToWords}. */
export const MINUS = 'سالب';
export const POINT = 'پۆینت';

/**
 * The ordinal of a cardinal word: ەم, or یەم after a vowel (سێ → سێیەم، نۆ → نۆیەم، سی →
 * سییەم), but دوو → دووەم.
 */
export function ordinalOf(word: string): string {
  const last = word[word.length - 1];
  if (last === 'و' && word.endsWith('وو')) return `${word}ەم`;
  if (last === 'ا' || last === 'ە' || last === 'ۆ' || last === 'ێ' || last === 'ی') return `${word}یەم`;
  return `${word}ەم`;
}
