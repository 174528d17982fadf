/**
 * Sorani names of parts of the day and relative time words; the month and weekday names live
 * in `src/facts/calendar-names.ts` (re-exported here).
 *
 * Sources of facts: W. M. Thackston's Sorani grammar for the time words; the usage of Kurdistan
 * Region newspapers. Spellings are in zman's normalized form.
 *
 * @module
 */
import type { CalendarName } from '../facts/calendar-names.js';
import { EUROPEAN_MONTHS, SYRIAC_MONTHS, KURDISH_MONTHS, PERSIAN_MONTHS, HIJRI_MONTHS } from '../facts/calendar-names.js';

export {
  EUROPEAN_MONTHS,
  HIJRI_MONTHS,
  KURDISH_MONTHS,
  MONTHS,
  PERSIAN_MONTHS,
  SYRIAC_MONTHS,
  WEEKDAYS,
} from '../facts/calendar-names.js';
export type { MonthName } from '../facts/calendar-names.js';

/** A part of the day, as `findDates` reports it (`ئێوارە` → `'evening'`). */
export type PartOfDay = 'dawn' | 'morning' | 'noon' | 'afternoon' | 'evening' | 'night' | 'midnight';

/**
 * Words for the parts of the day.
 *
 * @example PARTS_OF_DAY['ئێوارە']; // 'evening'
 */
export const PARTS_OF_DAY: Readonly<Record<string, PartOfDay>> = {
  بەرەبەیان: 'dawn',
  بەیانی: 'morning',
  سبەینان: 'morning',
  نیوەڕۆ: 'noon',
  دوانیوەڕۆ: 'afternoon',
  پاشنیوەڕۆ: 'afternoon',
  عەسر: 'afternoon',
  ئێوارە: 'evening',
  شەو: 'night',
  نیوەشەو: 'midnight',
};

/** One-word relative days: the offset from the reference day, and a part of the day. */
export const RELATIVE_DAYS: Readonly<Record<string, readonly [number, PartOfDay?]>> = {
  ئەمڕۆ: [0],
  ئەمڕۆکە: [0],
  ئەورۆ: [0],
  دوێنێ: [-1],
  دوێکە: [-1],
  پێرێ: [-2],
  سبەی: [1],
  سبەینێ: [1],
  سبەینە: [1],
  دووسبەی: [2],
  ئەمشەو: [0, 'night'],
  دوێشەو: [-1, 'night'],
};

/** One-word relative years. */
export const RELATIVE_YEARS: Readonly<Record<string, number>> = {
  ئەمساڵ: 0,
  پار: -1,
  پارساڵ: -1,
  پێرار: -2,
};

/** Time units. */
export type TimeUnit = 'day' | 'week' | 'month' | 'year';

/** Words for time units. */
export const UNITS: Readonly<Record<string, TimeUnit>> = {
  ڕۆژ: 'day',
  هەفتە: 'week',
  حەفتە: 'week',
  مانگ: 'month',
  ساڵ: 'year',
};

/** Words after a unit (هەفتەی ڕابردوو) that shift it: -1 the last one, +1 the next one. */
export const SHIFTS: Readonly<Record<string, number>> = {
  ڕابردوو: -1,
  ڕابوردوو: -1,
  پێشوو: -1,
  داهاتوو: 1,
  ئایندە: 1,
  دواتر: 1,
};

/** Words that make an offset point back (پێش دوو ڕۆژ) or forward (دوای مانگێک). */
export const OFFSET_BEFORE: Readonly<Record<string, number>> = { پێش: -1, لەپێش: -1, دوای: 1, پاش: 1, لەدوای: 1, لەپاش: 1 };

/** Words after an amount of time (دوو ڕۆژ لەمەوبەر، سێ ڕۆژی تر). */
export const OFFSET_AFTER: Readonly<Record<string, number>> = { لەمەوبەر: -1, لەوەپێش: -1, تر: 1, دیکە: 1 };

/** Parts of a period (سەرەتای مانگ …): which third or half of it. */
export const PERIOD_PARTS: Readonly<Record<string, 'start' | 'middle' | 'end'>> = {
  سەرەتای: 'start',
  سەرەتاکانی: 'start',
  ناوەڕاستی: 'middle',
  نیوەڕاستی: 'middle',
  کۆتایی: 'end',
  کۆتاییەکانی: 'end',
  دوایی: 'end',
};

/** Words after a year that name its calendar (٢٠٢١ی زایینی، ٢٧٢١ی کوردی). */
export const YEAR_MARKERS: Readonly<Record<string, CalendarName>> = {
  ز: 'gregorian',
  زایینی: 'gregorian',
  زاینی: 'gregorian',
  کوردی: 'kurdish',
  هەتاوی: 'persian',
  کۆچی: 'hijri',
  ک: 'hijri',
};

/** Sorani names used by `formatDate`: the standard spelling of each month. */
export function monthNameOf(calendar: CalendarName, month: number, style: 'syriac' | 'european' = 'syriac'): string {
  const table =
    calendar === 'gregorian'
      ? style === 'european'
        ? EUROPEAN_MONTHS
        : SYRIAC_MONTHS
      : calendar === 'kurdish'
        ? KURDISH_MONTHS
        : calendar === 'persian'
          ? PERSIAN_MONTHS
          : HIJRI_MONTHS;
  return table[month - 1]!.names[0]!;
}
