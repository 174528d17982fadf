import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { create, insert, search } from '@orama/orama';
import { looseKey, miniSearchAnalysis, oramaTokenizer, parseQuery, queryTerms, searchKey, searchTerms } from '../../src/search/index.js';

const key = (w: string) => searchKey(w);

describe('searchKey: one key per word whatever the script', () => {
  it('kurdistan, كوردستان, کوردستانەکەمان and Kurdistanê meet', () => {
    assert.equal(key('kurdistan'), 'کوردستان');
    assert.equal(key('كوردستان'), 'کوردستان');
    assert.equal(key('کوردستانەکەمان'), 'کوردستان');
    assert.equal(key('Kurdistanê'), 'کوردستان');
    assert.equal(key('KURDISTAN'), 'کوردستان');
  });
  it('numbers in any digit system meet', () => {
    assert.equal(key('١٠'), '10');
    assert.equal(key('۱۰'), '10');
    assert.equal(key('10'), '10');
    assert.equal(key('١٬٠٠٠'), key('1,000'));
  });
  it('keeps different words apart (issue 5 stem rules)', () => {
    assert.notEqual(key('خواردنەوە'), key('خواردن'));
    assert.equal(key('دەخۆینەوە'), key('خواردنەوە'));
    assert.equal(key('دەخۆین'), key('خواردن'));
    assert.notEqual(key('هەڵگرتن'), key('گرتن'));
  });
  it('a lexicon word with a final derivational ی that also reads as base + ezafe meets its base', () => {
    const key = searchKey;
    // هەرێمی "regional" / "region of", ئەندامی "membership" / "member of", خۆشی "joy" / "nice (ezafe)"
    assert.equal(key('هەرێمی'), key('هەرێمەکە'));
    assert.equal(key('ئەندامی'), key('ئەندامێک'));
    assert.equal(key('خۆشی'), key('خۆش'));
    // a plain ezafe form meets its base as before; a derived verb stays apart
    assert.equal(key('هەندێکی'), key('هەندێک'));
    assert.notEqual(key('خواردنەوەی'), key('خواردن'));
  });
  it('the loose key folds what keyboards confuse, only for widened queries', () => {
    assert.equal(looseKey(key('هەولێر')), looseKey(key('ههولير')));
    assert.equal(looseKey(key('سۆنیا')), looseKey(key('سونيا')));
    assert.notEqual(key('هەولێر'), key('ههولير'));
  });
});

describe('searchTerms', () => {
  it('gives keys with offsets into the original text and drops stopwords', () => {
    const text = 'لە کوردستانەکەمان و لە هه‌ولێر ١٠ی کانوون';
    const terms = searchTerms(text);
    assert.deepEqual(terms.map((t) => t.term), ['کوردستان', 'هەولێر', '10', 'کانوون']);
    assert.deepEqual(terms.map((t) => text.slice(t.start, t.end)), ['کوردستانەکەمان', 'هه‌ولێر', '١٠', 'کانوون']);
    assert.deepEqual(terms.map((t) => t.position), [0, 1, 2, 3]);
  });
  it('can keep stopwords and takes a repair hook for keyboard-typed words', () => {
    assert.ok(searchTerms('لە شار', { stopwords: false }).some((t) => t.term === 'لە'));
    const seen: string[] = [];
    const terms = searchTerms('بةرهةمةكاني هەولێر', { repair: (w) => (seen.push(w), w) });
    assert.deepEqual(seen, ['بەرهەمەکانی'], 'repair is called (normalized) only for the word without Sorani letters');
    assert.equal(terms.length, 2);
  });
  it('rejects bad options with a message naming them', () => {
    assert.throws(() => searchTerms('x', { stopwords: 'yes' as unknown as boolean }), /stopwords/);
    assert.throws(() => searchTerms('x', { repair: 3 as unknown as (w: string) => string }), /repair/);
  });
  it('never throws and keeps offsets inside the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('ک', 'و', 'ر', 'د', 'ە', 'ێ', ' ', '١', 'a', 'ê', '\u200c', '\ud800', '"', '-', '*') }), (s) => {
        for (const t of searchTerms(s)) {
          assert.ok(t.start >= 0 && t.start < t.end && t.end <= s.length);
          assert.ok(t.term.length > 0);
        }
        parseQuery(s);
      }),
      { numRuns: 300 },
    );
  });
  it('handles a long input in one pass', () => {
    const text = 'کوردستان '.repeat(50_000);
    assert.equal(searchTerms(text).length, 50_000);
  });
});

describe('parseQuery', () => {
  it('reads words, phrases, exclusions, OR, prefixes and title:', () => {
    const q = parseQuery('ئۆکراینا -ڕووسیا "کۆشکی سپی" title:بایدن پوت* هەولێر OR سلێمانی');
    assert.deepEqual(q.must.map((g) => g.map((c) => c.kind)), [['word'], ['phrase'], ['word'], ['prefix'], ['word', 'word']]);
    assert.equal(q.must[2]![0]!.field, 'title');
    assert.deepEqual(q.must[1]![0]!.terms.map((t) => t.term), ['کۆشک', 'سپی']);
    assert.deepEqual(q.not.map((c) => c.terms[0]!.term), ['ڕووسیا']);
  });
  it('parses unbalanced quotes to the end of the query', () => {
    const q = parseQuery('"کۆشکی سپی');
    assert.equal(q.must.length, 1);
    assert.equal(q.must[0]![0]!.kind, 'phrase');
  });
  it('widens words (loose key too), and words of a phrase only when typed without the Sorani letters', () => {
    assert.deepEqual(queryTerms('ههولير هەولێر 10').map((t) => t.widen), [true, true, false]);
    assert.deepEqual(queryTerms('"ههولير هەولێر"').map((t) => t.widen), [true, false]);
  });
  it('keeps -ەوە verbs apart in the loose key too', () => {
    assert.notEqual(looseKey('خواردنەوە'), looseKey('خواردن'));
    assert.equal(looseKey('هەرێمەکە'), looseKey('ههریمهکە'));
  });
});

const DOCS = [
  { id: '1', text: 'کوردستانەکەمان جوانە' },
  { id: '2', text: 'لە هەولێر باران بارى' },
  { id: '3', text: 'خواردنەوەی ئاو' },
];

describe('MiniSearch adapter', () => {
  it('finds Sorani documents by Latin, Arabic-keyboard and inflected queries', () => {
    const mini = new MiniSearch({ fields: ['text'], ...miniSearchAnalysis() });
    mini.addAll(DOCS);
    assert.deepEqual(mini.search('kurdistan').map((r) => r.id), ['1']);
    assert.deepEqual(mini.search('كوردستان').map((r) => r.id), ['1']);
    assert.deepEqual(mini.search('hewlêr').map((r) => r.id), ['2']);
    assert.deepEqual(mini.search('خواردن').map((r) => r.id), []);
  });
});

describe('Orama tokenizer', () => {
  it('finds Sorani documents by Latin and inflected queries', async () => {
    const db = create({ schema: { id: 'string', text: 'string' } as const, components: { tokenizer: oramaTokenizer() } });
    for (const d of DOCS) await insert(db, d);
    const ids = async (term: string) => (await search(db, { term })).hits.map((h) => h.document.id);
    assert.deepEqual(await ids('Kurdistanê'), ['1']);
    assert.deepEqual(await ids('هەولێرەوە'), ['2']);
    assert.deepEqual(await ids('خواردنەوە'), ['3']);
  });
});
