import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, isStopword, lemmatize, lexiconSize, partOfSpeech, segment, stem, stopwords } from '../../src/morph/index.js';

const first = (w: string) => analyze(w)[0]!;
const suffixes = (w: string) => first(w).suffixes.map((m) => `${m.form}/${m.gloss}`);

describe('nominal analysis', () => {
  it('finds the lemma under definite, plural, possessive and postposition suffixes', () => {
    assert.equal(lemmatize('کتێبەکانمان'), 'کتێب');
    assert.deepEqual(suffixes('کتێبەکانمان'), ['ەکان/DEF.PL', 'مان/POSS.1PL']);
    assert.equal(lemmatize('شارێکیش'), 'شار');
    assert.equal(lemmatize('گوڵێکیشمت'), 'گوڵ');
    assert.equal(lemmatize('ماڵەوە'), 'ماڵ');
    assert.equal(lemmatize('جیهاندا'), 'جیهان');
  });
  it('spells suffixes by the sound before them', () => {
    assert.equal(lemmatize('براکانمان'), 'برا');
    assert.equal(lemmatize('برایەک'), 'برا');
    assert.equal(lemmatize('ماسییەکە'), 'ماسی');
    assert.equal(lemmatize('خەسووەکە'), 'خەسوو');
    assert.equal(lemmatize('خەسوویەک'), 'خەسوو');
    assert.equal(lemmatize('ئاژاوان'), 'ئاژاوە');
  });
  it('strips comparative and superlative from adjectives', () => {
    assert.equal(lemmatize('جوانترینەکە'), 'جوان');
    assert.deepEqual(suffixes('گەورەتر'), ['تر/CMPR']);
  });
  it('handles names with postpositions and the copula', () => {
    for (const w of ['ئۆکراینا', 'ئۆکرایناوە', 'ئۆکراینادا', 'ئۆکرایناش']) assert.equal(lemmatize(w), 'ئۆکراینا');
    assert.equal(lemmatize('کوردستانەکەمان'), 'کوردستان');
  });
  it('normalizes the input first (Arabic kaf and yeh, heh + ZWNJ)', () => {
    assert.equal(lemmatize('كتێبه\u200cكان'), 'کتێب');
  });
});

describe('verb analysis', () => {
  it('lemmatizes present forms with aspect, negation and person', () => {
    assert.equal(lemmatize('دەنووسم'), 'نووسین');
    assert.equal(lemmatize('نانووسێت'), 'نووسین');
    assert.equal(lemmatize('دەکات'), 'کردن');
    assert.equal(lemmatize('دەڕۆین'), 'ڕۆیشتن');
    const a = first('نانووسێت');
    assert.equal(a.pos, 'verb');
    assert.equal(a.features.tense, 'present');
    assert.equal(a.features.negation, 'yes');
    assert.equal(a.features.person, '3sg');
  });
  it('lemmatizes past forms with clitics on the first element', () => {
    assert.equal(lemmatize('نەمبینی'), 'بینین');
    assert.equal(lemmatize('دەمخوارد'), 'خواردن');
    assert.equal(lemmatize('نەدەهات'), 'هاتن');
    assert.equal(first('نەمدەنووسی').features.agent, '1sg');
  });
  it('lemmatizes perfect, pluperfect, subjunctive and counterfactual forms', () => {
    assert.equal(lemmatize('کردووە'), 'کردن');
    assert.equal(lemmatize('کڕیومانە'), 'کڕین');
    assert.equal(lemmatize('دیتبووتان'), 'دیتن');
    assert.equal(lemmatize('سووتاندبێتمان'), 'سووتاندن');
    assert.equal(lemmatize('دیتبایانین'), 'دیتن');
  });
  it('gives a tie between verbs to the light verb', () => {
    // بکەنەوە "do it again / open (pl.)", not an imperative of کەنین "laugh"
    assert.equal(lemmatize('بکەنەوە'), 'کردن');
    assert.equal(lemmatize('پێدەکەنن'), 'پێکەنین');
  });
  it('keeps preverbs and light-verb compounds in the lemma', () => {
    assert.equal(lemmatize('دەردەکەوێ'), 'دەرکەوتن');
    assert.equal(lemmatize('هەڵکەندبوو'), 'هەڵکەندن');
    assert.equal(lemmatize('کۆکردووەتەوە'), 'کۆکردنەوە');
    assert.equal(lemmatize('تێپەڕی'), 'تێپەڕین');
  });
  it('gives passive forms the passive infinitive', () => {
    assert.equal(lemmatize('دەکوژرێت'), 'کوژران');
    assert.equal(first('دەکوژرێت').features.voice, 'passive');
    // ‑د‑ after a consonant, and the only form after ر
    assert.equal(lemmatize('دەخوێندرێت'), 'خوێندران');
    assert.equal(lemmatize('دەژمێردرێن'), 'ژمێردران');
    // کرا is the passive of کردن; کرانەوە "open" always carries -ەوە
    assert.equal(lemmatize('کرا'), 'کران');
    assert.equal(lemmatize('دەکرێت'), 'کران');
    assert.equal(lemmatize('کرایەوە'), 'کرانەوە');
    // compounds too: the compound's passive infinitive
    assert.equal(lemmatize('ئەنجامدرا'), 'ئەنجامدران');
    assert.equal(lemmatize('بڵاوکرایەوە'), 'بڵاوکرانەوە');
    assert.equal(lemmatize('هەڵگیرا'), 'هەڵگیران');
    // ویستن: present ەوێ with the experiencer clitic (دەمەوێت "I want")
    assert.equal(lemmatize('دەیانەوێت'), 'ویستن');
    // a noun + a light verb's passive participle: the compound's passive
    assert.equal(lemmatize('وێرانکراو'), 'وێرانکران');
    assert.deepEqual(segment('ئامادەکراوە'), ['ئامادەکراوە']);
  });
  it('reads ordinals with suffixes and prepositions written onto their noun', () => {
    assert.equal(lemmatize('دووهەمدا'), 'دوو');
    assert.deepEqual(segment('یەکەمی'), ['یەکەم', 'ی']);
    assert.equal(lemmatize('لەماوەی'), 'ماوە');
  });
  it('knows the parts of compound verbs written apart, and ر written for ڕ', () => {
    assert.equal(first('بڵاو').guessed, false);
    assert.equal(lemmatize('ڕەتکردەوە'), 'ڕەتکردنەوە');
    assert.equal(lemmatize('شەرەکە'), 'شەڕ');
  });
  it('prefers a common noun\'s plural + ە to a name + ە, and still reads a name + copula', () => {
    assert.equal(lemmatize('گوڵانە'), 'گوڵ');
    assert.equal(lemmatize('ئەحمەدە'), 'ئەحمەد');
    assert.equal(lemmatize('کوردستانە'), 'کوردستان');
  });
  it('reads a person clitic written on the noun of a compound verb', () => {
    assert.equal(lemmatize('جەختیکردەوە'), 'جەختکردنەوە');
    assert.equal(first('باسیانکرد').features.agent, '3pl');
    assert.equal(lemmatize('دەستیپێکرد'), 'دەستپێکردن');
  });
  it('reads one ی written for the stem\'s î and the suffix\'s y', () => {
    assert.equal(lemmatize('ئاساییە'), 'ئاسایی');
    assert.equal(lemmatize('یاریەکان'), 'یاری');
    assert.deepEqual(segment('یاریەکان'), ['یاری', 'ەکان']);
    // a rare compound does not hide a respelling (نیشتیمانیە is not a form of a verb)
    assert.notEqual(first('نیشتیمانیە').pos, 'verb');
  });
  it('treats infinitives as nouns that take suffixes', () => {
    assert.equal(lemmatize('نووسینەکە'), 'نووسین');
    assert.equal(lemmatize('نەبوونی'), 'بوون');
  });
});

describe('guesser', () => {
  it('analyzes unknown words from the affix rules, marked guessed', () => {
    const a = first('زیرۆفۆنەکان');
    assert.equal(a.guessed, true);
    assert.equal(a.lemma, 'زیرۆفۆن');
  });
  it('sheds a preposition written onto an unknown noun with a determiner', () => {
    assert.equal(lemmatize('لەفایلەکان'), 'فایل');
    assert.deepEqual(first('لەفایلەکان').prefixes, [{ form: 'لە', gloss: 'PREP' }]);
    assert.equal(lemmatize('لەیلاکە'), 'لەیلا'); // a known name keeps its لە
  });
  it('does not cut unknown words into fragments', () => {
    assert.equal(stem('قەرەتەپە'), 'قەرەتەپە');
  });
  it('is never empty for a non-empty word and empty for an empty one', () => {
    assert.ok(analyze('xyz').length > 0);
    assert.ok(analyze('٢٠٢١').length > 0);
    assert.deepEqual(analyze(''), []);
  });
});

describe('ordinals, clitics written apart and spelling variants', () => {
  it('lemmatizes ordinals to their number', () => {
    assert.equal(lemmatize('شەشەمین'), 'شەش');
    assert.equal(lemmatize('دووەم'), 'دوو');
    assert.equal(first('سێیەمین').features.numType, 'ordinal');
  });
  it('reads a lone clitic as a particle', () => {
    assert.equal(first('ی').pos, 'part');
    // and a preverb written apart from its verb (هەڵ بکەنەوە)
    assert.equal(first('هەڵ').pos, 'part');
    assert.equal(first('هەڵ').guessed, false);
  });
  it('finds words written with و for وو and ل for ڵ, marking the respelling', () => {
    assert.equal(lemmatize('نوسینەکان'), 'نووسین');
    assert.equal(lemmatize('خەلکەکە'), 'خەڵک');
    assert.equal(first('نوسینەکان').features.spelling, 'نووسینەکان');
    assert.equal(first('نوسینەکان').guessed, false);
  });
});

describe('stem', () => {
  it('gives every form of a lemma one whole-word stem', () => {
    const forms = ['کوردستان', 'کوردستانی', 'کوردستانەوە', 'کوردستاندا', 'کوردستانیش'];
    assert.deepEqual(new Set(forms.map(stem)), new Set(['کوردستان']));
    assert.equal(stem('شارەکانی'), 'شار');
  });
});

describe('segment', () => {
  it('splits nominal suffixes and keeps verbs whole', () => {
    assert.deepEqual(segment('شارەکانیشدا'), ['شار', 'ەکان', 'یش', 'دا']);
    assert.deepEqual(segment('دەگەڕێتەوە'), ['دەگەڕێتەوە']);
    assert.deepEqual(segment('گرنگترینیان'), ['گرنگترین', 'یان']);
  });
  it('returns morphemes whose concatenation is the normalized word', () => {
    for (const w of ['ئاژاوان', 'ماسییەکانییەوە', 'کتێبەکانمان', 'دروستکردنی']) assert.equal(segment(w).join(''), w);
  });
});

describe('stopwords and lexicon', () => {
  it('lists function words in normalized spelling', () => {
    assert.ok(stopwords.has('لەگەڵ'));
    assert.ok(isStopword('كه'));
    assert.equal(isStopword('کوردستان'), false);
  });
  it('has the authored lexicon sizes the module promises', () => {
    const size = lexiconSize();
    assert.ok(size.verbs >= 400, `verbs ${size.verbs}`);
    assert.ok(size.words >= 5000, `words ${size.words}`);
  });
  it('reports parts of speech', () => {
    assert.deepEqual(partOfSpeech('لەگەڵ').slice(0, 1), ['adp']);
    assert.equal(partOfSpeech('دەنووسم')[0], 'verb');
  });
});
