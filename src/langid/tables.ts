/**
 * Evidence tables for language identification: letters and function words that tell Central
 * Kurdish (Sorani), Northern Kurdish (Kurmanji, in Latin or Arabic script), Persian, Arabic and
 * English apart.
 *
 * Sources of facts: the Sorani alphabet (ە ێ ۆ ڵ ڕ are letters Persian and Arabic lack);
 * W. M. Thackston, *Sorani Kurdish: A Reference Grammar* and *Kurmanji Kurdish: A Reference
 * Grammar* (prepositions, conjunctions, verb prefixes of each dialect); the Hawar alphabet
 * (ê î û ç ş); Badini (Kurmanji in Arabic script, Duhok) spelling as used in the Duhok press
 * (ژ "from", ل "in", د "in", دگەل "with", ئەڤ/ئەڤە "this", دێ "will", ڤ instead of Sorani و/ب);
 * standard Persian orthography (the می‌ prefix and ‌ها plural written with ZWNJ, است, را);
 * Arabic grammar (the article ال, teh marbuta ة, alef maksura ى, tanwin, hamza seats).
 *
 * Words are looked up after {@link foldWord}: tatweel and Arabic marks removed, ك → ک and
 * ي/ى → ی (a Sorani text typed on an Arabic keyboard must still count as Sorani), ZWNJ kept.
 *
 * @module
 */

/** The languages {@link detectLanguage} tells apart. */
export type LanguageCode = 'ckb' | 'kmr' | 'fa' | 'ar' | 'en' | 'other';

/** Function words (folded) and the weight of the evidence they give, per Arabic-script language. */
export const ARABIC_SCRIPT_WORDS: Readonly<Record<'ckb' | 'kmr' | 'fa' | 'ar', Readonly<Record<string, number>>>> = {
  // Sorani: prepositions, conjunctions, demonstratives, copulas, common verb forms.
  ckb: {
    'لە': 3, 'له': 1.5, 'بە': 3, 'به': 0.5, 'کە': 3, 'ئەم': 3, 'ئەو': 2, 'ئەوە': 3, 'ئەمە': 3,
    'دەکات': 4, 'دەکەن': 4, 'کرد': 1, 'کردووە': 4, 'بوو': 1.5, 'بووە': 3, 'دەبێت': 4, 'هەیە': 3,
    'نییە': 4, 'یەکێک': 4, 'لەگەڵ': 4, 'لەسەر': 4, 'بۆ': 1.5, 'هەروەها': 4, 'بەڵام': 4, 'چونکە': 4,
    'وەک': 3, 'لێ': 3, 'پێ': 2, 'تێ': 2, 'دوای': 2, 'پێش': 1, 'ئێستا': 3, 'زۆر': 2, 'هەموو': 3,
    'کرا': 2, 'دەڵێت': 4, 'گوتی': 4, 'وتی': 4, 'ڕایگەیاند': 4, 'ئەوان': 2, 'ئێمە': 3, 'نێوان': 3,
    'یان': 1, 'تا': 0.5, 'هەر': 1, 'دیکە': 4, 'تر': 1, 'بەرەو': 3, 'لەلایەن': 4, 'ساڵی': 2,
  },
  // Kurmanji in Arabic script (Badini).
  kmr: {
    'ژ': 4, 'ل': 3, 'د': 2, 'دگەل': 4, 'ئەڤ': 4, 'ئەڤە': 4, 'ڤێ': 4, 'ڤی': 3, 'دێ': 3, 'ئەز': 4,
    'کو': 3, 'دکەت': 4, 'دکەن': 4, 'دبیت': 4, 'هاتە': 3, 'هاتییە': 4, 'ناڤ': 3, 'ناڤبەرا': 4,
    'وان': 1, 'ڤان': 4, 'ئەوێ': 2, 'ژلایێ': 4, 'لسەر': 4, 'بۆ': 0.5, 'ژبەر': 4, 'هەتا': 2, 'نە': 0.5,
    'دەڤەرا': 4, 'دەڤەرێ': 4, 'یێ': 3, 'یا': 2, 'یێن': 4, 'ڤێرە': 4,
  },
  // Persian.
  fa: {
    'است': 4, 'را': 3, 'این': 3, 'آن': 3, 'از': 3, 'در': 2, 'با': 1.5, 'برای': 4, 'که': 2,
    'شده': 4, 'شد': 3, 'بود': 3, 'کرد': 1, 'می': 3, 'نیز': 4, 'اما': 2, 'یک': 2, 'خود': 3, 'هم': 1,
    'ای': 1, 'آنها': 4, 'ما': 0.5, 'شود': 4, 'کند': 4, 'کنند': 4, 'دارد': 4, 'بر': 1, 'تا': 0.5,
    'هستند': 4, 'نیست': 4, 'باید': 3, 'گفت': 3, 'پس': 1, 'اینکه': 4, 'چه': 2, 'همه': 3, 'ولی': 3,
  },
  // Arabic.
  ar: {
    'فی': 4, 'من': 1.5, 'علی': 4, 'إلی': 4, 'الی': 4, 'عن': 3, 'أن': 4, 'ان': 1.5, 'إن': 4,
    'التی': 4, 'الذی': 4, 'هذا': 4, 'هذه': 4, 'کان': 3, 'کانت': 4, 'قد': 3, 'لا': 1, 'ما': 1,
    'مع': 3, 'بعد': 2, 'قال': 3, 'أو': 3, 'او': 1, 'ذلک': 4, 'لم': 3, 'لن': 3, 'هو': 3, 'هی': 2,
    'بین': 1, 'حتی': 3, 'منذ': 4, 'عند': 3, 'کل': 2, 'ثم': 4, 'وقال': 4, 'إلا': 4, 'الا': 2,
  },
};

/**
 * Common Sorani words besides the function words above, counted as evidence mostly in their
 * keyboard-typed spelling (see {@link KEYBOARD_FORMS}): pronouns, negated copulas and common
 * verbs of everyday writing (Thackston, *Sorani Kurdish*). Their keyboard spellings that are
 * Persian or Arabic words are in {@link KEYBOARD_FORM_EXCLUDED}.
 */
export const SORANI_COMMON_WORDS: Readonly<Record<string, number>> = {
  'ئێوە': 3, 'ئەوانە': 3, 'ئەمانە': 3, 'ئیتر': 2, 'خۆی': 2, 'خۆت': 2, 'خۆتان': 3, 'بکات': 3,
  'بکەن': 3, 'بکە': 2, 'دەکەین': 4, 'نەبێت': 3, 'هەبێت': 3, 'نییە': 4, 'نیە': 3, 'زۆرە': 3,
  'دەڵێن': 4, 'دەزانم': 4, 'نازانم': 4, 'نازانن': 4, 'چییە': 3, 'چیە': 2, 'بێت': 2, 'بێ': 1,
  'دەبێ': 3, 'ناوی': 1, 'کوا': 2, 'هەمیشە': 3, 'وەڵا': 3, 'هەتا': 1, 'بەخوا': 3, 'دەست': 1.5,
  'وە': 1.5, 'بوە': 2, 'نەبن': 3, 'دەکا': 3, 'بکا': 2, 'ناکات': 4, 'ناکەن': 4, 'خۆ': 2, 'تۆ': 2,
};

/**
 * Keyboard spellings of Sorani words that are common Persian or Arabic words, never taken as
 * Sorani evidence: تو (fa "you"), چون (fa "because"), باشه (fa "OK"), خوش (fa "pleasant"),
 * جوان (fa "young"), زور (fa "force").
 */
export const KEYBOARD_FORM_EXCLUDED: ReadonlySet<string> = new Set(['تو', 'چون', 'باشه', 'خوش', 'جوان', 'زور']);

/** The letters an Arabic or Persian keyboard lacks, and what writers type for them. */
export const KEYBOARD_LETTERS: Readonly<Record<string, string>> = { 'ە': 'ه', 'ێ': 'ی', 'ۆ': 'و', 'ڕ': 'ر', 'ڵ': 'ل' };
/** A Sorani word in its keyboard spelling is weaker evidence than in the standard one. */
export const KEYBOARD_FORM_WEIGHT = 0.6;

/**
 * Sorani suffixes that keyboard typists write apart from a word ending in ه (their ە): the
 * plural definite -ەکان with its clitics and -ەوە (میوانه کانت, ناخوینیه وه). Neither Persian
 * nor Arabic has these as words after ه (Arabic کانت "was" is left out).
 */
export const SORANI_PIECES_AFTER_HEH: Readonly<Record<string, number>> = {
  'کان': 2, 'کانی': 2, 'کانم': 2, 'کانمان': 2, 'کانتان': 2, 'کانیان': 2, 'وه': 1.5, 'کەی': 2,
};

/**
 * Letters and the languages whose text they are evidence for (weight per occurrence).
 * ە ێ ۆ ڵ ڕ exist in neither Persian nor Arabic; ڵ and ڕ are rare in Badini; ڤ is common in
 * Kurmanji and only found in loanwords in Sorani; ة ى أ إ ؤ and tanwin are Arabic spelling.
 */
export const ARABIC_SCRIPT_LETTERS: Readonly<Record<string, Partial<Record<'ckb' | 'kmr' | 'fa' | 'ar', number>>>> = {
  'ە': { ckb: 0.6, kmr: 0.5 },
  'ێ': { ckb: 0.6, kmr: 0.5 },
  'ۆ': { ckb: 0.6, kmr: 0.4 },
  'ڵ': { ckb: 1 },
  'ڕ': { ckb: 1 },
  'ڤ': { kmr: 1, ckb: 0.1 },
  'ة': { ar: 1 },
  'ى': { ar: 0.6 },
  'أ': { ar: 1 },
  'إ': { ar: 1 },
  'ؤ': { ar: 0.8 },
  '\u064b': { ar: 1 }, // fathatan
  '\u064c': { ar: 1 }, // dammatan
  '\u064d': { ar: 1 }, // kasratan
  'آ': { fa: 0.5 },
  'پ': { fa: 0.2, ckb: 0.1 },
  'چ': { fa: 0.2, ckb: 0.1 },
  'گ': { fa: 0.2, ckb: 0.1 },
  'ژ': { fa: 0.1, ckb: 0.1, kmr: 0.1 },
  // Arabic keyboards type ي and ك, Persian and Kurdish ones ی and ک.
  'ي': { ar: 0.08 },
  'ك': { ar: 0.08 },
  'ی': { fa: 0.05, ckb: 0.05, kmr: 0.05 },
  'ک': { fa: 0.05, ckb: 0.05, kmr: 0.05 },
};

/** Persian spelling with ZWNJ: the verb prefix می‌ / نمی‌ and the plural ‌ها / ‌های (weight per word). */
export const PERSIAN_ZWNJ_PREFIXES = ['می\u200c', 'نمی\u200c'] as const;
export const PERSIAN_ZWNJ_SUFFIXES = ['\u200cها', '\u200cهای', '\u200cهایی', '\u200cای', '\u200cاند', '\u200cام'] as const;
export const PERSIAN_ZWNJ_WEIGHT = 3;

/** Latin-script function words of Kurmanji, English and Sorani written in Latin (Hawar). */
export const LATIN_WORDS: Readonly<Record<'kmr' | 'en' | 'ckb' | 'other', Readonly<Record<string, number>>>> = {
  kmr: {
    'û': 3, 'ji': 4, 'di': 3, 'de': 1, 'ku': 3, 'bi': 3, 'ew': 1.5, 'min': 2, 'li': 4, 'jî': 4,
    'yên': 4, 'ya': 1, 'yê': 4, 'ne': 1, 'wek': 3, 'vê': 4, 'wî': 4, 'wê': 3, 'hat': 2, 'kir': 2,
    'dike': 4, 'heye': 4, 'ye': 2, 'bo': 1, 'ji bo': 4, 'da': 1, 've': 2, 're': 2, 'ev': 4, 'em': 1,
    'tê': 4, 'dê': 4, 'hatiye': 4, 'kirin': 3, 'navbera': 4, 'herêma': 4, 'kurd': 1,
  },
  en: {
    'the': 4, 'and': 3, 'of': 3, 'to': 2, 'in': 1.5, 'is': 3, 'a': 1, 'that': 3, 'for': 3, 'on': 2,
    'with': 3, 'as': 2, 'was': 3, 'by': 2, 'it': 2, 'are': 3, 'this': 3, 'from': 3, 'be': 1,
    'have': 3, 'has': 3, 'not': 3, 'at': 2, 'which': 4, 'were': 3, 'said': 3, 'will': 3, 'an': 2,
  },
  ckb: {
    'le': 2, 'be': 1, 'ke': 3, 'w': 2, 'bo': 1, 'legel': 4, 'lese': 3, 'dekat': 4, 'deken': 4,
    'nîye': 4, 'heye': 1, 'ewe': 3, 'eme': 3, 'em': 1, 'ew': 1, 'herwaha': 4, 'bełam': 4,
    'çunke': 4, 'zor': 2, 'hemû': 3, 'dway': 3, 'dîke': 4, 'kird': 2, 'bû': 1, 'buwe': 4,
  },
  // Other Latin-script languages of the region's feeds (Turkish, French, German, Spanish).
  other: {
    've': 1, 'bir': 3, 'bu': 3, 'ile': 3, 'için': 4, 'olarak': 4, 'değil': 4, 'çok': 3,
    'le': 2, 'la': 2, 'les': 3, 'et': 3, 'est': 3, 'des': 3, 'une': 3, 'pour': 3, 'dans': 3,
    'der': 3, 'die': 3, 'und': 4, 'ist': 3, 'nicht': 4, 'mit': 3, 'el': 2, 'los': 3, 'y': 2,
    'que': 3, 'por': 3, 'con': 3,
  },
};

/** Latin letters that are evidence for a language (weight per occurrence). */
export const LATIN_LETTERS: Readonly<Record<string, Partial<Record<'kmr' | 'ckb' | 'en' | 'other', number>>>> = {
  'ê': { kmr: 0.5, ckb: 0.4 },
  'î': { kmr: 0.5, ckb: 0.4 },
  'û': { kmr: 0.5, ckb: 0.4 },
  'ç': { kmr: 0.5, ckb: 0.4 },
  'ş': { kmr: 0.5, ckb: 0.4 },
  'ł': { ckb: 2 },
  'ř': { ckb: 2 },
  'ḧ': { ckb: 1 },
  'ẍ': { ckb: 1 },
  // Turkish, German, French and Spanish letters that Kurdish (Hawar) does not use.
  'ı': { other: 1 },
  'ğ': { other: 1 },
  'ö': { other: 1 },
  'ü': { other: 1 },
  'ä': { other: 1 },
  'ß': { other: 1 },
  'é': { other: 1 },
  'è': { other: 1 },
  'à': { other: 1 },
  'ñ': { other: 1 },
};
