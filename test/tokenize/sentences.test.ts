import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sentences, sentencesFromTokens, tokenize } from '../../src/tokenize/index.js';

const texts = (text: string): string[] => sentences(text).map((s) => s.text);

describe('sentences', () => {
  it('ends a sentence at . ؟ ? ! … and their runs', () => {
    assert.deepEqual(texts('سڵاو. چۆنی؟ باشم! ئەی تۆ? وا… چی؟!'), ['سڵاو.', 'چۆنی؟', 'باشم!', 'ئەی تۆ?', 'وا…', 'چی؟!']);
  });
  it('gives offsets into the text', () => {
    assert.deepEqual(sentences('  سڵاو.  چۆنی؟ '), [
      { start: 2, end: 7, text: 'سڵاو.' },
      { start: 9, end: 14, text: 'چۆنی؟' },
    ]);
  });
  it('keeps a closing quote or bracket after the end mark in the sentence', () => {
    assert.deepEqual(texts('وتی: «دێم.» ئینجا ڕۆیشت.'), ['وتی: «دێم.»', 'ئینجا ڕۆیشت.']);
    assert.deepEqual(texts('وتی "دێم." ئینجا (ڕۆیشت.) باشە'), ['وتی "دێم."', 'ئینجا (ڕۆیشت.)', 'باشە']);
  });
  it('does not end a sentence at an abbreviation, a decimal, a date, a web address', () => {
    assert.deepEqual(texts('د. محەمەد و پ.ز. ٣٠٠ هات.'), ['د. محەمەد و پ.ز. ٣٠٠ هات.']);
    assert.deepEqual(texts('نرخی ١.٥ دۆلار بوو لە 27.12.2021 لە rudaw.net دا.'), ['نرخی ١.٥ دۆلار بوو لە 27.12.2021 لە rudaw.net دا.']);
    assert.deepEqual(texts('د.محمد سلمان محمد لە سەر http://dot.krd/'), ['د.محمد سلمان محمد لە سەر http://dot.krd/']);
  });
  it('does not end a sentence at a list number', () => {
    assert.deepEqual(texts('١. یەکەم\n٢. دووەم'), ['١. یەکەم', '٢. دووەم']);
    assert.deepEqual(texts('دوو شت: ١. نان، ٢. ئاو.'), ['دوو شت: ١. نان، ٢. ئاو.']);
  });
  it('does not end a sentence at a mark inside brackets', () => {
    assert.deepEqual(texts('ئەو (!) هات.'), ['ئەو (!) هات.']);
  });
  it('treats ؛ like a semicolon, inside the sentence', () => {
    assert.deepEqual(texts('بۆ من بێمانا بوو؛ بە دڵنیاییەوە.'), ['بۆ من بێمانا بوو؛ بە دڵنیاییەوە.']);
  });
  it('ends a sentence at a line break and at a blank line', () => {
    assert.deepEqual(texts('سەردێڕ\nدەق لێرەدا\n\nبەشی دووەم'), ['سەردێڕ', 'دەق لێرەدا', 'بەشی دووەم']);
  });
  it('splits without a space after the mark', () => {
    assert.deepEqual(texts('ئەمە تێستێکە(تێستێکە.(جا ئەگەر".وایە بابم'), ['ئەمە تێستێکە(تێستێکە.', '(جا ئەگەر".', 'وایە بابم']);
  });
  it('gives text with no punctuation as one sentence', () => {
    assert.deepEqual(texts('ئەمە دەقێکە بێ خاڵبەندی'), ['ئەمە دەقێکە بێ خاڵبەندی']);
  });
  it('continues a Latin sentence at a lower-case word', () => {
    assert.deepEqual(texts('Prof. Dr. Salih hat, hwd. bi sedema vê.'), ['Prof. Dr. Salih hat, hwd. bi sedema vê.']);
  });
  it('gives nothing for empty or blank text', () => {
    assert.deepEqual(sentences(''), []);
    assert.deepEqual(sentences(' \n\t '), []);
  });
});

describe('sentencesFromTokens', () => {
  it('gives the same sentences as sentences(), reusing the tokens', () => {
    const source = 'د. محەمەد وتی: «كوردستان جوانە.» ١.٥ کیلۆ؟ \u200fبەڵێ!\nسەردێڕ';
    assert.deepEqual(sentencesFromTokens(tokenize(source), source), sentences(source));
  });
});
