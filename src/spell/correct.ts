/**
 * `correct` and `repair`: text-level spelling correction.
 *
 * @module
 */
import { choice } from '../options/choice.js';
import { normalizeWithMap, toSourceRange } from '../normalize/index.js';
import { checkPrepared, hasArabicLetter, prepareWord, spellOptions, type SpellOptions } from './check.js';
import { keyboardModel } from './error-model.js';
import { vocabulary } from './vocabulary.js';
import { detectKeyboard } from './keyboard.js';
import { CORRECT_MODE, plan, wordTokens, type Edit, type RespellMode, type WordToken } from './respell.js';
import { candidates, limitOption, rank, type Suggestion, type SuggestOptions } from './suggest.js';

/** One change made to the text. */
export interface SpellChange {
  /** Start of the changed range in the ORIGINAL text (UTF-16 code units). */
  readonly start: number;
  /** End (exclusive) of the changed range in the original text. */
  readonly end: number;
  /** The original text of the range. */
  readonly from: string;
  /** What replaced it. */
  readonly to: string;
  /** The ranked alternatives the choice was made from. */
  readonly suggestions?: readonly Suggestion[];
}

/** The result of {@link correct}. */
export interface Correction {
  readonly text: string;
  readonly changes: readonly SpellChange[];
}

/** Options of {@link repair}. */
export interface RepairOptions extends SpellOptions {
  /** The keyboard the text was typed on: `'auto'` (default: detected), `'arabic'`, `'persian'` or `'sorani'`. */
  readonly keyboard?: 'auto' | 'arabic' | 'persian' | 'sorani';
}

/** The result of {@link repair}. */
export interface Repair extends Correction {
  /** The keyboard the text was repaired for (`'none'`: no Arabic-script letters). */
  readonly keyboard: 'sorani' | 'arabic' | 'persian' | 'none';
}

/** Words of one text handled at most (the rest is left as is): keeps time linear and bounded. */
const MAX_WORDS = 2_000_000;

function apply(text: string, tokens: readonly WordToken[], edits: readonly Edit[], source: (s: number, e: number) => [number, number], original: string): Correction {
  let out = '';
  let at = 0;
  const changes: SpellChange[] = [];
  for (const e of edits) {
    const start = tokens[e.first]!.start;
    const end = tokens[e.last]!.end;
    out += text.slice(at, start) + e.to;
    at = end;
    const [s, t] = source(start, end);
    changes.push({ start: s, end: t, from: original.slice(s, t), to: e.to, suggestions: e.suggestions });
  }
  out += text.slice(at);
  return { text: out, changes };
}

/**
 * Corrects the misspelled words of a text: every word `check` does not know is replaced by its
 * best suggestion when the error model finds a close one; pieces of a word typed apart are
 * joined. Between close candidates the context decides: a verb before the end of a clause, an
 * ezafe before another word. Known words are left as written (no normalization: use
 * `normalize` for that). Ranges are in the original text. Never throws on any string.
 *
 * @example
 * correct('ئەم بریارە لە باشور درا');
 * // { text: 'ئەم بڕیارە لە باشوور درا',
 * //   changes: [{ start: 4, end: 10, from: 'بریارە', to: 'بڕیارە', … }, { start: 14, end: 19, from: 'باشور', to: 'باشوور', … }] }
 */
export function correct(text: string, options?: SpellOptions): Correction {
  const opts = spellOptions(options);
  const t = typeof text === 'string' ? text : String(text);
  const tokens = wordTokens(t, MAX_WORDS);
  const edits = plan(t, tokens, CORRECT_MODE, opts);
  return apply(t, tokens, edits, (s, e) => [s, e], t);
}

const KEYBOARD_MODE: Record<'arabic' | 'persian', RespellMode> = {
  arabic: { model: keyboardModel('arabic'), reconsiderKnown: true, margin: 0.1, knownMaxCost: 0.2, maxCost: 0.8, budget: 1.3, join: true, joinPenalty: 3 },
  persian: { model: keyboardModel('persian'), reconsiderKnown: true, margin: 0.1, knownMaxCost: 0.2, maxCost: 0.8, budget: 1.3, join: true, joinPenalty: 3 },
};

/**
 * Repairs Sorani typed on an Arabic or Persian keyboard (or by hand without the standard
 * spelling): normalizes the text, detects the keyboard (unless given), then re-spells every
 * word with that keyboard's error model and the vocabulary — also words that exist but are far
 * less likely than their keyboard neighbour (بو → بۆ) — and joins pieces of a word typed apart.
 * `normalize` stays exact and conservative; `repair` is the opt-in that guesses. `text` is the
 * normalized, repaired text; `changes` lists the re-spelled words with ranges in the ORIGINAL
 * text. Text detected as typed with Sorani letters gets `correct`'s treatment only.
 *
 * @example
 * repair('دستان خوش بیت');
 * // { text: 'دەستان خۆش بێت', keyboard: 'persian', changes: [ … ] }
 * repair('بةرهةمةكاني ئةفين ئاسؤ').text; // 'بەرهەمەکانی ئەڤین ئاسۆ'
 */
export function repair(text: string, options?: RepairOptions): Repair {
  const opts = spellOptions(options) as RepairOptions | undefined;
  const wanted = choice('keyboard', opts?.keyboard, ['auto', 'arabic', 'persian', 'sorani'], 'auto');
  const t = typeof text === 'string' ? text : String(text);
  const keyboard = wanted === 'auto' ? detectKeyboard(t).keyboard : wanted;
  const map = normalizeWithMap(t);
  const tokens = wordTokens(map.text, MAX_WORDS);
  const mode = keyboard === 'arabic' || keyboard === 'persian' ? KEYBOARD_MODE[keyboard] : CORRECT_MODE;
  const edits = keyboard === 'none' ? [] : plan(map.text, tokens, mode, opts);
  const result = apply(map.text, tokens, edits, (s, e) => toSourceRange(map, s, e), t);
  return { ...result, keyboard };
}

/** A misspelled word found by {@link findMisspellings}. */
export interface Misspelling {
  /** Start of the word in the text (UTF-16 code units). */
  readonly start: number;
  /** End (exclusive) of the word. */
  readonly end: number;
  /** The word as written. */
  readonly word: string;
  /** Ranked suggestions (possibly none). */
  readonly suggestions: readonly Suggestion[];
}

/**
 * Every word of a text that `check` does not know, with its range and ranked suggestions: what
 * a spell-checking editor underlines. Never throws on any string.
 *
 * @example
 * findMisspellings('ئەم بریارە لە باشور درا', { limit: 2 });
 * // [{ start: 4, end: 10, word: 'بریارە', suggestions: [{ word: 'بڕیارە', … }, …] },
 * //  { start: 14, end: 19, word: 'باشور', suggestions: [{ word: 'باشوور', … }, …] }]
 */
export function findMisspellings(text: string, options?: SuggestOptions): Misspelling[] {
  const opts = spellOptions(options) as SuggestOptions | undefined;
  const limit = limitOption(opts?.limit, 5);
  const t = typeof text === 'string' ? text : String(text);
  const out: Misspelling[] = [];
  for (const tok of wordTokens(t, MAX_WORDS)) {
    if (checkPrepared(tok.w, opts).known) continue;
    out.push({ start: tok.start, end: tok.end, word: t.slice(tok.start, tok.end), suggestions: rank(candidates(tok.w, opts), tok.w, limit) });
  }
  return out;
}

const WORD_CACHE_LIMIT = 50_000;
/** The letters a keyboard without ە ێ ۆ ڕ ڵ types instead of them (error-model.ts). */
const KEYBOARD_LETTERS: Readonly<Record<string, string>> = { 'ه': 'ە', 'ی': 'ێ', 'و': 'ۆ', 'ر': 'ڕ', 'ل': 'ڵ' };
/** A known word is only re-spelled to a keyboard neighbour this many bands (doublings) more frequent. */
const WORD_MARGIN = 2;
const wordCache = new Map<string, string>();

/**
 * The repaired spelling of one word typed on an Arabic or Persian keyboard: the most frequent
 * vocabulary word that differs from it only in letters such a keyboard lacks (ه→ە, ی→ێ, و→ۆ,
 * ر→ڕ, ل→ڵ; at most two of them), when it is clearly more frequent than the word as typed.
 * Vocabulary lookups only (no search), cached: fast enough for the search analyzer, which
 * calls it on every word without Sorani letters. `options.keyboard` is accepted for symmetry
 * with `repair` (after normalization both keyboards give the same letters).
 *
 * @example
 * repairWord('خوش'); // 'خۆش'
 * repairWord('بیت'); // 'بێت'
 */
export function repairWord(word: string, options?: { keyboard?: 'arabic' | 'persian' }): string {
  choice('keyboard', options?.keyboard, ['arabic', 'persian'], 'persian');
  const w = prepareWord(typeof word === 'string' ? word : String(word));
  if (w.length === 0 || w.length > 40 || !hasArabicLetter(w)) return w;
  let hit = wordCache.get(w);
  if (hit === undefined) {
    hit = bestKeyboardVariant(w);
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    wordCache.set(w, hit);
  }
  return hit;
}

function bestKeyboardVariant(w: string): string {
  const vocab = vocabulary();
  const own = vocab.get(w);
  const at: number[] = [];
  for (let i = 0; i < w.length && at.length < 8; i++) if (KEYBOARD_LETTERS[w[i]!]) at.push(i);
  let best = w;
  let bestBand = own === undefined ? (checkPrepared(w).known ? 0 : -1) : own;
  const need = bestBand < 0 ? 0 : bestBand + WORD_MARGIN;
  const consider = (v: string) => {
    const b = vocab.get(v);
    if (b !== undefined && b >= need && b > bestBand) {
      best = v;
      bestBand = b;
    }
  };
  const sub = (s: string, i: number) => s.slice(0, i) + KEYBOARD_LETTERS[s[i]!]! + s.slice(i + 1);
  for (let x = 0; x < at.length; x++) {
    const one = sub(w, at[x]!);
    consider(one);
    for (let y = x + 1; y < at.length; y++) consider(sub(one, at[y]!));
  }
  return best;
}
