import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { findQuotes } from '../../src/entities/index.js';
import { anyText } from '../helpers/random.js';

describe('findQuotes', () => {
  it('finds a quote in « » with the speaker and verb before it', () => {
    const [q, ...rest] = findQuotes('ئازاد محەمەد گوتی: «کارەکە دوو ساڵ دەخایەنێت.»');
    assert.equal(rest.length, 0);
    assert.equal(q?.text, 'کارەکە دوو ساڵ دەخایەنێت.');
    assert.equal(q?.speaker?.text, 'ئازاد محەمەد');
    assert.equal(q?.verb, 'گوتی');
  });
  it('finds the speaker after the quote', () => {
    const [q] = findQuotes('«ئێمە ئامادەین بۆ گفتوگۆ»، زێلێنسکی ڕایگەیاند.');
    assert.equal(q?.text, 'ئێمە ئامادەین بۆ گفتوگۆ');
    assert.equal(q?.speaker?.canonical, 'ڤۆلۆدیمیر زێلێنسکی');
    assert.equal(q?.verb, 'ڕایگەیاند');
  });
  it('takes an organisation as the speaker when no person is named', () => {
    const [q] = findQuotes('گوتەبێژی کۆشکی سپی گوتی "هیچ بڕیارێک نەدراوە".');
    assert.equal(q?.text, 'هیچ بڕیارێک نەدراوە');
    assert.equal(q?.speaker?.type, 'ORG');
  });
  it('skips the apposition between the name and the verb', () => {
    const [q] = findQuotes('شیلان عەبدوڵڵا، یەکێک لە دووکاندارانی بازاڕەکە، گوتی: «هیوادارین زوو تەواو بێت.»');
    assert.equal(q?.speaker?.text, 'شیلان عەبدوڵڵا');
  });
  it('leaves out the speaker and verb when the sentence names none', () => {
    const [q] = findQuotes('دروشمی «ژن، ژیان، ئازادی» لە هەموو شوێنێک بوو');
    assert.equal(q?.text, 'ژن، ژیان، ئازادی');
    assert.equal(q?.speaker, undefined);
    assert.equal(q?.verb, undefined);
  });
  it('reports offsets into the original text, also unnormalized', () => {
    const text = 'ئه‌و گوتی: «باشه‌»';
    const [q] = findQuotes(text);
    assert.equal(text.slice(q!.start, q!.end), 'باشه‌');
    assert.equal(q?.verb, 'گوتی');
  });
  it('ignores unmatched marks', () => {
    assert.deepEqual(findQuotes('«بێ کۆتایی'), []);
    assert.deepEqual(findQuotes('«»'), []);
  });
  it('never throws, and quotes lie inside the text', () => {
    fc.assert(
      fc.property(anyText(), (text) => {
        for (const q of findQuotes(text)) {
          assert.ok(q.start <= q.end && q.end <= text.length);
          assert.equal(text.slice(q.start, q.end), q.text);
        }
      }),
      { numRuns: 300 },
    );
    assert.ok(findQuotes('«'.repeat(100_000)).length >= 0);
    assert.equal(findQuotes('"گوتی" '.repeat(10_000)).length, 10_000);
  });
});
