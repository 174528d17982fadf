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
  KEYBOARD_FORM_EXCLUDED,
  KEYBOARD_FORM_WEIGHT,
  KEYBOARD_LETTERS,
  LATIN_LETTERS,
  LATIN_WORDS,
  PERSIAN_ZWNJ_PREFIXES,
  PERSIAN_ZWNJ_SUFFIXES,
  PERSIAN_ZWNJ_WEIGHT,
  SORANI_COMMON_WORDS,
  SORANI_PIECES_AFTER_HEH,
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

/** At most this many code units are looked at: evidence from the first 8 K is plenty. */
const SAMPLE = 1 << 13;

type Scores = Record<LanguageCode, number>;

const MARKS_RE = /[\u064b-\u065f\u0670\u0640]/g;

/** The form a word is looked up in: marks and tatweel removed, ك → ک, ي ى → ی, lower case. */
function foldWord(word: string): string {
  return word.replace(MARKS_RE, '').replace(/ك/g, 'ک').replace(/[يى]/g, 'ی').toLowerCase();
}

/** A table's own entry (never one inherited from Object.prototype, like `constructor`). */
function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

const ARAB = 1;
const LATN = 2;
const OTHER = 3;
let CLASSES: Uint8Array | undefined;

/** The script class of every UTF-16 code unit (0 = not a letter), built once on first use. */
function letterClasses(): Uint8Array {
  if (CLASSES) return CLASSES;
  const t = new Uint8Array(0x10000);
  const letter = /\p{L}/u;
  for (let c = 0; c < 0x10000; c++) {
    if (isArabicLetter(c)) t[c] = ARAB;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff)) t[c] = LATN;
    else if (c > 0x7f && (c < 0xd800 || c > 0xdfff) && letter.test(String.fromCharCode(c))) t[c] = OTHER;
  }
  CLASSES = t;
  return t;
}

let WORD_CLASSES: Uint8Array | undefined;

/** 1 for the code units words are made of (letters, marks, ZWNJ, tatweel), built once. */
function wordClasses(): Uint8Array {
  if (WORD_CLASSES) return WORD_CLASSES;
  const t = new Uint8Array(0x10000);
  const part = /[\p{L}\p{M}\u200c\u0640]/u;
  for (let c = 0; c < 0x10000; c++) if ((c < 0xd800 || c > 0xdfff) && part.test(String.fromCharCode(c))) t[c] = 1;
  WORD_CLASSES = t;
  return t;
}

/**
 * Sorani words in the spelling an Arabic or Persian keyboard gives them (ە ێ ۆ ڕ ڵ typed as
 * ه ی و ر ل), from the Sorani function words and {@link SORANI_COMMON_WORDS}; a spelling that
 * is a Persian or Arabic word, or a standard Sorani word, is not one of them.
 */
const KEYBOARD_FORMS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const taken = (w: string) => [ARABIC_SCRIPT_WORDS.fa, ARABIC_SCRIPT_WORDS.ar, ARABIC_SCRIPT_WORDS.ckb, ARABIC_SCRIPT_WORDS.kmr].some((t) => own(t, w) !== undefined);
  for (const [word, weight] of [...Object.entries(ARABIC_SCRIPT_WORDS.ckb), ...Object.entries(SORANI_COMMON_WORDS)]) {
    let form = '';
    for (const ch of word) form += own(KEYBOARD_LETTERS, ch) ?? ch;
    if (form === word || taken(form) || KEYBOARD_FORM_EXCLUDED.has(form)) continue;
    m.set(form, Math.max(m.get(form) ?? 0, weight * KEYBOARD_FORM_WEIGHT));
  }
  return m;
})();

/** The order of the evidence vectors. */
const LANGS = ['ckb', 'kmr', 'fa', 'ar', 'en', 'other'] as const;
/** The evidence of a token that is not a word of the script. */
const NO_WORD: readonly number[] = [];
/** Evidence from this many words is plenty; the rest of a long text is not read. */
const MAX_WORDS = 800;
const CACHE_LIMIT = 50_000;
/** Evidence per word, cached: words repeat, so most lookups are one Map access. */
const ARAB_CACHE = new Map<string, readonly number[]>();
const LATN_CACHE = new Map<string, readonly number[]>();

function vector(scores: Scores): readonly number[] {
  return LANGS.map((l) => scores[l]);
}

/** What one Arabic-script word says about each language. */
function arabicEvidence(raw: string): readonly number[] {
  const word = foldWord(raw);
  if (word.length === 0 || !isArabicLetter(word.charCodeAt(0))) return NO_WORD;
  const scores = emptyScores();
  const bare = word.replace(/\u200c/g, '');
  // Arabic writes ة only at the end of a word; Kurdish typed on an Arabic keyboard writes it
  // for ە anywhere (بةرهةم): only a final ة is Arabic evidence
  const ta = bare.indexOf('ة');
  const medialTa = ta >= 0 && ta < bare.length - 1;
  for (const ch of raw) if (!(medialTa && ch === 'ة')) addLetters(scores, ARABIC_SCRIPT_LETTERS, ch);
  // Kurdish typed on an Arabic or Persian keyboard writes ە as ة or as ه + ZWNJ, ۆ as ؤ, and
  // a word-final ە as ه (its final form looks the same): the last reading is weaker evidence
  const kurdish = word.replace(/ة|ه\u200c/g, 'ە').replace(/ؤ/g, 'ۆ').replace(/\u200c/g, '');
  const finalHeh = kurdish.endsWith('ه') ? `${kurdish.slice(0, -1)}ە` : kurdish;
  for (const lang of ['ckb', 'kmr', 'fa', 'ar'] as const) {
    const table = ARABIC_SCRIPT_WORDS[lang];
    const w =
      lang === 'ckb' || lang === 'kmr'
        ? Math.max(own(table, bare) ?? 0, own(table, kurdish) ?? 0, 0.5 * (own(table, finalHeh) ?? 0))
        : own(table, bare);
    if (w) scores[lang] += w;
  }
  scores.ckb += Math.max(own(SORANI_COMMON_WORDS, bare) ?? 0, KEYBOARD_FORMS.get(bare) ?? 0, KEYBOARD_FORMS.get(kurdish) ?? 0);
  if (medialTa) scores.ckb += 1.5;
  // Sorani writes long û as وو, which Arabic and Persian spelling hardly ever double
  if (bare.includes('وو')) scores.ckb += 0.5;
  // Arabic never begins a word with ئ; Kurdish does before every initial vowel (ئەم، ئه م)
  if (/^ئ[اەةێۆوییيهؤ]/u.test(raw)) {
    scores.ckb += 0.8;
    scores.kmr += 0.6;
  }
  // Arabic article ال (also after the conjunction و or the prepositions ب ل ک ف)
  if (/^(?:[وبلکف]|وب|ول)?ال.{2,}/u.test(bare)) scores.ar += 1.5;
  if (PERSIAN_ZWNJ_PREFIXES.some((p) => word.startsWith(p))) scores.fa += PERSIAN_ZWNJ_WEIGHT;
  if (PERSIAN_ZWNJ_SUFFIXES.some((x) => word.endsWith(x))) scores.fa += PERSIAN_ZWNJ_WEIGHT;
  // Sorani verb prefix دە- and the definite -ەکە/-ەکان, which no other language spells so
  if (/^(?:دە|نا|نە)[^\s]{3,}/u.test(kurdish) && /[ەێ]/u.test(kurdish.slice(2))) scores.ckb += 1;
  if (/ەکە|ەکان/u.test(kurdish)) scores.ckb += 2;
  return vector(scores);
}

/** What one Latin-script word says about each language. */
function latinEvidence(raw: string): readonly number[] {
  const word = foldWord(raw);
  if (word.length === 0 || isArabicLetter(word.charCodeAt(0))) return NO_WORD;
  const scores = emptyScores();
  for (const ch of word) addLetters(scores, LATIN_LETTERS, ch);
  for (const lang of ['kmr', 'en', 'ckb', 'other'] as const) {
    const w = own(LATIN_WORDS[lang], word);
    if (w) scores[lang] += w;
  }
  return vector(scores);
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
  const classes = letterClasses();
  for (let i = 0; i < sample.length; i++) {
    const k = classes[sample.charCodeAt(i)];
    if (k === ARAB) arabic++;
    else if (k === LATN) latin++;
    else if (k === OTHER) otherLetters++;
  }
  const letters = arabic + latin + otherLetters;
  if (letters === 0) return { language: 'other', script: 'other', confidence: 0 };
  const script = arabic >= latin && arabic >= otherLetters ? 'Arab' : latin >= otherLetters ? 'Latn' : 'other';
  if (script === 'other') return { language: 'other', script, confidence: otherLetters / letters };

  const totals = new Float64Array(LANGS.length);
  let words = 0;
  const cache = script === 'Arab' ? ARAB_CACHE : LATN_CACHE;
  const inWord = wordClasses();
  let afterHeh = false;
  for (let i = 0; i < sample.length && words < MAX_WORDS; ) {
    if (inWord[sample.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < sample.length && inWord[sample.charCodeAt(j)] !== 0) j++;
    const raw = sample.slice(i, j);
    i = j;
    let evidence = cache.get(raw);
    if (evidence === undefined) {
      evidence = script === 'Arab' ? arabicEvidence(raw) : latinEvidence(raw);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(raw, evidence);
    }
    if (evidence === NO_WORD) continue;
    words++;
    for (let k = 0; k < LANGS.length; k++) totals[k]! += evidence[k]!;
    // a Sorani suffix typed apart after the ه a keyboard types for ە (میوانه کانت)
    if (afterHeh && script === 'Arab') totals[0]! += own(SORANI_PIECES_AFTER_HEH, foldWord(raw)) ?? 0;
    afterHeh = raw.endsWith('ه') && j < sample.length && sample.charCodeAt(j) === 0x20;
  }
  const scores = emptyScores();
  LANGS.forEach((lang, k) => (scores[lang] = totals[k]!));
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
