import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { findDates } from '../../src/dates/index.js';
import { findNumbers, parseNumber } from '../../src/numbers/index.js';
import { anyText, soraniNoise } from '../helpers/random.js';

/** Pieces of number and date expressions, mixed with noise. */
const PIECES = [
  'یەک', 'دوو', 'سێ', 'دە', 'بیست', 'سەد', 'دووسەد', 'هەزار', 'ملیۆن', 'ملیار', 'و', 'نیو', 'چارەک', 'سێیەک',
  'دەیان', 'سەدان', 'چەند', 'چەندین', 'ڕۆژێک', 'نزیکەی', 'زیاتر', 'لە', 'سەدا', '%', '٪', '$', 'دۆلار', 'دینار',
  'دووەم', 'یەکەمین', 'ەم', '١٠', '٢٧', '١٢', '٢٠٢١', '3,500', '٣٬٥٠٠', '٢٫٥', '-', '/', '.', 'ـی', 'ی',
  'مانگی', 'کانوونی', 'یەکەم', 'ئازار', 'ساڵی', 'هەفتەی', 'ڕابردوو', 'رابردوو', 'داهاتوو', 'ئەم', 'هەفتەیەدا',
  'ئەمڕۆ', 'دوێنێ', 'شەو', 'سبەی', 'دوای', 'پێش', 'ڕۆژ', 'مانگێک', 'لەمەوبەر', 'تر', 'ڕۆژی', 'دووشەممە',
  'پێنجشەممەی', 'ئێوارەی', 'سەرەتای', 'کۆتایی', 'خاکەلێوە', 'ڕەمەزانی', 'ز', 'زایینی', '،', ',', '\n',
] as const;

function mixed(): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof(fc.constantFrom(...PIECES), soraniNoise(3)), { maxLength: 30 })
    .chain((parts) => fc.array(fc.constantFrom(' ', '', '  ', ' \u200c'), { minLength: parts.length, maxLength: parts.length }).map((gaps) => parts.map((p, k) => p + gaps[k]).join('')));
}

function checkSpans(text: string, spans: readonly { start: number; end: number; text: string }[]): void {
  let last = 0;
  for (const s of spans) {
    assert.ok(s.start >= last, `span ${s.start} starts before the previous end ${last}`);
    assert.ok(s.start < s.end && s.end <= text.length, `span ${s.start}-${s.end} out of bounds`);
    assert.equal(s.text, text.slice(s.start, s.end));
    last = s.end;
  }
}

describe('findNumbers and findDates: invariants', () => {
  it('never throw, and give ordered, non-overlapping spans inside the input', () => {
    fc.assert(
      fc.property(fc.oneof(anyText(), mixed()), (text) => {
        const numbers = findNumbers(text);
        checkSpans(text, numbers);
        for (const n of numbers) {
          assert.ok(Number.isFinite(n.value));
          if (n.min !== undefined && n.max !== undefined) assert.ok(n.min <= n.max);
        }
        const dates = findDates(text, { reference: '2021-12-28' });
        checkSpans(text, dates);
        for (const d of dates) assert.ok(d.from <= d.to, `${d.from} <= ${d.to}`);
      }),
      { numRuns: 3000 },
    );
  });
  it('findDates resolves against any reference and week start without throwing', () => {
    fc.assert(
      fc.property(
        mixed(),
        fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }),
        fc.constantFrom('saturday', 'sunday', 'monday') as fc.Arbitrary<'saturday' | 'sunday' | 'monday'>,
        (text, reference, weekStart) => {
          const dates = findDates(text, { reference, weekStart });
          checkSpans(text, dates);
          for (const d of dates) assert.match(d.from, /^\d{4}-\d{2}-\d{2}$/);
        },
      ),
      { numRuns: 1000 },
    );
  });
  it('parseNumber never throws', () => {
    fc.assert(fc.property(fc.oneof(anyText(), mixed()), (s) => {
      const v = parseNumber(s);
      assert.ok(v === undefined || typeof v === 'number');
    }), { numRuns: 1000 });
  });
  it('handle long adversarial inputs in linear time', () => {
    for (const text of [
      'یەک و '.repeat(50_000),
      'هەزار '.repeat(50_000),
      '١'.repeat(200_000),
      '١/'.repeat(100_000),
      '١ - '.repeat(50_000),
      'دەیان هەزار '.repeat(30_000),
      'ڕۆژی '.repeat(50_000),
      'سەرەتای '.repeat(50_000),
      'ە'.repeat(1_000_000),
      '\ud800'.repeat(10_000),
    ]) {
      checkSpans(text, findNumbers(text));
      checkSpans(text, findDates(text, { reference: '2021-12-28' }));
    }
  });
});
