/**
 * Morpheme segmentation of a word for the tokenizer: nominal suffixes split off, verbs kept
 * whole, with the ezafe and copula placed by what follows the word.
 *
 * @module
 */
import type { Morpheme } from './analysis.js';
import { NOMINALS } from './lexicon/index.js';
import { defaultMemo, type Context, type WordMemo } from './memo.js';

/**
 * The morphemes of a word, whose concatenation is the normalized word: nominal suffixes split
 * off (ەکان, ی, دا, یش …), verbs and infinitives kept whole, as in the Sorani tokenization
 * dev set.
 *
 * `next` is the token that follows the word in its text (`''` at the end of the text): an
 * ezafe links a noun to what follows, so a final ی before closing punctuation, the conjunction
 * و or the end of the text is not an ezafe and stays on the word (سۆرانی ، …); before another
 * word a final ‑ە on a noun is the demonstrative or linking ە and stays on it (شارە
 * بەناوبانگەکان). `tokenize(text, { level: 'morpheme', segment })` passes it. Without `next`
 * the word is taken to be followed by another word, the common case in running text.
 *
 * @example
 * segment('شارەکانیشدا'); // ['شار', 'ەکان', 'یش', 'دا']
 * segment('دەچین'); // ['دەچین']
 * segment('کوردی', '،'); // ['کوردی']
 */
export function segment(word: string, next?: string): string[] {
  return segmentShared(word, next).slice();
}

/** {@link segment} without the copy: the cached array, for callers that do not change it. */
export function segmentShared(word: string, next?: string): readonly string[] {
  return segmentWith(defaultMemo, defaultMemo.recordOf(String(word)).word, next);
}

/**
 * The morphemes of a prepared word (see `prepare`), through the record of `memo`: the
 * segmentation is worked out once per word and context.
 */
export function segmentWith(memo: WordMemo, prepared: string, next?: string): readonly string[] {
  // without a next token the word is taken to be followed by another word, as most words are
  const context: Context = typeof next === 'string' && (next === '' || next === 'و' || (!LETTER.test(next) && !OPENING.test(next))) ? 'closing' : 'open';
  const r = memo.record(prepared);
  return (r[context] ??= Object.freeze(segmentPrepared(memo, prepared, context)));
}

const LETTER = /\p{L}/u;
/**
 * An opening bracket or quote, or a colon: what an ezafe links to may come inside it or after
 * it (بانگەشەی «…», هۆزەکانی : …).
 */
const OPENING = /^[([{«“‹"'\u2018:]/u;


/** The morphemes of a word already prepared: they concatenate to `w` exactly. */
function segmentPrepared(memo: WordMemo, w: string, context: Context): string[] {
  const best = memo.record(w).candidates[0];
  if (!best) return w ? [w] : [];
  // a suffix chain written apart, after a bracket (بکەر)ەکەوە: no Sorani word begins with ە
  if (w.startsWith('ە')) return [w];
  if (best.guessed) {
    // an unknown verb or infinitive keeps its -ەوە like a known one (دەدرەوشێنەوە)
    if (GUESSED_VERB.test(w)) return [w];
    // the conjunction و written onto an unknown word: سوپاو → سوپا و, ودانیشتوان → و دانیشتوان
    if (w.length >= 4 && w.endsWith('و') && !w.endsWith('وو') && known(memo, w.slice(0, -1))) {
      return [...segmentPrepared(memo, w.slice(0, -1), context), 'و'];
    }
    if (w.length >= 4 && w.startsWith('و') && !w.startsWith('وو') && known(memo, w.slice(1))) {
      return ['و', ...segmentPrepared(memo, w.slice(1), context)];
    }
  }
  if (best.pos === 'verb' && !best.features.form) return [w];
  // a participle with the 3sg copula is a perfect, a verb form: کراوە, ناسراوە, دروستکراوە
  if (best.features.form?.endsWith('participle') && best.suffixes.length === 1 && best.suffixes[0]!.gloss === 'COP.3SG') return [w];
  if (context === 'open' && best.pos === 'adj' && best.suffixes.length === 0 && NISBA.test(w) && isNoun(w.slice(0, -1))) {
    // a relational adjective is its noun + ی (هەرێم → هەرێمی "regional"); before another word
    // the same letters are far more often the noun with an ezafe (هەرێمی کوردستان)
    return [w.slice(0, -1), 'ی'];
  }
  const suffixes = best.suffixes.filter((m) => m.form !== '');
  const spelled = best.features.spelling;
  if (spelled && spelled.length === w.length + 1 && suffixes.length > 0) {
    // analysed as a respelling with one more letter (ئابووریانە as ئابوورییانە): when that
    // letter is in the suffixes, the suffix that holds it is one letter shorter in the word
    let at = 0;
    while (at < w.length && w[at] === spelled[at]) at++;
    let from = spelled.length - suffixes.reduce((n, m) => n + m.form.length, 0);
    for (let k = 0; k < suffixes.length && at >= from; k++) {
      const form = suffixes[k]!.form;
      if (at < from + form.length) {
        suffixes[k] = { ...suffixes[k]!, form: form.slice(0, at - from) + form.slice(at - from + 1) };
        break;
      }
      from += form.length;
    }
  }
  const last = suffixes[suffixes.length - 1];
  // no ezafe before closing punctuation, و or the end: the ی stays on what it follows (on a
  // pronoun it is the clitic: خۆ ی "himself")
  let linked = '';
  if (context === 'closing' && last?.gloss === 'EZ' && best.pos !== 'pron') linked = suffixes.pop()!.form;
  // the copula ‑ە closes a clause; inside a phrase a final ‑ە on a noun is the demonstrative or
  // linking ە (ئەم شارە, شارە بەناوبانگەکان) and stays on what it follows (on an adjective it
  // is still the copula: جیاوازە لەگەڵ …)
  if (context === 'open' && last?.gloss === 'COP.3SG' && last.form === 'ە' && best.pos !== 'adj') linked = suffixes.pop()!.form;
  const suffixLength = suffixes.reduce((n, m) => n + m.form.length, 0);
  const parts: string[] = [];
  let tail = w.length - suffixLength - linked.length;
  let k = 0;
  // on the stem stay: degree (تر ترین), ordinals (یەکەم), the demonstrative ە (ئەم پارتە), a
  // plural whose stem lost its ە (ناوچانە), and the ezafe of a demonstrative pronoun, which
  // makes a relative "the one that" (ئەوەی کە); plural + demonstrative is one piece (شوێنانە),
  // so is یەک + ezafe (وشەیەکی)
  const glued = (m: Morpheme, at: number) =>
    m.gloss === 'CMPR' ||
    m.gloss === 'SUPL' ||
    m.gloss === 'DEM' ||
    m.gloss === 'ORD' ||
    m.gloss === 'SUPL.ORD' ||
    (at === 0 && m.gloss === 'EZ' && best.pos === 'pron' && DEMONSTRATIVE_PRONOUNS.has(best.stem)) ||
    (at === 0 && m.gloss === 'PL' && best.stem.length > best.surface) ||
    (at === 0 && m.gloss === 'ABL' && best.features.form === 'infinitive');
  while (k < suffixes.length && glued(suffixes[k]!, k)) tail += suffixes[k++]!.form.length;
  parts.push(w.slice(0, tail));
  for (; k < suffixes.length; k++) {
    const m = suffixes[k]!;
    const next = suffixes[k + 1];
    if ((m.gloss === 'PL' && next?.gloss === 'DEM') || (m.form === 'یەک' && next?.gloss === 'EZ')) {
      parts.push(m.form + next.form);
      k++;
    } else parts.push(m.form);
  }
  parts[parts.length - 1] += linked;
  return parts.filter((p) => p.length > 0);
}

/**
 * The shape of a verb form with -ەوە: an aspect, mood or negation prefix, a present stem and a
 * person ending (دەدرەوشێنەوە, بتوێنێتەوە), or an infinitive (لەیادچوونەوە).
 */
const GUESSED_VERB = /^(?:(?:نە|نا|مە)?(?:دە|ئە|ب)..+(?:م|ێت|ێ|ین|ن|ێن|ات)|.+(?:وو|[دتیا])ن)ەوە$/;

/** A final î after a consonant: the relational (nisba) suffix ‑ی. */
const NISBA = /[^اەۆێیو]ی$/;

function isNoun(w: string): boolean {
  return NOMINALS.get(w)?.some((e) => (e.pos === 'noun' || e.pos === 'propn') && !e.verb) ?? false;
}

function known(memo: WordMemo, w: string): boolean {
  const best = memo.record(w).candidates[0];
  return best !== undefined && !best.guessed;
}

const DEMONSTRATIVE_PRONOUNS: ReadonlySet<string> = new Set(['ئەو', 'ئەوە', 'ئەم', 'ئەمە']);
