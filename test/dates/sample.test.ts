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

const skip = present ? false : `${SAMPLE} not found`;

describe('the December 2021 news sample (../shared/samples)', () => {
  const text = present ? readFileSync(SAMPLE, 'utf8') : '';

  it('finds and resolves every date against 2021-12-28', { skip }, () => {
    const dates = findDates(text, { reference: '2021-12-28' });
    for (const d of dates) assert.equal(text.slice(d.start, d.end), d.text);
    // kinds and resolutions in text order (the article itself is not copied here)
    assert.deepEqual(
      dates.map((d) => [d.kind, d.iso]),
      [
        ['duration', 'P1M'], // within a month: a length of time, not a date
        ['interval', '2021-12-01/2021-12-10'], // the beginning of December
        ['weekday', '2021-12-30'], // Thursday evening
        ['interval', '2021-12-25/2021-12-26'], // the beginning of this week
        ['relative', '2022-01-28'], // a month later
        ['year', '2014'],
        ['date', '2021-12-27'], // Monday 27-12-2021
        ['date', '2022-01-10'], // the 10th of January, no year written
        ['duration', 'P1D'], // a day (before that)
        ['date', '2022-01-12'], // the 12th of January next year
        ['month', '2022-01'],
        ['relative', '2021-12-18/2021-12-24'], // last week
      ],
    );
    assert.equal(dates[2]?.partOfDay, 'evening');
  });

  it('finds the amounts', { skip }, () => {
    const numbers = findNumbers(text);
    for (const n of numbers) assert.equal(text.slice(n.start, n.end), n.text);
    assert.deepEqual(
      numbers.map((n) => [n.kind, n.value, n.approximate]),
      [
        ['ordinal', 2, false],
        ['cardinal', 20000, true], // tens of thousands: 20,000–99,999
        ['cardinal', 10000, false],
        ['cardinal', 2014, false],
        ['cardinal', 13000, true], // at least 13 thousand
        ['cardinal', 10, false],
        ['cardinal', 12, false],
      ],
    );
    assert.equal(numbers[1]?.max, 99999);
    assert.ok(!numbers.some((n) => n.text.includes('٢٧')), 'the numeric date is not an amount');
  });
});
