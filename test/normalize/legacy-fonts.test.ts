import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { SORANI_LETTERS } from '../../src/chars/index.js';
import { detectLegacyFont, LEGACY_FONTS, normalize, normalizeWithMap, type LegacyFont } from '../../src/normalize/index.js';
import { soraniNoise } from '../helpers/random.js';

const aliK = (s: string) => normalize(s, { legacyFont: 'ali-k' });
const aliWeb = (s: string) => normalize(s, { legacyFont: 'ali-web' });
const dylan = (s: string) => normalize(s, { legacyFont: 'dylan' });
const zarnegar = (s: string) => normalize(s, { legacyFont: 'zarnegar' });

// The examples below are sentences written for these tests, typed as each font stores them.

describe('legacy font: Ali-K', () => {
  it('reads the reassigned Arabic letters as چ پ ژ گ ڤ', () => {
    assert.equal(aliK('ضاو ثارة ذن طول ظين'), 'چاو پارە ژن گول ڤین');
    assert.equal(aliK('ذياني ضيا و ظيني طول'), 'ژیانی چیا و ڤینی گول');
  });
  it('reads ة and ه + ZWNJ as ە, and ه as the consonant h (ھ at a word end)', () => {
    assert.equal(aliK('هةموو شتيَك'), 'هەموو شتێک');
    assert.equal(aliK('شاه و ماه'), 'شاھ و ماھ');
    assert.equal(aliK('خانه\u200cي ئيَمة'), 'خانەی ئێمە');
  });
  it('reads the "v" marks: لَ لً لّ → ڵ, يَ ىَ آ → ێ, وَ ؤ → ۆ, رِ رٍ → ڕ', () => {
    assert.equal(aliK('طولَ'), 'گوڵ');
    assert.equal(aliK('طولً طولّ'), 'گوڵ گوڵ');
    assert.equal(aliK('ريَطا'), 'ڕێگا');
    assert.equal(aliK('تةنىَ'), 'تەنێ');
    assert.equal(aliK('بآ'), 'بێ');
    assert.equal(aliK('كوَر كؤر'), 'کۆر کۆر');
    assert.equal(aliK('برِوا برٍوا'), 'بڕوا بڕوا');
  });
  it('reads the lam–alef ligatures: لاَ لاً لآ → ڵا, لأ → ڵ, but لَآ is ڵێ', () => {
    assert.equal(aliK('ثيَلاَو'), 'پێڵاو');
    assert.equal(aliK('ولاًت'), 'وڵات');
    assert.equal(aliK('بآولآت'), 'بێوڵات');
    assert.equal(aliK('طولأ'), 'گوڵ');
    assert.equal(aliK('بةلَآ'), 'بەڵێ');
    assert.equal(aliK('لـآ'), 'لێ'); // a tatweel breaks the ligature: آ is ێ again
  });
  it('reads ء as a و that does not join (kept apart with ZWNJ only after a joining letter)', () => {
    assert.equal(aliK('بطؤرِنةءة'), 'بگۆڕنەوە');
    assert.equal(aliK('شويَنء جيَ'), 'شوێن\u200cو جێ');
  });
  it('converts whole sentences', () => {
    assert.equal(
      aliK('ثيَويستة رِيَطة بة خةلَك بدةين بؤ طةرِانةوة بؤ مالَةكانيان.'),
      'پێویستە ڕێگە بە خەڵک بدەین بۆ گەڕانەوە بۆ ماڵەکانیان.',
    );
    assert.equal(
      aliK('لةطةلَ هاورِيَكانم ضووين بؤ شاري هةوليَر و ماوةيةكي زؤر لةويَ ماينةوة.'),
      'لەگەڵ هاوڕێکانم چووین بۆ شاری هەولێر و ماوەیەکی زۆر لەوێ ماینەوە.',
    );
  });
  it('reads presentation forms and decomposed alef-madda the same way', () => {
    assert.equal(aliK('ﺿﺎﻭ'), 'چاو');
    assert.equal(aliK('و\ufef5ت'), 'وڵات'); // ﻵ, the lam–alef-madda ligature
    assert.equal(aliK('با\u0653'), 'بێ'); // ا + madda above = آ
    assert.equal(aliK('ل\u0627\u0653'), 'ڵا');
  });
  it('still applies the rest of normalization (word-initial ڕ, digits, spaces)', () => {
    assert.equal(normalize('رؤذي ١٠ ـي مانط', { legacyFont: 'ali-k', digits: 'latin' }), 'ڕۆژی 10ی مانگ');
  });
});

describe('legacy font: Ali-Web', () => {
  it('reads ص as ێ, أ as ڕ, پ as ڵ, and swaps ط and گ', () => {
    assert.equal(aliWeb('ثصويستة أصطة بة خةپك بدةين'), 'پێویستە ڕێگە بە خەڵک بدەین');
    assert.equal(aliWeb('گالب'), 'طالب');
  });
  it('reads the marks and ligatures like Ali-K', () => {
    assert.equal(aliWeb('ولاَتةكةمان جوانة'), 'وڵاتەکەمان جوانە');
    assert.equal(aliWeb('طولَ و كوَر'), 'گوڵ و کۆر');
  });
  it('draws ى and a lone آ as an asterisk, and إ as nothing', () => {
    assert.equal(aliWeb('ى آ'), '* *');
    assert.equal(aliWeb('بإ'), 'ب');
  });
  it('converts whole sentences', () => {
    assert.equal(
      aliWeb('لةطةپ هاوأصكانم ضووين بؤ شاري هةولصر و ماوةيةكي زؤر لةوص ماينةوة.'),
      'لەگەڵ هاوڕێکانم چووین بۆ شاری هەولێر و ماوەیەکی زۆر لەوێ ماینەوە.',
    );
  });
});

describe('legacy font: Dylan', () => {
  it('reads ث as ێ, ص as ڵ, ذ as ڕ, ض as ڤ, and keeps پ چ ژ گ', () => {
    assert.equal(dylan('پثويستة ذثگة بة خةصك بدةين'), 'پێویستە ڕێگە بە خەڵک بدەین');
    assert.equal(dylan('ژياني چيا و ضيني گوص'), 'ژیانی چیا و ڤینی گوڵ');
  });
  it('reads the lam–alef ligatures with hamza or madda as ڵا', () => {
    assert.equal(dylan('ولأت ولإت ولآت'), 'وڵات وڵات وڵات');
  });
  it('converts whole sentences', () => {
    assert.equal(
      dylan('لةگةص هاوذثكانم چووين بؤ شاري هةولثر و ماوةيةكي زؤر لةوث ماينةوة.'),
      'لەگەڵ هاوڕێکانم چووین بۆ شاری هەولێر و ماوەیەکی زۆر لەوێ ماینەوە.',
    );
  });
});

describe('legacy font: Zarnegar', () => {
  it('reads dammatan over ی ل و as the v of ێ ڵ ۆ, kasratan under ر as ڕ', () => {
    assert.equal(zarnegar('پیٌویسته رٍیٌگه'), 'پێویستە ڕێگە');
    assert.equal(zarnegar('گولٌ و بوٌ'), 'گوڵ و بۆ');
    assert.equal(zarnegar('ولاٌت'), 'وڵات');
  });
  it('reads the Persian spelling of ە (ه and ه + ZWNJ) through the usual rules', () => {
    assert.equal(
      zarnegar('له‌گه‌لٌ هاورٍیٌکانم چووین بوٌ شاری هه‌ولیٌر و ماوه‌یه‌کی زوٌر له‌ویٌ ماینه‌وه.'),
      'لەگەڵ هاوڕێکانم چووین بۆ شاری هەولێر و ماوەیەکی زۆر لەوێ ماینەوە.',
    );
  });
});

describe('legacy fonts: long inputs', () => {
  it('convert a mark and the letters before it wherever the input is cut into pieces', () => {
    for (let k = 0; k < 40; k++) {
      const s = `${'ب'.repeat(4090 + 97 * k)} طولَ ولاً ثيَ`;
      assert.ok(aliK(s).endsWith(' گوڵ وڵا پێ'), `at length ${s.length}`);
    }
  });
});

describe('legacy fonts: offsets', () => {
  it('maps a letter built from a base and a mark to both input code units', () => {
    const m = normalizeWithMap('ثيَ', { legacyFont: 'ali-k' });
    assert.equal(m.text, 'پێ');
    assert.deepEqual([...m.starts], [0, 1]);
    assert.deepEqual([...m.ends], [1, 3]);
  });
  it('maps ڵا from لآ to the two input letters', () => {
    const m = normalizeWithMap('ولآت', { legacyFont: 'ali-k' });
    assert.equal(m.text, 'وڵات');
    assert.deepEqual([...m.starts], [0, 1, 1, 3]);
    assert.deepEqual([...m.ends], [1, 3, 3, 4]);
  });
});

describe('detectLegacyFont', () => {
  it('recognizes text typed with each font', () => {
    assert.equal(detectLegacyFont('ثيَويستة رِيَطة بة خةلَك بدةين بؤ طةرِانةوة بؤ مالَةكانيان.'), 'ali-k');
    assert.equal(detectLegacyFont('ثصويستة أصطة بة خةپك بدةين بؤ طةأانةوة بؤ ماپةكانيان.'), 'ali-web');
    assert.equal(detectLegacyFont('پثويستة ذثگة بة خةصك بدةين بؤ گةذانةوة بؤ ماصةكانيان.'), 'dylan');
    assert.equal(detectLegacyFont('پیٌویسته رٍیٌگه به خه‌لٌک بده‌ین بوٌ گه‌رٍانه‌وه بوٌ مالٌه‌کانیان.'), 'zarnegar');
  });
  it('returns undefined for Unicode Sorani, also with Arabic loan letters', () => {
    assert.equal(detectLegacyFont('پێویستە ڕێگە بە خەڵک بدەین بۆ گەڕانەوە بۆ ماڵەکانیان.'), undefined);
    assert.equal(detectLegacyFont('سەرۆک صالح لە ناوەندی طبی کۆنفرانسێکی ڕۆژنامەوانی ساز کرد.'), undefined);
  });
  it('returns undefined for Sorani typed with an Arabic or a Persian keyboard', () => {
    assert.equal(detectLegacyFont('بةرهةمةكاني ئةفين ئاسؤ و هةرچي پيكةنينة'), undefined);
    assert.equal(detectLegacyFont('سه‌ره‌کی و گه‌وره‌ و چاک'), undefined);
  });
  it('returns undefined for Arabic and Persian text', () => {
    assert.equal(detectLegacyFont('قال الطالب إن الصف الثالث ضروري جدا، وذلك بسبب ظروف المدرسة الصعبة.'), undefined);
    assert.equal(detectLegacyFont('دانشجو گفت که این کلاس برای ذهن و ضمیر ما ضروری است و صبح زود ثبت نام کردیم.'), undefined);
  });
  it('returns undefined when the evidence is thin or absent', () => {
    assert.equal(detectLegacyFont(''), undefined);
    assert.equal(detectLegacyFont('ضاو'), undefined);
    assert.equal(detectLegacyFont('hello world 123'), undefined);
  });
  it('never throws, is linear on long adversarial input, and names only known fonts', () => {
    fc.assert(
      fc.property(soraniNoise(80), (s) => {
        const f = detectLegacyFont(s);
        assert.ok(f === undefined || (LEGACY_FONTS as readonly string[]).includes(f));
      }),
      { numRuns: 1000 },
    );
    for (const s of ['ض'.repeat(1 << 20), 'ل\u064e'.repeat(1 << 19), '\ud800'.repeat(1 << 20)]) detectLegacyFont(s);
    assert.equal(detectLegacyFont('ثيَويستة رِيَطة '.repeat(1 << 16)), 'ali-k');
  });
});

describe('legacy fonts: invariants', () => {
  const FONTS = LEGACY_FONTS.map((legacyFont) => ({ legacyFont }));
  it('never throw, and their output is normalized Unicode (normalize leaves it as it is)', () => {
    fc.assert(
      fc.property(soraniNoise(60), fc.constantFrom(...FONTS), (s, o) => {
        const out = normalize(s, o);
        assert.equal(normalize(out), out);
      }),
      { numRuns: 2000 },
    );
  });
  it('map every output unit to an ordered range inside the input', () => {
    fc.assert(
      fc.property(soraniNoise(60), fc.constantFrom(...FONTS), (s, o) => {
        const m = normalizeWithMap(s, o);
        assert.equal(m.text, normalize(s, o));
        let prevStart = 0;
        for (let i = 0; i < m.text.length; i++) {
          assert.ok(m.starts[i]! < m.ends[i]! && m.ends[i]! <= s.length);
          assert.ok(m.starts[i]! >= prevStart);
          prevStart = m.starts[i]!;
        }
      }),
      { numRuns: 1000 },
    );
  });
  it('leave Unicode Sorani unchanged (Ali-K, Dylan, Zarnegar), so converting twice is safe', () => {
    const word = fc.array(fc.constantFrom(...SORANI_LETTERS, ' ', '\u200c'), { maxLength: 30 }).map((a) => a.join(''));
    const safe: LegacyFont[] = ['ali-k', 'dylan', 'zarnegar'];
    fc.assert(
      fc.property(word, fc.constantFrom(...safe), (s, legacyFont) => {
        const u = normalize(s);
        assert.equal(normalize(u, { legacyFont }), u);
      }),
      { numRuns: 1000 },
    );
  });
});
