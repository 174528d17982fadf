import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pronounce, slug, syllables, toArabic, toLatin } from '../../src/translit/index.js';

describe('toLatin: words', () => {
  it('restores the unwritten i to break clusters', () => {
    assert.equal(toLatin('کوردستان'), 'kurdistan');
    assert.equal(toLatin('کردن'), 'kirdin');
    assert.equal(toLatin('فرۆشتن'), 'firoştin');
    assert.equal(toLatin('ئاسانتر'), 'asantir');
    assert.equal(toLatin('بکەن'), 'biken');
  });
  it('reads و as w, u or û', () => {
    assert.equal(toLatin('وەک'), 'wek');
    assert.equal(toLatin('کورد'), 'kurd');
    assert.equal(toLatin('بوو'), 'bû');
    assert.equal(toLatin('نوێ'), 'nwê');
    assert.equal(toLatin('خوێندن'), 'xwêndin');
    assert.equal(toLatin('ئێوە'), 'êwe');
  });
  it('reads ی as y or î', () => {
    assert.equal(toLatin('ئابووری'), 'abûrî');
    assert.equal(toLatin('هەیە'), 'heye');
    assert.equal(toLatin('بڕیار'), 'biřyar');
    assert.equal(toLatin('ئاسایی'), 'asayî');
  });
  it('drops the ئ of a vowel and writes ڕ ڵ ح غ ع', () => {
    assert.equal(toLatin('ئەو'), 'ew');
    assert.equal(toLatin('ئیسرائیل'), 'îsraîl');
    assert.equal(toLatin('شاعیر'), 'şa’îr');
    assert.equal(toLatin('حەوت'), 'ḧewt');
    assert.equal(toLatin('بەغدا'), 'beẍda');
    assert.equal(toLatin('وڵات'), 'wiłat');
    assert.equal(toLatin('کوڕ'), 'kuř');
  });
  it('knows the common affixes', () => {
    assert.equal(toLatin('کوردەکان'), 'kurdekan');
    assert.equal(toLatin('ئابوورییەوە'), 'abûrîyewe');
    assert.equal(toLatin('هاتبوو'), 'hatibû');
    assert.equal(toLatin('ڕاستمان'), 'řastman');
    assert.equal(toLatin('دابمەزرێ'), 'dabimezrê');
    assert.equal(toLatin('بخوێننەوە'), 'bixwêninewe');
  });
  it('reads a stem of the morphology lexicon as a word of its own before its suffixes', () => {
    // زانست read alone is za.nist: its i stays before the suffixes
    assert.equal(toLatin('زانست'), 'zanist');
    assert.equal(toLatin('زانستەکەمان'), 'zanistekeman');
    assert.equal(toLatin('زانستێک'), 'zanistêk');
    // the infinitive ending is -in after a consonant
    assert.equal(toLatin('گوتن'), 'gutin');
    assert.equal(toLatin('گوتنی'), 'gutinî');
    // the i before the stem's last consonant goes when a vowel follows: çe.şin, çeş.ne.kan
    assert.equal(toLatin('چەشنەکان'), 'çeşnekan');
    assert.equal(toLatin('ژنەکان'), 'jinekan');
  });
  it('reads the authored exceptions, also with suffixes', () => {
    assert.equal(toLatin('ئۆکراینا'), 'okrayna');
    assert.equal(toLatin('ئۆکرایناوە'), 'okraynawe');
    assert.equal(toLatin('ئەمریکای'), 'emrîkay');
  });
  it('keeps a written word-initial ر as r and ڕ as ř', () => {
    assert.equal(toLatin('رابردوو'), 'rabirdû');
    assert.equal(toLatin('ڕابردوو'), 'řabirdû');
  });
  it('normalizes first', () => {
    assert.equal(toLatin('كوردي'), 'kurdî');
    assert.equal(toLatin('سه\u200cره\u200cکی'), 'serekî');
  });
});

describe('toLatin: styles', () => {
  it('writes the extended letters, Hawar digraphs or plain ASCII', () => {
    assert.equal(toLatin('ڕووسیا و ئۆکراینا'), 'řûsya u okrayna');
    assert.equal(toLatin('ڕووسیا و ئۆکراینا', { style: 'hawar' }), 'rûsya u okrayna');
    assert.equal(toLatin('بڕیار', { style: 'hawar' }), 'birryar');
    assert.equal(toLatin('ڕووسیا و ئۆکراینا', { style: 'ascii' }), 'rusya u okrayna');
    assert.equal(toLatin('حەڵەبجە', { style: 'hawar' }), 'hellebce');
    assert.equal(toLatin('شاعیر', { style: 'hawar' }), 'şaîr');
    assert.equal(toLatin('چیرۆکی شێرەکە', { style: 'ascii' }), 'ciroki sereke');
  });
  it('throws on a bad option, naming it and its values', () => {
    assert.throws(() => toLatin('x', { style: 'cyrillic' as never }), /style.*'extended', 'hawar', 'ascii'/);
    assert.throws(() => toLatin('x', { digits: 'roman' as never }), /digits.*'latin', 'keep'/);
    assert.throws(() => toLatin('x', { capitalize: 'yes' as never }), /capitalize/);
  });
});

describe('toLatin: running text', () => {
  it('maps punctuation and digits', () => {
    assert.equal(toLatin('سڵاو، چۆنی؟ ٢٠٢١؛'), 'siław, çonî? 2021;');
    assert.equal(toLatin('«کورد»'), '"kurd"');
    assert.equal(toLatin('٢٠٢١', { digits: 'keep' }), '٢٠٢١');
  });
  it('capitalizes sentence starts on request', () => {
    assert.equal(toLatin('باشم. سوپاس!', { capitalize: true }), 'Başim. Supas!');
    assert.equal(toLatin('باشم. سوپاس!'), 'başim. supas!');
  });
  it('leaves Latin words, URLs, e-mails and numbers as they are', () => {
    assert.equal(toLatin('سەیری https://rudaw.net/a?b=1 بکە'), 'seyrî https://rudaw.net/a?b=1 bike');
    assert.equal(toLatin('info@zman.dev و BBC 3.5'), 'info@zman.dev u BBC 3.5');
  });
  it('passes unknown characters through', () => {
    assert.equal(toLatin('کورد 😀 ✓ ∑'), 'kurd 😀 ✓ ∑');
    assert.equal(toLatin(''), '');
  });
});

describe('toArabic', () => {
  it('converts words of every style and case', () => {
    assert.equal(toArabic('kurdistan'), 'کوردستان');
    assert.equal(toArabic('Kurdistan'), 'کوردستان');
    assert.equal(toArabic('řûsya u okrayna'), 'ڕووسیا و ئۆکراینا');
    assert.equal(toArabic('rrûsya u okrayna'), 'ڕووسیا و ئۆکراینا');
    assert.equal(toArabic('HELLEBCE'), 'هەڵەبجە');
    assert.equal(toArabic('wiłat'), 'وڵات');
  });
  it('adds ئ before a word-initial vowel and between vowels, drops i', () => {
    assert.equal(toArabic('êwe'), 'ئێوە');
    assert.equal(toArabic('îsraîl'), 'ئیسرائیل');
    assert.equal(toArabic('kirdin'), 'کردن');
    assert.equal(toArabic('abûrî'), 'ئابووری');
  });
  it('writes a word-initial r as ڕ, ’ as ع and a word-final h as ھ', () => {
    assert.equal(toArabic('rabirdû'), 'ڕابردوو');
    assert.equal(toArabic('şa’îr'), 'شاعیر');
    assert.equal(toArabic('şah'), 'شاھ');
    assert.equal(toArabic('heye'), 'هەیە');
  });
  it('maps punctuation after words, digits per option, and keeps URLs and e-mails', () => {
    assert.equal(toArabic('sław, çonî?'), 'سڵاو، چۆنی؟');
    assert.equal(toArabic('sal 2021', { digits: 'arabic' }), 'سال ٢٠٢١');
    assert.equal(toArabic('1,5', { digits: 'arabic' }), '١٬٥');
    assert.equal(toArabic('bibîne https://rudaw.net, a@b.com'), 'ببینە https://rudaw.net, a@b.com');
    assert.equal(toArabic('sław, çonî?', { punctuation: 'keep' }), 'سڵاو, چۆنی?');
    assert.equal(toArabic('www.rudaw.net bibîne, http://x.com/a?b=1 u kurd@zman.dev'), 'www.rudaw.net ببینە، http://x.com/a?b=1 و kurd@zman.dev');
    const long = `http://x.com/${'a'.repeat(10_000)}`;
    assert.equal(toArabic(`${'kurd '.repeat(1000)}${long} kurd`), `${'کورد '.repeat(1000)}${long} کورد`);
  });
  it('leaves English-looking words on request', () => {
    assert.equal(toArabic('the kurd', { foreign: 'keep' }), 'the کورد');
    assert.equal(toArabic('the kurd'), 'تهە کورد');
  });
  it('throws on a bad option', () => {
    assert.throws(() => toArabic('x', { digits: 'latin' as never }), /digits.*'keep', 'arabic', 'persian'/);
    assert.throws(() => toArabic('x', { foreign: 'drop' as never }), /foreign.*'convert', 'keep'/);
  });
});

describe('syllables and pronounce', () => {
  it('parts words into Sorani syllables', () => {
    assert.deepEqual(syllables('کوردستان'), ['kur', 'dis', 'tan']);
    assert.deepEqual(syllables('فرۆشتن'), ['fi', 'roş', 'tin']);
    assert.deepEqual(syllables('ئازادیێ'), ['a', 'zad', 'yê']);
    assert.deepEqual(syllables('kurdistan'), ['kur', 'dis', 'tan']);
    assert.deepEqual(syllables(''), []);
  });
  it('gives phonemes and IPA', () => {
    assert.deepEqual(pronounce('ئابووری'), { syllables: ['a', 'bû', 'rî'], phonemes: 'ʔa.bû.rî', ipa: 'ʔaː.buː.ɾiː' });
    assert.equal(pronounce('ڕۆژ').ipa, 'roːʒ');
    assert.equal(pronounce('عەلی').phonemes, 'ƹe.lî');
  });
});

describe('slug', () => {
  it('makes ASCII URL slugs', () => {
    assert.equal(slug('ڕووسیا و ئۆکراینا'), 'rusya-u-okrayna');
    assert.equal(slug('هەواڵی نوێ: ٢٠٢١'), 'hewali-nwe-2021');
    assert.equal(slug('  Řûsya — Ełmanya! '), 'rusya-elmanya');
    assert.equal(slug('؟!'), '');
  });
});

describe('toLatin: letters of other languages', () => {
  it('keeps an Arabic-script letter Sorani does not use', () => {
    assert.equal(toLatin('کوردڠ'), 'kurdiڠ');
    assert.equal(toLatin('ڠ'), 'ڠ');
  });
});
