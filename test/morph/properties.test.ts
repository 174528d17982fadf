import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyze, lemmatize, segment, stem } from '../../src/morph/index.js';
import { prepare } from '../../src/morph/analyze.js';

const SORANI = 'ئابپتجچحخدرڕزژسشعغفڤقکگلڵمنهەوۆیێ';
const soraniWord = fc.array(fc.constantFrom(...SORANI), { minLength: 1, maxLength: 20 }).map((a) => a.join(''));

describe('morphology properties', () => {
  it('never throws and never returns nothing for a non-empty word', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), soraniWord), (w) => {
        const a = analyze(w);
        if (prepare(w).length > 0) assert.ok(a.length > 0);
        lemmatize(w);
        stem(w);
        segment(w);
      }),
      { numRuns: 500 },
    );
  });
  it('segments into pieces that concatenate to the prepared word', () => {
    fc.assert(
      fc.property(soraniWord, (w) => {
        assert.equal(segment(w).join(''), prepare(w));
      }),
      { numRuns: 500 },
    );
  });
  it('segments in any context into pieces that concatenate to the prepared word', () => {
    const next = fc.oneof(fc.constantFrom('', '،', '.', 'و', '(', 'کوردستان', 'کە'), soraniWord, fc.string());
    // words built from real stems and suffixes reach the context rules more often than letters
    const stems = ['شار', 'هەرێم', 'زمان', 'سۆران', 'ئەوە', 'خۆ', 'سوپا', 'هۆ', 'پارت', 'جیاواز', 'کوردی', 'ئابووری'];
    const suffixes = ['', 'ی', 'ە', 'یە', 'ەکە', 'کان', 'یەکان', 'انە', 'ێک', 'یەک', 'و', 'ەوە', 'دا', 'یش'];
    const built = fc.tuple(fc.constantFrom(...stems), fc.constantFrom(...suffixes), fc.constantFrom(...suffixes)).map((t) => t.join(''));
    fc.assert(
      fc.property(fc.oneof(soraniWord, built), next, (w, n) => {
        assert.equal(segment(w, n).join(''), prepare(w));
      }),
      { numRuns: 1000 },
    );
  });
  it('is deterministic (cached results equal fresh ones)', () => {
    fc.assert(
      fc.property(soraniWord, (w) => {
        assert.deepEqual(analyze(w), analyze(w));
      }),
      { numRuns: 200 },
    );
  });
  it('handles long and adversarial inputs', () => {
    // و split off an unknown word: the rest is not normalized again (ر stays ر, not word-initial ڕ)
    assert.equal(segment('ورنئ', '').join(''), prepare('ورنئ'));
    for (const w of ['ە'.repeat(100_000), 'ی'.repeat(5000), 'دەدەدەدەدەدە'.repeat(50), '\ud800کورد', 'ەکانەکانەکان'.repeat(30)]) {
      assert.ok(analyze(w).length > 0);
      assert.equal(segment(w).join(''), prepare(w));
    }
  });
});
