/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC): Gregorian, Persian
 * (Solar Hijri), Kurdish solar and tabular Hijri.
 *
 * Sources of facts:
 * - Persian calendar: the 33-year arithmetic rule used by ICU (leap years are those with
 *   `(25·y + 11) mod 33 < 8`; Farvardin 1 of year y falls `365·(y−1) + ⌊(8y + 21)/33⌋` days
 *   after the epoch); months 1–6 have 31 days, 7–11 have 30, Esfand 29 or 30. Checked day by day
 *   against the runtime's `Intl.DateTimeFormat` (`ca-persian`) from 1900 to 2100 in the tests.
 * - Kurdish solar calendar: the Persian calendar's days and months, Kurdish month names, and
 *   the year counted from 700 BCE (Kurdish year = Persian year + 1321), beginning at Nawroz
 *   (1 خاکەلێوە = 1 Farvardin, 20 or 21 March).
 * - Hijri: the tabular (arithmetical, "civil") Islamic calendar with the 30-year leap cycle
 *   (leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29); it may differ by a day or two from the
 *   observed lunar calendar.
 *
 * @module
 */
import type { CalendarName } from '../facts/calendar-names.js';

const MS_PER_DAY = 86_400_000;

/**
 * The first and last day numbers a JavaScript `Date` can hold (±100,000,000 days around
 * 1970-01-01: -271821-04-20 to 275760-09-13, ECMA-262 §21.4.1.1); dates outside are refused.
 */
export const FIRST_DAY_NUMBER = -100_000_000;
export const LAST_DAY_NUMBER = 100_000_000;

/** Whether a day number is one a `Date` can hold. */
export function inDateRange(dayNumber: number): boolean {
  return Number.isFinite(dayNumber) && dayNumber >= FIRST_DAY_NUMBER && dayNumber <= LAST_DAY_NUMBER;
}

/** A calendar date: year, month 1–12, day 1–31 (`{ year: 2721, month: 10, day: 7 }` = ٧ی بەفرانباری ٢٧٢١). */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The calendars zman reads and writes: Gregorian, Kurdish solar (خاکەلێوە …), Persian, Hijri. */
export type { CalendarName } from '../facts/calendar-names.js';

/** Days since 1970-01-01 of a Gregorian date. */
export function gregorianToDay(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.floor(d.getTime() / MS_PER_DAY);
}

/** The Gregorian date of a day number. */
export function dayToGregorian(dayNumber: number): CalendarDate {
  const d = new Date(dayNumber * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Days in a Gregorian month. */
export function gregorianMonthLength(year: number, month: number): number {
  return gregorianToDay(year, month + 1, 1) - gregorianToDay(year, month, 1);
}

/** The weekday of a day number: 0 Sunday … 6 Saturday. */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

// ---- Persian ----------------------------------------------------------------------------

function persianDaysBefore(year: number): number {
  return 365 * (year - 1) + Math.floor((8 * year + 21) / 33);
}
/** 1 Farvardin 1400 = 2021-03-21. */
const FARVARDIN_1400 = gregorianToDay(2021, 3, 21) - persianDaysBefore(1400);

/** True for a Persian leap year (Esfand has 30 days). */
export function isPersianLeapYear(year: number): boolean {
  return persianDaysBefore(year + 1) - persianDaysBefore(year) === 366;
}

/** Days in a month of the Persian (and Kurdish solar) calendar. */
export function persianMonthLength(year: number, month: number): number {
  if (month <= 6) return 31;
  if (month <= 11) return 30;
  return isPersianLeapYear(year) ? 30 : 29;
}

/** Day number of a Persian date. */
export function persianToDay(year: number, month: number, day: number): number {
  const before = month <= 7 ? 31 * (month - 1) : 186 + 30 * (month - 7);
  return FARVARDIN_1400 + persianDaysBefore(year) + before + day - 1;
}

/** The Persian date of a day number. */
export function dayToPersian(dayNumber: number): CalendarDate {
  let year = 1400 + Math.floor((dayNumber - persianToDay(1400, 1, 1)) / 365.2422);
  while (persianToDay(year, 1, 1) > dayNumber) year--;
  while (persianToDay(year + 1, 1, 1) <= dayNumber) year++;
  const doy = dayNumber - persianToDay(year, 1, 1);
  const month = doy < 186 ? Math.floor(doy / 31) + 1 : Math.floor((doy - 186) / 30) + 7;
  return { year, month, day: dayNumber - persianToDay(year, month, 1) + 1 };
}

// ---- Hijri (tabular) ---------------------------------------------------------------------

/** 1 Muharram 1 AH = 16 July 622 (Julian), day number −492,148. */
const HIJRI_EPOCH = -492_148;

/** Day number of a tabular Hijri date. */
export function hijriToDay(year: number, month: number, day: number): number {
  return HIJRI_EPOCH + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + Math.ceil(29.5 * (month - 1)) + day - 1;
}

/** The tabular Hijri date of a day number. */
export function dayToHijri(dayNumber: number): CalendarDate {
  const year = Math.floor((30 * (dayNumber - HIJRI_EPOCH) + 10646) / 10631);
  const month = Math.min(12, Math.ceil((dayNumber - 29 - hijriToDay(year, 1, 1)) / 29.5) + 1);
  return { year, month, day: dayNumber - hijriToDay(year, month, 1) + 1 };
}

/** Days in a tabular Hijri month. */
export function hijriMonthLength(year: number, month: number): number {
  return month === 12 ? hijriToDay(year + 1, 1, 1) - hijriToDay(year, 12, 1) : hijriToDay(year, month + 1, 1) - hijriToDay(year, month, 1);
}

// ---- Any calendar -------------------------------------------------------------------------

/** Kurdish solar year = Persian year + 1321. */
export const KURDISH_YEAR_OFFSET = 1321;

/** Day number of a date in any calendar. */
export function toDay(calendar: CalendarName, year: number, month: number, day: number): number {
  switch (calendar) {
    case 'gregorian':
      return gregorianToDay(year, month, day);
    case 'persian':
      return persianToDay(year, month, day);
    case 'kurdish':
      return persianToDay(year - KURDISH_YEAR_OFFSET, month, day);
    case 'hijri':
      return hijriToDay(year, month, day);
  }
}

/** The date of a day number in any calendar. */
export function fromDay(calendar: CalendarName, dayNumber: number): CalendarDate {
  switch (calendar) {
    case 'gregorian':
      return dayToGregorian(dayNumber);
    case 'persian':
      return dayToPersian(dayNumber);
    case 'kurdish': {
      const p = dayToPersian(dayNumber);
      return { year: p.year + KURDISH_YEAR_OFFSET, month: p.month, day: p.day };
    }
    case 'hijri':
      return dayToHijri(dayNumber);
  }
}

/** Days in a month of any calendar. */
export function monthLength(calendar: CalendarName, year: number, month: number): number {
  switch (calendar) {
    case 'gregorian':
      return gregorianMonthLength(year, month);
    case 'persian':
      return persianMonthLength(year, month);
    case 'kurdish':
      return persianMonthLength(year - KURDISH_YEAR_OFFSET, month);
    case 'hijri':
      return hijriMonthLength(year, month);
  }
}

/** The ISO 8601 form (YYYY-MM-DD) of a day number. */
export function isoDay(dayNumber: number): string {
  const { year, month, day } = dayToGregorian(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Reads `YYYY-MM-DD` (or a Date) as a day number; `undefined` when invalid. */
export function dayFromInput(value: unknown): number | undefined {
  if (value instanceof Date) {
    const t = value.getTime();
    return Number.isNaN(t) ? undefined : Math.floor(t / MS_PER_DAY);
  }
  if (typeof value === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
    if (!m) return undefined;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > gregorianMonthLength(y, mo)) return undefined;
    const n = gregorianToDay(y, mo, d);
    return inDateRange(n) ? n : undefined;
  }
  if (value !== null && typeof value === 'object') {
    const { year, month, day } = value as Partial<CalendarDate>;
    if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
    if (month! < 1 || month! > 12 || day! < 1 || day! > gregorianMonthLength(year!, month!)) return undefined;
    const n = gregorianToDay(year!, month!, day!);
    return inDateRange(n) ? n : undefined;
  }
  return undefined;
}
