import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { normalize } from '../../src/normalize/index.js';
import { ROOT } from '../helpers/cli.js';

const WISHE = join(ROOT, '..', 'shared', 'data', 'corpus', 'wishe-news-web.txt');

describe('normalize on the wishe news corpus (real noisy web text)', () => {
  if (!existsSync(WISHE)) {
    it('skipped: ../shared/data/corpus/wishe-news-web.txt not found', { skip: true }, () => {});
    return;
  }
  const raw = readFileSync(WISHE, 'utf8');
  const once = normalize(raw);
  it('leaves no Arabic kaf, yeh, alef maksura, teh marbuta or heh + ZWNJ', () => {
    for (const [name, re] of [
      ['ك', /ك/],
      ['ي', /ي/],
      ['ى', /ى/],
      ['ة', /ة/],
      ['heh + ZWNJ', /ه\u200c/],
    ] as const) {
      assert.doesNotMatch(once, re, `found ${name}`);
    }
  });
  it('changes nothing when run twice', () => {
    assert.equal(normalize(once), once);
  });
  it('keeps the line count', () => {
    assert.equal(once.split('\n').length, raw.split('\n').length);
  });
});
