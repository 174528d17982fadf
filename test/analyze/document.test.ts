import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyzeDocument, createDocument, documentOf, Engine } from '../../src/analyze/index.js';
import { clearEntityCaches } from '../../src/entities/find.js';
import { clearCache, defaultMemo } from '../../src/morph/memo.js';
import { resetWork, WORK } from '../../src/chars/work.js';
import { findDates, findDatesInDocument } from '../../src/dates/index.js';
import { normalizeWithMap } from '../../src/normalize/index.js';
import { findNumbers, findNumbersInDocument } from '../../src/numbers/index.js';
import { tokenize } from '../../src/tokenize/index.js';
import { toLatin, toLatinNormalized } from '../../src/translit/index.js';
import { ROOT } from '../helpers/cli.js';
import { anyText } from '../helpers/random.js';

const example = readFileSync(join(ROOT, 'examples', 'news-ckb.txt'), 'utf8');

describe('analyzeDocument runs each stage once', () => {
  it('normalizes the text once and tokenizes it once, also with a cold memo', () => {
    const engine = new Engine();
    analyzeDocument(example, { reference: '2026-11-20' }); // module tables built once, not counted
    for (const run of ['cold', 'warm']) {
      resetWork();
      engine.analyzeDocument(example, { reference: '2026-11-20' });
      const n = normalizeWithMap(example).text.length;
      // the counted normalizeWithMap above is the test's own
      assert.equal(WORK.normalized, 2 * example.length, `${run}: one normalization of the text (and none per word)`);
      assert.equal(WORK.tokenized, n, `${run}: one tokenization of the normalized text`);
    }
  });
  it('returns the same analysis through an engine as without one', () => {
    const engine = new Engine({ cacheSize: 100 });
    assert.deepEqual(engine.analyzeDocument(example, { reference: '2026-11-20' }), analyzeDocument(example, { reference: '2026-11-20' }));
  });
  it('reports a number inside a date once, as part of the date', () => {
    const a = analyzeDocument('لە ١٥ ١ ٢٠٢٤ و ٢٧/١٢/٢٠٢١ سێ هەزار کەس هاتن', { reference: '2024-01-20' });
    assert.deepEqual(a.dates.map((d) => d.iso), ['2024-01-15', '2021-12-27']);
    assert.deepEqual(a.numbers.map((x) => x.value), [3000]);
  });
});

describe('createDocument', () => {
  it('keeps the source, the normalized text with its map and the tokens with the space before them', () => {
    const doc = createDocument('لە ساڵی ٢٠١٤دا\nكوردستان');
    assert.equal(doc.normalized.text, 'لە ساڵی ٢٠١٤دا\nکوردستان');
    assert.deepEqual(doc.tokens.map((t) => t.normalized), ['لە', 'ساڵی', '٢٠١٤', 'دا', 'کوردستان']);
    assert.deepEqual([...doc.table.gaps], [1, 1, 1, 0, 2]);
    assert.deepEqual(doc.tokens, tokenize('لە ساڵی ٢٠١٤دا\nكوردستان'));
  });
  it('is what the number and date finders read, with the same results as from the text', () => {
    const text = 'لە ١٠ی کانوونی دووەمی ٢٠٢٢ دەیان هەزار کەس و ١,٥ ملیۆن دینار؛ 27.12.2021';
    const doc = createDocument(text);
    assert.deepEqual(findNumbersInDocument(doc), findNumbers(text));
    assert.deepEqual(findDatesInDocument(doc, { reference: '2021-12-28' }), findDates(text, { reference: '2021-12-28' }));
    resetWork();
    findNumbersInDocument(doc);
    findDatesInDocument(doc, { reference: '2021-12-28' });
    assert.deepEqual(WORK, { normalized: 0, tokenized: 0 });
  });
  it('takes a normalized text and rejects anything else', () => {
    const source = 'كورد';
    assert.equal(documentOf(normalizeWithMap(source), source).tokens[0]!.normalized, 'کورد');
    assert.throws(() => documentOf({ text: 'x' } as never, 'x'), /documentOf needs the result of normalizeWithMap/);
    assert.throws(() => createDocument('x', 5 as never), TypeError);
  });
  it('never throws, and its tokens are those of tokenize', () => {
    fc.assert(
      fc.property(anyText(), (text) => {
        const doc = createDocument(text);
        assert.deepEqual(doc.tokens, tokenize(text));
        assert.equal(doc.table.gaps.length, doc.tokens.length);
        for (let i = 0; i < doc.tokens.length; i++) {
          assert.equal(doc.normalized.text.slice(doc.table.from[i], doc.table.to[i]), doc.tokens[i]!.normalized);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('Engine', () => {
  it('keeps at most cacheSize words and forgets them on clear()', () => {
    const engine = new Engine({ cacheSize: 10 });
    for (const w of ['کتێب', 'کتێبەکان', 'شار', 'شارەکان', 'دەنووسم', 'نووسی', 'کورد', 'ماڵ', 'ماڵەکەم', 'دار', 'باران', 'بەفر']) engine.analyze(w);
    assert.ok(engine.cacheSize <= 20, `prepared and raw spellings, each at most 10: ${engine.cacheSize}`);
    assert.equal(engine.lemmatize('کتێبەکانمان'), 'کتێب');
    assert.equal(engine.stem('دەنووسێت'), 'نووسین');
    assert.deepEqual(engine.segment('شارەکانیشدا'), ['شار', 'ەکان', 'یش', 'دا']);
    engine.clear();
    assert.equal(engine.cacheSize, 0);
  });
  it('owns the analyses and the entity facts of its documents: none go to the shared memo', () => {
    const text = 'سەرۆکی هەرێمی کوردستان گوتی: «ئامادەین.» دوێنێ کۆسرەت ڕەسووڵ گەیشتە هەولێر.';
    const engine = new Engine();
    clearCache();
    clearEntityCaches();
    const viaEngine = engine.analyzeDocument(text, { reference: '2021-12-28' });
    const held = engine.cacheSize;
    assert.ok(held > 0);
    assert.equal(defaultMemo.size, 0, 'the shared memo stays empty');
    assert.deepEqual(viaEngine.entities, analyzeDocument(text, { reference: '2021-12-28' }).entities);
    assert.ok(defaultMemo.size > 0);
    engine.clear();
    assert.equal(engine.cacheSize, 0);
    assert.deepEqual(engine.analyzeDocument(text, { reference: '2021-12-28' }).entities, viaEngine.entities);
    assert.equal(engine.cacheSize, held);
  });
  it('rejects a bad cacheSize, naming it', () => {
    assert.throws(() => new Engine({ cacheSize: -1 }), /cacheSize/);
    assert.throws(() => new Engine({ cacheSize: 1.5 }), RangeError);
  });
});

describe('toLatinNormalized', () => {
  it('agrees with toLatin on normalized text, without normalizing again', () => {
    const text = normalizeWithMap('سڵاو، چۆنی؟ «باشم» ٪٢٠ له‌ ١٠ی مانگ').text;
    resetWork();
    const latin = toLatinNormalized(text);
    assert.equal(WORK.normalized, 0);
    assert.equal(latin, toLatin(text));
  });
});
