import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeWithMap } from '../../src/normalize/index.js';
import { tokenize, tokenizeNormalized, type Token } from '../../src/tokenize/index.js';

const surfaces = (text: string): string[] => tokenize(text).map((t) => t.surface);
const typed = (text: string): string[] => tokenize(text).map((t) => `${t.type}:${t.surface}`);

describe('tokenize: words', () => {
  it('splits on spaces and punctuation', () => {
    assert.deepEqual(surfaces('سڵاو، چۆنی؟'), ['سڵاو', '،', 'چۆنی', '؟']);
  });
  it('gives offsets into the original text, its surface and its normalized form', () => {
    const [t] = tokenize('\u200fكوردي');
    assert.deepEqual(t, { type: 'word', start: 1, end: 6, surface: 'كوردي', normalized: 'کوردی' });
  });
  it('keeps a ZWNJ inside a word', () => {
    assert.deepEqual(surfaces('دەست\u200cپێک کرد'), ['دەست\u200cپێک', 'کرد']);
  });
  it('maps heh + ZWNJ back to the two characters it came from', () => {
    const [t] = tokenize('گه\u200cوره\u200c');
    assert.equal(t!.normalized, 'گەورە');
    assert.equal(t!.surface, 'گه\u200cوره\u200c');
  });
  it('types Latin words inside Sorani text', () => {
    assert.deepEqual(typed('کۆمپانیای Apple و iPhone'), ['word:کۆمپانیای', 'latin:Apple', 'word:و', 'latin:iPhone']);
  });
  it('keeps an apostrophe inside a Latin word', () => {
    assert.deepEqual(surfaces("don't"), ["don't"]);
  });
  it('types words of other scripts as other', () => {
    assert.deepEqual(typed('Москва'), ['other:Москва']);
  });
});

describe('tokenize: numbers', () => {
  it('keeps numbers with separators in any digit set as one token', () => {
    assert.deepEqual(typed('١٬٢٥٠٫٥ و 10,000 و 1.5 و ۱۲۳'), [
      'number:١٬٢٥٠٫٥',
      'word:و',
      'number:10,000',
      'word:و',
      'number:1.5',
      'word:و',
      'number:۱۲۳',
    ]);
  });
  it('splits a list of numbers that is not a thousands grouping', () => {
    assert.deepEqual(surfaces('1,2,3'), ['1', ',', '2', ',', '3']);
  });
  it('gives dates as numbers and punctuation', () => {
    assert.deepEqual(typed('٢٧ - ١٢ - ٢٠٢١'), ['number:٢٧', 'punctuation:-', 'number:١٢', 'punctuation:-', 'number:٢٠٢١']);
    assert.deepEqual(surfaces('27/12/2021'), ['27', '/', '12', '/', '2021']);
    assert.deepEqual(surfaces('27.12.2021'), ['27', '.', '12', '.', '2021']);
  });
  it('splits a suffix written on a number and marks it attached', () => {
    const t = tokenize('لە ١٠ی مانگ');
    assert.deepEqual(t.map((x) => x.surface), ['لە', '١٠', 'ی', 'مانگ']);
    assert.equal(t[2]!.attached, true);
    assert.equal(t[3]!.attached, undefined);
  });
  it('splits a tatweel-joined suffix after a space: ١٠ ـی', () => {
    const t = tokenize('١٠ ـی');
    assert.equal(t.length, 2);
    assert.deepEqual([t[1]!.normalized, t[1]!.attached, t[1]!.start, t[1]!.end], ['ی', true, 4, 5]);
  });
  it('splits a Latin-digit number and its suffix: 2014دا', () => {
    const t = tokenize('2014دا');
    assert.deepEqual(t.map((x) => [x.type, x.surface, x.attached ?? false]), [
      ['number', '2014', false],
      ['word', 'دا', true],
    ]);
  });
  it('marks a suffix after a closing quote or bracket as attached', () => {
    const t = tokenize('«زمان»ی');
    assert.equal(t[3]!.surface, 'ی');
    assert.equal(t[3]!.attached, true);
  });
});

describe('tokenize: punctuation and symbols', () => {
  it('gives quotes, brackets and dashes their own tokens', () => {
    assert.deepEqual(surfaces('«ئەو» "ئەم" ‘ئێمە’ (تۆ) [من] — ئەوان'), [
      '«', 'ئەو', '»', '"', 'ئەم', '"', '‘', 'ئێمە', '’', '(', 'تۆ', ')', '[', 'من', ']', '—', 'ئەوان',
    ]);
  });
  it('keeps a run of sentence marks together', () => {
    assert.deepEqual(surfaces('چی؟! باشە...'), ['چی', '؟!', 'باشە', '...']);
  });
  it('keeps abbreviations whole', () => {
    assert.deepEqual(surfaces('د.محەمەد و پ.ز. ٣٠٠ و Dr. Smith'), ['د.', 'محەمەد', 'و', 'پ.ز.', '٣٠٠', 'و', 'Dr.', 'Smith']);
  });
  it('keeps a chain of initials whole: ی.ن.ک, U.S.A.', () => {
    assert.deepEqual(surfaces('ی.ن.ک و U.S.A. و پ.د.کامەران'), ['ی.ن.ک', 'و', 'U.S.A.', 'و', 'پ.د.', 'کامەران']);
  });
  it('types symbols', () => {
    assert.deepEqual(typed('٥٠٪ $'), ['number:٥٠', 'symbol:٪', 'symbol:$']);
  });
});

describe('tokenize: web text', () => {
  it('recognizes web and e-mail addresses, hashtags and mentions', () => {
    assert.deepEqual(typed('https://www.rudaw.net/sorani. info@knn.krd #کوردستان @rudaw_net rudaw.net'), [
      'url:https://www.rudaw.net/sorani',
      'punctuation:.',
      'email:info@knn.krd',
      'hashtag:#کوردستان',
      'mention:@rudaw_net',
      'url:rudaw.net',
    ]);
  });
  it('keeps an emoji with its modifiers, and ZWJ sequences and flags, as one token', () => {
    assert.deepEqual(typed('👍🏽 🇮🇶 👨\u200d👩\u200d👧'), ['emoji:👍🏽', 'emoji:🇮🇶', 'emoji:👨\u200d👩\u200d👧']);
  });
});

describe('tokenize: options', () => {
  it('passes normalize options on', () => {
    assert.deepEqual(
      tokenize('١٠ی', { normalize: { digits: 'latin' } }).map((t) => t.normalized),
      ['10', 'ی'],
    );
  });
  it('splits words into morphemes with an injected segment function', () => {
    const segment = (w: string): string[] => (w === 'کتێبەکان' ? ['کتێب', 'ەکان'] : [w]);
    const t = tokenize('ئەو كتێبەکان', { level: 'morpheme', segment });
    assert.deepEqual(
      t.map((x) => [x.normalized, x.surface, x.start, x.end, x.attached ?? false]),
      [
        ['ئەو', 'ئەو', 0, 3, false],
        ['کتێب', 'كتێب', 4, 8, false],
        ['ەکان', 'ەکان', 8, 12, true],
      ],
    );
  });
  it('gives the first of morphemes that do not spell the word the whole word, the others an empty range at its end (no overlap)', () => {
    const t = tokenize('دەچم', { level: 'morpheme', segment: () => ['دە', 'چوون', 'م'] });
    assert.deepEqual(t.map((x) => [x.normalized, x.start, x.end, x.surface]), [['دە', 0, 4, 'دەچم'], ['چوون', 4, 4, ''], ['م', 4, 4, '']]);
  });
  it('throws on bad options, naming the option', () => {
    assert.throws(() => tokenize('x', { level: 'letter' as 'word' }), /level.*'word', 'morpheme'/);
    assert.throws(() => tokenize('x', { level: 'morpheme' }), /segment/);
    assert.throws(() => tokenize('x', { normalize: { digits: 'roman' as 'latin' } }), /digits/);
  });
  it('tokenizeNormalized gives the same tokens as tokenize', () => {
    const source = 'لە ساڵی 2014دا «كوردستان»';
    assert.deepEqual(tokenizeNormalized(normalizeWithMap(source), source), tokenize(source));
  });
  it('tokenizeNormalized rejects what is not a normalized text', () => {
    assert.throws(() => tokenizeNormalized({ text: 'x' } as never, 'x'), /normalizeWithMap/);
  });
});

describe('tokenize: the example article', () => {
  it('covers the news sample typical cases', () => {
    const t: Token[] = tokenize('لە ٢٧ - ١٢ - ٢٠٢١ و لە ١٠ ـی کانوونی دووەم');
    assert.deepEqual(
      t.map((x) => x.normalized),
      ['لە', '٢٧', '-', '١٢', '-', '٢٠٢١', 'و', 'لە', '١٠', 'ی', 'کانوونی', 'دووەم'],
    );
  });
});
