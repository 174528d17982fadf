/**
 * Public calendar conversion and Sorani date formatting.
 *
 * @module
 */
import { DIGIT_ZERO, type DigitSet } from '../chars/index.js';
import {
  dayFromInput,
  FIRST_DAY_NUMBER,
  fromDay,
  inDateRange,
  LAST_DAY_NUMBER,
  monthLength,
  toDay,
  weekdayOf,
  type CalendarDate,
  type CalendarName,
} from './calendar.js';
import { monthNameOf, WEEKDAYS } from './names.js';
import { choice } from '../options/choice.js';

const CALENDARS = ['gregorian', 'kurdish', 'persian', 'hijri'] as const;

/** The day number of a Gregorian `Date` (its UTC day), `'YYYY-MM-DD'` or `{ year, month, day }`. */
function gregorianDay(date: Date | string | CalendarDate, name = 'date'): number {
  const day = dayFromInput(date);
  if (day === undefined && date !== null && typeof date === 'object' && !(date instanceof Date)) {
    // a well-formed { year, month, day } past what a Date holds: name the field
    const { year, month, day: d } = date;
    if (Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(d) && month >= 1 && month <= 12 && d >= 1 && d <= 31) {
      outOfRange('gregorian', date, `${name}.year`);
    }
  }
  if (day === undefined) {
    throw new RangeError(`zman: invalid ${name}: ${JSON.stringify(date)}; allowed: a Date, 'YYYY-MM-DD' or { year, month, day }`);
  }
  return day;
}

/** `{ year, month, day }` written plainly, for messages. */
function show(d: CalendarDate): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** Throws the RangeError of a date a JavaScript `Date` cannot hold, naming the field and the range. */
function outOfRange(calendar: CalendarName, date: CalendarDate, field: string): never {
  const first = fromDay(calendar, FIRST_DAY_NUMBER);
  const last = fromDay(calendar, LAST_DAY_NUMBER);
  throw new RangeError(
    `zman: invalid ${field}: ${JSON.stringify(date.year)} (${calendar} ${show(date)}) is outside the dates JavaScript can hold; allowed: ${calendar} ${show(first)} to ${show(last)}`,
  );
}

function checkDate(calendar: CalendarName, date: CalendarDate, name = 'date'): number {
  const { year, month, day } = date ?? ({} as CalendarDate);
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1 || day > 31) {
    throw new RangeError(`zman: invalid ${calendar} date: ${JSON.stringify(date)}`);
  }
  const n = toDay(calendar, year, month, 1) + day - 1;
  if (!inDateRange(n)) outOfRange(calendar, date, `${name}.year`);
  if (day > monthLength(calendar, year, month)) throw new RangeError(`zman: invalid ${calendar} date: ${JSON.stringify(date)}`);
  return toDay(calendar, year, month, day);
}

/**
 * Converts a date between calendars: `'gregorian'`, `'kurdish'` (Kurdish solar: Persian months
 * and days, year + 1321, new year at Nawroz), `'persian'` (Solar Hijri) or `'hijri'` (tabular
 * Islamic). Throws a `RangeError` on an invalid date or calendar name.
 *
 * @example
 * convertDate({ year: 2021, month: 12, day: 28 }, 'gregorian', 'kurdish'); // { year: 2721, month: 10, day: 7 }
 */
export function convertDate(date: CalendarDate, from: CalendarName, to: CalendarName): CalendarDate {
  const f = choice('from', from, CALENDARS, 'gregorian');
  const t = choice('to', to, CALENDARS, 'gregorian');
  return fromDay(t, checkDate(f, date));
}

/**
 * The Kurdish solar date of a Gregorian date (a `Date`, read in UTC, `'YYYY-MM-DD'` or
 * `{ year, month, day }`). Month 1 is خاکەلێوە, beginning at Nawroz.
 *
 * @example
 * gregorianToKurdish('2021-12-28'); // { year: 2721, month: 10, day: 7 } — ٧ی بەفرانباری ٢٧٢١
 * gregorianToKurdish('2025-03-21'); // { year: 2725, month: 1, day: 1 } — Nawroz
 */
export function gregorianToKurdish(date: Date | string | CalendarDate): CalendarDate {
  return fromDay('kurdish', gregorianDay(date));
}

/**
 * The Gregorian date of a Kurdish solar date.
 *
 * @example
 * kurdishToGregorian({ year: 2725, month: 1, day: 1 }); // { year: 2025, month: 3, day: 21 } — خاکەلێوە ١
 */
export function kurdishToGregorian(date: CalendarDate): CalendarDate {
  return fromDay('gregorian', checkDate('kurdish', date));
}

/** Options of {@link formatDate}. */
export interface FormatDateOptions {
  /** `'gregorian'` (default), `'kurdish'`, `'persian'` or `'hijri'`. */
  calendar?: CalendarName;
  /** Digits: `'arabic'` (٠–٩, default), `'latin'` or `'persian'`. */
  digits?: DigitSet;
  /** Gregorian month names: `'syriac'` (کانوونی دووەم, default) or `'european'` (جەنیوەری). */
  monthNames?: 'syriac' | 'european';
  /** Put the weekday first (default `false`). */
  weekday?: boolean;
}

function digitsIn(n: number, set: DigitSet): string {
  const zero = DIGIT_ZERO[set];
  return String(n).replace(/\d/g, (d) => String.fromCharCode(zero + Number(d)));
}

/**
 * Writes a Gregorian date (a `Date`, read in UTC, `'YYYY-MM-DD'` or `{ year, month, day }`) in
 * Sorani, in the Gregorian or another calendar: day with the ezafe, month name with the ezafe,
 * year (`٢٨ی کانوونی یەکەمی ٢٠٢١`). Throws a `RangeError` on an invalid date or option.
 *
 * @example
 * formatDate('2021-12-28'); // '٢٨ی کانوونی یەکەمی ٢٠٢١'
 * formatDate('2021-12-28', { calendar: 'kurdish' }); // '٧ی بەفرانباری ٢٧٢١'
 * formatDate('2021-12-28', { weekday: true, digits: 'latin' }); // 'سێشەممە، 28ی کانوونی یەکەمی 2021'
 */
export function formatDate(date: Date | string | CalendarDate, options?: FormatDateOptions): string {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new TypeError(`zman: formatDate options must be an object, got ${typeof options}`);
  }
  const calendar = choice('calendar', options?.calendar, CALENDARS, 'gregorian');
  const digits = choice('digits', options?.digits, ['arabic', 'latin', 'persian'] as const, 'arabic');
  const style = choice('monthNames', options?.monthNames, ['syriac', 'european'] as const, 'syriac');
  const weekday = options?.weekday ?? false;
  if (typeof weekday !== 'boolean') throw new RangeError(`zman: invalid option weekday: ${JSON.stringify(weekday)}; allowed: true, false`);
  const day = gregorianDay(date);
  const d = fromDay(calendar, day);
  const month = monthNameOf(calendar, d.month, style);
  const text = `${digitsIn(d.day, digits)}ی ${month}ی ${digitsIn(d.year, digits)}`;
  return weekday ? `${WEEKDAYS[weekdayOf(day)]![0]}، ${text}` : text;
}
