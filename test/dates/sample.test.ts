import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { findDates } from '../../src/dates/index.js';
import { findNumbers } from '../../src/numbers/index.js';
import { ROOT } from '../helpers/cli.js';

const SAMPLE = join(ROOT, '..', 'shared', 'samples', 'news-2021-12-ckb.txt');
const present = existsSync(SAMPLE);
if (!present) console.log(`# skipped: the sample article ${SAMPLE} is absent`);

describe('the December 2021 news sample (../shared/samples)', { skip: present ? false : `${SAMPLE} not found` }, () => {
  const text = present ? readFileSync(SAMPLE, 'utf8') : '';

  it('finds and resolves every date against 2021-12-28', () => {
    const dates = findDates(text, { reference: '2021-12-28' });
    for (const d of dates) assert.equal(text.slice(d.start, d.end), d.text);
    assert.deepEqual(
      dates.map((d) => [d.text, d.kind, d.iso]),
      [
        ['سەرەتای مانگی کانوونی یەکەم', 'interval', '2021-12-01/2021-12-10'],
        ['ئێوارەی رۆژی پێنجشەممە', 'weekday', '2021-12-30'],
        ['سەرەتای ئەم هەفتەیەدا', 'interval', '2021-12-25/2021-12-26'],
        ['دوای مانگێک', 'relative', '2022-01-28'],
        ['ساڵی ٢٠١٤', 'year', '2014'],
        ['رۆژی دووشەممە ٢٧ - ١٢ - ٢٠٢١', 'date', '2021-12-27'],
        ['١٠ ـی مانگی کانوونی دووەم', 'date', '2022-01-10'],
        ['١٢ ـی مانگی کانوونی دووەمی ساڵی داهاتوو', 'date', '2022-01-12'],
        ['مانگی کانوونی دووەم', 'month', '2022-01'],
        ['هەفتەی رابردوو', 'relative', '2021-12-18/2021-12-24'],
      ],
    );
  });

  it('finds the amounts', () => {
    const numbers = findNumbers(text);
    for (const n of numbers) assert.equal(text.slice(n.start, n.end), n.text);
    const byText = new Map(numbers.map((n) => [n.text, n]));
    assert.deepEqual(byText.get('دەیان هەزار'), { ...byText.get('دەیان هەزار')!, value: 20000, min: 20000, max: 99999, approximate: true });
    assert.equal(byText.get('١٠ هەزار')?.value, 10000);
    assert.equal(byText.get('لانیکەم ١٣ هەزار')?.value, 13000);
    assert.equal(byText.get('دووەم')?.kind, 'ordinal');
    assert.ok(!numbers.some((n) => n.text.includes('٢٧')), 'the numeric date is not an amount');
  });
});
