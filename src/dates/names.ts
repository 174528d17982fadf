/**
 * Sorani names of months, weekdays, parts of the day and relative time words.
 *
 * Sources of facts: the month names printed by Kurdistan Region newspapers and ministries
 * (Syriac-named Gregorian months, as in Iraqi Arabic), CLDR's `ckb` calendar data (the Syriac
 * month names and the weekdays as shipped in ICU), the Kurdish solar month names used in
 * Rojhelat and by the Kurdish Academy, Wikipedia "Kurdish calendar", "Iranian calendars" and
 * "Islamic calendar", and W. M. Thackston's Sorani grammar for the time words. Spellings are
 * in zman's normalized form (word-initial ڕ, ە, ک, ی); variants seen in real text are listed
 * after the standard one.
 *
 * @module
 */
import type { CalendarName } from './calendar.js';

/** One month: its calendar, its number (1–12), its spellings, first the standard one (`کانوونی دووەم`). */
export interface MonthName {
  readonly calendar: CalendarName;
  readonly month: number;
  readonly names: readonly string[];
  /**
   * Names that are also common words or personal names (ئازار "pain", نیسان, مەی "wine"): read
   * as a month only after a day number or مانگی, or before a year.
   */
  readonly ambiguous?: readonly string[];
}

const m = (calendar: CalendarName, month: number, names: string[], ambiguous: string[] = []): MonthName => ({
  calendar,
  month,
  names: [...names, ...ambiguous],
  ambiguous,
});

/**
 * Gregorian months by their Syriac names, as used in Iraqi Kurdistan (کانوونی دووەم = January).
 *
 * @example SYRIAC_MONTHS[0].names[0]; // 'کانوونی دووەم'
 */
export const SYRIAC_MONTHS: readonly MonthName[] = [
  m('gregorian', 1, ['کانوونی دووەم', 'کانونی دووەم', 'کانوونی دوەم', 'کانوونی دووهەم', 'کانونی دوەم']),
  m('gregorian', 2, ['شوبات', 'شووبات', 'شباط']),
  m('gregorian', 3, [], ['ئازار', 'ئادار']),
  m('gregorian', 4, [], ['نیسان']),
  m('gregorian', 5, ['ئایار', 'مایس']),
  m('gregorian', 6, ['حوزەیران', 'حزەیران']),
  m('gregorian', 7, ['تەممووز', 'تەمووز', 'تەمموز', 'تەموز']),
  m('gregorian', 8, [], ['ئاب']),
  m('gregorian', 9, ['ئەیلوول', 'ئەیلول']),
  m('gregorian', 10, ['تشرینی یەکەم', 'تشرینی یەکەمی']),
  m('gregorian', 11, ['تشرینی دووەم', 'تشرینی دوەم', 'تشرینی دووهەم']),
  m('gregorian', 12, ['کانوونی یەکەم', 'کانونی یەکەم']),
];

/**
 * Gregorian months by their European names, as in Kurdish media abroad.
 *
 * @example EUROPEAN_MONTHS[0].names[0]; // 'جەنیوەری'
 */
export const EUROPEAN_MONTHS: readonly MonthName[] = [
  m('gregorian', 1, ['جەنیوەری', 'جانیوەری', 'یانوار', 'یانایر', 'ژانویە']),
  m('gregorian', 2, ['فێبریوەری', 'فێبروەری', 'فیبرایەر', 'فێبروار', 'فێوریە']),
  m('gregorian', 3, ['مارچ', 'مارس']),
  m('gregorian', 4, ['ئەپریل', 'ئاپریل', 'ئەپرێل', 'ئاوریل']),
  m('gregorian', 5, ['مایۆ'], ['مەی', 'مای', 'مێ']),
  m('gregorian', 6, ['یونیۆ', 'ژوئەن'], ['جوون', 'جون']),
  m('gregorian', 7, ['جولای', 'جوولای', 'یولیۆ', 'ژوئیە']),
  m('gregorian', 8, ['ئۆگەست', 'ئاگۆست', 'ئاگوست', 'ئۆگست']),
  m('gregorian', 9, ['سێپتەمبەر', 'سەپتەمبەر', 'سێپتێمبەر']),
  m('gregorian', 10, ['ئۆکتۆبەر', 'ئوکتۆبەر', 'ئۆکتۆبر']),
  m('gregorian', 11, ['نۆڤەمبەر', 'نۆڤێمبەر', 'نۆفەمبەر', 'نۆڤامبر']),
  m('gregorian', 12, ['دیسەمبەر', 'دێسەمبەر', 'دیسێمبەر']),
];

/**
 * Kurdish solar months (خاکەلێوە = Farvardin, from Nawroz).
 *
 * @example KURDISH_MONTHS[11].names[0]; // 'ڕەشەمە'
 */
export const KURDISH_MONTHS: readonly MonthName[] = [
  m('kurdish', 1, ['خاکەلێوە']),
  m('kurdish', 2, [], ['گوڵان']),
  m('kurdish', 3, ['جۆزەردان', 'جۆزەردانی']),
  m('kurdish', 4, ['پووشپەڕ', 'پووشپەر']),
  m('kurdish', 5, [], ['گەلاوێژ']),
  m('kurdish', 6, [], ['خەرمانان']),
  m('kurdish', 7, ['ڕەزبەر']),
  m('kurdish', 8, ['خەزەڵوەر', 'خەزەڵوەڕ'], ['گەڵاڕێزان']),
  m('kurdish', 9, ['سەرماوەز']),
  m('kurdish', 10, ['بەفرانبار']),
  m('kurdish', 11, ['ڕێبەندان']),
  m('kurdish', 12, ['ڕەشەمە']),
];

/**
 * Persian (Solar Hijri) month names as written in Sorani text.
 *
 * @example PERSIAN_MONTHS[0].names[0]; // 'فەرڤەردین'
 */
export const PERSIAN_MONTHS: readonly MonthName[] = [
  m('persian', 1, ['فەرڤەردین', 'فەروەردین', 'فروردین']),
  m('persian', 2, ['ئوردیبەهەشت', 'ئەردیبەهەشت', 'اردیبهشت']),
  m('persian', 3, ['خورداد', 'خۆرداد']),
  m('persian', 4, [], ['تیر']),
  m('persian', 5, ['مورداد', 'ئەمورداد', 'مرداد']),
  m('persian', 6, ['شەهریوەر', 'شەهریڤەر', 'شهریور']),
  m('persian', 7, [], ['مێهر', 'مەهر', 'مهر']),
  m('persian', 8, [], ['ئابان', 'آبان']),
  m('persian', 9, [], ['ئازەر', 'آذر']),
  m('persian', 10, [], ['دەی', 'دی']),
  m('persian', 11, [], ['بەهمەن', 'بهمن']),
  m('persian', 12, ['ئیسفەند', 'ئەسفەند', 'اسفند']),
];

/**
 * Hijri (lunar) month names.
 *
 * @example HIJRI_MONTHS[8].names; // ['ڕەمەزان', 'ڕەمەدان']
 */
export const HIJRI_MONTHS: readonly MonthName[] = [
  m('hijri', 1, ['موحەڕڕەم', 'موحەڕەم', 'موحەرەم', 'محرم']),
  m('hijri', 2, [], ['سەفەر']),
  m('hijri', 3, ['ڕەبیعولئەووەل', 'ڕەبیعی یەکەم', 'ڕەبیعی ئەووەڵ']),
  m('hijri', 4, ['ڕەبیعولئاخیر', 'ڕەبیعی دووەم', 'ڕەبیعولسانی']),
  m('hijri', 5, ['جەمادیولئوولا', 'جەمادی یەکەم', 'جومادای یەکەم']),
  m('hijri', 6, ['جەمادیولئاخیر', 'جەمادی دووەم', 'جومادای دووەم']),
  m('hijri', 7, [], ['ڕەجەب']),
  m('hijri', 8, [], ['شەعبان']),
  m('hijri', 9, [], ['ڕەمەزان', 'ڕەمەدان']),
  m('hijri', 10, ['شەووال', 'شەوال']),
  m('hijri', 11, ['زولقەعدە', 'زیلقەعدە']),
  m('hijri', 12, ['زولحیججە', 'زیلحیججە', 'زولحیجە']),
];

/**
 * Every month name of every calendar.
 *
 * @example MONTHS.find((m) => m.names.includes('ئەیلوول'))?.month; // 9
 */
export const MONTHS: readonly MonthName[] = [
  ...SYRIAC_MONTHS,
  ...EUROPEAN_MONTHS,
  ...KURDISH_MONTHS,
  ...PERSIAN_MONTHS,
  ...HIJRI_MONTHS,
];

/**
 * Weekday names by `Date.getUTCDay()` number (0 Sunday … 6 Saturday), standard first.
 *
 * @example WEEKDAYS[1][0]; // 'دووشەممە' (Monday)
 */
export const WEEKDAYS: readonly (readonly string[])[] = [
  ['یەکشەممە', 'یەکشەمە', 'یەک شەممە', 'یەک شەمە'],
  ['دووشەممە', 'دووشەمە', 'دوو شەممە', 'دوو شەمە'],
  ['سێشەممە', 'سێشەمە', 'سێ شەممە', 'سێ شەمە'],
  ['چوارشەممە', 'چوارشەمە', 'چوار شەممە', 'چوار شەمە'],
  ['پێنجشەممە', 'پێنجشەمە', 'پێنج شەممە', 'پێنج شەمە'],
  ['هەینی', 'هەیینی', 'جومعە', 'هەینە'],
  ['شەممە', 'شەمە'],
];

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

/**
 * Decades named by their tens, with the plural `-ەکان` (`نەوەتەکان` "the nineties"): the decade's
 * first year within its century. Source of facts: the Sorani tens (بیست … نەوەد, Thackston's
 * grammar) and their use for decades in the press.
 */
export const DECADES: Readonly<Record<string, number>> = {
  بیستەکان: 20, سییەکان: 30, چلەکان: 40, پەنجاکان: 50, شەستەکان: 60, حەفتاکان: 70, هەشتاکان: 80, نەوەتەکان: 90,
  نەوەدەکان: 90,
};

/** `چەند` "a few" before an amount of time: between this many units (`چەند ڕۆژێک لەمەوبەر`). */
export const FEW_RANGE = [2, 7] as const;

/**
 * Words right after an amount of time that make it a length of time, not a date: `چوار ساڵی تر
 * پێویستە` "four more years are needed", `دوو ساڵ دەخایەنێت` "it takes two years".
 */
export const DURATION_AFTER: ReadonlySet<string> = new Set([
  'پێویستە', 'پێویستی', 'دەخایەنێت', 'دەخایەنن', 'خایاند', 'خایاندووە', 'ماوە', 'ماوەتەوە', 'دەمێنێتەوە', 'مایەوە',
  'دەکێشێت', 'کێشا', 'بەردەوام',
]);

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
