import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenizeMorphemes } from '../../src/morph/index.js';

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
