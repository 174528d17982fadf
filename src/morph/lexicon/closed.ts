/**
 * Closed word classes of Central Kurdish, in normalized spelling.
 *
 * Source of facts: W. M. Thackston, "Sorani Kurdish: A Reference Grammar with Selected
 * Readings" (Harvard, 2006), chapters on pronouns, prepositions, circumpositions, conjunctions
 * and numerals; Wikipedia/Wiktionary "Sorani" grammar pages; the authors' knowledge of Sorani.
 * Authored for zman; no data file was copied.
 *
 * @module
 */
import { CARDINAL_WORDS } from '../../facts/number-words.js';
import type { PartOfSpeech } from './types.js';
import { words } from './types.js';

/** Independent personal, reflexive and reciprocal pronouns. */
const PRONOUNS = words(`
  من تۆ ئەو ئێمە ئێوە ئەوان ئەم ئەمان ئەمە ئەوە ئەمانە ئەوانە خۆ
  یەکتر یەکدی وێ هەردووک هەمووان کەس هیچکەس هەرکەس هەمووکەس شت هیچ هەر هەندێک هەندێ کەسێک شتێک
  فڵان فڵانکەس یەکێک هیچیان هیچکام هیچیەک هەریەک هەریەکە هەموو تەواو هەردوو هەرسێ گشت تێکڕا
`);

/** Demonstratives (determiners): ئەم … ـە "this", ئەو … ـە "that". */
const DEMONSTRATIVES = words(`ئەم ئەو لەم لەو بەم بەو تر دیکە هی ئا ئەوها ئاوا وا ئەمها ئەوەندە ئەمەندە ئەوەها`);

/** Question words. */
const QUESTION_WORDS = words(`
  کێ چی چ چۆن کەی کوێ لەکوێ بۆچی بۆ چەند کام کامە کامەیان چەندە چەندین بۆکوێ لەکوێوە
  ئایا ئاخۆ تاکەی هەتاکەی چما چۆنی چلۆن کوا کوانێ
`);

/** Simple prepositions (they come before the noun, and may fuse with pronouns: لێ پێ تێ). */
const PREPOSITIONS = words(`
  لە بە بۆ بێ لەگەڵ دژی دوای پاش پێش لەبەر بەبێ لەسەر لەژێر لەناو لەنێو لەپێش لەپاش لەدوای
  تا هەتا وەک وەکوو وەکو بەرەو لەلایەن بەپێی لەبری لەجیاتی سەبارەت دەربارەی لەبارەی بەهۆی
  لەنێوان لەتەنیشت لەڕووی لەپشت لەبن لەسایەی بەدەم لەمەڕ بەناو بەسەر بەژێر بەدوای لەگەڵیا
  لێ پێ تێ تیا پێڕا بەدەست لەدەست نێوان ناو ژێر سەر بن پشت بەرامبەر بەرانبەر لای تەنیشت نزیک
  دوور جگە بێجگە جیا ڕووەو لەبابەت سەرەڕای لەکاتی کاتی بەگوێرەی بەپێ
`);

/** Postpositions and the directional clitic (written joined to the word before). */
export const POSTPOSITIONS = words(`دا ەوە وە ڕا ە`);

/** Conjunctions. */
const CONJUNCTIONS = words(`
  و وە یان یا کە ئەگەر بەڵام چونکە چوونکە لەبەرئەوەی تاکو هەتاکو تاوەکو هەروەها هەروا
  ئینجا ئەوجا جا نە هەم نەک بەڵکو ئەگینا دەنا مەگەر گەرچی هەرچەندە ئەگەرچی کەچی
  واتە یانی بۆیە لەبەرئەوە کاتێک کاتێ هەرکاتێک هەرچی هەرچۆن وەختێک تاوەکوو مادام
  هەربۆیە ئیتر ئیدی لێرەوە هەمیش پاشان دواتر ئەوسا
`);

/** Particles, interjections and other function words. */
const PARTICLES = words(`
  نا نەخێر بەڵێ ئا ئەرێ با ئیتر ئیدی دە ها هەر تەنها تەنیا تەنانەت هێشتا ئێستا ئیستا
  هەمیشە هەرگیز قەت زۆر کەم زیاتر کەمتر باشتر نەختێک تۆزێک هەندێ ڕێک ڕاست بەس
  ئەوەتا ئەمەتا وەڵڵا خۆزگە بریا ئای ئاخ ئۆف ئۆخەی مخابن ئافەرین بژی خێرە هەی ئەی
  دەی ئادەی باشە ئەوسا ئیستاکە ئێستاکە پێشتر دواتر جارێ جارێک دیسان دووبارە هەروەک
  وەها وا ئاوا ئەوەندە هەرچەند ئەوا هتد نییە نیە هەیە هەبوو نەبوو هەن نین نیم نیت نین
`);

/**
 * Number words: the cardinals of `src/facts/number-words.ts` (0 … 900, هەزار … کوادریلیۆن),
 * and the other spelling بلیۆن, fractions and vague amounts; ordinals (‑ەم, ‑ەمین) are derived.
 */
export const NUMBER_WORDS: readonly string[] = [
  ...CARDINAL_WORDS,
  ...words(`بلیۆن نیو نیوە چارەک دەیان سەدان هەزاران ملیۆنان دوایین`),
];

/** Clitics written apart (after a number or a tatweel: ١٠ ـی), analyzed as particles. */
export const CLITICS = words(`ی ە ەوە یش ش دا م ت مان تان یان ەم`);

/**
 * Preverbs written apart from their verb in real text (`هەڵ بکەنەوە`; Thackston 2006, preverbs),
 * analyzed as particles; دا ڕا تێ لێ پێ are already postpositions or prepositions, and وەر is
 * also the present stem of هاتن (وەرە "come!").
 */
const SEPARATE_PREVERBS = words(`هەڵ`);

/** The part of speech of every closed-class word. */
export const CLOSED_CLASSES: readonly (readonly [PartOfSpeech, readonly string[]])[] = [
  ['pron', PRONOUNS],
  ['det', DEMONSTRATIVES],
  ['pron', QUESTION_WORDS],
  ['adp', PREPOSITIONS],
  ['conj', CONJUNCTIONS],
  ['part', PARTICLES],
  ['num', NUMBER_WORDS],
  ['part', CLITICS],
  ['part', SEPARATE_PREVERBS],
];
