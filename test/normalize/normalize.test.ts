import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalize } from '../../src/normalize/index.js';

describe('normalize: Kurdish letters', () => {
  it('turns Arabic yeh and alef maksura into ی', () => {
    assert.equal(normalize('كوردي'), 'کوردی');
    assert.equal(normalize('بڕيارى'), 'بڕیاری');
    assert.equal(normalize('ے ۍ'), 'ی ی');
  });
  it('turns Arabic kaf and swash kaf into ک', () => {
    assert.equal(normalize('كتێب ڪتێب'), 'کتێب کتێب');
  });
  it('turns teh marbuta into ە', () => {
    assert.equal(normalize('بةرهةمةكاني'), 'بەرهەمەکانی');
  });
  it('turns heh + ZWNJ into ە', () => {
    assert.equal(normalize('سه\u200cره\u200cکی'), 'سەرەکی');
    assert.equal(normalize('خانه\u200cی'), 'خانەی');
  });
  it('turns word-final ه into ە and keeps ه inside a word', () => {
    assert.equal(normalize('كوردستانه'), 'کوردستانە');
    assert.equal(normalize('هەموو'), 'هەموو');
    assert.equal(normalize('ده ساڵ.'), 'دە ساڵ.');
  });
  it('spells a word-final consonant h as ھ (heh doachashmee), also from هـ', () => {
    assert.equal(normalize('بەهـ بەهـ'), 'بەھ بەھ');
    assert.equal(normalize('شاھ'), 'شاھ');
  });
  it('turns ھ inside a word into ه', () => {
    assert.equal(normalize('ھەر'), 'هەر');
  });
  it('turns ڒ into ڕ and o-variants into ۆ, ۇ into وو', () => {
    assert.equal(normalize('بڒوا'), 'بڕوا');
    assert.equal(normalize('كؤمەڵ'), 'کۆمەڵ');
    assert.equal(normalize('دۇر'), 'دوور');
  });
  it('removes Arabic diacritics', () => {
    assert.equal(normalize('کِتابٌ'), 'کتاب');
  });
  it('turns the font-residue marks into the letter they stand for', () => {
    assert.equal(normalize('بی\u064eت'), 'بێت'); // ی + fatha → ێ
    assert.equal(normalize('بر\u065aوا'), 'بڕوا'); // ر + small v → ڕ
    assert.equal(normalize('بر\u0650وا'), 'بڕوا'); // ر + kasra → ڕ
    assert.equal(normalize('لا\u064eواز'), 'ڵاواز'); // لاَ → ڵا
    assert.equal(normalize('گو\u065aڕان'), 'گۆڕان'); // و + small v → ۆ
  });
  it('turns a word-final ئ after a consonant into ێ (Arabic keyboards)', () => {
    assert.equal(normalize('نةمينئ'), 'نەمینێ');
    assert.equal(normalize('ئاو'), 'ئاو');
  });
});

describe('normalize: Unicode clean-up', () => {
  it('maps Arabic presentation forms to base letters', () => {
    assert.equal(normalize('ﻛﻮﺭﺩ'), 'کورد');
    assert.equal(normalize('ﻻ'), 'لا');
  });
  it('removes bidi and format characters', () => {
    assert.equal(normalize('\u200fکورد\u200e\u202bستان\u202c\ufeff'), 'کوردستان');
    assert.equal(normalize('کورد\u00adستان'), 'کوردستان');
  });
  it('turns every Unicode space into a plain space', () => {
    assert.equal(normalize('کورد\u00a0و\u2009عەرەب\u3000'), 'کورد و عەرەب ');
  });
  it('removes control characters but keeps newlines and tabs', () => {
    assert.equal(normalize('a\u0000b\u0007c\td\ne\r\n'), 'abc\td\ne\r\n');
  });
  it('applies NFC to Latin text', () => {
    assert.equal(normalize('e\u0301'), 'é');
    assert.equal(normalize('s\u0327'), 'ş');
  });
});

describe('normalize: spelling', () => {
  it('writes word-initial ر as ڕ, unless told not to', () => {
    assert.equal(normalize('رێگا'), 'ڕێگا');
    assert.equal(normalize('هەفتەی رابردوو'), 'هەفتەی ڕابردوو');
    assert.equal(normalize('رێگا', { initialReh: false }), 'رێگا');
    assert.equal(normalize('کورد'), 'کورد');
  });
  it('writes the glottal stop before a word-initial bare ا (ئە) or آ (ئا), unless told not to', () => {
    assert.equal(normalize('اوە قدیم بو'), 'ئەوە قدیم بو');
    assert.equal(normalize('آو'), 'ئاو');
    assert.equal(normalize('الله'), 'اللە'); // the Arabic article is left alone
    assert.equal(normalize('ا'), 'ا');
    assert.equal(normalize('اوە', { initialAlef: false }), 'اوە');
    assert.equal(normalize('باران'), 'باران');
  });
  it('removes tatweel, also between a number and its suffix', () => {
    assert.equal(normalize('ســــڵاو'), 'سڵاو');
    assert.equal(normalize('١٠ ـی مانگ'), '١٠ی مانگ');
    assert.equal(normalize('١٠ـی'), '١٠ی');
  });
  it('collapses ZWNJ runs and keeps ZWNJ only where it stops a join', () => {
    assert.equal(normalize('می\u200c\u200cخوام'), 'می\u200cخوام');
    assert.equal(normalize('دا\u200cنیشتن'), 'دانیشتن'); // ا does not join forward
    assert.equal(normalize('کورد\u200c '), 'کورد ');
    assert.equal(normalize('\u200cکورد'), 'کورد');
  });
});

describe('normalize: options', () => {
  it('unifies digits and their separators', () => {
    assert.equal(normalize('١٬٢٥٠٫٥', { digits: 'latin' }), '1,250.5');
    assert.equal(normalize('1,250.5', { digits: 'arabic' }), '١٬٢٥٠٫٥');
    assert.equal(normalize('۱۲ و ١٢', { digits: 'persian' }), '۱۲ و ۱۲');
    assert.equal(normalize('١٢', { digits: 'keep' }), '١٢');
    assert.equal(normalize('ساڵ, ١٢', { digits: 'latin' }), 'ساڵ, 12');
  });
  it('unifies punctuation to Kurdish or Latin', () => {
    assert.equal(normalize('چۆنی? باشم, سوپاس; "بەڵێ"', { punctuation: 'kurdish' }), 'چۆنی؟ باشم، سوپاس؛ «بەڵێ»');
    assert.equal(normalize('چۆنی؟ باشم، «بەڵێ»', { punctuation: 'latin' }), 'چۆنی? باشم, "بەڵێ"');
    assert.equal(normalize('1,000 words?', { punctuation: 'kurdish' }), '1,000 words?');
  });
  it('throws on bad options with the name and the allowed values', () => {
    assert.throws(() => normalize('x', { digits: 'roman' as never }), /digits.*'keep', 'latin', 'arabic', 'persian'/);
    assert.throws(() => normalize('x', { punctuation: 1 as never }), /punctuation/);
    assert.throws(() => normalize('x', { initialReh: 'yes' as never }), /initialReh/);
    assert.throws(() => normalize('x', { legacyFont: 'arial' as never }), /legacyFont.*'ali-k'/);
  });
});

describe('normalize: correct Sorani is unchanged', () => {
  const correct = [
    'کوردستان',
    'ئەمڕۆ ڕۆژی دووشەممەیە و هەوا خۆشە.',
    'بەرپرسی پرۆژەکە گوتی: «کارەکە دوو ساڵ دەخایەنێت.»',
    'لە ساڵی ٢٠٢٤دا ٣٬٥٠٠ دووکان هەبوون.',
    'ڕێکخراوی نەتەوە یەکگرتووەکان، ناتۆ و یەکێتیی ئەورووپا',
    'Kurdistan 2024 — email: info@example.com',
  ];
  for (const text of correct) {
    it(JSON.stringify(text), () => assert.equal(normalize(text), text));
  }
});
