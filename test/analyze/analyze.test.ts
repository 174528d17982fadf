import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyzeDocument } from '../../src/analyze/index.js';
import { ROOT } from '../helpers/cli.js';
import { anyText } from '../helpers/random.js';

const example = readFileSync(join(ROOT, 'examples', 'news-ckb.txt'), 'utf8');

describe('analyzeDocument', () => {
  it('analyzes the example article', () => {
    const a = analyzeDocument(example, { reference: '2026-11-20' });
    assert.equal(a.language, 'ckb');
    assert.equal(a.script, 'Arab');
    assert.ok(a.entities.some((e) => e.type === 'PER' && e.text === 'ئازاد محەمەد'));
    assert.ok(a.entities.some((e) => e.type === 'LOC' && e.canonical === 'هەولێر'));
    const direct = a.quotes.filter((q) => !q.indirect);
    assert.equal(direct.length, 2);
    assert.equal(direct[1]?.speaker?.text, 'شیلان عەبدوڵڵا');
    // شارەوانیی سلێمانی ڕایگەیاند کە …: reported speech, with its speaker
    const reported = a.quotes.filter((q) => q.indirect);
    assert.deepEqual(reported.map((q) => q.speaker?.text), ['شارەوانیی سلێمانی']);
    assert.ok(a.keywords.length > 0);
  });
  it('gives tokens with lemma, part of speech and Latin, sentences, numbers and dates', () => {
    const text = 'بایدن و پوتین لە ١٠ی کانوونی دووەم لە ژنێڤ کۆدەبنەوە. دەیان هەزار سەرباز لە سنوورن.';
    const a = analyzeDocument(text, { reference: '2021-12-27' });
    const biden = a.tokens[0]!;
    assert.deepEqual([biden.surface, biden.lemma, biden.pos, biden.latin], ['بایدن', 'بایدن', 'propn', 'baydin']);
    assert.equal(a.sentences.length, 2);
    assert.deepEqual(a.dates.map((d) => d.iso), ['2022-01-10']);
    assert.ok(a.numbers.some((x) => x.approximate && x.value >= 10_000));
    assert.ok(a.entities.some((e) => e.type === 'DATE' && e.canonical === '2022-01-10'));
    assert.ok(a.entities.some((e) => e.type === 'LOC' && e.canonical === 'ژنێڤ'));
    assert.match(a.latin, /^baydin/);
    for (const t of a.tokens) assert.equal(text.slice(t.start, t.end), t.surface);
  });
  it('normalizes Sorani and gives offsets into the original text', () => {
    const text = 'له‌ هه‌ولێر';
    const a = analyzeDocument(text);
    assert.equal(a.normalized, 'لە هەولێر');
    const [e] = a.entities;
    assert.equal(text.slice(e!.start, e!.end), 'هه‌ولێر');
  });
  it('reports Persian and Arabic lines and leaves them as written', () => {
    const persian = 'این کتاب را دیروز از کتاب‌فروشی خریدم.';
    const arabic = 'قال الرئيس إن الحكومة ستعمل على حل المشكلة في أقرب وقت.';
    const text = `ئەمڕۆ لە هەولێر کۆبوونەوەیەک دەکرێت.\n${persian}\n${arabic}`;
    const a = analyzeDocument(text);
    assert.deepEqual(a.segments.map((s) => [s.language, s.analyzed]), [['ckb', true], ['fa', false], ['ar', false]]);
    assert.ok(a.normalized.endsWith(`\n${persian}\n${arabic}`));
    assert.deepEqual(a.entities.map((e) => e.text), ['ئەمڕۆ', 'هەولێر']);
    assert.ok(a.latin.endsWith(`\n${persian}\n${arabic}`));
    assert.deepEqual(a.tokens.map((t) => t.surface).slice(0, 3), ['ئەمڕۆ', 'لە', 'هەولێر']);
    assert.ok(a.tokens.every((t) => t.end <= 36));
  });
  it('calls a Persian document Persian', () => {
    assert.equal(analyzeDocument('این کتاب را دیروز از کتاب‌فروشی خریدم.').language, 'fa');
  });
  it('gives a well-formed result for an empty text', () => {
    const a = analyzeDocument('');
    assert.deepEqual([a.language, a.normalized, a.latin, a.tokens, a.entities, a.quotes, a.keywords, a.segments], ['other', '', '', [], [], [], [], []]);
  });
  it('rejects a bad keywords option', () => {
    assert.throws(() => analyzeDocument('', { keywords: 1.5 }), /keywords/);
  });
  it('never throws; entity offsets lie in the text', () => {
    fc.assert(
      fc.property(anyText(), (text) => {
        const a = analyzeDocument(text);
        for (const e of a.entities) assert.equal(text.slice(e.start, e.end), e.text);
        assert.equal(typeof JSON.stringify(a), 'string');
      }),
      { numRuns: 200 },
    );
  });
  it('handles long and odd input', () => {
    assert.equal(analyzeDocument('ە'.repeat(1_000_000)).language, 'ckb');
    assert.equal(analyzeDocument('\n'.repeat(100_000)).segments.length, 0);
    assert.ok(analyzeDocument(`${example}\n`.repeat(200)).entities.length > 1000);
  });
});
