/**
 * The alphabetical orders zman sorts by.
 *
 * Sources of facts:
 * - Arabic script: the Sorani alphabet in the order taught in the Kurdistan Region's schools, as
 *   numbered in Wikipedia's Sorani alphabet tables (1 ئ … 34 ێ): ئ ا ب پ ت ج چ ح خ د ر ڕ ز ژ س ش
 *   ع غ ف ڤ ق ک گ ل ڵ م ن ه ە و ۆ وو ی ێ. The long vowel وو is one letter, between ۆ and ی.
 *   ICU's CLDR `ckb` locale has no collation of its own (it falls back to the root order, which
 *   puts ڕ after ز and ە after ی), hence this table.
 * - Latin script: the Hawar alphabet (Celadet Bedirxan, 1932) with the letters Sorani adds
 *   (ḧ ł ř ẍ) after their base letter, as in Kurdish Latin dictionaries:
 *   a b c ç d e ê f g h ḧ i î j k l ł m n o p q r ř s ş t u û v w x ẍ y z.
 * Letters of other languages written in Arabic script (ث ذ ص ض ط ظ ء …) come after the
 * Sorani letters in code-point order; other Latin letters sort as their base letter.
 *
 * @module
 */

/**
 * The Sorani Arabic-script alphabet in order; `وو` is one letter.
 *
 * @example ARABIC_ORDER.indexOf('ڕ') < ARABIC_ORDER.indexOf('ز'); // true
 */
export const ARABIC_ORDER = [
  'ئ', 'ا', 'ب', 'پ', 'ت', 'ج', 'چ', 'ح', 'خ', 'د', 'ر', 'ڕ', 'ز', 'ژ', 'س', 'ش', 'ع', 'غ',
  'ف', 'ڤ', 'ق', 'ک', 'گ', 'ل', 'ڵ', 'م', 'ن', 'ه', 'ە', 'و', 'ۆ', 'وو', 'ی', 'ێ',
] as const;

/** Letters that sort as another letter of {@link ARABIC_ORDER} (differences decided later). */
export const ARABIC_EQUIVALENTS: Readonly<Record<string, string>> = {
  'ھ': 'ه', // word-final consonant h in zman's spelling
  'آ': 'ا',
  'أ': 'ا',
  'إ': 'ا',
};

/**
 * The Sorani Latin (Hawar) alphabet in order.
 *
 * @example LATIN_ORDER.slice(0, 4); // ['a', 'b', 'c', 'ç']
 */
export const LATIN_ORDER = [
  'a', 'b', 'c', 'ç', 'd', 'e', 'ê', 'f', 'g', 'h', 'ḧ', 'i', 'î', 'j', 'k', 'l', 'ł', 'm',
  'n', 'o', 'p', 'q', 'r', 'ř', 's', 'ş', 't', 'u', 'û', 'v', 'w', 'x', 'ẍ', 'y', 'z',
] as const;
