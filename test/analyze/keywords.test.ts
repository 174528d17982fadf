import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { createBackground, keywords } from '../../src/analyze/keywords.js';

describe('keywords', () => {
  it('ranks frequent, uncommon lemmas first and common news words last', () => {
    assert.deepEqual(
      keywords(['بازاڕ', 'ساڵ', 'بازاڕ', 'شارەوانی', 'ساڵ']).map((k) => k.lemma),
      ['بازاڕ', 'شارەوانی', 'ساڵ'],
    );
  });
  it('counts occurrences', () => {
    assert.deepEqual(keywords(['بازاڕ', 'بازاڕ']).map((k) => [k.lemma, k.count]), [['بازاڕ', 2]]);
  });
  it('leaves out stopwords, one-letter words and words without letters', () => {
    const stop = new Set(['لە']);
    assert.deepEqual(keywords(['لە', 'و', '١٢', 'بازاڕ'], { isStopword: (w) => stop.has(w) }).map((k) => k.lemma), ['بازاڕ']);
  });
  it('uses a background built from a collection', () => {
    const bg = createBackground([['هەولێر', 'بازاڕ'], ['هەولێر', 'قوتابخانە'], ['هەولێر']]);
    assert.equal(bg.frequency.get('هەولێر'), 3);
    assert.deepEqual(keywords(['هەولێر', 'قوتابخانە'], { background: bg }).map((k) => k.lemma), ['قوتابخانە', 'هەولێر']);
  });
  it('returns at most limit keywords, and rejects a bad limit', () => {
    assert.equal(keywords(['ئاو', 'نان', 'کتێب'], { limit: 2 }).length, 2);
    assert.throws(() => keywords([], { limit: -1 }), /limit/);
  });
  it('never throws on any lemmas; scores are ordered', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 8 }), { maxLength: 50 }), (lemmas) => {
        const ks = keywords(lemmas);
        for (let i = 1; i < ks.length; i++) assert.ok(ks[i - 1]!.score >= ks[i]!.score);
      }),
    );
  });
});
