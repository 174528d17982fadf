/**
 * Language and script identification for Sorani feeds: Central Kurdish, Kurmanji (Latin or
 * Arabic script), Persian, Arabic, English or something else — from letters and function words,
 * so that it works on a single sentence.
 *
 * @module
 */
import { isArabicLetter } from '../chars/index.js';
import {
  ARABIC_SCRIPT_LETTERS,
  ARABIC_SCRIPT_WORDS,
  LATIN_LETTERS,
  LATIN_WORDS,
  PERSIAN_ZWNJ_PREFIXES,
  PERSIAN_ZWNJ_SUFFIXES,
  PERSIAN_ZWNJ_WEIGHT,
  type LanguageCode,
} from './tables.js';

export type { LanguageCode } from './tables.js';

/** The result of {@link detectLanguage}. */
export interface LanguageGuess {
  /** `'ckb'` Central Kurdish, `'kmr'` Kurmanji, `'fa'` Persian, `'ar'` Arabic, `'en'` English, `'other'`. */
  readonly language: LanguageCode;
  /** The dominant script of the letters: `'Arab'`, `'Latn'` or `'other'` (no letters, or another script). */
  readonly script: 'Arab' | 'Latn' | 'other';
  /** How sure the guess is, from 0 to 1. */
  readonly confidence: number;
}

/** At most this many code units are looked at: evidence from the first 64 K is plenty. */
const SAMPLE = 1 << 16;

type Scores = Record<LanguageCode, number>;

const WORD_RE = /[\p{L}\p{M}\u200c\u0640]+/gu;
const MARKS_RE = /[\u064b-\u065f\u0670\u0640]/g;

/** The form a word is looked up in: marks and tatweel removed, ك → ک, ي ى → ی, lower case. */
function foldWord(word: string): string {
  return word.replace(MARKS_RE, '').replace(/ك/g, 'ک').replace(/[يى]/g, 'ی').toLowerCase();
}

/** A table's own entry (never one inherited from Object.prototype, like `constructor`). */
function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

function emptyScores(): Scores {
  return { ckb: 0, kmr: 0, fa: 0, ar: 0, en: 0, other: 0 };
}

function addLetters(scores: Scores, table: Readonly<Record<string, Partial<Record<LanguageCode, number>>>>, ch: string): void {
  const evidence = own(table, ch);
  if (!evidence) return;
  for (const [lang, w] of Object.entries(evidence)) scores[lang as LanguageCode] += w;
}

/**
 * Guesses the language and script of a text, with a confidence between 0 and 1.
 *
 * Counts letters of each script, then weighs letters and function words that only one of the
 * candidate languages uses (tables in `tables.ts`). Sorani typed with an Arabic keyboard
 * (ك ي, ه for ە) is still Sorani. Never throws; an empty text is `'other'` with confidence 0.
 *
 * @example
 * detectLanguage('ئەمڕۆ لە هەولێر کۆبوونەوەیەک دەکرێت.');
 * // { language: 'ckb', script: 'Arab', confidence: 0.9… }
 * detectLanguage('این کتاب را دیروز خریدم.').language; // 'fa'
 * detectLanguage('Ez ji Amedê me û li Stenbolê dixebitim.').language; // 'kmr'
 */
export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let arabic = 0;
  let latin = 0;
  let otherLetters = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (isArabicLetter(c)) arabic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff)) latin++;
    else if (c > 0x7f && /\p{L}/u.test(sample[i]!)) otherLetters++;
  }
  const letters = arabic + latin + otherLetters;
  if (letters === 0) return { language: 'other', script: 'other', confidence: 0 };
  const script = arabic >= latin && arabic >= otherLetters ? 'Arab' : latin >= otherLetters ? 'Latn' : 'other';
  if (script === 'other') return { language: 'other', script, confidence: otherLetters / letters };

  const scores = emptyScores();
  let words = 0;
  for (const m of sample.matchAll(WORD_RE)) {
    const raw = m[0];
    const word = foldWord(raw);
    if (word.length === 0) continue;
    if (script === 'Arab') {
      if (!isArabicLetter(word.charCodeAt(0))) continue;
      words++;
      for (const ch of raw) addLetters(scores, ARABIC_SCRIPT_LETTERS, ch);
      const bare = word.replace(/\u200c/g, '');
      // Kurdish typed on an Arabic or Persian keyboard writes ە as ة or as ه + ZWNJ.
      const kurdish = word.replace(/ة|ه\u200c/g, 'ە').replace(/\u200c/g, '');
      for (const lang of ['ckb', 'kmr', 'fa', 'ar'] as const) {
        const table = ARABIC_SCRIPT_WORDS[lang];
        const w = lang === 'ckb' || lang === 'kmr' ? Math.max(own(table, bare) ?? 0, own(table, kurdish) ?? 0) : own(table, bare);
        if (w) scores[lang] += w;
      }
      // Arabic writes ة only at the end of a word and never begins a word with ئ; Kurdish
      // keyboards-in-Arabic text does both (بةرهةم، ئةم).
      const ta = bare.indexOf('ة');
      if (ta >= 0 && ta < bare.length - 1) scores.ckb += 1.5;
      if (/^ئ[اەةێۆوییي]/u.test(raw)) {
        scores.ckb += 0.8;
        scores.kmr += 0.6;
      }
      // Arabic article ال (also after the conjunction و or the prepositions ب ل ک)
      if (/^(?:[وبلکف]|وب|ول)?ال.{2,}/u.test(bare)) scores.ar += 1.5;
      if (PERSIAN_ZWNJ_PREFIXES.some((p) => word.startsWith(p))) scores.fa += PERSIAN_ZWNJ_WEIGHT;
      if (PERSIAN_ZWNJ_SUFFIXES.some((s) => word.endsWith(s))) scores.fa += PERSIAN_ZWNJ_WEIGHT;
      // Sorani verb prefix دە- and the definite -ەکە/-ەکان, which no other language spells so
      if (/^(?:دە|نا|نە)[^\s]{3,}/u.test(kurdish) && /[ەێ]/u.test(kurdish.slice(2))) scores.ckb += 1;
      if (/ەکە|ەکان/u.test(kurdish)) scores.ckb += 2;
    } else {
      if (isArabicLetter(word.charCodeAt(0))) continue;
      words++;
      for (const ch of word) addLetters(scores, LATIN_LETTERS, ch);
      for (const lang of ['kmr', 'en', 'ckb', 'other'] as const) {
        const w = own(LATIN_WORDS[lang], word);
        if (w) scores[lang] += w;
      }
    }
  }
  const candidates: readonly LanguageCode[] = script === 'Arab' ? ['ckb', 'kmr', 'fa', 'ar'] : ['kmr', 'en', 'ckb', 'other'];
  let best: LanguageCode = candidates[0]!;
  let total = 0;
  for (const lang of candidates) {
    total += scores[lang];
    if (scores[lang] > scores[best]) best = lang;
  }
  if (total === 0) {
    // Letters but no evidence: Arabic-script text defaults to Sorani with a low confidence.
    return script === 'Arab'
      ? { language: 'ckb', script, confidence: 0.3 }
      : { language: 'other', script, confidence: 0.3 };
  }
  const share = scores[best] / total;
  // Little evidence (one or two short words) lowers the confidence.
  const amount = Math.min(1, scores[best] / (3 + words * 0.1));
  const confidence = Math.round(share * (0.5 + 0.5 * amount) * 1000) / 1000;
  if (script === 'Latn' && (best === 'kmr' || best === 'ckb') && scores[best] < 3) return { language: 'other', script, confidence: 0.3 };
  return { language: best, script, confidence };
}
