/**
 * The word tables of the date finder, read in the form `normalize()` gives: months, weekdays, parts of the day, relative words, units, shifts, starters.
 *
 * @module
 */
import { normalize } from '../../normalize/index.js';
import { NUMBER_WORDS } from '../../numbers/numeral.js';
import { Lexicon, PhraseLexicon } from '../../numbers/scan.js';
import { type MonthName, MONTHS, OFFSET_BEFORE, PARTS_OF_DAY, PERIOD_PARTS, RELATIVE_DAYS, RELATIVE_YEARS, SHIFTS, UNITS, WEEKDAYS, YEAR_MARKERS } from '../names.js';

export const SUFFIXES = [
  'ێکدا', 'یەکدا', 'ەکەدا', 'یەوە', 'یەدا', 'ەکەی', 'ێکی', 'ەوە', 'ەدا', 'یدا', 'ەکە', 'یەک', 'یش', 'یە', 'ێک', 'دا', 'وە', 'ی', 'ە', 'ش',
] as const;
// Every table is read in the form normalize() gives (Persian spellings such as اسفند become
// ئەسفند), so the tables match whatever the normalizer does to the text.
export const MONTH_PHRASES = new PhraseLexicon<MonthName & { isAmbiguous: boolean }>(
  MONTHS.flatMap((mn) =>
    mn.names.map((name) => [normalize(name), { ...mn, isAmbiguous: mn.ambiguous?.includes(name) ?? false }] as const),
  ),
  SUFFIXES,
);
export const WEEKDAY_PHRASES = new PhraseLexicon<number>(
  WEEKDAYS.flatMap((names, dow) => names.map((name) => [normalize(name), dow] as const)),
  SUFFIXES,
);
export const words = <T>(table: Readonly<Record<string, T>>) =>
  new Lexicon<T>(Object.entries(table).map(([w, v]) => [normalize(w), v] as const), SUFFIXES);
export const PART_OF_DAY = words(PARTS_OF_DAY);
export const RELATIVE_DAY = words(RELATIVE_DAYS);
export const RELATIVE_YEAR = new Lexicon(Object.entries(RELATIVE_YEARS), ['ەوە', 'یش', 'دا', 'ش', 'ی']);
export const UNIT = words(UNITS);
export const SHIFT = words(SHIFTS);
export const PERIOD_PART = new Lexicon(Object.entries(PERIOD_PARTS), []);
export const YEAR_MARKER = new Lexicon(Object.entries(YEAR_MARKERS), []);
/** First words that can start a date expression (besides digits and number words). */
export const STARTERS = new Lexicon<true>(
  [
    ...MONTHS.flatMap((mn) => mn.names.map((n) => normalize(n).split(' ')[0]!)),
    ...WEEKDAYS.flat().map((n) => normalize(n).split(' ')[0]!),
    ...Object.keys(PARTS_OF_DAY),
    ...Object.keys(RELATIVE_DAYS),
    ...Object.keys(RELATIVE_YEARS),
    ...Object.keys(UNITS),
    ...Object.keys(OFFSET_BEFORE),
    ...Object.keys(PERIOD_PARTS),
    'ئەم',
    ...NUMBER_WORDS.words(),
  ].map((w) => [w, true] as const),
  SUFFIXES,
);
/** Clitics glued to the digits that end a date (ساڵی ٢٠١٤دا): part of the span. */
export const DIGIT_CLITICS: ReadonlySet<string> = new Set(['ی', 'دا', 'ەوە', 'وە', 'یش', 'ش', 'ەدا', 'یدا', 'یەوە', 'یشدا']);

