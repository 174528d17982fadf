/**
 * Character classes of the Arabic-script and Latin-script Sorani alphabets.
 *
 * Sources of facts: the Unicode Standard, chapter 9.2 "Arabic" (joining types from
 * ArabicShaping.txt), and the Sorani alphabet as taught in the Kurdistan Region's schools
 * (33 letters, ئ ا ب پ ت ج چ ح خ د ر ڕ ز ژ س ش ع غ ف ڤ ق ک گ ل ڵ م ن ه ە و ۆ وو ی ێ).
 *
 * @module
 */

/** The Sorani Arabic-script alphabet in alphabetical order (وو is written with two و). */
export const SORANI_LETTERS = [
  'ئ', 'ا', 'ب', 'پ', 'ت', 'ج', 'چ', 'ح', 'خ', 'د', 'ر', 'ڕ', 'ز', 'ژ', 'س', 'ش', 'ع', 'غ',
  'ف', 'ڤ', 'ق', 'ک', 'گ', 'ل', 'ڵ', 'م', 'ن', 'ه', 'ە', 'و', 'ۆ', 'ی', 'ێ',
] as const;

/** Zero-width non-joiner, used in Sorani after a joining letter to stop it joining. */
export const ZWNJ = 0x200c;
/** Arabic tatweel (kashida), a stretching character with no letter value. */
export const TATWEEL = 0x0640;

/**
 * Letters that join on both sides (Unicode joining type D), among those used in
 * Sorani, Arabic and Persian text. Every other Arabic letter joins only to the right
 * (type R: ا د ذ ر ڕ ز ژ و ۆ ە ة …) or not at all (ء).
 */
const DUAL_JOINING =
  'بپتثجچحخسشصضطظعغفڤقکكگلڵمنهھیيىێئـڪڥڶڷڠګڳۍېؽ' + '\u063b\u063c\u063d\u063e\u063f\u0678';
const RIGHT_JOINING = 'اآأإٱدذرڕزژوۆؤەةۀڒړۇۈۉۅۄۋۏ' + '\u0671\u0672\u0673\u0675\u0676\u0677';

const table = new Uint8Array(0x10000);
// bit 1: Arabic-script letter; bit 2: dual-joining; bit 4: right-joining; bit 8: digit
for (let c = 0x0620; c <= 0x064a; c++) table[c] = table[c]! | 1;
for (let c = 0x066e; c <= 0x06d5; c++) if (c !== 0x06d4 && c !== 0x0670) table[c] = table[c]! | 1;
for (const c of [0x06ee, 0x06ef, 0x06fa, 0x06fb, 0x06fc, 0x06ff]) table[c] = table[c]! | 1;
for (let c = 0x0750; c <= 0x077f; c++) table[c] = table[c]! | 1;
for (let c = 0x08a0; c <= 0x08c9; c++) table[c] = table[c]! | 1;
table[TATWEEL] = 0; // tatweel is not a letter
for (const ch of DUAL_JOINING) table[ch.charCodeAt(0)] = table[ch.charCodeAt(0)]! | 2;
for (const ch of RIGHT_JOINING) table[ch.charCodeAt(0)] = table[ch.charCodeAt(0)]! | 4;
for (let c = 0x30; c <= 0x39; c++) table[c] = table[c]! | 8;
for (let c = 0x0660; c <= 0x0669; c++) table[c] = table[c]! | 8;
for (let c = 0x06f0; c <= 0x06f9; c++) table[c] = table[c]! | 8;

/** True for a code unit that is a letter of the Arabic script (any language). */
export function isArabicLetter(code: number): boolean {
  return (table[code]! & 1) !== 0;
}

/**
 * True when `s` has at least one letter of the Arabic script (any language).
 *
 * @example
 * hasArabicLetter('کورد'); // true
 * hasArabicLetter('١٢٣'); // false (digits are not letters)
 */
export function hasArabicLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) if ((table[s.charCodeAt(i)]! & 1) !== 0) return true;
  return false;
}

/** True for a code unit that joins to the following letter (dual-joining, or tatweel). */
export function joinsForward(code: number): boolean {
  return (table[code]! & 2) !== 0;
}

/** True for a code unit that joins to the preceding letter (dual- or right-joining). */
export function joinsBackward(code: number): boolean {
  return (table[code]! & 6) !== 0;
}

/** True for a decimal digit in the Latin, Arabic-Indic or Persian (Extended Arabic-Indic) set. */
export function isDigit(code: number): boolean {
  return (table[code]! & 8) !== 0;
}

/**
 * The value 0–9 of a decimal digit in any of the three digit sets, or -1.
 *
 * @example digitValue('٧'.charCodeAt(0)) // 7
 */
export function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x0660 && code <= 0x0669) return code - 0x0660;
  if (code >= 0x06f0 && code <= 0x06f9) return code - 0x06f0;
  return -1;
}

/** The first code unit of each digit set: `latin` 0–9, `arabic` ٠–٩, `persian` ۰–۹. */
export const DIGIT_ZERO = { latin: 0x30, arabic: 0x0660, persian: 0x06f0 } as const;

/** A digit set: Latin 0–9, Arabic-Indic ٠–٩ or Persian (Extended Arabic-Indic) ۰–۹. */
export type DigitSet = keyof typeof DIGIT_ZERO;

