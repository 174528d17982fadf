import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { detectLanguage } from '../../src/langid/index.js';
import { anyText } from '../helpers/random.js';

const lang = (text: string) => detectLanguage(text).language;

describe('detectLanguage: Central Kurdish (Sorani)', () => {
  it('recognizes a Sorani sentence in standard spelling', () => {
    assert.deepEqual(
      { ...detectLanguage('ئەمڕۆ لە هەولێر کۆبوونەوەیەک دەکرێت.'), confidence: 0 },
      { language: 'ckb', script: 'Arab', confidence: 0 },
    );
    assert.equal(lang('ئەو پرۆژەیە لە ساڵی داهاتوودا تەواو دەبێت.'), 'ckb');
    assert.equal(lang('بەڵام هێشتا بڕیارێکی کۆتایی نەدراوە.'), 'ckb');
  });
  it('recognizes Sorani typed with an Arabic or Persian keyboard', () => {
    assert.equal(lang('سه‌ره‌ک کۆماری عێراق له‌گه‌ڵ شاندێکی ئه‌مریکی کۆبووه‌وه‌'), 'ckb');
    assert.equal(lang('كوردستان هەرێمێكى جوانە و خەڵكەكەى میواندۆستن'), 'ckb');
  });
  it('recognizes Arabic-keyboard Sorani: ة inside a word, ئ before ه, وو', () => {
    assert.equal(lang('سةيري پيكةنينةكةي سونيا'), 'ckb');
    assert.equal(lang('هةريم قةرةناوي'), 'ckb');
    assert.equal(lang('ئه م حه مه يسك قورسه به جي وا زه عيف بوه'), 'ckb');
    // and Arabic with ة at word end stays Arabic
    assert.equal(lang('قال الرئيس إن الحكومة ستعمل على حل المشكلة'), 'ar');
  });
  it('recognizes Sorani words in their keyboard spelling (ە ێ ۆ ڕ ڵ typed as ه ی و ر ل)', () => {
    assert.equal(lang('بهلام ئیستا نازانم'), 'ckb');
    assert.equal(lang('هیچ شتیک نیه'), 'ckb');
    assert.equal(lang('خو دهزانم'), 'ckb');
  });
  it('recognizes Sorani suffixes typed apart after ه: -ەکان, -ەوە', () => {
    assert.equal(lang('میوانه کانم'), 'ckb');
    assert.equal(lang('ناخوینیه وه'), 'ckb');
  });
  it('is confident on a clear sentence', () => {
    assert.ok(detectLanguage('ئەو کتێبەی کە دوێنێ کڕیم زۆر باشە و هەموو ڕۆژێک دەیخوێنمەوە.').confidence > 0.6);
  });
});

describe('detectLanguage: Persian and Arabic are not Sorani', () => {
  it('recognizes Persian', () => {
    assert.equal(lang('این کتاب را دیروز از کتاب‌فروشی خریدم.'), 'fa');
    assert.equal(lang('ما می‌خواهیم به تهران برویم.'), 'fa');
    assert.equal(lang('رئیس جمهور گفت که این طرح برای همه مردم است.'), 'fa');
  });
  it('keeps colloquial Persian Persian: keyboard spellings that are Persian words are no Sorani evidence', () => {
    assert.equal(lang('تو خیلی خوش‌گلی'), 'fa');
    assert.equal(lang('چون دیر شد رفتم خونه'), 'fa');
    assert.equal(lang('خونه که رو دیدی؟'), 'fa');
    assert.equal(lang('او را دیدم و با او حرف زدم'), 'fa');
  });
  it('keeps Arabic Arabic: كان after a word ending in ه is not the Sorani plural', () => {
    assert.equal(lang('لأنه كان في البيت'), 'ar');
    assert.equal(lang('كانت الحكومة قد وعدت بذلك'), 'ar');
  });
  it('recognizes Arabic', () => {
    assert.equal(lang('قال الرئيس إن الحكومة ستعمل على حل المشكلة في أقرب وقت.'), 'ar');
    assert.equal(lang('ذهبت إلى المدرسة صباحاً.'), 'ar');
    assert.equal(lang('وأكد الوزير أن هذا القرار جاء بعد اجتماع مع الجانب الأمريكي.'), 'ar');
  });
});

describe('detectLanguage: Kurmanji in both scripts', () => {
  it('recognizes Kurmanji in Latin script', () => {
    assert.deepEqual(
      { ...detectLanguage('Ez ji Amedê me û li Stenbolê dixebitim.'), confidence: 0 },
      { language: 'kmr', script: 'Latn', confidence: 0 },
    );
    assert.equal(lang('Ev pirtûk li ser dîroka kurdan e.'), 'kmr');
  });
  it('recognizes Kurmanji in Arabic script (Badini)', () => {
    assert.equal(lang('ئەز ژ دهۆکێ مە و ل زاخۆ کار دکەم.'), 'kmr');
    assert.equal(lang('ئەڤ پرۆژە دێ ل دەڤەرا بەهدینان هێتە جێبەجێکرن.'), 'kmr');
  });
});

describe('detectLanguage: English and other', () => {
  it('recognizes English', () => {
    assert.equal(lang('The president met the delegation in Erbil on Monday.'), 'en');
  });
  it('calls other Latin-script languages other', () => {
    assert.equal(lang('Bonjour tout le monde, je suis très heureux.'), 'other');
    assert.equal(lang('Bu kitap çok güzel ve ilginç bir hikâye.'), 'other');
  });
  it('calls text without letters other, with confidence 0', () => {
    assert.deepEqual(detectLanguage(''), { language: 'other', script: 'other', confidence: 0 });
    assert.deepEqual(detectLanguage('١٢٣ 456 !؟'), { language: 'other', script: 'other', confidence: 0 });
  });
  it('calls another script other', () => {
    assert.deepEqual({ ...detectLanguage('Привет, как дела?'), confidence: 0 }, { language: 'other', script: 'other', confidence: 0 });
  });
});

describe('detectLanguage: invariants', () => {
  it('never throws, and the confidence is within [0, 1]', () => {
    fc.assert(
      fc.property(anyText(), (text) => {
        const g = detectLanguage(text);
        assert.ok(g.confidence >= 0 && g.confidence <= 1);
      }),
      { numRuns: 500 },
    );
  });
  it('is not confused by words that name Object.prototype members', () => {
    assert.equal(detectLanguage('constructor toString __proto__ hasOwnProperty').language, 'other');
  });
  it('handles a long adversarial input', () => {
    assert.equal(detectLanguage('ە'.repeat(2_000_000)).language, 'ckb');
    assert.equal(detectLanguage('ال'.repeat(500_000) + ' \ud800').script, 'Arab');
  });
});
