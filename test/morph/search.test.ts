import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { tokenizeMorphemes } from '../../src/morph/index.js';
import { anyText, soraniNoise } from '../helpers/random.js';

describe('tokenizeMorphemes (tokenize at the morpheme level with segment)', () => {
  it('splits a word into morphemes with offsets into the original text', () => {
    const text = 'لە شارەکانیشدا';
    const tokens = tokenizeMorphemes(text);
    assert.deepEqual(
      tokens.map((t) => t.normalized),
      ['لە', 'شار', 'ەکان', 'یش', 'دا'],
    );
    for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.surface);
    assert.equal(tokens[2]!.attached, true);
  });
  it('maps morphemes back through normalization', () => {
    const text = 'شاره‌كانيشدا';
    const tokens = tokenizeMorphemes(text);
    assert.equal(tokens.map((t) => t.surface).join(''), text);
  });
  it('never gives overlapping morphemes, also where normalization expands a letter (issue 15)', () => {
    for (const text of ['\u062f\u0341\u0627\u06a9\u06c0', 'سه\u200cره\u200cکیçئ\u200c\u200cۀسه\u200cره\u200cکیçئ\u200c\u200c']) {
      const tokens = tokenizeMorphemes(text);
      for (let k = 1; k < tokens.length; k++) assert.ok(tokens[k]!.start >= tokens[k - 1]!.end, `overlap in ${JSON.stringify(text)}`);
    }
    fc.assert(
      fc.property(fc.oneof(anyText(), soraniNoise(), fc.constantFrom('ۀ', 'ﻻ', 'ﷲ', 'ك', 'ه\u200c').chain((x) => soraniNoise().map((s) => s + x + s))), (text) => {
        const t = tokenizeMorphemes(text);
        for (let k = 0; k < t.length; k++) {
          assert.ok(t[k]!.start <= t[k]!.end && t[k]!.end <= text.length);
          assert.equal(text.slice(t[k]!.start, t[k]!.end), t[k]!.surface);
          if (k > 0) assert.ok(t[k]!.start >= t[k - 1]!.end, `overlap at ${k}`);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('stem for search', () => {
  it('keeps -ەوە verbs apart from the simple verb', async () => {
    const { stem, lemmatize } = await import('../../src/morph/index.js');
    assert.equal(stem('دەخۆینەوە'), 'خواردنەوە');
    assert.equal(stem('دەخۆین'), 'خواردن');
    assert.equal(lemmatize('دەخۆینەوە'), 'خواردن');
    assert.equal(stem('کوردستانەکەمان'), 'کوردستان');
  });
  it('reads an unlisted preverb as compositional but keeps listed compounds apart', async () => {
    const { stem, lemmatize } = await import('../../src/morph/index.js');
    // هەڵ + سووتاندن is not a compound of the lexicon: same stem as the simple verb
    assert.equal(lemmatize('هەڵمسووتاند'), 'هەڵسووتاندن');
    assert.equal(stem('هەڵمسووتاند'), stem('سووتاندم'));
    // هەڵ + گرتن is (هەڵگرتن "lift" is not گرتن "take")
    assert.equal(stem('هەڵیگرت'), 'هەڵگرتن');
  });
  it('reads the 3sg ‑ێت of a shared stem as the transitive verb first', async () => {
    const { lemmatize } = await import('../../src/morph/index.js');
    assert.equal(lemmatize('دەبڕێت'), 'بڕین');
    assert.equal(lemmatize('دەبڕێم'), 'بڕان');
  });
});

describe('segment in context', () => {
  it('keeps a final ی on the word where it cannot be an ezafe', async () => {
    const { segment } = await import('../../src/morph/index.js');
    assert.deepEqual(segment('زمانی'), ['زمان', 'ی']);
    assert.deepEqual(segment('زمانی', 'کوردی'), ['زمان', 'ی']);
    assert.deepEqual(segment('سۆرانی', '،'), ['سۆرانی']);
    assert.deepEqual(segment('سۆرانی', 'و'), ['سۆرانی']);
    assert.deepEqual(segment('سۆرانی', ''), ['سۆرانی']);
    // an opening bracket may hold what the ezafe links to
    assert.deepEqual(segment('بانگەشەی', '('), ['بانگەشە', 'ی']);
    // on a pronoun a final ی is the clitic
    assert.deepEqual(segment('خۆی', '.'), ['خۆ', 'ی']);
  });
  it('keeps the linking ە on a noun inside a phrase and splits the copula at its end', async () => {
    const { segment } = await import('../../src/morph/index.js');
    assert.deepEqual(segment('شارە', 'بەناوبانگەکان'), ['شارە']);
    assert.deepEqual(segment('شارە', '.'), ['شار', 'ە']);
    // without a next token the word is taken to be inside a phrase
    assert.deepEqual(segment('شارە'), ['شارە']);
    assert.deepEqual(segment('باشترە', '.'), ['باشتر', 'ە']);
  });
  it('keeps ordinals, relative ئەوەی and unknown verbs whole and splits an attached و', async () => {
    const { segment } = await import('../../src/morph/index.js');
    assert.deepEqual(segment('دووەم'), ['دووەم']);
    assert.deepEqual(segment('ئەوەی', 'کە'), ['ئەوەی']);
    assert.deepEqual(segment('دەدرەوشێنەوە'), ['دەدرەوشێنەوە']);
    assert.deepEqual(segment('سوپاو'), ['سوپا', 'و']);
    assert.deepEqual(segment('ودانیشتوان'), ['و', 'دانیشتوان']);
    assert.deepEqual(segment('ەکەوە'), ['ەکەوە']);
    assert.deepEqual(segment('تین'), ['تین']);
  });
  it('splits respelled words where the word has its letters', async () => {
    const { segment } = await import('../../src/morph/index.js');
    assert.deepEqual(segment('ئابووریانەدا'), ['ئابووری', 'انە', 'دا']);
    assert.deepEqual(segment('هۆیەکان'), ['هۆ', 'یەکان']);
  });
  it('reads abstract nouns in ‑ایەتی ‑ەتی to their base', async () => {
    const { lemmatize, segment } = await import('../../src/morph/index.js');
    assert.equal(lemmatize('تەواوەتی'), 'تەواو');
    assert.equal(lemmatize('کوردایەتی'), 'کورد');
    assert.deepEqual(segment('تەواوەتی'), ['تەواوەتی']);
  });
  it('gets the following token from tokenizeMorphemes and from tokenize', async () => {
    assert.deepEqual(
      tokenizeMorphemes('زمانی کوردی و زمانی عەرەبی.').map((t) => t.normalized),
      ['زمان', 'ی', 'کوردی', 'و', 'زمان', 'ی', 'عەرەبی', '.'],
    );
    const { tokenize } = await import('../../src/tokenize/index.js');
    const seen: [string, string][] = [];
    tokenize('ئەم شارە جوانە', {
      level: 'morpheme',
      segment: (w, next) => {
        seen.push([w, next]);
        return [w];
      },
    });
    assert.deepEqual(seen, [
      ['ئەم', 'شارە'],
      ['شارە', 'جوانە'],
      ['جوانە', ''],
    ]);
  });
});
