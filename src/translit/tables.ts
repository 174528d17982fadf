/**
 * Letter and sound tables of Sorani transliteration.
 *
 * Sources of facts: the Sorani alphabet as taught in the Kurdistan Region's schools; the Hawar
 * (Bedirxan) Latin alphabet and its Sorani extension with ř ł ḧ ẍ (as used by the Kurdish
 * Academy's Latin proposals and Wikipedia's "Kurdish alphabets" article); W. M. Thackston,
 * *Sorani Kurdish: A Reference Grammar* (2006), §1 on phonology and syllable structure
 * (the unwritten vowel i, the (C)V(C)(C) syllable, word-initial consonant clusters broken by i);
 * the sonority hierarchy of general phonology for coda clusters.
 *
 * Phonemes are written with the extended Latin letters themselves, plus `ʔ` for the glottal
 * onset written ئ and `ƹ` for the pharyngeal ع.
 *
 * @module
 */

/** The vowels, as phonemes. `i` is the one the Arabic script does not write. */
export const VOWELS = 'aeêiîouû';

/** How an Arabic-script letter is read: a fixed consonant, a fixed vowel, or و / ی (either). */
export type LetterReading =
  | { readonly kind: 'C'; readonly phoneme: string }
  | { readonly kind: 'V'; readonly phoneme: string }
  | { readonly kind: 'W' }
  | { readonly kind: 'Y' };

const C = (phoneme: string): LetterReading => ({ kind: 'C', phoneme });
const V = (phoneme: string): LetterReading => ({ kind: 'V', phoneme });

/**
 * Every Arabic-script letter a normalized Sorani word may hold, with its reading. The Arabic
 * letters that Sorani spells only in loan words are read as Sorani speakers say them
 * (ث → s, ذ ض ظ → z, ص → s, ط → t, ة → e).
 */
export const LETTER_READINGS: Readonly<Record<string, LetterReading>> = {
  'ئ': C('ʔ'), 'ء': C('ʔ'), 'أ': C('ʔ'), 'إ': C('ʔ'),
  'ا': V('a'), 'آ': V('a'), 'ە': V('e'), 'ێ': V('ê'), 'ۆ': V('o'), 'ة': V('e'),
  'و': { kind: 'W' }, 'ی': { kind: 'Y' },
  'ب': C('b'), 'پ': C('p'), 'ت': C('t'), 'ج': C('c'), 'چ': C('ç'), 'ح': C('ḧ'), 'خ': C('x'),
  'د': C('d'), 'ر': C('r'), 'ڕ': C('ř'), 'ز': C('z'), 'ژ': C('j'), 'س': C('s'), 'ش': C('ş'),
  'ع': C('ƹ'), 'غ': C('ẍ'), 'ف': C('f'), 'ڤ': C('v'), 'ق': C('q'), 'ک': C('k'), 'گ': C('g'),
  'ل': C('l'), 'ڵ': C('ł'), 'م': C('m'), 'ن': C('n'), 'ه': C('h'), 'ھ': C('h'),
  'ث': C('s'), 'ذ': C('z'), 'ص': C('s'), 'ض': C('z'), 'ط': C('t'), 'ظ': C('z'),
};

/**
 * Sonority of a consonant: glides 5 > liquids 4 > nasals 3 > fricatives 2 > stops and
 * affricates 1. A two-consonant coda must fall in sonority (`kurd`, `dest` is the exception
 * below: a fricative before a stop).
 */
export const SONORITY: Readonly<Record<string, number>> = {
  w: 5, y: 5,
  r: 4, ř: 4, l: 4, ł: 4,
  m: 3, n: 3,
  f: 2, v: 2, s: 2, z: 2, ş: 2, j: 2, x: 2, ẍ: 2, h: 2, ḧ: 2, ƹ: 2,
  b: 1, p: 1, t: 1, d: 1, k: 1, g: 1, q: 1, c: 1, ç: 1, ʔ: 1,
};

/**
 * Consonant classes for syllable contact (a coda before an onset): 0 stops and affricates,
 * 1 non-sibilant fricatives, 2 sibilants, 3 nasals, 4 liquids, 5 glides. Sibilants are set
 * apart because they stand before a liquid or a nasal where other obstruents do not
 * (`nûs.rê`, `roj.na.me`, but `de.xi.ran`, `ki.ra`).
 */
export const CONTACT_CLASS: Readonly<Record<string, number>> = {
  b: 0, p: 0, t: 0, d: 0, k: 0, g: 0, q: 0, c: 0, ç: 0, ʔ: 0,
  f: 1, v: 1, x: 1, ẍ: 1, h: 1, ḧ: 1, ƹ: 1,
  s: 2, z: 2, ş: 2, j: 2,
  m: 3, n: 3,
  r: 4, ř: 4, l: 4, ł: 4,
  w: 5, y: 5,
};

/** Fricatives that may stand before a stop in a coda (`dest`, `řoşt`, `sext`, `zift`). */
export const CODA_FRICATIVES = 'sşxf';
/** Stops that may follow one of {@link CODA_FRICATIVES} in a coda. */
export const CODA_STOPS = 'tkq';

/** The Latin output styles. */
export const STYLES = ['extended', 'hawar', 'ascii'] as const;
export type Style = (typeof STYLES)[number];

/**
 * Phoneme → Latin spelling per style, for the phonemes whose spelling differs from the
 * phoneme letter itself. `extended` writes the Sorani letters ř ł ḧ ẍ and ع as ’; `hawar`
 * writes them as published Hawar texts do (rr ll h x, ع unwritten); `ascii` uses a–z only.
 */
export const STYLE_SPELLING: Readonly<Record<Style, Readonly<Record<string, string>>>> = {
  extended: { ʔ: '', ƹ: '’' },
  hawar: { ʔ: '', ƹ: '', ř: 'rr', ł: 'll', ḧ: 'h', ẍ: 'x' },
  ascii: { ʔ: '', ƹ: '', ř: 'r', ł: 'l', ḧ: 'h', ẍ: 'x', ç: 'c', ş: 's', ê: 'e', î: 'i', û: 'u' },
};

/** Phoneme → IPA (the phonemes not listed are written as they are). */
export const IPA: Readonly<Record<string, string>> = {
  a: 'aː', e: 'ɛ', ê: 'eː', i: 'ɪ', î: 'iː', o: 'oː', u: 'ʊ', û: 'uː',
  c: 'dʒ', ç: 'tʃ', ş: 'ʃ', j: 'ʒ', x: 'x', ẍ: 'ɣ', ḧ: 'ħ', ƹ: 'ʕ', ʔ: 'ʔ', y: 'j',
  ř: 'r', r: 'ɾ', ł: 'ɫ', q: 'q',
};

/** Latin punctuation → Arabic-script punctuation (after a word, in `toArabic`). */
export const PUNCTUATION_TO_ARABIC: Readonly<Record<string, string>> = {
  ',': '،', ';': '؛', '?': '؟', '%': '٪',
};

/**
 * Clitics and postpositions of two or more letters that begin with a consonant and keep their
 * shape after a consonant (no i before them): the plural person clitics -man -tan -yan and the
 * postposition -da, also with -ş (Thackston 2006, §§3–4). Longest first.
 */
export const CONSONANT_SUFFIXES = ['مانەوە', 'تانەوە', 'مان', 'تان', 'دان', 'دا', 'یش'] as const;

/**
 * Verbal prefixes that may stand before a stem: the aspect and negation prefixes دە- نە- نا-
 * مە- and the preverbs هەڵ- دا- ڕا- تێ- لێ- پێ- ڕۆ- وەر- (Thackston 2006, §§5–6). Longest first.
 */
export const VERB_PREFIXES = ['هەڵ', 'وەر', 'دە', 'نە', 'نا', 'مە', 'دا', 'ڕا', 'را', 'تێ', 'لێ', 'پێ', 'ڕۆ'] as const;

/**
 * Second elements of compounds that keep their shape after a consonant (no i before them):
 * -name "letter, -paper" (`řoj.na.me`, `ra.pirs.na.me`), -xane "house" (`çap.xa.ne`).
 */
export const COMPOUND_ELEMENTS = ['نامە', 'خانە'] as const;

/**
 * Verb stems that begin with two consonants: inside a word (after a prefix or a preverb) they
 * keep the i that breaks their cluster at the start of a word, `şikan` in `da-şi-kan`,
 * `sipêr` in `de-si-pê-rin` (stems from Thackston 2006, verb list; the passive xira of xistin).
 */
export const CLUSTER_STEMS = ['شکان', 'شکێن', 'سپارد', 'سپێر', 'بژارد', 'بژێر', 'خرا', 'خرێ'] as const;

/**
 * Endings that begin with the personal ending -in of a verb (or the infinitive's -in) followed
 * by -e / -ewe: after a consonant they are -ine, -inewe (`bixwên-inewe`, `hat-ine`).
 */
export const IN_ENDINGS = ['نەوە', 'نە'] as const;

/** The vowels of the Latin alphabet (`i` is not written in the Arabic script). */
export const LATIN_VOWELS = 'aeêiîouûéíú';

/**
 * Latin letter (lower case, after `rr` → ř and `ll` → ł) → Arabic-script letter. Accepts the
 * extended letters, their Hawar and ASCII stand-ins, and the accented vowels of other Kurdish
 * Latin spellings (é í ú for ê î û).
 */
export const LATIN_TO_ARABIC: Readonly<Record<string, string>> = {
  a: 'ا', e: 'ە', ê: 'ێ', é: 'ێ', i: '', î: 'ی', í: 'ی', o: 'ۆ', u: 'و', û: 'وو', ú: 'وو',
  b: 'ب', c: 'ج', ç: 'چ', d: 'د', f: 'ف', g: 'گ', h: 'ه', ḧ: 'ح', j: 'ژ', k: 'ک', l: 'ل',
  ł: 'ڵ', ľ: 'ڵ', m: 'م', n: 'ن', p: 'پ', q: 'ق', r: 'ر', ř: 'ڕ', ŕ: 'ڕ', s: 'س', ş: 'ش',
  t: 'ت', v: 'ڤ', w: 'و', x: 'خ', ẍ: 'غ', y: 'ی', z: 'ز',
};

/** The person clitics that follow the clitic -(i)ş "also" (Thackston 2006, §3): -yan -man -tan -m -t. */
export const PERSON_CLITICS = ['یان', 'مان', 'تان', 'م', 'ت'] as const;
