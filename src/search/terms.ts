/**
 * `searchTerms`: the index terms of a text — normalize once, tokenize, drop stopwords, one
 * script-neutral key per word — with offsets into the original text.
 *
 * @module
 */
import { tokenize, type Token } from '../tokenize/index.js';
import { stopwords as STOPWORDS } from '../morph/index.js';
import { detectKeyboard, repairWord } from '../spell/index.js';
import { latinToArabic, looseKey, mayBeKeyboardTyped, numberKey, wordKey } from './key.js';

/** One index term of a text. */
export interface SearchTerm {
  /** The script-neutral key of the word's search stem (`کوردستان` for `kurdistan`, `کوردستانەکەمان`). */
  term: string;
  /** The loose key: the word with the letters keyboards confuse folded together and its endings off (for widened queries). */
  loose: string;
  /** Start of the word in the original text (UTF-16, inclusive). */
  start: number;
  /** End of the word in the original text (UTF-16, exclusive). */
  end: number;
  /** Ordinal of the term among the terms of the text (0, 1, 2 …; stopwords take no position). */
  position: number;
}

/** Options of {@link searchTerms}. */
export interface SearchTermsOptions {
  /** Drop stopwords (default `true`). */
  stopwords?: boolean;
  /**
   * Repairs a word typed on an Arabic or Persian keyboard: called with the normalized word, for
   * a text that `detectKeyboard` of `zman/spell` finds typed on one of them, and there only for
   * the words that have none of the letters a Sorani keyboard types. Default: `repairWord` of
   * `zman/spell` (خوش → خۆش, بیت → بێت); `false` leaves words as written (the loose key still
   * lets such words be found); or a function of your own.
   */
  repair?: ((word: string) => string) | false;
}

/** A bounded memo of the default repair (words repeat; the repair is costly). */
let repairMemo = new Map<string, string>();

/** The default keyboard repair of index and query words. */
const defaultRepair = (word: string): string => {
  let r = repairMemo.get(word);
  if (r === undefined) {
    r = repairWord(word);
    if (repairMemo.size >= 100_000) repairMemo = new Map();
    repairMemo.set(word, r);
  }
  return r;
};

interface Resolved {
  stopwords: boolean;
  repair: ((word: string) => string) | undefined;
}

/** Validates the options of {@link searchTerms} (shared with the query side). */
export function resolveTermsOptions(options: SearchTermsOptions | undefined): Resolved {
  if (options === undefined || options === null) return { stopwords: true, repair: defaultRepair };
  if (typeof options !== 'object') throw new TypeError(`zman: searchTerms options must be an object, got ${typeof options}`);
  const { stopwords = true, repair = defaultRepair } = options;
  if (typeof stopwords !== 'boolean') throw new TypeError(`zman: invalid option stopwords: expected true or false, got ${JSON.stringify(stopwords)}`);
  if (repair !== false && typeof repair !== 'function') throw new TypeError('zman: invalid option repair: expected false or a function (word: string) => string');
  return { stopwords, repair: repair === false ? undefined : repair };
}

/** The keys of one token, or `undefined` when the token is not indexed. */
export function tokenKeys(token: Token, options: Resolved): { term: string; loose: string } | undefined {
  if (token.attached) return undefined;
  switch (token.type) {
    case 'number': {
      const key = numberKey(token.normalized);
      return { term: key, loose: key };
    }
    case 'word': {
      if (options.stopwords && isStop(token.normalized)) return undefined;
      let word = token.normalized;
      if (options.repair !== undefined && mayBeKeyboardTyped(token.surface)) {
        try {
          const repaired = options.repair(word);
          if (typeof repaired === 'string' && repaired !== '') word = repaired;
        } catch {
          // a failing repair leaves the word as it is
        }
      }
      return wordKeys(word);
    }
    case 'latin':
      return wordKeys(latinToArabic(token.normalized));
    case 'hashtag':
    case 'mention': {
      const body = token.normalized.slice(1);
      if (body === '') return undefined;
      return wordKeys(/[a-zA-Z]/.test(body) && !/[\u0600-\u06ff]/.test(body) ? latinToArabic(body) : body);
    }
    default:
      return undefined;
  }
}

/** `isStopword` of `zman/morph` for a word the tokenizer already normalized (no second normalize). */
function isStop(normalized: string): boolean {
  return STOPWORDS.has(normalized.includes('\u200c') ? normalized.replace(/\u200c/g, '') : normalized);
}

function wordKeys(word: string): { term: string; loose: string } | undefined {
  const term = wordKey(word);
  if (term === '') return undefined;
  return { term, loose: memoLoose(word) };
}

/** A bounded memo of word → loose key. */
let looseMemo = new Map<string, string>();
function memoLoose(word: string): string {
  let l = looseMemo.get(word);
  if (l === undefined) {
    l = looseKey(word);
    if (looseMemo.size >= 200_000) looseMemo = new Map();
    looseMemo.set(word, l);
  }
  return l;
}

/**
 * The index terms of a text: each word, number, Latin word and hashtag that is not a stopword
 * gives one term, its script-neutral search key, with the word's `[start, end)` in the original
 * text. Never throws on text.
 *
 * @example
 * searchTerms('لە کوردستانەکەمان').map((t) => t.term); // ['کوردستان']
 * searchTerms('Kurdistan ١٠').map((t) => t.term); // ['کوردستان', '10']
 */
export function searchTerms(text: string, options?: SearchTermsOptions): SearchTerm[] {
  const options_ = resolveTermsOptions(options);
  const s = typeof text === 'string' ? text : String(text ?? '');
  // repair only a text typed on an Arabic or Persian keyboard
  const typed = options_.repair === undefined ? 'sorani' : detectKeyboard(s).keyboard;
  const resolved = typed === 'arabic' || typed === 'persian' ? options_ : { ...options_, repair: undefined };
  const out: SearchTerm[] = [];
  for (const token of tokenize(s, { normalize: { digits: 'latin' } })) {
    const keys = tokenKeys(token, resolved);
    if (keys === undefined) continue;
    out.push({ term: keys.term, loose: keys.loose, start: token.start, end: token.end, position: out.length });
  }
  return out;
}
