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

describe('findQuotes: speech verbs apart, speakers after the quote, reported speech (issue 14)', () => {
  const who = (text: string) => findQuotes(text).map((q) => `${q.indirect ? 'indirect ' : ''}${q.speaker?.text ?? '?'}: ${q.text}`);
  it('sees a speech verb written apart (ڕای گەیاند, وای گوت)', () => {
    assert.deepEqual(who('«ئامادەین» ئازاد محەمەد ڕای گەیاند.'), ['ئازاد محەمەد: ئامادەین']);
    assert.deepEqual(who('«دۆخەکە ئارامە» مستەفا کەریم وای گوت.'), ['مستەفا کەریم: دۆخەکە ئارامە']);
  });
  it('finds the speaker named after a noun of speech (قسەی X)', () => {
    assert.deepEqual(who('«هەڵبژاردن دەکرێت» ئەمە قسەی مستەفا کەریم بوو.'), ['مستەفا کەریم: هەڵبژاردن دەکرێت']);
  });
  it('marks reported speech after X گوتی کە / ڕایگەیاند کە as indirect, with its speaker', () => {
    const [q] = findQuotes('شوان محەمەد گوتی کە نرخەکان بەرز بوونەتەوە. ئەمە ڕاستە.');
    assert.equal(q?.indirect, true);
    assert.equal(q?.speaker?.text, 'شوان محەمەد');
    assert.equal(q?.text, 'نرخەکان بەرز بوونەتەوە');
    assert.equal(q?.verb, 'گوتی');
    assert.deepEqual(who('نەتەوە یەکگرتووەکان ڕایگەیاند کە یارمەتی دەنێرێت.'), ['indirect نەتەوە یەکگرتووەکان: یارمەتی دەنێرێت']);
  });
  it('reads X دەڵێت … without کە as reported speech when the speaker is right before the verb', () => {
    assert.deepEqual(who('شوان محەمەد دەڵێت نرخەکان بەرز بوونەتەوە.'), ['indirect شوان محەمەد: نرخەکان بەرز بوونەتەوە']);
    assert.deepEqual(who('شوان محەمەد دەڵێت: نرخەکان بەرز بوونەتەوە.'), ['indirect شوان محەمەد: نرخەکان بەرز بوونەتەوە']);
    // a place between the speaker and the verb, or a saying with no person, is not enough
    assert.deepEqual(who('شوان محەمەد لە هەولێر دەڵێت نرخەکان بەرز بوونەتەوە.'), []);
    assert.deepEqual(who('پەندێک دەڵێت ئاو ڕوون نییە.'), []);
  });
  it('leaves reported speech without a speaker, and a sentence with a direct quote, alone', () => {
    assert.deepEqual(who('ئەو گوتی کە دێت.'), []);
    assert.deepEqual(who('ئازاد محەمەد گوتی کە «دێم».'), ['ئازاد محەمەد: دێم']);
  });
  it('stays linear on many reported sentences', () => {
    assert.equal(findQuotes('ئازاد محەمەد گوتی کە دێت. '.repeat(5000)).length, 5000);
  });
});
