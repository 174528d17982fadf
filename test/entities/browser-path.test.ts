import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { analyzeDocument } from '../../src/analyze/index.js';
import { clearEntityCaches, findEntities } from '../../src/entities/find.js';
import { cldrCountries, cldrLanguages } from '../../src/entities/gazetteers/index.js';

// One document with countries (ئەنگۆلا, ئەڵمانیا), languages (ئینگلیزی), places and people.
const DOC =
  'سەرۆکی ئەنگۆلا دوێنێ سەردانی نەرویج و ئەڵمانیای کرد و بە زمانی ئینگلیزی لەگەڵ ئۆلاف شۆڵتز ' +
  'قسەی کرد. دواتر بەرەو فەرەنسا و هەولێر ڕۆیشت و لە کەنەدا کۆبوونەوەیەکی لەگەڵ بەرپرسانی ژاپۆن هەبوو.';

const RealDisplayNames = Intl.DisplayNames;

/** What Chromium does: no ckb in its ICU data, so a ckb DisplayNames falls back to English. */
class EnglishOnlyDisplayNames extends RealDisplayNames {
  constructor(_locales: string | string[] | undefined, options: Intl.DisplayNamesOptions) {
    super(['en'], options);
  }
}

function withoutCkb<T>(run: () => T): T {
  Object.defineProperty(Intl, 'DisplayNames', { value: EnglishOnlyDisplayNames, configurable: true, writable: true });
  clearEntityCaches();
  try {
    return run();
  } finally {
    Object.defineProperty(Intl, 'DisplayNames', { value: RealDisplayNames, configurable: true, writable: true });
    clearEntityCaches();
  }
}

describe('entities without ckb in Intl.DisplayNames (the browser path)', () => {
  afterEach(() => clearEntityCaches());

  it('the stub really has no Sorani names (it answers in English)', () => {
    withoutCkb(() => {
      assert.equal(new Intl.DisplayNames(['ckb'], { type: 'region' }).of('DE'), 'Germany');
    });
  });

  it('finds the same entities in the same document as with the runtime CLDR data', () => {
    const node = findEntities(DOC);
    const browser = withoutCkb(() => findEntities(DOC));
    assert.deepEqual(browser, node);
    const names = node.map((e) => `${e.type} ${e.canonical}`);
    for (const expected of ['LOC ئەنگۆلا', 'LOC ئەڵمانیا', 'LOC نەرویج', 'MISC ئینگلیزی', 'LOC فەرەنسا', 'LOC کەنەدا', 'LOC ژاپۆن']) {
      assert.ok(names.includes(expected), `${expected} in ${names.join(', ')}`);
    }
    assert.ok(!node.some((e) => /[A-Za-z]/.test(e.canonical)), 'no English name');
  });

  it('analyzeDocument gives the same entities too', () => {
    const node = analyzeDocument(DOC, { reference: '2026-11-20' }).entities;
    const browser = withoutCkb(() => analyzeDocument(DOC, { reference: '2026-11-20' }).entities);
    assert.deepEqual(browser, node);
  });

  it('keeps the authored country and language tables whatever the runtime has', () => {
    const [countries, languages] = withoutCkb(() => [new Map(cldrCountries()), cldrLanguages()] as const);
    assert.equal(countries.get('AO'), 'ئەنگۆلا');
    assert.equal(countries.get('DE'), 'ئەڵمانیا');
    assert.ok(countries.size > 200);
    assert.ok(languages.includes('ئینگلیزی'));
    assert.ok(![...countries.values()].some((n) => /[A-Za-z]/.test(n)));
  });
});
