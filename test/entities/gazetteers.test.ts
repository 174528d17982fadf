import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as gazetteers from '../../src/entities/gazetteers/index.js';

const { cldrCountries, cldrLanguages, TITLES } = gazetteers;
import { normalize } from '../../src/normalize/index.js';

describe('gazetteers', () => {
  it('reads the Sorani country names from CLDR at run time, normalized', () => {
    const countries = new Map(cldrCountries());
    assert.equal(countries.get('IQ'), 'عێراق');
    assert.equal(countries.get('TR'), 'تورکیا');
    assert.equal(countries.get('IN'), 'هیندستان'); // CLDR writes ھ inside the word
    assert.ok(countries.size > 200);
    assert.ok(!countries.has('ZZ'));
  });
  it('reads the Sorani language names from CLDR at run time', () => {
    const languages = cldrLanguages();
    assert.ok(languages.includes('عەرەبی'));
    assert.ok(languages.includes('فارسی'));
  });
  it('spells every authored name in normalized Sorani', () => {
    for (const value of Object.values(gazetteers)) {
      if (!Array.isArray(value)) continue;
      for (const entry of value as unknown[]) {
        for (const name of Array.isArray(entry) ? (entry as string[]) : [entry as string]) {
          if (!/[A-Za-z]/.test(name)) assert.equal(normalize(name), name, name);
        }
      }
    }
    assert.ok(TITLES.includes('وەزیر'));
  });
});
