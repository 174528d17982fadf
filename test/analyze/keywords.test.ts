import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { createBackground, keywords } from '../../src/analyze/keywords.js';
import { analyzeDocument, learnFurniture, sentenceKey } from '../../src/analyze/index.js';

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

describe('keywords: light verbs and page furniture (issue 14)', () => {
  it('never counts light verbs and their passives', () => {
    const out = keywords(['کران', 'کران', 'خران', 'کردن', 'بازاڕ']).map((k) => k.lemma);
    assert.deepEqual(out, ['بازاڕ']);
  });
  it('learns the sentences a collection repeats, and leaves them out of a document keywords', () => {
    const menu = 'هەواڵ وەرزش ئابووری کولتوور پەیوەندی.';
    const docs = [
      `${menu} بازاڕی هەولێر بازاڕی گەورەیە و بازاڕ نۆژەن دەکرێتەوە.`,
      `${menu} یانەی دهۆک یاریەکەی بردەوە.`,
      `${menu} نرخی نەوت بەرز بووەوە.`,
      `${menu} قوتابخانەکان داخران.`,
    ];
    const furniture = learnFurniture(docs);
    assert.equal(furniture.documents, 4);
    assert.ok(furniture.sentences.has(sentenceKey(menu)));
    assert.equal(furniture.sentences.size, 1);
    const plain = analyzeDocument(docs[0]!, { reference: '2026-11-20' }).keywords.map((k) => k.lemma);
    const learned = analyzeDocument(docs[0]!, { reference: '2026-11-20', furniture }).keywords.map((k) => k.lemma);
    assert.ok(plain.includes('وەرزش'));
    assert.ok(!learned.includes('وەرزش') && !learned.includes('کولتوور'));
    assert.equal(learned[0], 'بازاڕ');
  });
  it('leaves the words of dates out: a month is not what a text is about', () => {
    const text = 'لە کانوونی دووەم بازاڕ داخرا. لە کانوونی دووەم بازاڕ کرایەوە. کانوونی دووەم سارد بوو.';
    const lemmas = analyzeDocument(text, { reference: '2026-11-20' }).keywords.map((k) => k.lemma);
    assert.ok(lemmas.includes('بازاڕ'));
    assert.ok(lemmas.every((l) => !l.startsWith('کانوون')), lemmas.join(' '));
  });
  it('rejects bad options, naming them', () => {
    assert.throws(() => learnFurniture([], { minShare: 2 }), /minShare/);
    assert.throws(() => learnFurniture([], { minDocuments: 0 }), /minDocuments/);
    assert.throws(() => analyzeDocument('هەولێر', { furniture: {} as never }), (e: unknown) => e instanceof TypeError && /furniture/.test(e.message));
  });
});
