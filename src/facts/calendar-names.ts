/**
 * Sorani names of months and weekdays: the one home of these facts, read by `dates` (to find
 * and write dates), `numbers` (an ordinal inside a month name, a number word inside a weekday
 * name is not an amount) and anyone else.
 *
 * Sources of facts: the month names printed by Kurdistan Region newspapers and ministries
 * (Syriac-named Gregorian months, as in Iraqi Arabic), CLDR's `ckb` calendar data (the Syriac
 * month names and the weekdays as shipped in ICU), the Kurdish solar month names used in
 * Rojhelat and by the Kurdish Academy, Wikipedia "Kurdish calendar", "Iranian calendars" and
 * "Islamic calendar". Spellings are
 * in zman's normalized form (word-initial ڕ, ە, ک, ی); variants seen in real text are listed
 * after the standard one.
 *
 * @module
 */
/** The calendars zman reads and converts. */
export type CalendarName = 'gregorian' | 'kurdish' | 'persian' | 'hijri';

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

/**
 * The first words of the month names written in two words whose second word is a number
 * (`کانوونی دووەم`, `تشرینی یەکەم`, `جەمادی دووەم`): an ordinal after them is part of the name.
 */
export const MONTH_NAME_HEADS: ReadonlySet<string> = new Set(
  MONTHS.flatMap((m) => m.names).filter((n) => n.includes(' ')).map((n) => n.slice(0, n.indexOf(' '))),
);

/** The second words of the weekday names written in two words (`یەک شەممە`): شەممە, شەمە. */
export const WEEKDAY_NAME_TAILS: ReadonlySet<string> = new Set(
  WEEKDAYS.flat().filter((n) => n.includes(' ')).map((n) => n.slice(n.indexOf(' ') + 1)),
);
