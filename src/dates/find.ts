/**
 * Finding dates in running text and resolving them against a reference date: numeric dates,
 * day + month (+ year), months, years, weekdays, relative days, weeks, months and years,
 * offsets (دوای مانگێک، پێش دوو ڕۆژ) and parts of periods (سەرەتای مانگی کانوونی یەکەم).
 *
 * @module
 */
import { digitValue } from '../chars/index.js';
import { normalize, normalizeWithMap, type NormalizedText } from '../normalize/index.js';
import { NUMBER_WORDS, readNumeral } from '../numbers/numeral.js';
import {
  isWord,
  latinDigits,
  Lexicon,
  PhraseLexicon,
  punctAt,
  TOKEN,
  type Tokens,
  tokensOf,
  tokenText,
} from '../numbers/scan.js';
import {
  dayFromInput,
  fromDay,
  gregorianMonthLength,
  isoDay,
  monthLength,
  toDay,
  weekdayOf,
  type CalendarName,
} from './calendar.js';
import {
  MONTHS,
  OFFSET_AFTER,
  OFFSET_BEFORE,
  PARTS_OF_DAY,
  PERIOD_PARTS,
  RELATIVE_DAYS,
  RELATIVE_YEARS,
  SHIFTS,
  UNITS,
  WEEKDAYS,
  YEAR_MARKERS,
  type MonthName,
  type PartOfDay,
  type TimeUnit,
} from './names.js';

const { BREAK, DIGITS, JOINED, PUNCT, SPACE, WORD } = TOKEN;

/** A date expression found in text, resolved to days. Offsets index the original input. */
export interface DateSpan {
  readonly start: number;
  readonly end: number;
  /** The original text of the span. */
  readonly text: string;
  /**
   * `date` a day (٢٧ - ١٢ - ٢٠٢١، ١٠ی کانوونی دووەم), `weekday` (ڕۆژی دووشەممە), `relative`
   * (ئەمڕۆ، هەفتەی ڕابردوو، دوای مانگێک), `month` (مانگی کانوونی دووەم), `year` (ساڵی ٢٠١٤),
   * `interval` a part of a period (سەرەتای مانگی کانوونی یەکەم).
   */
  readonly kind: 'date' | 'weekday' | 'relative' | 'month' | 'year' | 'interval';
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

type Granularity = DateSpan['granularity'];

interface Match {
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
}

interface Ctx {
  t: Tokens;
  ref: number;
  weekStart: number;
  /** The position and result of the last {@link durationAt}. */
  durationAt: number;
  duration: Duration | undefined;
}

const SUFFIXES = [
  'ێکدا', 'یەکدا', 'ەکەدا', 'یەوە', 'یەدا', 'ەکەی', 'ێکی', 'ەوە', 'ەدا', 'یدا', 'ەکە', 'یەک', 'یش', 'یە', 'ێک', 'دا', 'وە', 'ی', 'ە', 'ش',
] as const;

// Every table is read in the form normalize() gives (Persian spellings such as اسفند become
// ئەسفند), so the tables match whatever the normalizer does to the text.
const MONTH_PHRASES = new PhraseLexicon<MonthName & { isAmbiguous: boolean }>(
  MONTHS.flatMap((mn) =>
    mn.names.map((name) => [normalize(name), { ...mn, isAmbiguous: mn.ambiguous?.includes(name) ?? false }] as const),
  ),
  SUFFIXES,
);
const WEEKDAY_PHRASES = new PhraseLexicon<number>(
  WEEKDAYS.flatMap((names, dow) => names.map((name) => [normalize(name), dow] as const)),
  SUFFIXES,
);
const words = <T>(table: Readonly<Record<string, T>>) =>
  new Lexicon<T>(Object.entries(table).map(([w, v]) => [normalize(w), v] as const), SUFFIXES);
const PART_OF_DAY = words(PARTS_OF_DAY);
const RELATIVE_DAY = words(RELATIVE_DAYS);
const RELATIVE_YEAR = new Lexicon(Object.entries(RELATIVE_YEARS), ['ەوە', 'یش', 'دا', 'ش', 'ی']);
const UNIT = words(UNITS);
const SHIFT = words(SHIFTS);
const PERIOD_PART = new Lexicon(Object.entries(PERIOD_PARTS), []);
const YEAR_MARKER = new Lexicon(Object.entries(YEAR_MARKERS), []);

/** First words that can start a date expression (besides digits and number words). */
const STARTERS = new Lexicon<true>(
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

const WEEK_STARTS = { sunday: 0, monday: 1, saturday: 6 } as const;

/** Clitics glued to the digits that end a date (ساڵی ٢٠١٤دا): part of the span. */
const DIGIT_CLITICS: ReadonlySet<string> = new Set(['ی', 'دا', 'ەوە', 'وە', 'یش', 'ش', 'ەدا', 'یدا', 'یەوە', 'یشدا']);

// ---- small helpers --------------------------------------------------------------------------

function addMonths(day: number, n: number): number {
  const { year, month, day: d } = fromDay('gregorian', day);
  const total = year * 12 + (month - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return toDay('gregorian', y, m, Math.min(d, gregorianMonthLength(y, m)));
}

function shiftBy(day: number, n: number, unit: TimeUnit): number {
  if (unit === 'day') return day + n;
  if (unit === 'week') return day + 7 * n;
  return addMonths(day, unit === 'month' ? n : 12 * n);
}

/** The period of `unit` that contains `day`, moved by `n` periods. */
function periodOf(ctx: Ctx, day: number, unit: TimeUnit, n: number): [number, number] {
  if (unit === 'day') return [day + n, day + n];
  if (unit === 'week') {
    const a = day - ((weekdayOf(day) - ctx.weekStart + 7) % 7) + 7 * n;
    return [a, a + 6];
  }
  const g = fromDay('gregorian', addMonths(day, unit === 'month' ? n : 12 * n));
  if (unit === 'month') return [toDay('gregorian', g.year, g.month, 1), toDay('gregorian', g.year, g.month, gregorianMonthLength(g.year, g.month))];
  return [toDay('gregorian', g.year, 1, 1), toDay('gregorian', g.year, 12, 31)];
}

function yearRange(calendar: CalendarName, year: number): [number, number] {
  return [toDay(calendar, year, 1, 1), toDay(calendar, year + 1, 1, 1) - 1];
}

function monthRange(calendar: CalendarName, year: number, month: number): [number, number] {
  const a = toDay(calendar, year, month, 1);
  return [a, a + monthLength(calendar, year, month) - 1];
}

/** The year (in `calendar`) that puts month `month` (day `day`) nearest to the reference. */
function nearestYear(ctx: Ctx, calendar: CalendarName, month: number, day?: number): number | undefined {
  const y0 = fromDay(calendar, ctx.ref).year;
  let best: number | undefined;
  let bestDistance = Infinity;
  for (const y of [y0 - 1, y0, y0 + 1]) {
    if (day !== undefined && day > monthLength(calendar, y, month)) continue;
    const [a, b] = day === undefined ? monthRange(calendar, y, month) : [toDay(calendar, y, month, day), toDay(calendar, y, month, day)];
    const distance = ctx.ref < a ? a - ctx.ref : ctx.ref > b ? ctx.ref - b : 0;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = y;
    }
  }
  return best;
}

/** A year number written with a month of `calendar`, in that calendar's count. */
function yearIn(calendar: CalendarName, written: number): number {
  if (calendar === 'kurdish') return written >= 2000 ? written : written + 1321;
  if (calendar === 'persian') return written >= 2000 ? written - 1321 : written;
  return written;
}

/** The value of the digit run at token `i` when it has at most `maxLength` digits and no separator. */
function digitsValue(t: Tokens, i: number, maxLength: number): number | undefined {
  if (i >= t.count || t.kind[i] !== DIGITS) return undefined;
  const s = t.start[i]!;
  const e = t.end[i]!;
  if (e - s > maxLength) return undefined;
  let v = 0;
  for (let k = s; k < e; k++) {
    const d = digitValue(t.text.charCodeAt(k));
    if (d < 0) return undefined;
    v = v * 10 + d;
  }
  return v;
}

function gapOk(t: Tokens, i: number): boolean {
  return i < t.count && t.gap[i] !== BREAK;
}

// ---- years ------------------------------------------------------------------------------------

interface YearHit {
  end: number;
  /** The year as written, or undefined for a relative year. */
  written?: number;
  /** A relative year (ساڵی داهاتوو = +1). */
  shift?: number;
  marker?: CalendarName;
}

/** A calendar marker after a year (٢٠٢١ی زایینی، ٢٠٢١ز): extends `hit`. */
function markerAfter(t: Tokens, hit: YearHit): YearHit {
  let j = hit.end;
  if (j < t.count && t.gap[j] === JOINED && isWord(t, j, 'ی')) j++;
  const m = YEAR_MARKER.at(t, j);
  if (m && gapOk(t, j)) {
    hit.marker = m.value;
    hit.end = j + 1;
    if (m.value === 'hijri' && isWord(t, j + 1, 'هەتاوی')) {
      hit.marker = 'persian';
      hit.end = j + 2;
    }
  }
  return hit;
}

/** A year after a month or on its own: `٢٠٢٢`, `ی ٢٠٢٢`, `ساڵی ٢٠٢٢`, `ساڵی داهاتوو`, `ئەمساڵ`. */
function yearAt(t: Tokens, j: number): YearHit | undefined {
  if (!gapOk(t, j)) return undefined;
  if (isWord(t, j, 'ی') && t.kind[j + 1] === DIGITS) j++;
  const y = digitsValue(t, j, 4);
  if (y !== undefined && y >= 100) return markerAfter(t, { end: j + 1, written: y });
  if (isWord(t, j, 'ساڵی') && gapOk(t, j + 1)) {
    const y2 = digitsValue(t, j + 1, 4);
    if (y2 !== undefined && y2 >= 100) return markerAfter(t, { end: j + 2, written: y2 });
    const s = SHIFT.at(t, j + 1);
    if (s) return { end: j + 2, shift: s.value };
  }
  const r = RELATIVE_YEAR.at(t, j);
  if (r) return { end: j + 1, shift: r.value };
  if (isWord(t, j, 'ئەم') && gapOk(t, j + 1) && UNIT.at(t, j + 1)?.value === 'year') return { end: j + 2, shift: 0 };
  return undefined;
}

/** The year of a month of `calendar` named in text, or the nearest sensible one. */
function resolveYear(ctx: Ctx, calendar: CalendarName, month: number, day: number | undefined, y: YearHit | undefined): number | undefined {
  if (y?.written !== undefined) return yearIn(calendar, y.written);
  if (y?.shift !== undefined) return fromDay(calendar, ctx.ref).year + y.shift;
  return nearestYear(ctx, calendar, month, day);
}

// ---- expressions --------------------------------------------------------------------------------

/** `٢٧ - ١٢ - ٢٠٢١`, `٢٧/١٢/٢٠٢١`, `٢٠٢١-١٢-٢٧`, `27.12.2021`. */
function numericDate(ctx: Ctx, i: number): Match | undefined {
  const { t } = ctx;
  let parts: number[];
  let end: number;
  if (t.kind[i] !== DIGITS) return undefined;
  const one = t.end[i]! - t.start[i]! >= 8 ? /^(\d{1,4})[.\u066b](\d{1,2})[.\u066b](\d{1,4})$/.exec(latinDigits(tokenText(t, i))) : null;
  if (one) {
    parts = [Number(one[1]), Number(one[2]), Number(one[3])];
    end = i + 1;
    if (one[1]!.length !== 4 && one[3]!.length !== 4) return undefined;
  } else if (t.kind[i + 1] === DIGITS && t.kind[i + 2] === DIGITS && t.gap[i + 1] === SPACE && t.gap[i + 2] === SPACE) {
    // ١٥ ١ ٢٠٢٤: day, month and a year of this era separated by spaces only
    const d = digitsValue(t, i, 2);
    const m = digitsValue(t, i + 1, 2);
    const y = tokenText(t, i + 2).length === 4 ? digitsValue(t, i + 2, 4) : undefined;
    if (d === undefined || m === undefined || y === undefined || y < 1900 || y > 2100) return undefined;
    parts = [d, m, y];
    end = i + 3;
  } else {
    const sep = punctAt(t, i + 1);
    if ((sep !== 0x2d && sep !== 0x2f && sep !== 0x2e) || punctAt(t, i + 3) !== sep) return undefined;
    const a = digitsValue(t, i, 4);
    const b = digitsValue(t, i + 2, 2);
    const c = digitsValue(t, i + 4, 4);
    if (a === undefined || b === undefined || c === undefined) return undefined;
    for (let k = i + 1; k <= i + 4; k++) if (t.gap[k] === BREAK) return undefined;
    const la = tokenText(t, i).length;
    const lc = tokenText(t, i + 4).length;
    if (la !== 4 && lc !== 4) return undefined;
    parts = [a, b, c];
    end = i + 5;
  }
  const ymd = parts[0]! >= 1000;
  const y = ymd ? parts[0]! : parts[2]!;
  let d = ymd ? parts[2]! : parts[0]!;
  let m = parts[1]!;
  if (m > 12 && d <= 12) [d, m] = [m, d];
  if (m < 1 || m > 12 || d < 1 || d > gregorianMonthLength(y, m)) return undefined;
  const day = toDay('gregorian', y, m, d);
  return { from: i, to: end, kind: 'date', granularity: 'day', a: day, b: day, calendar: 'gregorian' };
}

/** A month name (with مانگی before it or a year after it when it is ambiguous), plus its year. */
function monthAt(ctx: Ctx, i: number, afterDay: boolean): { end: number; calendar: CalendarName; month: number; year?: YearHit } | undefined {
  const { t } = ctx;
  let j = i;
  const named = isWord(t, j, 'مانگی');
  if (named) j++;
  if (!gapOk(t, j) && j > i) return undefined;
  const hit = MONTH_PHRASES.at(t, j);
  if (hit) {
    const year = hit.suffix === '' || hit.suffix === 'ی' ? yearAt(t, hit.end) : undefined;
    if (hit.value.isAmbiguous && !named && !afterDay && year?.written === undefined) return undefined;
    return { end: year?.end ?? hit.end, calendar: hit.value.calendar, month: hit.value.month, year };
  }
  if (named) {
    // مانگی ١٢ — the twelfth month
    const m = digitsValue(t, j, 2);
    if (m !== undefined && m >= 1 && m <= 12 && t.gap[j] !== JOINED) {
      let end = j + 1;
      if (end < t.count && t.gap[end] === JOINED && isWord(t, end, 'ی')) end++;
      const year = yearAt(t, end);
      return { end: year?.end ?? j + 1, calendar: 'gregorian', month: m, year };
    }
  }
  return undefined;
}

/** `١٠ی مانگی کانوونی دووەم`, `١٠ی کانوونی دووەمی ٢٠٢٢`, `یەکی ئایار`. */
function dayMonth(ctx: Ctx, i: number): Match | undefined {
  const { t } = ctx;
  let d: number | undefined;
  let j: number;
  if (t.kind[i] === DIGITS) {
    d = digitsValue(t, i, 2);
    j = i + 1;
    if (isWord(t, j, 'ی') && gapOk(t, j)) j++;
  } else {
    const n = readNumeral(t, i);
    if (!n || n.approximate || n.kind === 'fraction' || (n.suffix !== 'ی' && n.suffix !== '')) return undefined;
    d = n.value;
    j = n.end;
    if (n.suffix === '') {
      if (!isWord(t, j, 'ی')) return undefined;
      j++;
    }
  }
  if (d === undefined || d < 1 || d > 31 || !Number.isInteger(d) || !gapOk(t, j)) return undefined;
  const mh = monthAt(ctx, j, true);
  if (!mh) {
    // ١٣ی مانگ، ٢٦ی مانگی ڕابردوو، ٧ی ئەم مانگە: a day of a month named relatively
    const ezafe = t.kind[i] === DIGITS ? isWord(t, j - 1, 'ی') : true;
    const rel = ezafe ? relativeMonthAt(ctx, j) : undefined;
    if (!rel) return undefined;
    const g = fromDay('gregorian', rel.a);
    if (d > gregorianMonthLength(g.year, g.month)) return undefined;
    const day = toDay('gregorian', g.year, g.month, d);
    return { from: i, to: rel.end, kind: 'date', granularity: 'day', a: day, b: day, calendar: 'gregorian' };
  }
  const year = resolveYear(ctx, mh.calendar, mh.month, d, mh.year);
  if (year === undefined || year < 1 || d > monthLength(mh.calendar, year, mh.month)) return undefined;
  const day = toDay(mh.calendar, year, mh.month, d);
  return { from: i, to: mh.end, kind: 'date', granularity: 'day', a: day, b: day, calendar: mh.year?.marker ?? mh.calendar };
}

/** `مانگ` (this month), `مانگی ڕابردوو`, `ئەم مانگە`: the month's first day and the token after. */
function relativeMonthAt(ctx: Ctx, j: number): { a: number; end: number } | undefined {
  const { t, ref } = ctx;
  let shift: number | undefined;
  let end = j + 1;
  const u = UNIT.at(t, j);
  if (u?.value === 'month' && (u.suffix === '' || u.suffix === 'دا')) shift = 0;
  else if (u?.value === 'month' && u.suffix === 'ی' && gapOk(t, j + 1) && SHIFT.at(t, j + 1)) {
    shift = SHIFT.at(t, j + 1)!.value;
    end = j + 2;
  } else if (isWord(t, j, 'ئەم') && gapOk(t, j + 1) && UNIT.at(t, j + 1)?.value === 'month') {
    shift = 0;
    end = j + 2;
  }
  if (shift === undefined) return undefined;
  return { a: periodOf(ctx, ref, 'month', shift)[0], end };
}

/** `ڕۆژی ٠٥ـی تەممووز`, `ڕۆژی ٣٠ ٩ ٢٠١٨`: ڕۆژی before a date belongs to it. */
function dayPrefixedAt(ctx: Ctx, i: number): Match | undefined {
  if (!isWord(ctx.t, i, 'ڕۆژی') || !gapOk(ctx.t, i + 1)) return undefined;
  const d = numericDate(ctx, i + 1) ?? dayMonth(ctx, i + 1);
  return d ? { ...d, from: i } : undefined;
}

/** `مانگی کانوونی دووەم`, `ئایاری ٢٠٢٢`, `ساڵی ٢٠١٤`, `٢٠٢١ی زایینی`, `لە ٢٠١٤دا`. */
function monthOrYear(ctx: Ctx, i: number): Match | undefined {
  const { t } = ctx;
  const mh = monthAt(ctx, i, false);
  if (mh) {
    const year = resolveYear(ctx, mh.calendar, mh.month, undefined, mh.year);
    if (year === undefined || year < 1) return undefined;
    const [a, b] = monthRange(mh.calendar, year, mh.month);
    return { from: i, to: mh.end, kind: 'month', granularity: 'month', a, b, calendar: mh.calendar, whole: mh.calendar === 'gregorian' };
  }
  let y: YearHit | undefined;
  if (isWord(t, i, 'ساڵی')) {
    const v = digitsValue(t, i + 1, 4);
    if (v !== undefined && v >= 100 && gapOk(t, i + 1)) y = markerAfter(t, { end: i + 2, written: v });
  } else if (t.kind[i] === DIGITS) {
    const v = digitsValue(t, i, 4);
    if (v !== undefined && v >= 1000) {
      const marked = markerAfter(t, { end: i + 1, written: v });
      if (marked.marker) y = marked;
      else if (v >= 1900 && v <= 2100 && tokenText(t, i).length === 4 && bareYearContext(t, i)) y = marked;
    }
  }
  if (!y || y.written === undefined) return undefined;
  const calendar = y.marker ?? 'gregorian';
  const year = calendar === 'persian' && y.written >= 2000 ? y.written - 1321 : y.written;
  const [a, b] = yearRange(calendar, calendar === 'kurdish' && year < 2000 ? year + 1321 : year);
  return { from: i, to: y.end, kind: 'year', granularity: 'year', a, b, calendar, whole: calendar === 'gregorian' };
}

/** Words before a four-digit number that make it a year (لە ٢٠٢٤، تا ٢٠٢٥، وەرزی ٢٠٢٣). */
const BEFORE_YEAR: ReadonlySet<string> = new Set(['لە', 'تا', 'هەتا', 'وەرزی', 'سەرەتای', 'کۆتایی', 'ناوەڕاستی', 'ساڵانی']);

/**
 * Whether a bare number 1900–2100 at `i` reads as a year: after لە, تا …, with a clitic glued
 * to it (٢٠١٨دا), or after a word with the ezafe at the end of a clause (یۆرۆی ٢٠٢٤ ،).
 */
function bareYearContext(t: Tokens, i: number): boolean {
  const next = i + 1;
  if (next < t.count && t.gap[next] === JOINED && t.kind[next] === WORD && DIGIT_CLITICS.has(tokenText(t, next))) return true;
  if (i === 0 || t.kind[i - 1] !== WORD || t.gap[i] === BREAK) return false;
  const prev = tokenText(t, i - 1);
  if (BEFORE_YEAR.has(prev)) return true;
  const clauseEnd = next >= t.count || t.gap[next] === BREAK || t.kind[next] === PUNCT;
  return clauseEnd && prev.endsWith('ی');
}

/** `ڕۆژی دووشەممە`, `پێنجشەممەی داهاتوو`, `ئەم هەینییە`, `دووشەممە ٢٧ - ١٢ - ٢٠٢١`. */
function weekdayAt(ctx: Ctx, i: number): Match | undefined {
  const { t, ref } = ctx;
  let j = i;
  const thisWeek = isWord(t, j, 'ئەم');
  if (thisWeek || isWord(t, j, 'ڕۆژی')) j++;
  if (j > i && !gapOk(t, j)) return undefined;
  const w = WEEKDAY_PHRASES.at(t, j);
  if (!w) return undefined;
  let end = w.end;
  // a date after the weekday decides the day
  let k = end;
  const comma = punctAt(t, k);
  if (comma === 0x2c || comma === 0x060c) k++;
  if (gapOk(t, k)) {
    const d = numericDate(ctx, k) ?? dayMonth(ctx, k);
    if (d) return { ...d, from: i };
  }
  const target = w.value;
  let day: number;
  const s = w.suffix === 'ی' && gapOk(t, end) ? SHIFT.at(t, end) : undefined;
  if (s) {
    end++;
    const back = (weekdayOf(ref) - target + 7) % 7 || 7;
    const ahead = (target - weekdayOf(ref) + 7) % 7 || 7;
    day = s.value < 0 ? ref - back : ref + ahead;
  } else if (thisWeek) {
    day = ref - ((weekdayOf(ref) - ctx.weekStart + 7) % 7) + ((target - ctx.weekStart + 7) % 7);
  } else {
    let delta = (target - weekdayOf(ref) + 7) % 7;
    if (delta > 3) delta -= 7;
    day = ref + delta;
  }
  return { from: i, to: end, kind: 'weekday', granularity: 'day', a: day, b: day, calendar: 'gregorian' };
}

interface Duration {
  n: number;
  unit: TimeUnit;
  end: number;
  suffix: string;
}

/** An amount of time at token `i` (`دوو ڕۆژ`, `مانگێک`), remembered: several patterns ask. */
function durationAt(ctx: Ctx, i: number): Duration | undefined {
  if (ctx.durationAt !== i) {
    ctx.durationAt = i;
    ctx.duration = readDuration(ctx.t, i);
  }
  return ctx.duration;
}

/** An amount of time: `دوو ڕۆژ`, `مانگێک`, `هەفتەیەک`. */
function readDuration(t: Tokens, i: number): Duration | undefined {
  const u = UNIT.at(t, i);
  if (u && (u.suffix === 'ێک' || u.suffix === 'یەک')) return { n: 1, unit: u.value, end: i + 1, suffix: '' };
  const n = readNumeral(t, i);
  if (!n || n.approximate || n.kind !== 'cardinal' || n.suffix !== '' || !Number.isInteger(n.value) || n.value > 10000) return undefined;
  if (!gapOk(t, n.end)) return undefined;
  const unit = UNIT.at(t, n.end);
  if (!unit || (unit.suffix !== '' && unit.suffix !== 'ی')) return undefined;
  return { n: n.value, unit: unit.value, end: n.end + 1, suffix: unit.suffix };
}

/** ئەمڕۆ، دوێنێ شەو، ئەمساڵ، هەفتەی ڕابردوو، ئەم مانگە، دوای مانگێک، دوو ڕۆژ لەمەوبەر. */
function relativeAt(ctx: Ctx, i: number): Match | undefined {
  const { t, ref } = ctx;
  const rd = RELATIVE_DAY.at(t, i);
  if (rd) {
    const day = ref + rd.value[0];
    const m: Match = { from: i, to: i + 1, kind: 'relative', granularity: 'day', a: day, b: day, calendar: 'gregorian' };
    if (rd.suffix === '' && gapOk(t, i + 1)) {
      // ئەمڕۆ دووشەممە، دوێنێ ٣ی ئاب: a weekday or a date after it names the same day
      const w = WEEKDAY_PHRASES.at(t, i + 1);
      let k = w && w.suffix === '' ? w.end : i + 1;
      if (w && w.suffix === '') m.to = w.end;
      const comma = punctAt(t, k);
      if (comma === 0x2c || comma === 0x060c) k++;
      const d = gapOk(t, k) ? (numericDate(ctx, k) ?? dayMonth(ctx, k)) : undefined;
      if (d) return { ...d, from: i };
      if (w && w.suffix === '') return m;
    }
    const pod = rd.value[1] ?? (rd.suffix === '' && gapOk(t, i + 1) ? PART_OF_DAY.at(t, i + 1) : undefined)?.value;
    if (pod && !rd.value[1]) m.to = i + 2;
    if (pod) m.partOfDay = pod;
    return m;
  }
  const ry = RELATIVE_YEAR.at(t, i);
  if (ry) {
    const [a, b] = periodOf(ctx, ref, 'year', ry.value);
    const to = ry.suffix === '' && gapOk(t, i + 1) && isWord(t, i + 1, 'ساڵ') ? i + 2 : i + 1; // پار ساڵ
    return { from: i, to, kind: 'relative', granularity: 'year', a, b, calendar: 'gregorian', whole: true };
  }
  // ئەم هەفتەیە، ئەم مانگە
  if (isWord(t, i, 'ئەم') && gapOk(t, i + 1)) {
    const u = UNIT.at(t, i + 1);
    if (u && u.value !== 'day') {
      const [a, b] = periodOf(ctx, ref, u.value, 0);
      return { from: i, to: i + 2, kind: 'relative', granularity: u.value, a, b, calendar: 'gregorian', whole: u.value !== 'week' };
    }
  }
  // هەفتەی ڕابردوو، مانگی داهاتوو
  const u = UNIT.at(t, i);
  if (u && u.suffix === 'ی' && gapOk(t, i + 1)) {
    const s = SHIFT.at(t, i + 1);
    if (s) {
      const [a, b] = periodOf(ctx, ref, u.value, s.value);
      return { from: i, to: i + 2, kind: 'relative', granularity: u.value, a, b, calendar: 'gregorian', whole: u.value !== 'week' };
    }
  }
  // دوو هەفتەی ڕابردوو، شەش مانگی داهاتوو: the last or next N periods
  const span = durationAt(ctx, i);
  if (span && span.suffix === 'ی' && span.n > 1 && gapOk(t, span.end)) {
    const s = SHIFT.at(t, span.end);
    if (s) {
      const [a] = periodOf(ctx, ref, span.unit, s.value < 0 ? -span.n : 1);
      const [, b] = periodOf(ctx, ref, span.unit, s.value < 0 ? -1 : span.n);
      return { from: i, to: span.end + 1, kind: 'interval', granularity: span.unit, a, b, calendar: 'gregorian' };
    }
  }
  // دوای مانگێک، پێش دوو ڕۆژ
  const before = OFFSET_BEFORE[tokenText(t, i)];
  if (before !== undefined && t.kind[i] === WORD && gapOk(t, i + 1)) {
    const d = durationAt(ctx, i + 1);
    if (d && d.suffix === '') {
      const day = shiftBy(ref, before * d.n, d.unit);
      return { from: i, to: d.end, kind: 'relative', granularity: 'day', a: day, b: day, calendar: 'gregorian' };
    }
  }
  // دوو ڕۆژ لەمەوبەر، سێ ڕۆژی تر
  const d = durationAt(ctx, i);
  if (d && gapOk(t, d.end)) {
    const after = OFFSET_AFTER[tokenText(t, d.end)];
    if (after !== undefined && t.kind[d.end] === WORD && (after < 0 ? d.suffix === '' : d.suffix === 'ی')) {
      const day = shiftBy(ref, after * d.n, d.unit);
      return { from: i, to: d.end + 1, kind: 'relative', granularity: 'day', a: day, b: day, calendar: 'gregorian' };
    }
  }
  return undefined;
}

/** `سەرەتای مانگی کانوونی یەکەم`, `کۆتایی ساڵی ٢٠٢١`, `سەرەتای ئەم هەفتەیە`, `ناوەڕاستی مانگ`. */
function periodPartAt(ctx: Ctx, i: number): Match | undefined {
  const { t } = ctx;
  const part = PERIOD_PART.at(t, i);
  if (!part || !gapOk(t, i + 1)) return undefined;
  const inner = innerPeriodAt(ctx, i + 1);
  if (!inner) return undefined;
  // a month in thirds of ten days (1–10, 11–20, 21–end), anything else in thirds
  const k = part.value === 'start' ? 0 : part.value === 'middle' ? 1 : 2;
  const { a, b } = inner;
  const thirds: [number, number][] = [[a, a + 9], [a + 10, a + 19], [a + 20, b]];
  const [x, y] = inner.granularity === 'month' ? thirds[k]! : partOf(inner, k, 3);
  return { from: i, to: inner.to, kind: 'interval', granularity: inner.granularity, a: x, b: y, calendar: inner.calendar };
}

/** The period a part of a period is taken of: a month, a year, a relative period, or a bare unit. */
function innerPeriodAt(ctx: Ctx, i: number): Match | undefined {
  const { t } = ctx;
  const inner = monthOrYear(ctx, i) ?? relativeAt(ctx, i);
  if (inner) return inner.granularity === 'day' ? undefined : inner;
  const u = UNIT.at(t, i);
  if (u && u.value !== 'day' && (u.suffix === '' || u.suffix === 'دا' || u.suffix === 'ی')) {
    const [a, b] = periodOf(ctx, ctx.ref, u.value, 0);
    return { from: i, to: i + 1, kind: 'relative', granularity: u.value, a, b, calendar: 'gregorian' };
  }
  return undefined;
}

/** The days `[a, b]` of part `k` (0-based) of `parts` equal parts of a period. */
function partOf(inner: Match, k: number, parts: number): [number, number] {
  if (inner.calendar === 'gregorian' && inner.granularity === 'year' && 12 % parts === 0) {
    const y = fromDay('gregorian', inner.a).year;
    const months = 12 / parts;
    return [toDay('gregorian', y, 1 + k * months, 1), toDay('gregorian', y, 1 + (k + 1) * months, 1) - 1];
  }
  const len = inner.b - inner.a + 1;
  return [inner.a + Math.round((k * len) / parts), inner.a + Math.round(((k + 1) * len) / parts) - 1];
}

/** `نیوەی یەکەمی ساڵی ٢٠٢٤`, `چارەکی سێیەمی ئەمساڵ`, `شەش مانگی یەکەمی ئەمساڵ`. */
function fractionOfPeriodAt(ctx: Ctx, i: number): Match | undefined {
  const { t } = ctx;
  let parts = 0;
  let months = 0;
  let j = i + 1;
  if (isWord(t, i, 'نیوەی')) parts = 2;
  else if (isWord(t, i, 'چارەکی')) parts = 4;
  else {
    const d = durationAt(ctx, i);
    if (!d || d.unit !== 'month' || d.suffix !== 'ی' || d.n > 11) return undefined;
    months = d.n;
    j = d.end;
  }
  if (!gapOk(t, j)) return undefined;
  const ord = readNumeral(t, j);
  const last = isWord(t, j, 'کۆتایی');
  if (!last && (!ord || ord.kind !== 'ordinal' || ord.suffix !== 'ی' || ord.value < 1 || ord.value > Math.max(parts, 1))) return undefined;
  const after = last ? j + 1 : ord!.end;
  if (!gapOk(t, after)) return undefined;
  const inner = innerPeriodAt(ctx, after);
  if (!inner || (months > 0 && inner.granularity !== 'year')) return undefined;
  let range: [number, number];
  if (months > 0) {
    const first = fromDay('gregorian', inner.a);
    const end = fromDay('gregorian', inner.b);
    range = last
      ? [addMonthsTo(end.year, end.month, -months + 1), inner.b]
      : [inner.a, addMonthsTo(first.year, first.month, months) - 1];
  } else {
    range = partOf(inner, last ? parts - 1 : ord!.value - 1, parts);
  }
  return { from: i, to: inner.to, kind: 'interval', granularity: inner.granularity, a: range[0], b: range[1], calendar: inner.calendar };
}

/** The first day of the month `n` months after year/month. */
function addMonthsTo(year: number, month: number, n: number): number {
  return addMonths(toDay('gregorian', year, month, 1), n);
}

/** `ئێوارەی ڕۆژی پێنجشەممە`, `بەیانی ئەمڕۆ`, `شەوی ڕابردوو`. */
function partOfDayAt(ctx: Ctx, i: number): Match | undefined {
  const { t, ref } = ctx;
  const pod = PART_OF_DAY.at(t, i);
  if (!pod || !gapOk(t, i + 1)) return undefined;
  if (pod.suffix === 'ی') {
    const s = SHIFT.at(t, i + 1);
    if (s && pod.value === 'night') {
      const day = ref + (s.value < 0 ? -1 : 1);
      return { from: i, to: i + 2, kind: 'relative', granularity: 'day', a: day, b: day, calendar: 'gregorian', partOfDay: 'night' };
    }
  } else if (pod.suffix !== '') {
    return undefined;
  }
  const inner = weekdayAt(ctx, i + 1) ?? relativeAt(ctx, i + 1) ?? numericDate(ctx, i + 1) ?? dayMonth(ctx, i + 1);
  if (!inner || inner.granularity !== 'day' || inner.partOfDay) return undefined;
  return { ...inner, from: i, partOfDay: pod.value };
}

function matchAt(ctx: Ctx, i: number): Match | undefined {
  return (
    partOfDayAt(ctx, i) ??
    periodPartAt(ctx, i) ??
    fractionOfPeriodAt(ctx, i) ??
    weekdayAt(ctx, i) ??
    dayPrefixedAt(ctx, i) ??
    numericDate(ctx, i) ??
    dayMonth(ctx, i) ??
    monthOrYear(ctx, i) ??
    relativeAt(ctx, i)
  );
}

function toSpan(m: Match, t: Tokens, n: NormalizedText, source: string): DateSpan {
  const start = n.starts[t.start[m.from]!] ?? n.sourceLength;
  const end = n.ends[t.end[m.to - 1]! - 1] ?? n.sourceLength;
  const from = isoDay(m.a);
  const to = isoDay(m.b);
  let iso: string;
  if (m.a === m.b && m.granularity === 'day') iso = from;
  else if (m.whole && m.granularity === 'month') iso = from.slice(0, 7);
  else if (m.whole && m.granularity === 'year') iso = from.slice(0, 4);
  else iso = `${from}/${to}`;
  const span: { -readonly [K in keyof DateSpan]: DateSpan[K] } = {
    start,
    end,
    text: source.slice(start, end),
    kind: m.kind,
    iso,
    granularity: m.granularity,
    from,
    to,
    calendar: m.calendar,
  };
  if (m.partOfDay) span.partOfDay = m.partOfDay;
  return span;
}

function resolveOptions(options: FindDatesOptions | undefined): { ref: number; weekStart: number } {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new TypeError(`zman: findDates options must be an object, got ${typeof options}`);
  }
  const reference = options?.reference ?? new Date();
  const ref = dayFromInput(reference);
  if (ref === undefined || (typeof reference !== 'string' && !(reference instanceof Date))) {
    throw new RangeError(`zman: invalid option reference: ${JSON.stringify(reference)}; allowed: a Date or 'YYYY-MM-DD'`);
  }
  const ws = options?.weekStart ?? 'saturday';
  if (!Object.hasOwn(WEEK_STARTS, ws)) {
    throw new RangeError(`zman: invalid option weekStart: ${JSON.stringify(ws)}; allowed: 'saturday', 'sunday', 'monday'`);
  }
  return { ref, weekStart: WEEK_STARTS[ws] };
}

/** Years zman resolves dates in; anything outside is not reported. */
const FIRST_DAY = toDay('gregorian', 1, 1, 1);
const LAST_DAY = toDay('gregorian', 9999, 12, 31);

/**
 * Finds dates in text that was normalized already with `normalizeWithMap`; offsets refer to
 * `source`, the original input. Same options as {@link findDates}.
 *
 * @example
 * const source = 'هەفتەی ڕابردوو';
 * findDatesIn(normalizeWithMap(source), source, { reference: '2021-12-28' })[0].iso;
 * // '2021-12-18/2021-12-24'
 */
export function findDatesIn(n: NormalizedText, source: string, options?: FindDatesOptions): DateSpan[] {
  const { ref, weekStart } = resolveOptions(options);
  const t = tokensOf(n);
  const ctx: Ctx = { t, ref, weekStart, durationAt: -1, duration: undefined };
  const spans: DateSpan[] = [];
  let i = 0;
  while (i < t.count) {
    const k = t.kind[i];
    const candidate =
      (k === DIGITS && t.gap[i] !== JOINED) ||
      (k === WORD && t.gap[i] !== JOINED && STARTERS.maybe(t, i) && STARTERS.at(t, i) !== undefined);
    const m = candidate ? matchAt(ctx, i) : undefined;
    if (m && m.a >= FIRST_DAY && m.b <= LAST_DAY && m.a <= m.b) {
      const next = m.to;
      if (t.kind[m.to - 1] === DIGITS && next < t.count && t.gap[next] === JOINED && t.kind[next] === WORD && DIGIT_CLITICS.has(tokenText(t, next))) {
        m.to++;
      }
      spans.push(toSpan(m, t, n, source));
      i = m.to;
    } else {
      i++;
    }
  }
  return spans;
}

/**
 * Finds date expressions in Sorani text and resolves them against a reference date: numeric
 * dates (`٢٧ - ١٢ - ٢٠٢١`, `٢٧/١٢/٢٠٢١`), a day and a month (`١٠ ـی مانگی کانوونی دووەم`, in
 * the Syriac, European, Kurdish, Persian or Hijri month names), months, years (`ساڵی ٢٠١٤`),
 * weekdays (`ڕۆژی دووشەممە`), relative days, weeks, months and years (`ئەمڕۆ`, `هەفتەی ڕابردوو`,
 * `ساڵی داهاتوو`), offsets (`دوای مانگێک`, `پێش دوو ڕۆژ`) and parts of periods
 * (`سەرەتای مانگی کانوونی یەکەم`). A month and day without a year take the year that puts them
 * nearest the reference; a bare weekday is the nearest one (at most three days away).
 * Never throws on text; throws on a bad `reference` or `weekStart`.
 *
 * @example
 * findDates('لە ١٠ ـی مانگی کانوونی دووەم', { reference: '2021-12-28' });
 * // [{ start: 3, end: 28, text: '١٠ ـی مانگی کانوونی دووەم', kind: 'date', iso: '2022-01-10',
 * //    granularity: 'day', from: '2022-01-10', to: '2022-01-10', calendar: 'gregorian' }]
 */
export function findDates(text: string, options?: FindDatesOptions): DateSpan[] {
  const source = typeof text === 'string' ? text : String(text ?? '');
  return findDatesIn(normalizeWithMap(source), source, options);
}
