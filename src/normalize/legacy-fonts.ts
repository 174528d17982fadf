/**
 * Converters for Sorani typed with legacy (pre-Unicode) fonts. These fonts drew the Kurdish
 * letters on the code points of Arabic letters and marks that Sorani does not use, so the text
 * arrives as Arabic look-alikes: `ثيَويستة` is what an Ali-K document stores for `پێویستە`.
 *
 * Sources of facts (read for the glyph assignments only; the tables below are written for zman):
 * - the "Kurdish Unicode Converter" of the Kurdînûs library and the AsoSoft Library
 *   normalizer (Aso Mahmudi et al., "Automated Kurdish Text Normalization", 2019), which list
 *   the substitutions of the Ali-K, Ali-Web, Dylan and Zarnegar conventions;
 * - the ckb-conversion-tool notes (an analysis of the Ali-K, Ali-K web and Dilan fonts and of
 *   340 MB of text typed with them): the mark variants (fathatan, shadda, kasratan), the
 *   lam + alef-with-madda ligature, heh + ZWNJ for ە, and the alef-with-madda /
 *   alef-with-hamza-below glyphs of the web variant;
 * - the Windows Arabic keyboard (Arabic 101) that the Ali fonts were laid over, which has no
 *   keys for پ چ ژ گ ڤ ڵ ڕ ێ ۆ ە — hence the reassigned letters.
 *
 * @module
 */
import { isArabicLetter } from '../chars/index.js';

/** The legacy fonts that zman converts. */
export const LEGACY_FONTS = ['ali-k', 'ali-web', 'dylan', 'zarnegar'] as const;

/** A legacy font name. */
export type LegacyFont = (typeof LEGACY_FONTS)[number];

/** How one legacy font stores the Sorani letters. */
interface LegacyFontSpec {
  /** A code point that the font draws as another letter → the Unicode text of that letter. */
  readonly letters: Readonly<Record<string, string>>;
  /**
   * Sequences that the font draws as one letter. The last code point of a key is the one
   * typed; the ones before it are matched against the text already converted (so they are
   * written in Unicode: ی for ي and ى). The whole match is replaced by the value.
   */
  readonly sequences: Readonly<Record<string, string>>;
}

const FATHA = '\u064e';
const FATHATAN = '\u064b';
const DAMMATAN = '\u064c';
const KASRATAN = '\u064d';
const SHADDA = '\u0651';
/**
 * The consonant h of the Ali and Dylan fonts, spelled هـ: normalize then writes it ھ at a word
 * end and ه inside a word, and ه + ZWNJ stays ە (the Persian-keyboard habit these texts share).
 */
const CONSONANT_H = 'هـ';

/**
 * Ali-K (the Ali_K_… font family, laid over the Arabic 101 keyboard). The marks that the
 * font draws as the "v" of ڵ ێ ۆ: fatha (the usual one), fathatan and shadda; kasra under ر is
 * ڕ (a global rule of normalize). In Ali-K ه is the consonant h — ە is typed ة, or ه + ZWNJ —
 * and ء is a و that does not join the letter before it.
 */
const ALI_K: LegacyFontSpec = {
  letters: {
    'ض': 'چ',
    'ث': 'پ',
    'ذ': 'ژ',
    'ط': 'گ',
    'ظ': 'ڤ',
    'آ': 'ێ', // shift + alef key; after ل see the sequences
    'ة': 'ە',
    'ه': CONSONANT_H,
    'ء': '\u200cو', // a non-joining و, mostly the conjunction "and" written close to the word
    'ى': 'ی',
    'ي': 'ی',
    'ك': 'ک',
  },
  sequences: {
    [`ل${FATHA}`]: 'ڵ',
    [`ل${FATHATAN}`]: 'ڵ',
    [`ل${SHADDA}`]: 'ڵ',
    [`لا${FATHATAN}`]: 'ڵا', // لاَ → ڵا is a global rule
    'لآ': 'ڵا', // the lam–alef-madda ligature is drawn ڵا
    'لأ': 'ڵ', // the lam–alef-hamza ligature is drawn ڵ
    [`ی${FATHATAN}`]: 'ێ', // یَ → ێ is a global rule
    [`ی${SHADDA}`]: 'ێ',
    [`و${FATHA}`]: 'ۆ',
    [`و${FATHATAN}`]: 'ۆ',
    [`ر${KASRATAN}`]: 'ڕ',
  },
};

/**
 * Ali-Web (Ali_K_Web…, the variant made for web pages): ێ is on ص and ڕ on أ, ڵ on پ, and
 * the glyphs of ط and گ are swapped; ى and a lone آ are an asterisk; إ draws nothing.
 */
const ALI_WEB: LegacyFontSpec = {
  letters: {
    'ض': 'چ',
    'ث': 'پ',
    'ذ': 'ژ',
    'ظ': 'ڤ',
    'ط': 'گ',
    'گ': 'ط',
    'پ': 'ڵ',
    'ص': 'ێ',
    'أ': 'ڕ',
    'ى': '*',
    'آ': '*',
    'إ': '',
    'ة': 'ە',
    'ه': CONSONANT_H,
    'ي': 'ی',
    'ك': 'ک',
  },
  sequences: {
    [`ل${FATHA}`]: 'ڵ',
    [`لا${FATHATAN}`]: 'ڵا',
    'لآ': 'ڵا',
    [`و${FATHA}`]: 'ۆ',
  },
};

/**
 * Dylan (Dilan): the Windows Arabic code page has پ چ ژ گ, so only the letters it lacks are
 * reassigned: ێ on ث, ڵ on ص, ڕ on ذ, ڤ on ض; the lam–alef ligatures with a hamza or madda
 * are drawn ڵا.
 */
const DYLAN: LegacyFontSpec = {
  letters: {
    'ث': 'ێ',
    'ص': 'ڵ',
    'ذ': 'ڕ',
    'ض': 'ڤ',
    'آ': 'ا',
    'ة': 'ە',
    'ه': CONSONANT_H,
    'ى': 'ی',
    'ي': 'ی',
    'ك': 'ک',
  },
  sequences: {
    'لأ': 'ڵا',
    'لإ': 'ڵا',
    'لآ': 'ڵا',
    [`و${FATHA}`]: 'ۆ',
  },
};

/**
 * Zarnegar (the Persian word processor, used with Persian conventions: ە is ه or ه + ZWNJ,
 * both handled by normalize): the "v" of ێ ڵ ۆ is a dammatan, the one under ڕ a kasratan.
 */
const ZARNEGAR: LegacyFontSpec = {
  letters: {},
  sequences: {
    [`ی${DAMMATAN}`]: 'ێ',
    [`ل${DAMMATAN}`]: 'ڵ',
    [`لا${DAMMATAN}`]: 'ڵا',
    [`و${DAMMATAN}`]: 'ۆ',
    [`ر${KASRATAN}`]: 'ڕ',
  },
};

/** A sequence rule: the converted text it must follow, and what replaces both. */
export type SequenceRule = readonly [before: string, to: string];

/** A legacy font's tables, compiled for the character pass of normalization. */
export interface LegacyFontTable {
  /** Input code unit → its Unicode text. */
  readonly letters: ReadonlyMap<number, string>;
  /** Input code unit → the rules it ends, longest `before` first. */
  readonly sequences: ReadonlyMap<number, readonly SequenceRule[]>;
  /** 1 for every code unit that is a key of `letters` or `sequences` (a fast first test). */
  readonly touches: Uint8Array;
}

/** `آ` and `أ` may also arrive decomposed (ا + mark): the same rules apply to that spelling. */
function decomposed(ch: string): string {
  const d = ch.normalize('NFD');
  return d.length === 2 ? d : ch;
}

function compile(spec: LegacyFontSpec): LegacyFontTable {
  const letters = new Map<number, string>();
  const sequences = new Map<number, SequenceRule[]>();
  const touches = new Uint8Array(0x10000);
  const addRule = (key: string, to: string) => {
    const trigger = key.charCodeAt(key.length - 1);
    const rules = sequences.get(trigger) ?? [];
    rules.push([key.slice(0, -1), to]);
    rules.sort((a, b) => b[0].length - a[0].length);
    sequences.set(trigger, rules);
    touches[trigger] = 1;
  };
  for (const [from, to] of Object.entries(spec.letters)) {
    letters.set(from.charCodeAt(0), to);
    touches[from.charCodeAt(0)] = 1;
    const d = decomposed(from);
    if (d !== from) addRule(d, to);
  }
  for (const [key, to] of Object.entries(spec.sequences)) {
    addRule(key, to);
    const last = key.slice(-1);
    const d = decomposed(last);
    if (d !== last) addRule(key.slice(0, -1) + d, to);
  }
  return { letters, sequences, touches };
}

/** The compiled tables of each legacy font, applied before the rest of normalization. */
export const LEGACY_FONT_TABLES: Readonly<Record<LegacyFont, LegacyFontTable>> = {
  'ali-k': compile(ALI_K),
  'ali-web': compile(ALI_WEB),
  dylan: compile(DYLAN),
  zarnegar: compile(ZARNEGAR),
};

// ---------------------------------------------------------------------------------------
// Detection.

const C = (ch: string) => ch.charCodeAt(0);
/** Letters that exist only in Unicode Sorani: no legacy font can produce them. */
const UNICODE_ONLY = new Set(['ێ', 'ڵ', 'ڕ', 'ۆ', 'ە', 'ڤ'].map(C));
/** Letters of the Windows Arabic code page that the Arabic 101 keyboard lacks (Dylan types them). */
const PERSIAN_LETTERS = new Set(['چ', 'ژ', 'گ'].map(C));
const PEH = C('پ');
/** Letters that carry the "v" mark in the Ali fonts (ی ي ى ل و) and Zarnegar. */
const V_BASES = new Set(['ی', 'ي', 'ى', 'ل', 'و'].map(C));
const [DAD, THEH, THAL, TAH, ZAH, SAD] = ['ض', 'ث', 'ذ', 'ط', 'ظ', 'ص'].map(C) as [number, number, number, number, number, number];
const [LAM, REH, ALEF, TEH_MARBUTA, HAMZA] = ['ل', 'ر', 'ا', 'ة', 'ء'].map(C) as [number, number, number, number, number];
const [ALEF_MADDA, ALEF_HAMZA, ALEF_MAKSURA] = ['آ', 'أ', 'ى'].map(C) as [number, number, number];

/**
 * Guesses whether a text was typed with one of the legacy fonts, from code points and
 * patterns that Unicode Sorani does not have: the reassigned Arabic letters (ض ث ذ ط ظ ص), the
 * "v" marks on ل ی و ر, ة for ە with no Unicode-only letter (ێ ڵ ڕ ۆ ە ڤ) anywhere near as
 * frequent. Returns `undefined` for Unicode Sorani, for Arabic or Persian text and when the
 * evidence is too thin (a few words). Linear in the length of the text.
 *
 * @example
 * detectLegacyFont('ثيَويستة ريَطة بدةين'); // 'ali-k' (پێویستە ڕێگە بدەین)
 * detectLegacyFont('پێویستە ڕێگە بدەین');   // undefined
 */
export function detectLegacyFont(text: string): LegacyFont | undefined {
  const s = typeof text === 'string' ? text : '';
  let letters = 0;
  let unicodeOnly = 0;
  let persian = 0; // چ ژ گ
  let peh = 0; // پ: Dylan's پ, Ali-Web's ڵ
  let tehMarbuta = 0;
  let arabicArticle = 0; // words starting with ال: Arabic, not Kurdish
  let aliMarks = 0;
  let zarnegarMarks = 0;
  let madda = 0;
  let alefHamza = 0;
  let hamza = 0;
  let maksura = 0;
  const count = new Uint32Array(0x700); // per Arabic-block code unit
  let prev = -1; // the previous code unit
  let prev2 = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isArabicLetter(c)) {
      letters++;
      if (UNICODE_ONLY.has(c)) unicodeOnly++;
      else if (PERSIAN_LETTERS.has(c)) persian++;
      else if (c === PEH) peh++;
      else if (c === TEH_MARBUTA) tehMarbuta++;
      else if (c === ALEF_MAKSURA) maksura++;
      else if (c === HAMZA && isArabicLetter(prev)) hamza++;
      else if (c === ALEF_MADDA && prev !== LAM) madda++;
      else if (c === ALEF_HAMZA && prev !== LAM) alefHamza++;
      else if (c === LAM && prev === ALEF && !isArabicLetter(prev2)) arabicArticle++;
      if (c < 0x700) count[c]!++;
    } else if (c === 0x064e || c === 0x064b || c === 0x0651) {
      if (V_BASES.has(prev)) aliMarks++;
    } else if (c === 0x0650) {
      if (prev === REH) aliMarks++;
    } else if (c === 0x064c) {
      if (V_BASES.has(prev)) zarnegarMarks++;
    } else if (c === 0x064d) {
      if (prev === REH) zarnegarMarks++;
    }
    prev2 = prev;
    prev = c;
  }
  const n = (c: number) => count[c]!;
  const arabicBorrowed = n(DAD) + n(THEH) + n(THAL);
  const dylanOwn = arabicBorrowed + n(SAD);
  const eaTyped = tehMarbuta > 0 ? 0 : -Infinity; // ە typed as ة is common to the three Ali/Dylan fonts
  const scores: Record<LegacyFont, number> = {
    'ali-k': eaTyped + arabicBorrowed + n(TAH) + n(ZAH) + aliMarks + madda + hamza - persian - peh,
    'ali-web': eaTyped + arabicBorrowed + n(TAH) + n(ZAH) + aliMarks + n(SAD) + alefHamza - maksura - persian,
    // the code page's own letters count only next to Dylan's reassigned ones
    dylan: eaTyped + dylanOwn + Math.min(dylanOwn, persian + peh) - n(TAH) - n(ZAH) - aliMarks,
    zarnegar: 2 * zarnegarMarks,
  };
  let best: LegacyFont | undefined;
  let bestScore = 0;
  for (const font of LEGACY_FONTS) {
    const score = scores[font] - 3 * arabicArticle;
    if (score > bestScore) {
      best = font;
      bestScore = score;
    }
  }
  // At least two signs, at least 2% of the letters, and more than the Unicode-only letters.
  if (best === undefined || bestScore < 2 || bestScore * 50 < letters || bestScore <= unicodeOnly) return undefined;
  return best;
}
