/**
 * Syllables and pronunciation of a Sorani word.
 *
 * @module
 */
import { isArabicLetter } from '../chars/index.js';
import { normalize } from '../normalize/index.js';
import { readWord, syllabify } from './syllables.js';
import { IPA, LATIN_VOWELS } from './tables.js';
import { spell } from './to-latin.js';

/** What {@link pronounce} returns. */
export interface Pronunciation {
  /** The syllables in extended Latin (`['a', 'bû', 'rî']`). */
  readonly syllables: string[];
  /** The phonemes with syllable dots, glottal ʔ and pharyngeal ƹ written (`'ʔa.bû.rî'`). */
  readonly phonemes: string;
  /** The broad IPA transcription with syllable dots (`'ʔaː.buː.ɾiː'`). */
  readonly ipa: string;
}

/** The phonemes of a Latin word (any style or case): rr → ř, ll → ł, ’ → ƹ. */
function latinPhonemes(word: string): string[] {
  const w = word.normalize('NFC').toLowerCase();
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) {
    const ch = w[i]!;
    if ((ch === 'r' || ch === 'l') && w[i + 1] === ch) {
      out.push(ch === 'r' ? 'ř' : 'ł');
      i++;
    } else if (ch === '’' || ch === "'") out.push('ƹ');
    else if (/\p{L}/u.test(ch)) out.push(ch === 'é' ? 'ê' : ch === 'í' ? 'î' : ch === 'ú' ? 'û' : ch);
  }
  if (out.length > 0 && LATIN_VOWELS.includes(out[0]!)) out.unshift('ʔ');
  return out;
}

function arabicLetters(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) if (isArabicLetter(word.charCodeAt(i))) out += word[i];
  return out;
}

/** The syllabified phonemes of one word (Arabic or Latin script). */
function syllablesOfWord(word: string): string[][] {
  let arabic = false;
  for (let i = 0; i < word.length && !arabic; i++) arabic = isArabicLetter(word.charCodeAt(i));
  return syllabify(arabic ? readWord(arabicLetters(normalize(word, { initialReh: false }))) : latinPhonemes(word));
}

/**
 * The syllabified phonemes of each word of `text`; a word met again in the text is read once
 * (the syllables are shared, never changed by the callers).
 */
function wordSyllables(text: string): string[][][] {
  const seen = new Map<string, string[][]>();
  const out: string[][][] = [];
  for (const word of String(text).split(/\s+/)) {
    if (word.length === 0) continue;
    let read = seen.get(word);
    if (read === undefined) {
      read = syllablesOfWord(word);
      seen.set(word, read);
    }
    out.push(read);
  }
  return out;
}

/**
 * The syllables of a Sorani word, in extended Latin, with the unwritten i restored. Accepts the
 * Arabic or the Latin script; several words give the syllables of each in order.
 *
 * @example
 * syllables('کوردستان'); // ['kur', 'dis', 'tan']
 * syllables('فرۆشتن');   // ['fi', 'roş', 'tin']
 */
export function syllables(word: string): string[] {
  return wordSyllables(word)
    .flat()
    .map((s) => spell(s, 'extended'))
    .filter((s) => s.length > 0);
}

/**
 * The pronunciation of a Sorani word as a speech front end needs it: syllables, phonemes and
 * broad IPA (Sorani vowels a ê î o û are long, e i u short; r is a tap, ř a trill, ł velarized).
 *
 * @example
 * pronounce('ئابووری');
 * // { syllables: ['a', 'bû', 'rî'], phonemes: 'ʔa.bû.rî', ipa: 'ʔaː.buː.ɾiː' }
 */
export function pronounce(word: string): Pronunciation {
  const words = wordSyllables(word);
  return {
    syllables: words.flat().map((s) => spell(s, 'extended')).filter((s) => s.length > 0),
    phonemes: words.map((w) => w.map((s) => s.join('')).join('.')).join(' '),
    ipa: words.map((w) => w.map((s) => s.map((p) => IPA[p] ?? p).join('')).join('.')).join(' '),
  };
}
