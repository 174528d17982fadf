import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDateline, findDates, findDatesIn } from '../../src/dates/index.js';
import { findNumbersIn } from '../../src/numbers/index.js';
import { normalizeWithMap } from '../../src/normalize/index.js';

const REF = { reference: '2021-12-28' }; // a Tuesday

/** The spans as [text, kind, iso] for compact assertions. */
const found = (s: string, o = REF) => findDates(s, o).map((d) => [d.text, d.kind, d.iso]);

describe('findDates: absolute dates', () => {
  it('reads numeric dates in every digit set and separator', () => {
    assert.deepEqual(found('٢٧ - ١٢ - ٢٠٢١'), [['٢٧ - ١٢ - ٢٠٢١', 'date', '2021-12-27']]);
    assert.deepEqual(found('٢٧/١٢/٢٠٢١'), [['٢٧/١٢/٢٠٢١', 'date', '2021-12-27']]);
    assert.deepEqual(found('27.12.2021'), [['27.12.2021', 'date', '2021-12-27']]);
    assert.deepEqual(found('۲۰۲۱/۱۲/۲۷'), [['۲۰۲۱/۱۲/۲۷', 'date', '2021-12-27']]);
    assert.deepEqual(found('٣١/٠٢/٢٠٢١'), []);
  });
  it('reads a day and a month, with the tatweel before the ezafe', () => {
    const [d] = findDates('لە ١٠ ـی مانگی کانوونی دووەم', REF);
    assert.deepEqual(d, {
      start: 3, end: 28, text: '١٠ ـی مانگی کانوونی دووەم', kind: 'date', iso: '2022-01-10',
      granularity: 'day', from: '2022-01-10', to: '2022-01-10', calendar: 'gregorian',
    });
  });
  it('gives a month and day without a year the nearest sensible year', () => {
    assert.deepEqual(found('١٠ی کانوونی دووەم'), [['١٠ی کانوونی دووەم', 'date', '2022-01-10']]);
    assert.deepEqual(found('٢٠ی کانوونی یەکەم'), [['٢٠ی کانوونی یەکەم', 'date', '2021-12-20']]);
    assert.deepEqual(found('٥ی تشرینی یەکەم'), [['٥ی تشرینی یەکەم', 'date', '2021-10-05']]);
    assert.deepEqual(found('١٠ی کانوونی دووەم', { reference: '2021-03-01' }), [['١٠ی کانوونی دووەم', 'date', '2021-01-10']]);
  });
  it('reads the year after the month, also as ساڵی داهاتوو', () => {
    assert.deepEqual(found('١٠ی کانوونی دووەمی ٢٠٢٣'), [['١٠ی کانوونی دووەمی ٢٠٢٣', 'date', '2023-01-10']]);
    assert.deepEqual(found('١٢ ـی مانگی کانوونی دووەمی ساڵی داهاتوو'), [['١٢ ـی مانگی کانوونی دووەمی ساڵی داهاتوو', 'date', '2022-01-12']]);
  });
  it('reads every Gregorian month name family', () => {
    assert.deepEqual(found('١ی شوبات'), [['١ی شوبات', 'date', '2022-02-01']]);
    assert.deepEqual(found('١ی ئەیلوولی ٢٠٢٠'), [['١ی ئەیلوولی ٢٠٢٠', 'date', '2020-09-01']]);
    assert.deepEqual(found('٤ی جولای ٢٠٢٠'), [['٤ی جولای ٢٠٢٠', 'date', '2020-07-04']]);
    assert.deepEqual(found('٢٥ی دیسەمبەر'), [['٢٥ی دیسەمبەر', 'date', '2021-12-25']]);
    assert.deepEqual(found('یەکی ئایار'), [['یەکی ئایار', 'date', '2022-05-01']]);
  });
  it('reads ambiguous month names only with a day, مانگی or a year', () => {
    assert.deepEqual(found('ئازار'), []);
    assert.deepEqual(found('لە مانگی ئازار'), [['مانگی ئازار', 'month', '2022-03']]);
    assert.deepEqual(found('٨ی ئازار'), [['٨ی ئازار', 'date', '2022-03-08']]);
  });
  it('converts Kurdish solar, Persian and Hijri dates', () => {
    const [k] = findDates('١ی خاکەلێوەی ٢٧٢٥', REF);
    assert.deepEqual([k?.iso, k?.calendar], ['2025-03-21', 'kurdish']);
    assert.deepEqual(found('١ی خاکەلێوەی ١٤٠٤'), [['١ی خاکەلێوەی ١٤٠٤', 'date', '2025-03-21']]);
    assert.deepEqual(found('٧ی بەفرانبار'), [['٧ی بەفرانبار', 'date', '2021-12-28']]);
    assert.deepEqual(found('١ی فەروەردینی ١٤٠١'), [['١ی فەروەردینی ١٤٠١', 'date', '2022-03-21']]);
    assert.deepEqual(found('١ی ڕەمەزانی ١٤٤٣'), [['١ی ڕەمەزانی ١٤٤٣', 'date', '2022-04-03']]);
    assert.deepEqual(found('مانگی ڕەشەمە'), [['مانگی ڕەشەمە', 'month', '2022-02-20/2022-03-20']]);
    assert.deepEqual(found('١ی اسفندی ١٤٠٠'), [['١ی اسفندی ١٤٠٠', 'date', '2022-02-20']]);
  });
  it('reads months and years', () => {
    assert.deepEqual(found('مانگی کانوونی دووەم'), [['مانگی کانوونی دووەم', 'month', '2022-01']]);
    assert.deepEqual(found('مانگی ١٢ی ٢٠٢٠'), [['مانگی ١٢ی ٢٠٢٠', 'month', '2020-12']]);
    assert.deepEqual(found('لە ساڵی ٢٠١٤دا'), [['ساڵی ٢٠١٤دا', 'year', '2014']]);
    assert.deepEqual(found('لە ٢٠٢٤دا'), [['٢٠٢٤دا', 'year', '2024']]);
    assert.deepEqual(found('بۆ مۆندیالی ٢٠٢٦ .'), [['٢٠٢٦', 'year', '2026']]);
    assert.deepEqual(found('تا ٢٠٣٠'), [['٢٠٣٠', 'year', '2030']]);
    assert.deepEqual(found('٢٠٢١ی زایینی'), [['٢٠٢١ی زایینی', 'year', '2021']]);
    assert.deepEqual(found('ساڵی ٢٧٢١ی کوردی'), [['ساڵی ٢٧٢١ی کوردی', 'year', '2021-03-21/2022-03-20']]);
    assert.deepEqual(found('٢٠٢١ کەس'), []);
    assert.deepEqual(found('ژمارەی ٢٠٠٠ سەرباز'), []);
  });
  it('reads parts of periods as intervals', () => {
    assert.deepEqual(found('لە سەرەتای مانگی کانوونی یەکەم'), [['سەرەتای مانگی کانوونی یەکەم', 'interval', '2021-12-01/2021-12-10']]);
    assert.deepEqual(found('ناوەڕاستی مانگی داهاتوو'), [['ناوەڕاستی مانگی داهاتوو', 'interval', '2022-01-11/2022-01-20']]);
    assert.deepEqual(found('کۆتایی ساڵی ٢٠٢١'), [['کۆتایی ساڵی ٢٠٢١', 'interval', '2021-09-01/2021-12-31']]);
    assert.deepEqual(found('لە سەرەتای ئەم هەفتەیەدا'), [['سەرەتای ئەم هەفتەیەدا', 'interval', '2021-12-25/2021-12-26']]);
  });
});

describe('findDates: more forms', () => {
  it('reads day, month and year separated by spaces', () => {
    assert.deepEqual(found('ڕۆژی ٣٠ ٩ ٢٠١٨'), [['ڕۆژی ٣٠ ٩ ٢٠١٨', 'date', '2018-09-30']]);
    assert.deepEqual(found('٣٠ ٩ ١٨'), []);
  });
  it('takes ڕۆژی before a date and the clitic glued to its last digits', () => {
    assert.deepEqual(found('ڕۆژی ٠٥ـی تەممووز'), [['ڕۆژی ٠٥ـی تەممووز', 'date', '2021-07-05']]);
    assert.deepEqual(found('لە ساڵی ١٩٨٠وە'), [['ساڵی ١٩٨٠وە', 'year', '1980']]);
  });
  it('reads a day of a relatively named month', () => {
    assert.deepEqual(found('١٣ی مانگ'), [['١٣ی مانگ', 'date', '2021-12-13']]);
    assert.deepEqual(found('٢٦ی مانگی ڕابردوو'), [['٢٦ی مانگی ڕابردوو', 'date', '2021-11-26']]);
    assert.deepEqual(found('٧ی ئەم مانگە'), [['٧ی ئەم مانگە', 'date', '2021-12-07']]);
    // without the ezafe, a length of time (reported as its own kind)
    assert.deepEqual(found('٣ مانگ'), [['٣ مانگ', 'duration', 'P3M']]);
  });
  it('merges a relative day with the weekday or date after it', () => {
    assert.deepEqual(found('ئەمڕۆ سێشەممە'), [['ئەمڕۆ سێشەممە', 'relative', '2021-12-28']]);
    assert.deepEqual(found('ئەمڕۆ سێشەممە ٢٨ ١٢ ٢٠٢١'), [['ئەمڕۆ سێشەممە ٢٨ ١٢ ٢٠٢١', 'date', '2021-12-28']]);
    assert.deepEqual(found('دوێنێ ٢٧ی کانوونی یەکەم'), [['دوێنێ ٢٧ی کانوونی یەکەم', 'date', '2021-12-27']]);
  });
  it('reads the last or next N periods', () => {
    assert.deepEqual(found('دوو هەفتەی ڕابردوو'), [['دوو هەفتەی ڕابردوو', 'interval', '2021-12-11/2021-12-24']]);
    assert.deepEqual(found('شەش مانگی داهاتوو'), [['شەش مانگی داهاتوو', 'interval', '2022-01-01/2022-06-30']]);
  });
  it('reads halves, quarters and the first months of a period', () => {
    assert.deepEqual(found('نیوەی یەکەمی ساڵی ٢٠٢٤'), [['نیوەی یەکەمی ساڵی ٢٠٢٤', 'interval', '2024-01-01/2024-06-30']]);
    assert.deepEqual(found('چارەکی سێیەمی ئەمساڵ'), [['چارەکی سێیەمی ئەمساڵ', 'interval', '2021-07-01/2021-09-30']]);
    assert.deepEqual(found('شەش مانگی یەکەمی ئەمساڵدا'), [['شەش مانگی یەکەمی ئەمساڵدا', 'interval', '2021-01-01/2021-06-30']]);
    assert.deepEqual(found('سێ مانگی کۆتایی ساڵی ٢٠٢٣'), [['سێ مانگی کۆتایی ساڵی ٢٠٢٣', 'interval', '2023-10-01/2023-12-31']]);
    assert.deepEqual(found('نیوەی دووەمی مانگی داهاتوو'), [['نیوەی دووەمی مانگی داهاتوو', 'interval', '2022-01-17/2022-01-31']]);
    assert.deepEqual(found('پار ساڵ'), [['پار ساڵ', 'relative', '2020']]);
  });
  it('does not read پارە (money) as last year', () => {
    assert.deepEqual(found('پارە'), []);
  });
});

describe('findDates: weekdays and relative expressions', () => {
  it('resolves a bare weekday to the nearest one', () => {
    assert.deepEqual(found('ڕۆژی پێنجشەممە'), [['ڕۆژی پێنجشەممە', 'weekday', '2021-12-30']]);
    assert.deepEqual(found('دووشەممە'), [['دووشەممە', 'weekday', '2021-12-27']]);
    assert.deepEqual(found('سێشەممە'), [['سێشەممە', 'weekday', '2021-12-28']]);
    assert.deepEqual(found('هەینی'), [['هەینی', 'weekday', '2021-12-31']]);
    assert.deepEqual(found('یەک شەممە'), [['یەک شەممە', 'weekday', '2021-12-26']]);
    assert.deepEqual(found('لە دوو شەمەدا'), [['دوو شەمەدا', 'weekday', '2021-12-27']]);
  });
  it('resolves weekdays with ڕابردوو, داهاتوو and ئەم', () => {
    assert.deepEqual(found('سێشەممەی ڕابردوو'), [['سێشەممەی ڕابردوو', 'weekday', '2021-12-21']]);
    assert.deepEqual(found('دووشەممەی داهاتوو'), [['دووشەممەی داهاتوو', 'weekday', '2022-01-03']]);
    assert.deepEqual(found('ئەم هەینییە'), [['ئەم هەینییە', 'weekday', '2021-12-31']]);
  });
  it('lets a date after the weekday decide the day', () => {
    assert.deepEqual(found('ڕۆژی دووشەممە ٢٧ - ١٢ - ٢٠٢١'), [['ڕۆژی دووشەممە ٢٧ - ١٢ - ٢٠٢١', 'date', '2021-12-27']]);
  });
  it('adds the part of the day', () => {
    const [d] = findDates('ئێوارەی ڕۆژی پێنجشەممە', REF);
    assert.deepEqual([d?.iso, d?.partOfDay], ['2021-12-30', 'evening']);
    assert.deepEqual(findDates('دوێنێ شەو', REF).map((x) => [x.text, x.iso, x.partOfDay]), [['دوێنێ شەو', '2021-12-27', 'night']]);
    assert.deepEqual(findDates('ئەمشەو', REF).map((x) => [x.iso, x.partOfDay]), [['2021-12-28', 'night']]);
    assert.deepEqual(findDates('بەیانی ئەمڕۆ', REF).map((x) => [x.text, x.partOfDay]), [['بەیانی ئەمڕۆ', 'morning']]);
    assert.deepEqual(findDates('شەوی ڕابردوو', REF).map((x) => [x.iso, x.partOfDay]), [['2021-12-27', 'night']]);
  });
  it('resolves relative days', () => {
    assert.deepEqual(found('ئەمڕۆ'), [['ئەمڕۆ', 'relative', '2021-12-28']]);
    assert.deepEqual(found('دوێنێ'), [['دوێنێ', 'relative', '2021-12-27']]);
    assert.deepEqual(found('پێرێ'), [['پێرێ', 'relative', '2021-12-26']]);
    assert.deepEqual(found('سبەی'), [['سبەی', 'relative', '2021-12-29']]);
    assert.deepEqual(found('سبەینێ'), [['سبەینێ', 'relative', '2021-12-29']]);
  });
  it('resolves relative weeks, months and years to intervals with their granularity', () => {
    const [w] = findDates('هەفتەی رابردوو', REF);
    assert.deepEqual([w?.iso, w?.granularity, w?.from, w?.to], ['2021-12-18/2021-12-24', 'week', '2021-12-18', '2021-12-24']);
    assert.deepEqual(findDates('هەفتەی رابردوو', { ...REF, weekStart: 'monday' })[0]?.iso, '2021-12-20/2021-12-26');
    assert.deepEqual(found('مانگی داهاتوو'), [['مانگی داهاتوو', 'relative', '2022-01']]);
    assert.deepEqual(found('مانگی ڕابردوودا'), [['مانگی ڕابردوودا', 'relative', '2021-11']]);
    assert.deepEqual(found('ساڵی داهاتوو'), [['ساڵی داهاتوو', 'relative', '2022']]);
    assert.deepEqual(found('ئەمساڵ'), [['ئەمساڵ', 'relative', '2021']]);
    assert.deepEqual(found('پار'), [['پار', 'relative', '2020']]);
    assert.deepEqual(found('ئەم مانگە'), [['ئەم مانگە', 'relative', '2021-12']]);
  });
  it('resolves offsets', () => {
    assert.deepEqual(found('دوای مانگێک'), [['دوای مانگێک', 'relative', '2022-01-28']]);
    assert.deepEqual(found('پێش دوو ڕۆژ'), [['پێش دوو ڕۆژ', 'relative', '2021-12-26']]);
    assert.deepEqual(found('پاش سێ هەفتە'), [['پاش سێ هەفتە', 'relative', '2022-01-18']]);
    assert.deepEqual(found('دوو ساڵ لەمەوبەر'), [['دوو ساڵ لەمەوبەر', 'relative', '2019-12-28']]);
    assert.deepEqual(found('سێ ڕۆژی تر'), [['سێ ڕۆژی تر', 'relative', '2021-12-31']]);
    assert.deepEqual(found('دوای ١٠ ڕۆژ'), [['دوای ١٠ ڕۆژ', 'relative', '2022-01-07']]);
    assert.deepEqual(found('دوای کۆبوونەوەکە'), []);
  });
});

describe('findDates: options and offsets', () => {
  it('maps offsets back to the original text', () => {
    const text = 'هه\u200cفته\u200cی رابردوو و ١٠ ـی کانونی دووه\u200cم';
    const spans = findDates(text, REF);
    assert.equal(spans.length, 2);
    for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text);
  });
  it('accepts a Date as reference', () => {
    assert.equal(findDates('ئەمڕۆ', { reference: new Date(Date.UTC(2021, 11, 28, 23)) })[0]?.iso, '2021-12-28');
  });
  it('shares one normalization with findNumbersIn', () => {
    const source = 'لە ١٠ ـی کانوونی دووەم دەیان هەزار کەس';
    const n = normalizeWithMap(source);
    assert.equal(findDatesIn(n, source, REF)[0]?.iso, '2022-01-10');
    assert.equal(findNumbersIn(n, source).at(-1)?.min, 20000);
  });
  it('throws on a bad option, naming it', () => {
    assert.throws(() => findDates('ئەمڕۆ', { reference: '2021-13-01' }), /option reference/);
    assert.throws(() => findDates('ئەمڕۆ', { reference: 'yesterday' }), /option reference/);
    assert.throws(() => findDates('ئەمڕۆ', { weekStart: 'friday' as never }), /option weekStart.*'saturday', 'sunday', 'monday'/);
  });
});

describe('findDates: issue 14 forms', () => {
  it('resolves a bare month and a day with a month the same way, in the past in a past-tense sentence', () => {
    const ref = { reference: '2017-10-01' };
    assert.deepEqual(found('ڕیفراندۆم لە ئەیلوول ئەنجام درا.', ref), [['ئەیلوول', 'month', '2017-09']]);
    assert.deepEqual(found('لە ٢٥ی ئەیلوول ئەنجام درا.', ref), [['٢٥ی ئەیلوول', 'date', '2017-09-25']]);
    // the same words about what is to come: the nearest December (2017-12), not the past one
    assert.deepEqual(found('لە کانوونی یەکەم کۆدەبنەوە.', ref), [['کانوونی یەکەم', 'month', '2017-12']]);
    assert.deepEqual(found('لە کانوونی یەکەم گەیشت.', ref), [['کانوونی یەکەم', 'month', '2016-12']]);
  });
  it('reads the last or next occurrence of a month (کانوونی یەکەمی ڕابردوو)', () => {
    assert.deepEqual(found('کانوونی یەکەمی ڕابردوو'), [['کانوونی یەکەمی ڕابردوو', 'month', '2020-12']]);
    assert.deepEqual(found('ئایاری داهاتوو'), [['ئایاری داهاتوو', 'month', '2022-05']]);
  });
  it('puts a bare weekday of a past-tense sentence in the past', () => {
    // 2021-12-28 is a Tuesday: the Thursday of a past-tense sentence is 2021-12-23
    assert.deepEqual(found('ڕۆژی پێنجشەممە سەردانی کرد.'), [['ڕۆژی پێنجشەممە', 'weekday', '2021-12-23']]);
    assert.deepEqual(found('ڕۆژی پێنجشەممە سەردان دەکات.'), [['ڕۆژی پێنجشەممە', 'weekday', '2021-12-30']]);
    assert.deepEqual(found('سێشەممەش کۆبوونەوە.'), [['سێشەممەش', 'weekday', '2021-12-28']]);
  });
  it('reads decades (نەوەتەکان is the nineties, not the number 90)', () => {
    assert.deepEqual(found('لە نەوەتەکاندا'), [['نەوەتەکاندا', 'interval', '1990-01-01/1999-12-31']]);
    assert.deepEqual(found('بیستەکان', { reference: '2026-01-01' }), [['بیستەکان', 'interval', '2020-01-01/2029-12-31']]);
  });
  it('reads چەند ڕۆژێک لەمەوبەر as an approximate range, keeping چەند', () => {
    const [d] = findDates('چەند ڕۆژێک لەمەوبەر', REF);
    assert.deepEqual([d?.text, d?.kind, d?.iso, d?.approximate], ['چەند ڕۆژێک لەمەوبەر', 'interval', '2021-12-21/2021-12-26', true]);
    assert.deepEqual(found('دوای چەند مانگێک'), [['دوای چەند مانگێک', 'interval', '2022-02-28/2022-07-28']]);
  });
  it('reports lengths of time as their own kind, with an ISO 8601 duration', () => {
    assert.deepEqual(found('چوار ساڵی تر پێویستە'), [['چوار ساڵی تر', 'duration', 'P4Y']]);
    assert.deepEqual(found('کارەکە دوو ساڵ دەخایەنێت'), [['دوو ساڵ', 'duration', 'P2Y']]);
    assert.deepEqual(found('لە هەفتەیەکدا'), [['هەفتەیەکدا', 'duration', 'P1W']]);
    // still dates: an offset from the reference
    assert.deepEqual(found('سێ ڕۆژی تر دەگەڕێتەوە'), [['سێ ڕۆژی تر', 'relative', '2021-12-31']]);
    assert.deepEqual(found('دوو ڕۆژ لەمەوبەر'), [['دوو ڕۆژ لەمەوبەر', 'relative', '2021-12-26']]);
    // an age is not a length of time
    assert.deepEqual(found('تەمەنی ٤٩ ساڵ بوو'), []);
  });
});

describe('findDateline', () => {
  it('reads the date of the dateline a news article opens with', () => {
    assert.equal(findDateline('سلێمانی - ٢٠ ـی تشرینی دووەمی ٢٠٢٦: شارەوانی …'), '2026-11-20');
    assert.equal(findDateline('هەولێر، ٢٠٢٦/١١/٢٠ - دوێنێ'), '2026-11-20');
  });
  it('ignores a text that does not open with a full date', () => {
    assert.equal(findDateline('دوێنێ لە سلێمانی کۆبوونەوە. ٢٠ ـی تشرینی دووەمی ٢٠٢٦'), undefined);
    assert.equal(findDateline('سلێمانی - ٢٠ ـی تشرینی دووەم'), undefined); // no year written
    assert.equal(findDateline(''), undefined);
  });
});
