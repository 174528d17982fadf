/**
 * Sorani stopwords for search: function words (pronouns, prepositions, conjunctions,
 * particles, the copula and the most frequent auxiliary forms) in normalized spelling.
 *
 * Source of facts: the closed classes of Thackston (2006) and the authors' knowledge of the most
 * frequent Sorani function words in news text. Authored for zman; no list was copied.
 *
 * @module
 */
import { normalize } from '../normalize/index.js';

const LIST = `
و یان یا کە لە بە بۆ بێ لەگەڵ لەسەر لەژێر لەناو لەنێو لەبەر لەپێش لەپاش لەدوای دوای پاش پێش
تا هەتا وەک وەکوو وەکو بەرەو لەلایەن بەپێی سەبارەت دەربارەی لەبارەی بەهۆی لەنێوان بەبێ
من تۆ ئەو ئێمە ئێوە ئەوان ئەم ئەمە ئەوە ئەمانە ئەوانە ئەمان خۆ خۆی خۆیان خۆم خۆت خۆمان خۆتان
ئەمەش ئەوەش ئەویش ئەوانیش ئەمیش
هەموو هەر هیچ چەند هەندێک هەندێ هەمان تر دیکە
کێ چی چ چۆن کەی کوێ بۆچی کام ئایا
ئەگەر بەڵام چونکە چوونکە هەروەها هەروا ئینجا جا نە هەم نەک بەڵکو کەچی واتە بۆیە
کاتێک کاتێ تاکو هەتاکو تاوەکو لەبەرئەوەی
نا بەڵێ ئێستا هێشتا تەنها تەنیا تەنانەت زۆر کەم زیاتر
هەیە هەبوو هەن نییە نیە نین نەبوو بوو بوون بووە بێت دەبێت دەبێ ببێت دەکات دەکرێت کرد کرا کراوە
دەکەن دەکەین کردووە کردبوو وا وەها ئاوا ئەوەی ئەمەی یەک یەکێک
لێ پێ تێ لێی پێی تێی پێیان لێیان
ە ی دا ەوە یش ش
`;

/**
 * The stopword list, in normalized spelling.
 *
 * @example
 * stopwords.has('لەگەڵ'); // true
 */
export const stopwords: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter((w) => w.length > 0));

/**
 * Whether a word is a stopword (normalized first, so `كه` counts as `کە`).
 *
 * @example
 * isStopword('لەگەڵ'); // true
 * isStopword('کوردستان'); // false
 */
export function isStopword(word: string): boolean {
  return stopwords.has(normalize(word).replace(/\u200c/g, ''));
}

/**
 * {@link isStopword} for a word that is normalized already (a token's `normalized` form):
 * only ZWNJ is removed before the look-up.
 *
 * @example
 * isStopwordNormalized('لەگەڵ'); // true
 */
export function isStopwordNormalized(word: string): boolean {
  return stopwords.has(word.indexOf('\u200c') < 0 ? word : word.replace(/\u200c/g, ''));
}
