/**
 * The search key of one word: its search stem (`stem` of `zman/morph`, which keeps derived
 * verbs such as خواردنەوە apart from خواردن), in Arabic script, whatever script the word was
 * written in; and its loose key, the same stem with the letters that keyboards and hurried
 * writers confuse folded together, used only to widen queries typed without the Sorani letters.
 *
 * @module
 */
import { normalize } from '../normalize/index.js';
import { analyzeNormalized, stem, type Analysis } from '../morph/index.js';
import { toArabic } from '../translit/index.js';

/**
 * Letters folded by {@link looseKey}: each pair is a Sorani letter and what an Arabic or Persian
 * keyboard, or a writer who leaves out the Sorani marks, types instead. Source: the Sorani
 * alphabet (DESIGN.md) against the Arabic (101) and Persian keyboard layouts, and the real
 * keyboard-typed pairs of ScriptNormalization (ێ typed ي or ئ, ۆ typed و or ؤ, ڵ typed ل,
 * ڕ typed ر, ە typed ه, گ typed ك, چ typed ج, پ typed ب, ژ typed ز, ڤ typed ف).
 */
export const LOOSE_FOLDS = {
  'ڕ': 'ر',
  'ڵ': 'ل',
  'ێ': 'ی',
  'ۆ': 'و',
  'ە': 'ه',
  'گ': 'ک',
  'چ': 'ج',
  'پ': 'ب',
  'ژ': 'ز',
  'ڤ': 'ف',
  'ئ': '',
  '\u200c': '',
} as const satisfies Record<string, string>;

/**
 * The letters only a Sorani keyboard types: a word that has none of them (or has an Arabic
 * letter Sorani does not use) may have been typed on an Arabic or Persian keyboard, and its
 * query term is widened to the loose key. Source: the Sorani alphabet (DESIGN.md).
 */
const SORANI_ONLY = /[ەێۆڵڕڤگچپژ]/;
const ARABIC_ONLY = /[يكةىؤإأھ]/;

/**
 * `true` when a word, as written, may have been typed without the Sorani letters (on an Arabic
 * or Persian keyboard, or with ڕ ڵ ێ ۆ left out): it has none of the letters only a Sorani
 * keyboard types, or it has an Arabic letter Sorani does not use.
 *
 * @example
 * mayBeKeyboardTyped('بةرهةمةكاني'); // true
 * mayBeKeyboardTyped('بەرهەمەکانی'); // false
 */
export function mayBeKeyboardTyped(surface: string): boolean {
  return !SORANI_ONLY.test(surface) || ARABIC_ONLY.test(surface);
}

const FOLD_RE = /[ڕڵێۆەگچپژڤئ\u200c]/g;

/**
 * Endings taken off a folded word by {@link looseKey}, longest first (Sorani nominal endings,
 * clitics and postpositions of DESIGN.md, written in the folded alphabet: ە → ه, ێ → ی).
 * `-ەوە` is not among them: it also makes verbs of their own (خواردنەوە is not خواردن).
 */
export const LOOSE_ENDINGS = [
  'هکانیان', 'هکانمان', 'هکانتان', 'هکانیش', 'هکاندا', 'هکانی', 'هکهیان', 'هکهمان', 'هکهدا', 'هکهی', 'یهکانی',
  'یهکان', 'یهکی', 'هکان', 'هکه', 'یهک', 'کانی', 'یکی', 'کان', 'یان', 'مان', 'تان', 'انی', 'یش', 'یک', 'که', 'ان', 'دا', 'ی', 'ه',
] as const;

/** A loose key keeps at least this many letters. */
const LOOSE_MIN = 3;

/** The folded spelling of a word: {@link LOOSE_FOLDS} applied, doubled و and ی written once. */
export function foldLetters(word: string): string {
  const folded = word.replace(FOLD_RE, (c) => LOOSE_FOLDS[c as keyof typeof LOOSE_FOLDS]);
  return folded.replace(/وو/g, 'و').replace(/یی/g, 'ی');
}

/**
 * The loose key of a normalized Arabic-script word: its letters folded ({@link LOOSE_FOLDS}:
 * the letters keyboards confuse), then up to two endings of {@link LOOSE_ENDINGS} taken off —
 * folding comes first, so a word typed on an Arabic keyboard (ههريمهكه) gets the key of the
 * word it stands for (هەرێمەکە). Different words can share a loose key: it only widens a
 * query word typed without the Sorani letters, never the index's main key.
 *
 * @example
 * looseKey('هەرێمەکە'); // 'ههریم'
 * looseKey('ههریمهکە'); // 'ههریم'
 */
export function looseKey(word: string): string {
  let w = foldLetters(word);
  for (let pass = 0; pass < 2; pass++) {
    let cut = 0;
    for (const e of LOOSE_ENDINGS) {
      if (w.length - e.length >= LOOSE_MIN && w.endsWith(e)) {
        cut = e.length;
        break;
      }
    }
    if (cut === 0) break;
    w = w.slice(0, -cut);
  }
  return w;
}

/** A bounded memo of word → key (the stemmer is the costly step; words repeat a lot). */
const MEMO_LIMIT = 200_000;
let memo = new Map<string, string>();

function memoStem(word: string): string {
  let s = memo.get(word);
  if (s === undefined) {
    s = searchStem(word).replace(/\u200c/g, '');
    if (memo.size >= MEMO_LIMIT) memo = new Map();
    memo.set(word, s);
  }
  return s;
}

/** Parts of speech whose ‑ی derivations meet their base in the index. */
const DERIVING: ReadonlySet<string> = new Set(['noun', 'adj', 'propn']);

/**
 * The search stem of a word: `stem` of `zman/morph`, except that a word the lexicon lists with
 * a final ‑ی of derivation (the adjective هەرێمی "regional", the abstract noun خۆشی "joy",
 * ئەندامی) and that also reads as its base with the ezafe ‑ی (هەرێمی کوردستان "the region of
 * Kurdistan", the usual reading in running text) meets its base: هەرێمی, هەرێمەکە and هەرێمێک
 * are found by one another. The analyses must offer the base reading; nothing is guessed.
 */
function searchStem(word: string): string {
  const s = stem(word);
  if (s.length < 4 || !s.endsWith('ی')) return s;
  const analyses = analyzeNormalized(word);
  const best = analyses[0];
  if (!best || best.guessed || best.suffixes.length > 0 || best.prefixes.length > 0) return s;
  const base = analyses.find(ezafeOfBase);
  return base !== undefined && base.lemma.length >= 3 && s.startsWith(base.lemma) ? base.lemma : s;
}

function ezafeOfBase(a: Analysis): boolean {
  return !a.guessed && a.prefixes.length === 0 && a.suffixes.length === 1 && a.suffixes[0]!.gloss === 'EZ' && DERIVING.has(a.pos);
}

/** Digits of every system, mapped to 0–9. */
function latinDigits(s: string): string {
  return s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/**
 * The search key of a number as written: its digits in 0–9 with the thousands separators
 * dropped and the decimal separator as `.` (`١٠` = `۱۰` = `10`; `١٬٠٠٠` = `1,000` = `1000`).
 *
 * @example
 * numberKey('٢٠٢١'); // '2021'
 */
export function numberKey(number: string): string {
  return latinDigits(number)
    .replace(/[,\u066c]/g, '')
    .replace(/\u066b/g, '.');
}

/**
 * The search key of a word in Arabic script, already normalized: its search stem without ZWNJ.
 *
 * @example
 * wordKey('کوردستانەکەمان'); // 'کوردستان'
 * wordKey('خواردنەوە'); // 'خواردنەوە' (not خواردن)
 */
export function wordKey(normalized: string): string {
  return memoStem(normalized);
}

/**
 * The search key of a word in Latin (Hawar) script: converted to Arabic script, normalized and
 * stemmed like an Arabic-script word, so `kurdistan` and `کوردستان` meet. A final `ê` (the
 * oblique ending of `Kurdistanê`-style forms) is dropped from words of five letters or more.
 *
 * @example
 * latinKey('Kurdistanê'); // 'کوردستان'
 * latinKey('kurdistanekeman'); // 'کوردستان'
 */
export function latinKey(word: string): string {
  return memoStem(latinToArabic(word));
}

/**
 * A Latin (Hawar) word in normalized Arabic script, as {@link latinKey} reads it (lowercased, a
 * final `ê` of five letters or more dropped).
 *
 * @example
 * latinToArabic('Hewlêr'); // 'هەولێر'
 */
export function latinToArabic(word: string): string {
  let w = word.toLowerCase();
  if (w.length >= 5 && w.endsWith('ê')) w = w.slice(0, -1);
  return normalize(toArabic(w, { foreign: 'convert' }));
}

/**
 * The search key of any single word as a user would type it in either script: the key of
 * `searchTerms` for the one word (a number, a Latin word or an Arabic-script word).
 *
 * @example
 * searchKey('kurdistan') === searchKey('كوردستان'); // true
 * searchKey('١٠') === searchKey('10'); // true
 */
export function searchKey(word: string): string {
  const w = typeof word === 'string' ? word.trim() : '';
  if (w === '') return '';
  if (/^[\d\u0660-\u0669\u06f0-\u06f9][\d\u0660-\u0669\u06f0-\u06f9.,\u066b\u066c]*$/.test(w)) return numberKey(w);
  if (/[a-zA-Z\u00c0-\u024f]/.test(w) && !/[\u0600-\u06ff]/.test(w)) return latinKey(w);
  return wordKey(normalize(w));
}
