/**
 * KLPT's normalizer cases (Sorani, Arabic script), read from ../shared when it is there.
 *
 * zman deliberately differs from KLPT's normalizer in three places, so the cases are compared
 * with the options that give KLPT's conventions:
 * - word-initial ر: KLPT's normalizer keeps it (its standardizer turns it into ڕ); zman writes
 *   the standard ڕ by default → compared with `initialReh: false`;
 * - digits: KLPT's normalizer turns them into Latin digits; zman keeps the digits as written by
 *   default → compared with `digits: 'latin'`;
 * - HTML entities (`&zwnj;`): KLPT decodes them; zman normalizes text, not HTML, so those cases
 *   are out of scope and skipped.
 * Both agree on the word-final consonant h: `بەهـ` → `بەھ` (ھ is zman's canonical spelling).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { normalize } from '../../src/normalize/index.js';

const SHARED = process.env.ZMAN_SHARED_DATA ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'data');
const PATH = join(SHARED, 'translit', 'klpt-test-cases.json');
const missing = existsSync(PATH) ? false : `${PATH} not found (the shared data is not beside this clone)`;

function cases(): [input: string, expected: string][] {
  const data = JSON.parse(readFileSync(PATH, 'utf8')) as { normalizer?: { Sorani?: { Arabic?: Record<string, string> } } };
  return Object.entries(data.normalizer?.Sorani?.Arabic ?? {});
}

const isHtml = (s: string) => /&[a-z]+;/i.test(s);

describe('KLPT normalizer cases (Sorani, Arabic script)', () => {
  it('give KLPT\'s result with KLPT\'s conventions (initialReh: false, digits: latin)', { skip: missing }, () => {
    const inScope = cases().filter(([input]) => !isHtml(input));
    assert.ok(inScope.length > 0);
    for (const [input, expected] of inScope) {
      assert.equal(normalize(input, { initialReh: false, digits: 'latin' }), expected, input);
    }
  });
  it('differ from zman\'s default spelling only by word-initial ڕ', { skip: missing }, () => {
    for (const [input, expected] of cases().filter(([i]) => !isHtml(i))) {
      assert.equal(normalize(input, { digits: 'latin' }), normalize(expected, { digits: 'latin' }), input);
    }
  });
});
