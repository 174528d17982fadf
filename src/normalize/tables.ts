/**
 * Character tables for Sorani normalization.
 *
 * Sources of facts: the Unicode Standard (chapter 9.2 "Arabic", chapter 23 "Special Areas and
 * Format Characters", the White_Space and Default_Ignorable_Code_Point properties); the Sorani
 * letter inventory of the Kurdistan Region's school orthography; and the look-alike letters
 * observed in Sorani typed with Arabic and Persian keyboards (Arabic kaf ك and yeh ي/ى, teh
 * marbuta ة for ە, heh + ZWNJ for ە), as documented by the KLPT and AsoSoft normalizers.
 *
 * @module
 */

/** Letters replaced by one standard Sorani letter wherever they occur. */
export const LETTER_MAP: Readonly<Record<string, string>> = {
  // yeh look-alikes → Farsi yeh ی (U+06CC), the Sorani letter
  'ي': 'ی', // U+064A Arabic yeh (Arabic keyboards)
  'ى': 'ی', // U+0649 alef maksura (Arabic keyboards, word-final)
  'ے': 'ی', // U+06D2 yeh barree (Urdu)
  'ۍ': 'ی', // U+06CD yeh with tail
  'ې': 'ێ', // U+06D0 Pashto e, a look-alike of ێ in some fonts
  'ۑ': 'ێ', // U+06D1 yeh with three dots below, a look-alike of ێ
  // kaf look-alikes → keheh ک (U+06A9)
  'ك': 'ک', // U+0643 Arabic kaf
  'ڪ': 'ک', // U+06AA swash kaf
  // teh marbuta and its Urdu form stand for the vowel ە
  'ة': 'ە', // U+0629
  'ۃ': 'ە', // U+06C3
  'ۀ': 'ە', // U+06C0 heh with yeh above (Persian ezafe form; NFC base is ە)
  'ۂ': 'ە', // U+06C2 heh goal with hamza above
  'ہ': 'ه', // U+06C1 heh goal (Urdu) → heh
  // reh with a v-mark variants → ڕ
  'ڒ': 'ڕ', // U+0692 reh with small v (above)
  'ړ': 'ڕ', // U+0693 reh with ring, used for ڕ by some legacy keyboards
  // o-variants → ۆ (U+06C6)
  'ؤ': 'ۆ', // U+0624 waw with hamza above (Arabic keyboards)
  'ۏ': 'ۆ', // U+06CF waw with dot above
  'ۄ': 'ۆ', // U+06C4 waw with ring
  'ۅ': 'ۆ', // U+06C5 kirghiz oe (waw with bar)
  'ۉ': 'ۆ', // U+06C9 kirghiz yu (waw with inverted v)
  // u-variant written as one letter → double waw
  'ۇ': 'وو', // U+06C7 u (Uyghur, Kazakh)
  'ٷ': 'وو', // U+0677 u with hamza above
  // lam look-alikes → ڵ
  'ڶ': 'ڵ', // U+06B6 lam with dot above
  'ڷ': 'ڵ', // U+06B7 lam with three dots above
  // veh look-alikes → ڤ
  'ڥ': 'ڤ', // U+06A5 feh with three dots below
  // alef wasla → alef
  'ٱ': 'ا', // U+0671
};

/**
 * Combining Arabic marks that a legacy font or keyboard uses to build a Sorani letter out of
 * its base (the "font residue" cases): the base letter before the mark is replaced.
 * Keys are `base + mark`; any other Arabic mark is removed.
 */
export const MARK_COMPOSITIONS: Readonly<Record<string, string>> = {
  // ی + fatha / small v above / small v below / inverted v → ێ
  'ی\u064e': 'ێ',
  'ی\u065a': 'ێ',
  'ی\u065b': 'ێ',
  'ی\u065c': 'ێ',
  'ی\u0306': 'ێ',
  // ر + small v / inverted small v / kasra (a mark below) → ڕ
  'ر\u065a': 'ڕ',
  'ر\u065b': 'ڕ',
  'ر\u0650': 'ڕ',
  'ر\u065c': 'ڕ',
  'ر\u0306': 'ڕ',
  // ل + small v above → ڵ ; و + small v above → ۆ
  'ل\u065a': 'ڵ',
  'ل\u065b': 'ڵ',
  'ل\u0306': 'ڵ',
  'و\u065a': 'ۆ',
  'و\u065b': 'ۆ',
  'و\u0306': 'ۆ',
  // hamza above: ی + ٔ = ئ (NFC), و + ٔ = ؤ read as ۆ
  'ی\u0654': 'ئ',
  'و\u0654': 'ۆ',
};

/** Fatha after لا marks the lam as ڵ in text typed with some legacy fonts (لاَ → ڵا). */
export const LAM_ALEF_FATHA = { lam: 'ل', alef: 'ا', mark: '\u064e', result: 'ڵ' } as const;

/**
 * Arabic combining marks, removed after the compositions above: harakat and tanwin
 * (U+064B–U+065F), superscript alef (U+0670), Quranic annotation signs (U+0610–U+061A,
 * U+06D6–U+06DC, U+06DF–U+06E4, U+06E7–U+06E8, U+06EA–U+06ED) and extended marks
 * (U+08D3–U+08FF).
 */
export const ARABIC_MARK_RANGES: readonly (readonly [number, number])[] = [
  [0x0610, 0x061a],
  [0x064b, 0x065f],
  [0x0670, 0x0670],
  [0x06d6, 0x06dc],
  [0x06df, 0x06e4],
  [0x06e7, 0x06e8],
  [0x06ea, 0x06ed],
  [0x08d3, 0x08e1],
  [0x08e3, 0x08ff],
];

/**
 * Invisible format characters removed from text: bidi marks and embeddings (LRM, RLM, ALM,
 * LRE…PDF, LRI…PDI), the BOM / zero-width no-break space, soft hyphen, zero-width space and
 * joiner, word joiner, invisible operators, combining grapheme joiner, Mongolian vowel
 * separator, and interlinear annotation marks. ZWNJ (U+200C) is handled separately.
 */
export const FORMAT_CHARS: readonly number[] = [
  0x00ad, 0x034f, 0x061c, 0x180e, 0x200b, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c,
  0x202d, 0x202e, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069,
  0x206a, 0x206b, 0x206c, 0x206d, 0x206e, 0x206f, 0xfeff, 0xfff9, 0xfffa, 0xfffb,
];

/**
 * Unicode White_Space characters other than tab, line feed and carriage return, all
 * replaced by a plain space U+0020 (line and paragraph separators and NEL too, so that a
 * line of input stays one line of output).
 */
export const SPACE_CHARS: readonly number[] = [
  0x000b, 0x000c, 0x0085, 0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
  0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
];

/** Kurdish (Arabic-script) and Latin punctuation pairs used by the `punctuation` option. */
export const PUNCTUATION_PAIRS: readonly (readonly [kurdish: string, latin: string])[] = [
  ['،', ','],
  ['؛', ';'],
  ['؟', '?'],
  ['٪', '%'],
];

/** Arabic decimal separator ٫ (U+066B) and thousands separator ٬ (U+066C). */
export const ARABIC_DECIMAL_SEPARATOR = 0x066b;
export const ARABIC_THOUSANDS_SEPARATOR = 0x066c;
