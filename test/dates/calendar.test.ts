import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { convertDate, formatDate, gregorianToKurdish, kurdishToGregorian } from '../../src/dates/index.js';
import { gregorianToDay, isoDay } from '../../src/dates/calendar.js';

/** The runtime's own Persian calendar (ICU), the reference the conversion is checked against. */
const persian = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
const islamicCivil = new Intl.DateTimeFormat('en-u-ca-islamic-civil-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });

function intlDate(f: Intl.DateTimeFormat, day: number): { year: number; month: number; day: number } {
  const parts = f.formatToParts(new Date(day * 86_400_000));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

describe('Kurdish solar calendar', () => {
  it('begins the year at Nawroz, Persian year + 1321', () => {
    assert.deepEqual(gregorianToKurdish('2025-03-21'), { year: 2725, month: 1, day: 1 });
    assert.deepEqual(gregorianToKurdish('2025-03-20'), { year: 2724, month: 12, day: 30 });
    assert.deepEqual(gregorianToKurdish('2024-03-20'), { year: 2724, month: 1, day: 1 });
    assert.deepEqual(gregorianToKurdish('2021-12-28'), { year: 2721, month: 10, day: 7 });
    assert.deepEqual(gregorianToKurdish(new Date(Date.UTC(2021, 2, 21))), { year: 2721, month: 1, day: 1 });
    assert.deepEqual(kurdishToGregorian({ year: 2725, month: 1, day: 1 }), { year: 2025, month: 3, day: 21 });
  });

  it('agrees with Intl (ICU Persian calendar) on every day from 1900 to 2100, both ways', () => {
    const first = gregorianToDay(1900, 1, 1);
    const last = gregorianToDay(2100, 12, 31);
    let checked = 0;
    for (let day = first; day <= last; day++) {
      const iso = isoDay(day);
      const k = gregorianToKurdish(iso);
      const p = intlDate(persian, day);
      if (k.year !== p.year + 1321 || k.month !== p.month || k.day !== p.day) {
        assert.fail(`${iso}: zman ${JSON.stringify(k)}, Intl ${JSON.stringify(p)} (+1321)`);
      }
      const g = kurdishToGregorian(k);
      if (isoDay(gregorianToDay(g.year, g.month, g.day)) !== iso) assert.fail(`${iso} does not round-trip`);
      checked++;
    }
    assert.equal(checked, 73_414);
  });

  it('converts the tabular Hijri calendar like Intl islamic-civil', () => {
    for (let day = gregorianToDay(1990, 1, 1); day <= gregorianToDay(2040, 12, 31); day += 7) {
      const h = convertDate(isoToDate(isoDay(day)), 'gregorian', 'hijri');
      assert.deepEqual(h, intlDate(islamicCivil, day));
    }
  });

  it('refuses dates past what a JavaScript Date holds with a RangeError naming the field and the range', () => {
    // 275760-09-13 is the last day a Date holds
    assert.equal(formatDate({ year: 275760, month: 9, day: 13 }, { digits: 'latin' }), '13ی ئەیلوولی 275760');
    assert.throws(() => formatDate({ year: 275760, month: 9, day: 14 }), (e: unknown) =>
      e instanceof RangeError && /date\.year: 275760/.test(e.message) && /allowed: gregorian -271821-04-20 to 275760-09-13/.test(e.message));
    assert.throws(() => gregorianToKurdish({ year: -300000, month: 1, day: 1 }), RangeError);
    assert.throws(() => kurdishToGregorian({ year: 400000, month: 1, day: 1 }), /date\.year: 400000.*allowed: kurdish -271121-01-10 to 276460-07-12/);
    assert.throws(() => convertDate({ year: 283584, month: 1, day: 1 }, 'hijri', 'gregorian'), /date\.year.*allowed: hijri/);
    assert.throws(() => convertDate({ year: 1e9, month: 1, day: 1 }, 'persian', 'kurdish'), /date\.year.*allowed: persian/);
    // inside the range, every calendar still converts to numbers, never NaN
    for (const calendar of ['gregorian', 'kurdish', 'persian', 'hijri'] as const) {
      const d = convertDate({ year: 275000, month: 1, day: 1 }, 'gregorian', calendar);
      assert.ok(Number.isInteger(d.year) && Number.isInteger(d.month) && Number.isInteger(d.day), calendar);
    }
  });

  it('throws on an invalid date or calendar', () => {
    assert.throws(() => gregorianToKurdish('2021-02-30'), /invalid date/);
    assert.throws(() => kurdishToGregorian({ year: 2721, month: 12, day: 31 }), /invalid kurdish date/);
    assert.throws(() => convertDate({ year: 2021, month: 1, day: 1 }, 'gregorian', 'julian' as never), /option to.*'hijri'/);
  });
});

function isoToDate(iso: string) {
  const [y, m, d] = iso.split('-').map(Number);
  return { year: y!, month: m!, day: d! };
}

describe('formatDate', () => {
  it('writes a Gregorian date with the Syriac month names and Arabic-Indic digits', () => {
    assert.equal(formatDate('2021-12-28'), '٢٨ی کانوونی یەکەمی ٢٠٢١');
    assert.equal(formatDate({ year: 2022, month: 1, day: 10 }), '١٠ی کانوونی دووەمی ٢٠٢٢');
  });
  it('writes other calendars, digit sets, European names and the weekday', () => {
    assert.equal(formatDate('2021-12-28', { calendar: 'kurdish' }), '٧ی بەفرانباری ٢٧٢١');
    assert.equal(formatDate('2025-03-21', { calendar: 'kurdish', digits: 'latin' }), '1ی خاکەلێوەی 2725');
    assert.equal(formatDate('2021-12-28', { calendar: 'persian', digits: 'persian' }), '۷ی بەفرانباری ۱۴۰۰'.replace('بەفرانبار', 'دەی'));
    assert.equal(formatDate('2021-12-28', { monthNames: 'european', digits: 'latin' }), '28ی دیسەمبەری 2021');
    assert.equal(formatDate('2021-12-28', { weekday: true, digits: 'latin' }), 'سێشەممە، 28ی کانوونی یەکەمی 2021');
  });
  it('throws on a bad option, naming it', () => {
    assert.throws(() => formatDate('2021-12-28', { calendar: 'julian' as never }), /option calendar.*'gregorian', 'kurdish', 'persian', 'hijri'/);
    assert.throws(() => formatDate('2021-12-28', { digits: 'roman' as never }), /option digits/);
    assert.throws(() => formatDate('yesterday'), /invalid date/);
  });
});
