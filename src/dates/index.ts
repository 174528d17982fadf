/**
 * `zman/dates` — Sorani dates: finding and resolving them in text, calendar conversion
 * (Gregorian, Kurdish solar, Persian, Hijri) and formatting.
 *
 * @example
 * import { findDates, formatDate, gregorianToKurdish } from 'zman/dates';
 * findDates('هەفتەی ڕابردوو', { reference: '2021-12-28' })[0].iso; // '2021-12-18/2021-12-24'
 * formatDate('2021-12-28', { calendar: 'kurdish' }); // '٧ی بەفرانباری ٢٧٢١'
 * gregorianToKurdish('2025-03-21'); // { year: 2725, month: 1, day: 1 }
 *
 * @module
 */
export { findDates, findDatesIn, findDatesInDocument } from './find.js';
export type { DateSpan, FindDatesOptions } from './find.js';
export { convertDate, formatDate, gregorianToKurdish, kurdishToGregorian } from './convert.js';
export type { FormatDateOptions } from './convert.js';
export type { CalendarDate, CalendarName } from './calendar.js';
export {
  EUROPEAN_MONTHS,
  HIJRI_MONTHS,
  KURDISH_MONTHS,
  MONTHS,
  PARTS_OF_DAY,
  PERSIAN_MONTHS,
  SYRIAC_MONTHS,
  WEEKDAYS,
} from './names.js';
export type { MonthName, PartOfDay } from './names.js';
