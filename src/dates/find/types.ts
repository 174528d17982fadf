/**
 * The shapes shared by the date finder: the public span and options, and the internal match and context.
 *
 * @module
 */
import type { Tokens } from '../../numbers/scan.js';
import type { CalendarName } from '../calendar.js';
import type { PartOfDay, TimeUnit } from '../names.js';
import type { WordMemo } from '../../morph/memo.js';

/** A date expression found in text, resolved to days. Offsets index the original input. */
export interface DateSpan {
  readonly start: number;
  readonly end: number;
  /** The original text of the span. */
  readonly text: string;
  /**
   * `date` a day (٢٧ - ١٢ - ٢٠٢١، ١٠ی کانوونی دووەم), `weekday` (ڕۆژی دووشەممە), `relative`
   * (ئەمڕۆ، هەفتەی ڕابردوو، دوای مانگێک), `month` (مانگی کانوونی دووەم), `year` (ساڵی ٢٠١٤),
   * `interval` a part of a period (سەرەتای مانگی کانوونی یەکەم), a decade (نەوەتەکان) or an
   * approximate range (چەند ڕۆژێک لەمەوبەر), `duration` a length of time (دوو ساڵ، چوار ساڵی تر
   * پێویستە), not a date: its `iso` is an ISO 8601 duration (`P2Y`) and `from`/`to` the period of
   * that length starting at the reference.
   */
  readonly kind: 'date' | 'weekday' | 'relative' | 'month' | 'year' | 'interval' | 'duration';
  /**
   * ISO 8601: `YYYY-MM-DD` for a day, `YYYY-MM` for a Gregorian month, `YYYY` for a Gregorian
   * year, otherwise the interval `from/to` (weeks, parts of periods, months and years of the
   * other calendars).
   */
  readonly iso: string;
  /** The unit of time the expression names. */
  readonly granularity: 'day' | 'week' | 'month' | 'year';
  /** The first day (Gregorian, `YYYY-MM-DD`). */
  readonly from: string;
  /** The last day, inclusive (Gregorian, `YYYY-MM-DD`). */
  readonly to: string;
  /** The calendar the text used (Kurdish and Persian months, Hijri months, year markers). */
  readonly calendar: CalendarName;
  /** The part of the day, when the text names one (ئێوارەی ڕۆژی پێنجشەممە). */
  readonly partOfDay?: PartOfDay;
  /** An approximate range (`چەند ڕۆژێک لەمەوبەر` "a few days ago": 2 to 7 days ago). */
  readonly approximate?: true;
}
/** Options of {@link findDates}. */
export interface FindDatesOptions {
  /**
   * The date the text was written, which relative expressions are resolved against: a `Date`
   * (its UTC day) or `'YYYY-MM-DD'`. Default: today (UTC).
   */
  reference?: Date | string;
  /** The first day of a week: `'saturday'` (default, as in Kurdistan), `'sunday'` or `'monday'`. */
  weekStart?: 'saturday' | 'sunday' | 'monday';
}
export type Granularity = DateSpan['granularity'];
export interface Match {
  from: number;
  to: number;
  kind: DateSpan['kind'];
  granularity: Granularity;
  a: number;
  b: number;
  calendar: CalendarName;
  /** A whole Gregorian month or year: iso is YYYY-MM or YYYY. */
  whole?: boolean;
  partOfDay?: PartOfDay;
  approximate?: true;
  /** A length of time: its ISO 8601 duration (`P4Y`), which is then the iso. */
  duration?: string;
}
export interface Ctx {
  t: Tokens;
  /** The memo the words are analysed in (the document's, else the shared one). */
  memo: WordMemo;
  ref: number;
  weekStart: number;
  /** The position and result of the last {@link durationAt}. */
  durationAt: number;
  duration: Duration | undefined;
}
export interface Duration {
  n: number;
  unit: TimeUnit;
  end: number;
  suffix: string;
}
