/**
 * Data tables of the tokenizer and the sentence splitter.
 *
 * Sources of facts: Sorani abbreviations as written in Kurdish newspapers and school grammars
 * (د. for دکتۆر "doctor", پ. for پڕۆفیسۆر, م. for مامۆستا "teacher", پ.ز. for پێش زایین "BC",
 * ز. for زایینی "AD", هتد for هەتا دوایی "etc.", ژ. for ژمارە "number", ل. for لاپەڕە "page",
 * ب. for بەرگ "volume"); the common English and Kurdish (Kurmanji, Latin script) abbreviations
 * (hwd. for "her wekî din", "etc."); the Unicode Standard's general categories for
 * punctuation (Ps/Pe/Pi/Pf/Pd) and the IANA root zone for top-level domains.
 *
 * @module
 */

/**
 * Abbreviations that usually end a list, and so a sentence (هتد for هەتا دوایی, etc., hwd.), are
 * deliberately absent: their dot ends a sentence unless a lower-case Latin word follows.
 *
 * Arabic-script abbreviations of more than one letter that are written with a final dot
 * (keys without the dot, in normalized spelling). Every single Arabic-script letter followed by
 * a dot is an abbreviation or an initial too (د. م. پ. ز. ژ. ل. ب. ک.), so those are not listed.
 */
export const ARABIC_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'پڕۆف', // پڕۆفیسۆر
  'دکت', // دکتۆر (rare short form)
  'ژم', // ژمارە, "number"
  'لاپ', // لاپەڕە, "page"
]);

/**
 * Latin-script abbreviations written with a final dot (keys lower case, without the dot).
 * A single Latin letter followed by a dot is an initial (J. K. Rowling) and is not listed.
 */
export const LATIN_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // English titles and common short forms
  'dr', 'prof', 'mr', 'mrs', 'ms', 'st', 'jr', 'sr', 'vs', 'no', 'vol', 'pp', 'fig',
  'approx', 'dept', 'est', 'inc', 'ltd', 'co', 'gen', 'col', 'lt', 'sgt', 'rev', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // Kurdish (Latin script): bnr. "binêre" (see); r. "rûpel" (page) is a single letter
  'bnr',
]);

/**
 * Top-level domains that make `name.tld` a web address without `http://` or `www.`
 * (a short list of the common generic ones and those of Kurdistan and its neighbours).
 */
export const TOP_LEVEL_DOMAINS: ReadonlySet<string> = new Set([
  'com', 'org', 'net', 'edu', 'gov', 'info', 'io', 'co', 'krd', 'iq', 'ir', 'tr', 'sy', 'uk',
  'de', 'fr', 'se', 'nl', 'eu', 'us', 'ca', 'ru', 'news', 'tv', 'me', 'app', 'dev', 'int',
]);

/** URL schemes recognized at the start of a web address (followed by `//`, or `:` for mailto). */
export const URL_PREFIXES: readonly string[] = ['https://', 'http://', 'ftp://', 'www.'];

/**
 * Sentence-final marks: full stop, question marks (Latin ? and Arabic ؟), exclamation mark,
 * ellipsis, Urdu full stop ۔, the double marks ‼ ⁇ ⁈ ⁉ and their full-width forms. The Arabic
 * semicolon ؛ is not one: Sorani uses it, like `;`, between clauses of one sentence.
 */
export const SENTENCE_END_MARKS = '.!?؟…۔‼⁇⁈⁉！？。．' as const;

/**
 * Quotation marks that open or close depending on context (straight quotes). The curly and
 * angle quotes « » “ ” ‘ ’ ‹ › are typed by their Unicode general category (Pi opens, Pf closes).
 */
export const AMBIGUOUS_QUOTES = '"\'' as const;

/**
 * Characters of Unicode category P that are symbols for a reader and are typed `symbol`:
 * percent and per-mille signs (Latin and Arabic ٪ ؉ ؊), number sign, at sign, ampersand,
 * asterisk, section and paragraph signs, daggers, the Arabic five-pointed star ٭.
 */
export const SYMBOL_PUNCTUATION = '%٪؉؊‰‱#@&*§¶†‡٭' as const;
