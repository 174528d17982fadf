import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { check, correct, detectKeyboard, loadHunspell, repair, suggest } from '../../src/spell/index.js';
import { anyText } from '../helpers/random.js';
import { ROOT } from '../helpers/cli.js';

const words = (list: readonly { word: string }[]) => list.map((s) => s.word);

describe('check', () => {
  it('knows vocabulary words and inflected forms the morphology derives', () => {
    assert.equal(check('کوردستان').known, true);
    assert.equal(check('کوردستان').source, 'vocabulary');
    assert.equal(check('کتێبەکانمان').known, true);
    assert.equal(check('نەیاندەنووسی').known, true);
  });
  it('normalizes before checking: Arabic kaf and yeh are the same word', () => {
    assert.equal(check('كوردستان').known, true);
    assert.equal(check('كوردستان').word, 'کوردستان');
  });
  it('flags common misspellings', () => {
    for (const w of ['باشور', 'برهەم', 'بریار', 'بەحەشت']) assert.equal(check(w).known, false, w);
  });
  it('does not check tokens without Arabic-script letters', () => {
    assert.deepEqual(check('2024'), { known: true, word: '2024', source: 'not-arabic-script', frequency: -1 });
    assert.equal(check('').known, true);
  });
  it('knows compounds of two common words, with or without the linker ە, but not inflections written apart from the standard', () => {
    assert.equal(check('هەستەدەمار').source, 'compound');
    assert.equal(check('کۆمپیوتەرسازی').source, 'compound');
    // ی + ەکان is written ییەکان: a vowel-initial part is no compound part
    assert.equal(check('فەرمیەکان').known, false);
    assert.equal(check('بەرژەوەندیەکانی').known, false);
  });
  it('gives frequency bands: common words are in higher bands', () => {
    assert.ok(check('لە').frequency > check('بەهەشت').frequency);
  });
});

describe('suggest: the Sorani error model', () => {
  it('restores doubled وو, ڕ, ە and ئ', () => {
    assert.equal(suggest('باشور')[0]?.word, 'باشوور');
    assert.equal(suggest('بریار')[0]?.word, 'بڕیار');
    assert.equal(suggest('برهەم')[0]?.word, 'بەرهەم');
    assert.equal(suggest('ەمڕۆ')[0]?.word, 'ئەمڕۆ');
  });
  it('fixes keyboard confusions و→ۆ and ح→ه', () => {
    assert.equal(suggest('خوش')[0]?.word, 'خۆش');
    assert.equal(suggest('بەحەشت')[0]?.word, 'بەهەشت');
  });
  it('suggests the standard spelling of a colloquial form', () => {
    assert.ok(words(suggest('کردۆتەوە')).includes('کردووەتەوە'));
  });
  it('splits two words run together', () => {
    assert.ok(words(suggest('لەوەکردۆتەوە')).some((w) => w.startsWith('لەوە ')));
  });
  it('ranks by score, respects limit, never suggests the word itself', () => {
    const s = suggest('باشور', { limit: 3 });
    assert.ok(s.length <= 3);
    for (let i = 1; i < s.length; i++) assert.ok(s[i - 1]!.score >= s[i]!.score);
    assert.ok(s.every((x) => x.word !== 'باشور' && x.score > 0 && x.score <= 1));
  });
  it('rejects a bad limit with a RangeError naming the option', () => {
    assert.throws(() => suggest('باشور', { limit: 0 }), /limit/);
    assert.throws(() => suggest('باشور', { limit: 1.5 }), RangeError);
  });
  it('gives nothing for non-Arabic tokens', () => {
    assert.deepEqual(suggest('hello'), []);
    assert.deepEqual(suggest(''), []);
  });
});

describe('correct', () => {
  it('corrects unknown words with ranges in the original text', () => {
    const text = 'ئەم بریارە لە باشور درا';
    const r = correct(text);
    assert.equal(r.text, 'ئەم بڕیارە لە باشوور درا');
    for (const c of r.changes) assert.equal(text.slice(c.start, c.end), c.from);
    assert.deepEqual(r.changes.map((c) => c.to), ['بڕیارە', 'باشوور']);
  });
  it('leaves known words and other scripts alone', () => {
    const text = 'ئەمڕۆ لە هەولێر کۆبوونەوەیەک دەکرێت. Hello 2024';
    assert.deepEqual(correct(text), { text, changes: [] });
  });
  it('ranges stay right after text in other scripts and emoji', () => {
    const text = '😀 abc باشور';
    const [c] = correct(text).changes;
    assert.equal(text.slice(c!.start, c!.end), 'باشور');
  });
});

describe('detectKeyboard and repair', () => {
  it('detects the keyboard', () => {
    assert.equal(detectKeyboard('بةرهةمةكاني ئةفين ئاسؤ').keyboard, 'arabic');
    assert.equal(detectKeyboard('دستان خوش بیت').keyboard, 'persian');
    assert.equal(detectKeyboard('دەستان خۆش بێت').keyboard, 'sorani');
    assert.equal(detectKeyboard('hello').keyboard, 'none');
  });
  it('repairs Persian-keyboard Sorani', () => {
    const r = repair('دستان خوش بیت');
    assert.equal(r.keyboard, 'persian');
    assert.equal(r.text, 'دەستان خۆش بێت');
  });
  it('repairs Arabic-keyboard Sorani', () => {
    const r = repair('بةرهةمةكاني ئاسؤ');
    assert.equal(r.keyboard, 'arabic');
    assert.equal(r.text, 'بەرهەمەکانی ئاسۆ');
  });
  it('restores وو typed as one و (the Persian and Arabic spelling of long u) and keeps a word and its negated verb apart', () => {
    assert.equal(repair('ماندو نه بن', { keyboard: 'persian' }).text, 'ماندوو نەبن');
    assert.equal(repair('ماندو نه بن', { keyboard: 'arabic' }).text, 'ماندوو نەبن');
  });
  it('reports changes with ranges in the original text', () => {
    const text = 'دستان خوش بیت';
    for (const c of repair(text).changes) assert.equal(text.slice(c.start, c.end), c.from);
  });
  it('rejects an unknown keyboard with a RangeError naming the option', () => {
    assert.throws(() => repair('x', { keyboard: 'qwerty' as never }), /keyboard/);
  });
});

describe('loadHunspell', () => {
  const aff = 'SET UTF-8\nPFX N Y 1\nPFX N 0 نە .\nSFX A Y 2\nSFX A 0 ان [^ا]\nSFX A 0 یان ا\n';
  const dic = '2\nخەیاڵ/A\nچرا/A\nزانین/N\n';
  const dict = loadHunspell(aff, dic);
  it('accepts stems and their affixed forms', () => {
    assert.equal(dict.size, 3);
    assert.ok(dict.has('خەیاڵ') && dict.has('خەیاڵان') && dict.has('چرایان') && dict.has('نەزانین'));
    assert.ok(!dict.has('چراان') && !dict.has('نەخەیاڵ'));
    assert.ok(dict.words().includes('خەیاڵان'));
  });
  it('extends check and suggest', () => {
    assert.equal(check('زگلاوانی').known, false);
    const d2 = loadHunspell(aff, '1\nزگلاوانی\n');
    assert.equal(check('زگلاوانی', { dictionaries: [d2] }).known, true);
    assert.equal(suggest('زگلاوانێ', { dictionaries: [d2] })[0]?.word, 'زگلاوانی');
  });
  it('rejects bad arguments', () => {
    assert.throws(() => loadHunspell(1 as never, ''), TypeError);
    assert.throws(() => check('x', { dictionaries: [1] as never }), /dictionaries/);
  });
  const shared = join(ROOT, '..', 'shared', 'data', 'hunspell');
  it('reads the real Sorani dictionary when ../shared has it', { skip: existsSync(join(shared, 'ckb-Arab.dic')) ? false : 'skipped: ../shared/data/hunspell absent' }, () => {
    const real = loadHunspell(readFileSync(join(shared, 'ckb-Arab.aff'), 'utf8'), readFileSync(join(shared, 'ckb-Arab.dic'), 'utf8'));
    assert.ok(real.size > 30_000);
    assert.ok(real.has('کتێب'));
  });
});

describe('spelling never throws on any string', () => {
  it('check, suggest, correct, repair, detectKeyboard', () => {
    fc.assert(
      fc.property(anyText(), (s) => {
        check(s);
        suggest(s);
        const c = correct(s);
        for (const ch of c.changes) assert.equal(s.slice(ch.start, ch.end), ch.from);
        repair(s);
        detectKeyboard(s);
      }),
      { numRuns: 150 },
    );
  });
  it('handles a long input', () => {
    const long = 'باشور '.repeat(20_000);
    assert.equal(correct(long).changes.length, 20_000);
    assert.ok(check('ب'.repeat(100_000)).word.length === 100_000);
  });
});

describe('integration: analyzeDocument and searchTerms', () => {
  it("analyzeDocument({ repair: 'auto' }) analyzes keyboard-typed words in their repaired spelling", async () => {
    const { analyzeDocument } = await import('../../src/analyze/index.js');
    const text = 'دستان خوش بیت';
    const a = analyzeDocument(text, { repair: 'auto' });
    assert.equal(a.repair?.keyboard, 'persian');
    const t = a.tokens.find((x) => x.surface === 'خوش')!;
    assert.equal(t.spelling, 'خۆش');
    assert.equal(t.lemma, 'خۆش');
    assert.equal(text.slice(t.start, t.end), 'خوش');
    assert.equal(analyzeDocument(text).repair, undefined);
    assert.throws(() => analyzeDocument(text, { repair: 'yes' as never }), /repair/);
  });
  it('searchTerms repairs keyboard-typed words by default, so both spellings share a term', async () => {
    const { searchTerms } = await import('../../src/search/index.js');
    assert.deepEqual(searchTerms('خوش').map((t) => t.term), searchTerms('خۆش').map((t) => t.term));
    assert.notDeepEqual(searchTerms('خوش', { repair: false }).map((t) => t.term), searchTerms('خۆش').map((t) => t.term));
  });
});
