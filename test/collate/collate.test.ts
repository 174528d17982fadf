import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ARABIC_ORDER, collator, compare, LATIN_ORDER, sort } from '../../src/collate/index.js';
import { anyText } from '../helpers/random.js';

describe('Kurdish alphabetical order (Arabic script)', () => {
  it('follows the Sorani alphabet, letter by letter', () => {
    const shuffled = [...ARABIC_ORDER].reverse();
    assert.deepEqual(sort(shuffled), [...ARABIC_ORDER]);
  });
  it('puts ڕ right after ر and before ز (unlike ICU root order), ە after ه, وو between ۆ and ی', () => {
    assert.ok(compare('ڕۆژ', 'زەوی') < 0);
    assert.ok(compare('ڕێگا', 'ریز') > 0);
    assert.ok(compare('هەولێر', 'ەوە') < 0);
    assert.deepEqual(sort(['کی', 'کوور', 'کۆ', 'کو']), ['کو', 'کۆ', 'کوور', 'کی']);
  });
  it('sorts words', () => {
    assert.deepEqual(sort(['هەولێر', 'ئاکرێ', 'سلێمانی', 'دهۆک', 'کەرکووک', 'ڕانیە']), ['ئاکرێ', 'دهۆک', 'ڕانیە', 'سلێمانی', 'کەرکووک', 'هەولێر']);
    assert.deepEqual(sort(['زانا', 'ڕێباز', 'ئاسۆ']), ['ئاسۆ', 'ڕێباز', 'زانا']);
  });
  it('is insensitive to spelling variants: ك = ک, ي = ی, ZWNJ ignored', () => {
    const c = collator();
    assert.equal(c.key('كوردي'), c.key('کوردی'));
    assert.equal(c.key('سه\u200cره\u200cکی'), c.key('سەرەکی'));
    assert.equal(c.key('به\u200cرزی'), c.key('بەرزی'));
    // variants sort next to each other, whatever else is in the list
    assert.deepEqual(sort(['کوردی', 'کوردستان', 'كوردي']), ['کوردستان', 'كوردي', 'کوردی']);
  });
  it('breaks ties deterministically: 0 only for identical strings', () => {
    assert.equal(compare('کورد', 'کورد'), 0);
    assert.notEqual(compare('كورد', 'کورد'), 0);
    assert.equal(Math.sign(compare('كورد', 'کورد')) + Math.sign(compare('کورد', 'كورد')), 0);
  });
  it('orders digits by value across digit sets, and numerically on request', () => {
    assert.equal(collator().key('٢'), collator().key('2'));
    assert.deepEqual(sort(['١٠', '٢', '1']), ['1', '١٠', '٢']);
    assert.deepEqual(sort(['١٠ کەس', '٢ کەس', '1 کەس'], { numeric: true }), ['1 کەس', '٢ کەس', '١٠ کەس']);
  });
  it('reverses on request', () => {
    assert.deepEqual(sort(['ب', 'ئ', 'ا'], { reverse: true }), ['ب', 'ا', 'ئ']);
  });
});

describe('Kurdish alphabetical order (Latin script)', () => {
  const latin = collator({ script: 'latin' });
  it('follows the Hawar alphabet with ḧ ł ř ẍ', () => {
    assert.deepEqual(latin.sort([...LATIN_ORDER].reverse()), [...LATIN_ORDER]);
    assert.deepEqual(latin.sort(['şar', 'sor', 'zana', 'çiya', 'cem']), ['cem', 'çiya', 'sor', 'şar', 'zana']);
  });
  it('ignores case, and sorts other accented letters as their base letter', () => {
    assert.equal(latin.key('Çiya'), latin.key('çiya'));
    assert.equal(latin.key('émile'), latin.key('emile'));
    assert.deepEqual(latin.sort(['Ewr', 'êvar', 'ez']), ['Ewr', 'ez', 'êvar']);
  });
  it('puts Latin before Arabic script in Latin order, after it in Arabic order', () => {
    assert.deepEqual(latin.sort(['ب', 'b']), ['b', 'ب']);
    assert.deepEqual(sort(['b', 'ب']), ['ب', 'b']);
  });
});

describe('collation: invariants', () => {
  it('is a total order: antisymmetric, transitive, sort agrees with compare, never throws', () => {
    fc.assert(
      fc.property(fc.array(anyText(), { maxLength: 12 }), (list) => {
        const sorted = sort(list);
        assert.equal(sorted.length, list.length);
        for (let i = 1; i < sorted.length; i++) assert.ok(compare(sorted[i - 1]!, sorted[i]!) <= 0);
        for (const a of list) for (const b of list) assert.equal(Math.sign(compare(a, b)) + Math.sign(compare(b, a)), 0);
        assert.deepEqual(sort(sorted), sorted);
      }),
      { numRuns: 500 },
    );
  });
  it('throws on bad options, naming them', () => {
    assert.throws(() => collator({ script: 'cyrillic' as never }), /option script.*'arabic', 'latin'/);
    assert.throws(() => collator({ numeric: 'yes' as never }), /option numeric/);
  });
});
