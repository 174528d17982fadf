/**
 * zman's tokens next to `Intl.Segmenter('ckb', { granularity: 'word' })`, the Unicode word
 * boundaries (UAX #29) of the runtime's ICU. They agree on plain Sorani words (ZWNJ kept
 * inside the word, punctuation apart); the differences below are deliberate and documented in
 * the README ("How zman's tokens differ from Intl.Segmenter").
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize } from '../../src/tokenize/index.js';

const segmenter = new Intl.Segmenter('ckb', { granularity: 'word' });
const icu = (text: string): string[] =>
  [...segmenter.segment(text)].filter((s) => s.segment.trim() !== '').map((s) => s.segment);
const zman = (text: string): string[] => tokenize(text).map((t) => t.surface);

describe('tokenize compared with Intl.Segmenter', () => {
  it('agrees on plain Sorani text, ZWNJ inside words, numbers with separators and quotes', () => {
    for (const text of ['دەست\u200cپێک کرا، «سڵاو» بوو؟', '١٬٢٥٠٫٥ دینار و 10,000 دۆلار', '٢٧ - ١٢ - ٢٠٢١']) {
      assert.deepEqual(zman(text), icu(text), text);
    }
  });
  it('differs: a suffix written on a number is split off (ICU keeps ١٠ی and 2014دا whole)', () => {
    assert.notDeepEqual(icu('١٠ی 2014دا'), zman('١٠ی 2014دا')); // ICU ['١٠ی', '2014دا']
    assert.deepEqual(zman('١٠ی 2014دا'), ['١٠', 'ی', '2014', 'دا']);
  });
  it('differs: an abbreviation keeps its dot and is apart from the name (ICU: د.محمد is one word)', () => {
    assert.notDeepEqual(icu('د.محمد'), zman('د.محمد')); // ICU ['د.محمد']
    assert.deepEqual(zman('د.محمد'), ['د.', 'محمد']);
  });
  it('differs: web and e-mail addresses, hashtags and mentions are one token', () => {
    assert.notDeepEqual(icu('info@knn.krd #کورد'), zman('info@knn.krd #کورد')); // ICU ['info', '@', 'knn.krd', '#', 'کورد']
    assert.deepEqual(zman('info@knn.krd #کورد'), ['info@knn.krd', '#کورد']);
  });
  it('differs: a run of sentence marks is one token (ICU: one per mark)', () => {
    assert.notDeepEqual(icu('چی؟!'), zman('چی؟!')); // ICU ['چی', '؟', '!']
    assert.deepEqual(zman('چی؟!'), ['چی', '؟!']);
  });
  it('differs: a dotted date is numbers and dots (ICU: 27.12.2021 is one number)', () => {
    assert.notDeepEqual(icu('27.12.2021'), zman('27.12.2021')); // ICU ['27.12.2021']
    assert.deepEqual(zman('27.12.2021'), ['27', '.', '12', '.', '2021']);
  });
});
