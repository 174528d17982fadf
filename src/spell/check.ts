/**
 * Is a word a Sorani word? The shipped vocabulary, the morphology (every form that `analyze`
 * derives from the lexicon), and any user-supplied Hunspell dictionaries.
 *
 * @module
 */
import { normalize } from '../normalize/index.js';
import { analyze } from '../morph/index.js';
import type { HunspellDictionary } from './hunspell.js';
import { vocabulary } from './vocabulary.js';

/** Options shared by the spelling functions. */
export interface SpellOptions {
  /** Hunspell dictionaries loaded with `loadHunspell`, whose words count as known. */
  readonly dictionaries?: readonly HunspellDictionary[];
}

/** The result of {@link check}. */
export interface CheckResult {
  /** The word is spelled as a Sorani word (or is not an Arabic-script word at all). */
  readonly known: boolean;
  /** The word as checked: normalized, ZWNJ and spaces removed. */
  readonly word: string;
  /**
   * What accepted it: `'vocabulary'` (the shipped word list), `'morphology'` (an inflected form
   * of a lexicon word), `'compound'` (two common words written as one, see {@link compoundKnown}:
   * re-spelling treats such a word as unknown, since a typing error can also make one), `'dictionary'` (a Hunspell dictionary), `'not-arabic-script'` (digits,
   * Latin, punctuation: not checked); `undefined` when unknown.
   */
  readonly source?: 'vocabulary' | 'morphology' | 'compound' | 'dictionary' | 'not-arabic-script';
  /**
   * Frequency band in the news corpus the vocabulary was counted on: 0 = unseen, else
   * 1 + ⌊log2(count)⌋; `-1` when the word is not in the vocabulary.
   */
  readonly frequency: number;
}

const CLEAN = /[\u200c\s]+/g;
/** A code unit of the Arabic letters block (and its supplements) that can be part of a Sorani word. */
const ARABIC_LETTER = /[\u0621-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f]/u;

/** The form a word is checked in: normalized, ZWNJ and spaces removed. */
export function prepareWord(word: string): string {
  return normalize(word).replace(CLEAN, '');
}

/** Whether the prepared word has an Arabic-script letter. */
export function hasArabicLetter(w: string): boolean {
  return ARABIC_LETTER.test(w);
}

const CACHE_LIMIT = 200_000;
let morphCache = new Map<string, boolean>();

/** The morphology's verdict on a prepared word: analyzed from the lexicon, not guessed or respelled. */
export function morphKnown(w: string): boolean {
  let hit = morphCache.get(w);
  if (hit === undefined) {
    const best = w.length > 0 && w.length <= 40 ? analyze(w)[0] : undefined;
    hit = best !== undefined && !best.guessed && best.features.spelling === undefined && best.pos !== 'x';
    if (morphCache.size >= CACHE_LIMIT) morphCache = new Map();
    morphCache.set(w, hit);
  }
  return hit;
}

/**
 * Sorani writes compounds as one word, often with the linking vowel ە between the parts
 * (Thackston 2006: چارەڕەش, بووکەشووشە, کۆترەباریکە): a word made of two common words is a
 * word. Each part must be a vocabulary word of at least `COMPOUND_BAND` and 4 letters (shorter ones are mostly suffixes: کان, یان), so that
 * a misspelling does not pass as two rare fragments.
 */
const COMPOUND_BAND = 5;
const COMPOUND_PART = 4;
const AE = 'ە';
const VOWEL = /[اەێیۆوئ]/u;

function commonPart(p: string): boolean {
  if (p.length < COMPOUND_PART) return false;
  const b = vocabulary().get(p);
  return b !== undefined && b >= COMPOUND_BAND;
}

/** The second part may also be an inflected form the morphology derives (بووکەشووشەکە). */
function secondPart(p: string): boolean {
  return commonPart(p) || (p.length >= COMPOUND_PART && morphKnown(p));
}

/** Whether a prepared word is two common words written together (with or without the linker ە). */
export function compoundKnown(w: string): boolean {
  if (w.length < COMPOUND_PART * 2 || w.length > 40) return false;
  for (let k = COMPOUND_PART; k <= w.length - COMPOUND_PART; k++) {
    const left = w.slice(0, k);
    if (!commonPart(left)) continue;
    const right = w.slice(k);
    // a part that starts with a vowel letter or follows one at the linker is an inflection
    // written non-standardly (فەرمیەکان for فەرمییەکان), not a compound
    if (VOWEL.test(right[0]!)) {
      if (right.startsWith(AE) && !VOWEL.test(left[left.length - 1]!) && secondPart(right.slice(1))) return true;
    } else if (secondPart(right)) return true;
  }
  return false;
}

/** Checks a prepared word (see {@link prepareWord}). */
export function checkPrepared(w: string, options?: SpellOptions): CheckResult {
  if (!hasArabicLetter(w)) return { known: true, word: w, source: 'not-arabic-script', frequency: -1 };
  const band = vocabulary().get(w);
  if (band !== undefined) return { known: true, word: w, source: 'vocabulary', frequency: band };
  if (morphKnown(w)) return { known: true, word: w, source: 'morphology', frequency: -1 };
  if (compoundKnown(w)) return { known: true, word: w, source: 'compound', frequency: -1 };
  for (const d of options?.dictionaries ?? []) if (d.has(w)) return { known: true, word: w, source: 'dictionary', frequency: -1 };
  return { known: false, word: w, frequency: -1 };
}

/** Whether a prepared word is known (vocabulary, morphology or a dictionary). */
export function isKnown(w: string, options?: SpellOptions): boolean {
  if (vocabulary().has(w)) return true;
  return checkPrepared(w, options).known;
}

let rawCache = new Map<string, CheckResult>();

/** Validates the shared options; throws a TypeError naming the option. */
export function spellOptions(options: unknown): SpellOptions | undefined {
  if (options === undefined || options === null) return undefined;
  if (typeof options !== 'object') throw new TypeError('zman: spell options must be an object');
  const d = (options as SpellOptions).dictionaries;
  if (d !== undefined && (!Array.isArray(d) || d.some((x) => typeof x?.has !== 'function'))) {
    throw new TypeError('zman: invalid option dictionaries: expected an array of dictionaries from loadHunspell()');
  }
  return options as SpellOptions;
}

/**
 * Whether a word is spelled as a Sorani word: a word of the vocabulary, an inflected form the
 * morphology derives from the lexicon (`کتێبەکانمان`, `نەیاندەنووسی`), or a word of a Hunspell
 * dictionary passed in `options.dictionaries`. The word is normalized first (Arabic kaf and yeh,
 * heh + ZWNJ …). A token with no Arabic-script letter (digits, Latin) is not checked and is
 * reported known. Never throws.
 *
 * @example
 * check('کوردستان').known; // true
 * check('کتێبەکانمان').known; // true (morphology)
 * check('بەرهەمەکانی').known; // true
 * check('بارزگانی').known; // false
 */
export function check(word: string, options?: SpellOptions): CheckResult {
  const opts = spellOptions(options);
  const text = typeof word === 'string' ? word : String(word);
  if (opts?.dictionaries?.length) return checkPrepared(prepareWord(text), opts);
  let hit = rawCache.get(text);
  if (hit === undefined) {
    hit = checkPrepared(prepareWord(text));
    if (rawCache.size >= CACHE_LIMIT) rawCache = new Map();
    rawCache.set(text, hit);
  }
  return hit;
}
