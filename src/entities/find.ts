/**
 * Named entities in Sorani text: people, places, organisations and other names (peoples,
 * languages, nationalities), found in the gazetteers through their inflected forms and by
 * patterns (a title before a name, a given name and a surname, an organisation or place head
 * word with its ezafe chain).
 *
 * @module
 */
// the words are tokens' normalized forms: analysed without normalizing them again
import { defaultMemo, WordMemo } from '../morph/memo.js';
import { NUMBER_WORDS } from '../numbers/numeral.js';
import { tokenize } from '../tokenize/index.js';
import { activeMemo, analyze, endsName, isCommonWord, isProperName, nameCandidates, withMemo } from './inflection.js';
import { skeleton } from './skeleton.js';
import { clearLexicon, lexicon, type EntityType, type Lexicon, type LexiconEntry } from './lexicon.js';

/** A named entity found in the text. */
export interface Entity {
  /** Start, in the original input (UTF-16 code units). */
  readonly start: number;
  /** End (exclusive), in the original input. */
  readonly end: number;
  /** The original text of the span. */
  readonly text: string;
  readonly type: EntityType;
  /** The name without inflection, in its standard spelling (`ئۆکرایناوە` → `ئۆکراینا`); ISO dates for DATE. */
  readonly canonical: string;
}

/** A token as {@link findEntities} needs it: offsets into the original input and the normalized form. */
export interface EntityToken {
  readonly start: number;
  readonly end: number;
  readonly normalized: string;
  /** `'word'`, `'number'`, `'punctuation'`… (from the tokenizer); words are the default. */
  readonly type?: string;
}

/** A date or number span found by an earlier stage, turned into a DATE or NUM entity. */
export interface SpanInput {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** ISO date for dates, the value for numbers: the canonical form. */
  readonly canonical: string;
}

/** Options of {@link findEntities}. */
export interface FindEntitiesOptions {
  /** Tokens of `text` from `tokenize` (default: `tokenize(text)`). */
  readonly tokens?: readonly EntityToken[];
  /** Dates found by `findDates`, reported as DATE entities (default: none). */
  readonly dates?: readonly SpanInput[];
  /** Numbers found by `findNumbers`, reported as NUM entities (default: none). */
  readonly numbers?: readonly SpanInput[];
  /**
   * The memo the words are analysed in, and their entity facts kept in (an `Engine`'s `memo`;
   * default: the memo shared by the functions called without an engine).
   */
  readonly memo?: WordMemo;
}

interface Candidate {
  readonly first: number;
  readonly last: number;
  readonly type: EntityType;
  readonly canonical: string;
  /** Higher wins an overlap of equal length. */
  readonly priority: number;
}

const LETTER_RE = /\p{L}/u;

const isWord = (t: EntityToken | undefined): t is EntityToken =>
  t !== undefined && (t.type === undefined || t.type === 'word' || t.type === 'latin') && LETTER_RE.test(t.normalized);


/** What a word can be in a name pattern, worked out once per distinct word. */
interface WordRole {
  /** A head word with its ezafe: of an organisation, event, place, or a direction. */
  readonly head: 'ORG' | 'MISC' | 'LOC' | 'DIR' | undefined;
  /** A title or role (`سەرۆکی`, `کاک`). */
  readonly title: boolean;
  /** A word that cannot be part of a name: closed-class or a finite verb. */
  readonly stop: boolean;
  /** A word the lexicon knows as a common noun, adjective… (`فەرمان`, `ئازاد` "free"). */
  readonly common: boolean;
  /** A word the lexicon knows as a proper name. */
  readonly proper: boolean;
}

function roleOf(word: string, lex: Lexicon): WordRole {
  const roles = activeMemo().table<WordRole>('entities.role');
  let role = roles.get(word);
  if (role) return role;
  const ezafe = word.endsWith('ی');
  role = {
    head: !ezafe
      ? undefined
      : headOf(word, lex.organizationHeads)
        ? 'ORG'
        : headOf(word, lex.eventHeads)
          ? 'MISC'
          : headOf(word, lex.placeHeads, EZAFE_ENDINGS)
            ? 'LOC'
            : headOf(word, lex.directionHeads, EZAFE_ENDINGS)
              ? 'DIR'
              : undefined,
    title: headOf(word, lex.titles) !== undefined,
    // a given name is never a function word (هاکان is not ها + کان)
    stop: endsName(word) && !lex.firstNames.has(word),
    common: isCommonWord(word),
    proper: isProperName(word),
  };
  roles.set(word, role);
  return role;
}

/**
 * Forgets the entity facts of the shared memo's words and the lexicon (for tests that change
 * what the runtime offers). An Engine's are forgotten by its `clear()`.
 */
export function clearEntityCaches(): void {
  defaultMemo.table('entities.role').clear();
  defaultMemo.table('entities.single').clear();
  clearLexicon();
}

/**
 * Endings a head word can carry before its ezafe -ی. Not the singular definite `-ەکەی`: it
 * points back to a common noun (`پارتەکەی ماری لوپێن` "her party"), it does not name an
 * institution. The plural `-ەکانی` does (`هێزەکانی ئەمریکا`), with a name after it.
 */
const HEAD_ENDINGS = ['ەکانی', 'یەکانی', 'انی', 'ی'] as const;

/**
 * Words right after a head that make it generic, not a name (`کۆمپانیای ناوبراو` "the said
 * company", `حکومەتی ئێستا` "the present government"): demonstratives, vague adjectives.
 */
const VAGUE_COMPLEMENTS: ReadonlySet<string> = new Set([
  'ناوبراو', 'ناوبراوی', 'ئێستا', 'ئێستای', 'پێشوو', 'پێشووی', 'نوێ', 'نوێی', 'داهاتوو', 'داهاتووی', 'تازە', 'تازەی',
  'گشتی', 'گشتیی', 'تایبەت', 'تایبەتی', 'هەمان', 'ئێرە', 'ئێرەدا', 'ئێرەش', 'ئەوێ', 'خۆمان', 'خۆیان', 'خۆی', 'خۆت',
  'وڵات', 'وڵاتەکە', 'وڵاتەکەی', 'وڵاتەکەمان', 'شارەکە', 'شارەکەی', 'ناوچەکە', 'ناوچەکەی', 'ئەمساڵ', 'پار',
]);
/** The ezafe alone: a plural place head (`شارەکانی هەولێر و دهۆک`) names several places. */
const EZAFE_ENDINGS = ['ی'] as const;

/**
 * The base of a title or head word (`سەرۆکی` → `سەرۆک`, `بانکەکانی` → `بانک`) when it is in
 * `set`, else undefined.
 */
function headOf(word: string, set: ReadonlySet<string>, endings: readonly string[] = HEAD_ENDINGS): string | undefined {
  if (set.has(word)) return word;
  for (const ending of endings) {
    if (word.length > ending.length + 1 && word.endsWith(ending)) {
      const base = word.slice(0, word.length - ending.length);
      if (set.has(base)) return base;
    }
  }
  return undefined;
}

/**
 * Lookups a memo keeps per word it holds. 400 news pages ask 28.7k distinct lookups (words, and
 * words after the first words of a longer name) beside 39.5k distinct words; a bounded map drops
 * what was not read in the last half of its bound, so a bound of the memo's size alone made
 * analyzeDocument a quarter slower, and 4 times it costs nothing measurable.
 */
const SINGLES_PER_WORD = 4;

/** The gazetteer entry a word names after a prefix of words (through its inflected forms), kept in the memo. */
function lookupWord(word: string, prefix: string, lex: Lexicon): LexiconEntry | undefined {
  // keyed by a word and by the words of a longer name before it (`ئەنجومەنی ئاسایش`)
  const singles = activeMemo().table<LexiconEntry | null>('entities.single', SINGLES_PER_WORD);
  const cacheKey = prefix === '' ? word : `${prefix}\u0000${word}`;
  const cached = singles.get(cacheKey);
  if (cached !== undefined) return cached ?? undefined;
  let found: LexiconEntry | undefined;
  for (const form of nameCandidates(word)) {
    const key = prefix + form;
    if (form !== word && lex.exactOnly.has(key)) continue;
    if (form !== word && prefix === '' && commonReading(word, form)) continue;
    // another spelling of a name, unless the word is a common word as spelled (تەمەن "age" is
    // not the currency تمەن, دووکان "shop" not the town دوکان)
    found = lex.names.get(key) ?? (key.length >= 4 && !isCommonWord(key) ? lex.bySkeleton.get(skeleton(key)) : undefined);
    // a place or an organisation does not take the indefinite: چینێکی "a layer of" is not China
    // (a people's name does: کوردێک "a Kurd")
    if (found && found.type !== 'MISC' && form !== word && /^(?:ێک|یەک)/.test(word.slice(form.length))) found = undefined;
    if (found) break;
  }
  singles.set(cacheKey, found ?? null);
  return found;
}

/**
 * Whether an inflected word is better read as a common word than as the short name its suffixes
 * hide (`وانەی` "lesson of" → not the city وان, `بەشەکان` → not a name بەش): the name has at most
 * four letters and the word's best analysis is a known common word with another lemma.
 */
function commonReading(word: string, form: string): boolean {
  if (form.length > 4) return false;
  const [best] = analyze(word);
  // دهۆکیش is دهۆک + ‑یش, not the adjective دهۆکی + ‑ش
  const nisba = best?.lemma === `${form}ی` && best.suffixes.length === 1 && best.suffixes[0]!.gloss === 'ADD';
  return best !== undefined && !best.guessed && best.pos !== 'propn' && best.lemma !== form && !nisba;
}

/** The longest gazetteer name starting at token `i`, the last token possibly inflected. */
function lookup(tokens: readonly EntityToken[], i: number, lex: Lexicon): Candidate | undefined {
  const first = tokens[i]!;
  if (!isWord(first)) return undefined;
  // Multi-word names are tried only from a word that begins one.
  if (lex.firstWords.has(first.normalized)) {
    for (let len = Math.min(lex.maxTokens, tokens.length - i); len >= 2; len--) {
      let prefix = '';
      let ok = true;
      for (let k = 0; k < len - 1; k++) {
        const t = tokens[i + k]!;
        if (!isWord(t)) {
          ok = false;
          break;
        }
        prefix += `${t.normalized} `;
      }
      const last = tokens[i + len - 1]!;
      if (!ok || !isWord(last)) continue;
      const entry = lookupWord(last.normalized, prefix, lex);
      if (entry && !unsureCurrency(entry, tokens, i)) {
        return { first: i, last: i + len - 1, type: entry.type, canonical: entry.canonical, priority: 2 };
      }
    }
  }
  const entry = lookupWord(first.normalized, '', lex);
  if (!entry || unsureCurrency(entry, tokens, i) || unsurePlace(entry, tokens, i, lex)) return undefined;
  return { first: i, last: i, type: entry.type, canonical: entry.canonical, priority: 2 };
}

/** Indefinite endings: a noun with one (`وتارێکی` "a speech of") is not part of a name. */
const INDEFINITE = ['ێکی', 'ێک', 'یەکی'] as const;

/** An ezafe chain after a head word at `i`: the index of its last token, or -1. */
function ezafeChain(tokens: readonly EntityToken[], i: number, max: number, found: readonly (Candidate | undefined)[]): number {
  let last = -1;
  for (let k = i + 1; k < tokens.length && k <= i + max; k++) {
    const t = tokens[k];
    if (!isWord(t) || roleOf(t.normalized, lexicon()).stop || INDEFINITE.some((e) => t.normalized.endsWith(e))) break;
    const entity = found[k];
    if (entity && entity.first <= i) {
      // the head is the start of a known name (ئەنجوومەنی ئاسایشی): the chain goes on after it
      // when the name's last word took the ezafe (ئاسایش → ئاسایشی), not when it ends in ی
      // itself (کۆشکی سپی "the White House")
      k = entity.last;
      last = k;
      const word = tokens[k]!.normalized;
      if (!word.endsWith('ی') || entity.canonical.endsWith(word)) break;
      continue;
    }
    if (entity) {
      // a known name ends the chain (وەزارەتی دەرەوەی ئەمریکا), unless it takes the ezafe and a
      // people's adjective follows (یانەی ڕیاڵ مەدریدی ئیسپانی)
      const next = tokens[entity.last + 1];
      const after = found[entity.last + 1];
      const ezafe = tokens[entity.last]!.normalized.endsWith('ی') && !entity.canonical.endsWith('ی');
      if (ezafe && isWord(next) && after && after.type === 'MISC' && after.first === after.last && entity.last + 1 <= i + max) return after.last;
      return entity.last;
    }
    // an unknown word that ends the sentence is its verb (میدالیای زێڕی بەدەستهێنا.)
    if (clauseFinal(tokens, k) && guessedWord(t.normalized)) break;
    last = k;
    if (!t.normalized.endsWith('ی')) break;
  }
  return last;
}

/**
 * Suffixes no word inside a name carries: the plural possessives (`‑مان ‑تان ‑یان`; the
 * one-letter singular ones are too often the end of a stem), the copulas of the first and second
 * person, the singular definite (a plural definite is: `هەڵبژاردنی شارەوانییەکان`).
 */
const POINTING_GLOSSES = /^(?:POSS\.[123]PL|COP\.[12]|DEF$)/;

/** A known common word whose best analysis carries a {@link POINTING_GLOSSES} suffix. */
function pointingWord(word: string): boolean {
  const [best] = analyze(word);
  return best !== undefined && !best.guessed && best.pos !== 'propn' && best.suffixes.some((m) => POINTING_GLOSSES.test(m.gloss));
}

/** Whether token `k` is the last of its sentence (before `.`, `؟`, `!` or the end). */
function clauseFinal(tokens: readonly EntityToken[], k: number): boolean {
  const next = tokens[k + 1];
  return next === undefined || /^[.!?؟]/.test(next.normalized);
}

/** A word the analyzer only guesses at (not in the lexicon). */
function guessedWord(word: string): boolean {
  const [best] = analyze(word);
  return best === undefined || best.guessed;
}

/**
 * Organisation heads that are named only with a name after them: a company, a channel, a
 * network or a newspaper is not named by its field (`کۆمپانیای نەوت` "an oil company"). The other
 * organisation heads are (`وەزارەتی دارایی`, `بانکی ناوەندی`, `ئەنجوومەنی ئاسایشی نیشتمانی`);
 * place heads always need a name (`کەرتی نەوت` "the oil sector", `ناوچەی سنووری`).
 */
const NAME_NEEDING_HEADS: ReadonlySet<string> = new Set(['کۆمپانیا', 'کەناڵ', 'تۆڕ', 'ڕۆژنامە', 'سوپا', 'هێز']);

/** Plural definite endings of a head: `هێزەکانی`, `شارەوانییەکانی` (they need a name after them). */
const PLURAL_DEFINITE = ['ەکانی', 'یەکانی'] as const;

/**
 * Whether the ezafe chain `i+1..last` after a head at `i` makes a name: it holds a known name
 * (not a person's: `ئیدارەی بایدن` is Biden's administration, the person is the entity) or a word
 * the lexicon does not know as a common word; for a head named by its field, any chain of
 * content words that does not start with a vague or pointing word.
 */
function chainIsName(tokens: readonly EntityToken[], i: number, last: number, found: readonly (Candidate | undefined)[], lex: Lexicon): boolean {
  const first = tokens[i + 1]!.normalized;
  if (VAGUE_COMPLEMENTS.has(first)) return false;
  let named = false;
  for (let k = i + 1; k <= last; k++) {
    const known = found[k];
    if (known) {
      if (known.type === 'PER') return false;
      named = true;
    } else if (!roleOf(tokens[k]!.normalized, lex).common) {
      named = true;
    }
  }
  if (named) return true;
  const word = tokens[i]!.normalized;
  const role = roleOf(word, lex);
  if (role.head === 'LOC' || role.head === 'DIR') return false;
  if (PLURAL_DEFINITE.some((e) => word.endsWith(e))) return false;
  return headOf(word, NAME_NEEDING_HEADS) === undefined;
}

/**
 * A currency name that is also a common word or a typo of one (`لیرە` for `لێرە` "here") counts
 * only after a number (`١٠٠ لیرە`).
 */
function unsureCurrency(entry: LexiconEntry, tokens: readonly EntityToken[], i: number): boolean {
  return entry.currency === true && WORD_LIKE_CURRENCIES.has(entry.canonical) && !isNumberToken(tokens, i - 1);
}

/**
 * A place name the lexicon also lists as a common noun, and reads first as the noun (`دووکان`
 * "shop" beside the town دووکان/دوکان), counts only after a preposition of place or a place head (`لە دووکان`,
 * `قەزای دووکان`).
 */
function unsurePlace(entry: LexiconEntry, tokens: readonly EntityToken[], i: number, lex: Lexicon): boolean {
  if (entry.type !== 'LOC') return false;
  const [best, ...rest] = analyze(tokens[i]!.normalized);
  const homograph = best !== undefined && !best.guessed && best.pos === 'noun' && rest.some((a) => a.pos === 'propn' && a.lemma === best.lemma);
  if (!homograph) return false;
  const before = tokens[i - 1];
  if (!isWord(before)) return true;
  return !PLACE_PREPOSITIONS.has(before.normalized) && headOf(before.normalized, lex.placeHeads, EZAFE_ENDINGS) === undefined;
}

/** Prepositions of place before a name (Thackston 2006, prepositions). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['لە', 'بۆ', 'تا', 'هەتا', 'بەرەو', 'لەنێو']);

/** Currency names that are also common words or their typos: `لیرە` for `لێرە` "here". */
const WORD_LIKE_CURRENCIES: ReadonlySet<string> = new Set(['لیرە']);

/** A word whose best analysis is a known noun, adjective or verb, not a name (`فەرمانی`). */
function commonNoun(word: string): boolean {
  const [best] = analyze(word);
  return best !== undefined && !best.guessed && best.pos !== 'propn';
}

/** Whether token `k` is a number: digits or a number word (`١٠`, `دە`, `هەزار`). */
function isNumberToken(tokens: readonly EntityToken[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.type === 'number' || /^[0-9٠-٩۰-۹][0-9٠-٩۰-۹.,٫٬]*$/.test(t.normalized)) return true;
  const hit = NUMBER_WORDS.lookup(t.normalized, 0, t.normalized.length);
  return hit !== undefined && hit.suffix === '' && !hit.value.ordinal;
}

/**
 * Finds the named entities of a text: people (PER), places (LOC), organisations (ORG), other
 * names — peoples, languages, nationalities (MISC) — and, when given, dates (DATE) and numbers
 * (NUM). Spans cover whole tokens and point into the original input; `canonical` is the
 * uninflected standard spelling. Never throws.
 *
 * @example
 * findEntities('بایدن و پوتین باسی ئۆکرایناوە کرد').map((e) => [e.text, e.type, e.canonical]);
 * // [['بایدن', 'PER', 'جۆ بایدن'], ['پوتین', 'PER', 'ڤلادیمیر پوتین'], ['ئۆکرایناوە', 'LOC', 'ئۆکراینا']]
 */
export function findEntities(text: string, options: FindEntitiesOptions = {}): Entity[] {
  const memo = options?.memo;
  if (memo !== undefined && !(memo instanceof WordMemo)) throw new TypeError('zman: findEntities option memo must be an Engine\'s memo (a WordMemo)');
  return withMemo(memo ?? defaultMemo, () => findIn(text, options ?? {}));
}

function findIn(text: string, options: FindEntitiesOptions): Entity[] {
  const tokens = options.tokens ?? tokenize(text);
  const lex = lexicon();
  const candidates: Candidate[] = [];

  // 1. Gazetteer names.
  const found: (Candidate | undefined)[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const c = lookup(tokens, i, lex);
    if (c) {
      candidates.push(c);
      for (let k = c.first; k <= c.last; k++) found[k] = c;
      i = c.last;
    }
  }

  /**
   * A place adjective after a name is a surname (`کەمال کەرکووکی`, `شەرەفخانی بەدلیسی`): a known
   * place or people's name ending in ی, after at least one word of the person's name.
   */
  const placeSurname = (k: number, from: number, afterName: boolean): boolean => {
    const known = found[k];
    if (!(k > from || afterName) || known === undefined || known.first !== k || known.last !== k) return false;
    const word = tokens[k]!.normalized;
    // کەرکووکی (a place + ی) or a people's adjective (کەنەدی), both surnames after a name
    return (known.type === 'LOC' && word === `${known.canonical}ی`) ||
      (known.type === 'MISC' && word.endsWith('ی') && (word === `${known.canonical}ی` || word === known.canonical));
  };
  // tokens inside a date found earlier (سێشەممەش، ئەمڕۆ) end a name
  const inDate = new Uint8Array(tokens.length);
  if (options.dates && options.dates.length > 0) {
    const dates = [...options.dates].sort((a, b) => a.start - b.start);
    let d = 0;
    for (let k = 0; k < tokens.length; k++) {
      while (d < dates.length && dates[d]!.end <= tokens[k]!.start) d++;
      if (d < dates.length && dates[d]!.start < tokens[k]!.end) inDate[k] = 1;
    }
  }
  const personRun = (from: number, max: number, afterName = false): number => {
    let last = from - 1;
    for (let k = from; k < tokens.length && k < from + max; k++) {
      const t = tokens[k];
      if (!isWord(t)) break;
      const role = roleOf(t.normalized, lex);
      if (role.stop || role.title || inDate[k]) break;
      if (placeSurname(k, from, afterName)) {
        last = k;
        break; // the surname ends the name
      }
      // a common word ends the name unless it is also a given name (ئازاد) or a known person
      if (role.common && !lex.firstNames.has(t.normalized) && found[k]?.type !== 'PER') break;
      const known = found[k];
      if (known && known.type !== 'PER') break;
      last = k;
    }
    return last;
  };
  const isName = (k: number) =>
    lex.firstNames.has(tokens[k]!.normalized) || found[k]?.type === 'PER' || roleOf(tokens[k]!.normalized, lex).proper;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isWord(t)) {
      // 4. Apposition: «ناو ناو، گوتەبێژی …» — the name before a comma and a title.
      const next = tokens[i + 1];
      const mark: string = tokens[i]!.normalized;
      if ((mark === '،' || mark === ',') && isWord(next) && next.normalized.endsWith('ی') && roleOf(next.normalized, lex).title) {
        let first = i;
        while (first - 1 >= 0 && i - first < 3) {
          const prev = tokens[first - 1]!;
          if (!isWord(prev) || roleOf(prev.normalized, lex).stop || (found[first - 1] && found[first - 1]!.type !== 'PER')) break;
          // a common noun before two words is not part of the name (بە فەرمانی ڤلادیمیر پووتین، سەرۆکی …)
          if (i - first >= 2 && !lex.firstNames.has(prev.normalized) && !found[first - 1] && commonNoun(prev.normalized)) break;
          first--;
        }
        const before = tokens[first - 1];
        const bounded = first === 0 || !isWord(before) || roleOf(before!.normalized, lex).stop;
        if (first < i && bounded && (i - first >= 2 || isName(first))) {
          candidates.push({ first, last: i - 1, type: 'PER', canonical: span(tokens, first, i - 1), priority: 1 });
        }
      }
      continue;
    }
    const word = t.normalized;
    const role = roleOf(word, lex);
    const ezafe = word.endsWith('ی');
    // 2. Head words with their ezafe chain: organisations, events, places; directions of a place.
    const head = role.head;
    if (head === 'DIR') {
      const place = found[i + 1];
      if (place && place.first === i + 1 && place.type === 'LOC') {
        candidates.push({ first: i, last: place.last, type: 'LOC', canonical: span(tokens, i, place.last), priority: 1 });
      }
    } else if (head) {
      let last = ezafeChain(tokens, i, head === 'LOC' ? 2 : 4, found);
      // a pointing word at the end is not part of the name (وەزارەتی دەرەوەی وڵاتەکەی,
      // هاوپەیمانی سەربازی دایکەکەیان, خولی سەربازییان)
      const full = last;
      while (last > i && !found[last] && (VAGUE_COMPLEMENTS.has(tokens[last]!.normalized) || pointingWord(tokens[last]!.normalized))) last--;
      if (last > i && chainIsName(tokens, i, last, found, lex)) {
        let canonical = span(tokens, i, last);
        // its ezafe went with the word cut off (not the ی of an adjective: هاوپەیمانی سەربازی)
        if (last < full && canonical.endsWith('ی') && analyze(tokens[last]!.normalized)[0]?.suffixes.at(-1)?.gloss === 'EZ') canonical = canonical.slice(0, -1);
        // a known name at the end is written uninflected (فڕۆکەخانەی سلێمانییەوە → … سلێمانی)
        const known = found[last];
        if (known && known.last === last && known.first > i && known.type !== 'PER') canonical = `${span(tokens, i, known.first - 1)} ${known.canonical}`;
        candidates.push({ first: i, last, type: head, canonical, priority: 1 });
      }
    }
    // 6. Reported speech names its speaker: بە گوتەی X، بەپێی قسەکانی X (X unknown words).
    if ((word === 'گوتەی' || word === 'وتەی' || word === 'قسەکانی' || word === 'لێدوانەکانی') && i > 0 &&
      (tokens[i - 1]!.normalized === 'بە' || tokens[i - 1]!.normalized === 'بەپێی')) {
      const last = personRun(i + 1, 3);
      const known = found[i + 1];
      if (last > i && !known && !roleOf(tokens[i + 1]!.normalized, lex).common) {
        candidates.push({ first: i + 1, last, type: 'PER', canonical: span(tokens, i + 1, last), priority: 1 });
      }
    }
    // 3. A title, the office it names (ending in a known name), then the person.
    if (role.title) {
      let from = i + 1;
      if (ezafe) {
        const chainEnd = ezafeChain(tokens, i, 3, found);
        from = chainEnd >= 0 && found[chainEnd] ? chainEnd + 1 : -1;
      }
      if (from > 0) {
        const last = personRun(from, 3);
        if (last >= from && (last > from || isName(from))) {
          candidates.push({ first: from, last, type: 'PER', canonical: span(tokens, from, last), priority: 3 });
        }
      }
    }
    // 5. A given name followed by more names or a surname.
    if (lex.firstNames.has(word) && !found[i]) {
      let last = i;
      while (last + 1 < tokens.length && last - i < 3) {
        if (personRun(last + 1, 1, true) !== last + 1) break;
        last++;
        if (!isName(last) || placeSurname(last, i, true)) break; // a surname ends the name
      }
      // a given name that is also a common word (ئازاد "free") needs a second known name
      const sure = !role.common || (last > i && isName(i + 1));
      if (last > i && sure) candidates.push({ first: i, last, type: 'PER', canonical: span(tokens, i, last), priority: 1 });
    }
  }

  // 7. An unknown word right before a public figure's surname is a given name (ئیڤانکا ترەمپ):
  // the person is the one the two words name, not the figure.
  for (let i = 1; i < tokens.length; i++) {
    const known = found[i];
    if (!known || known.type !== 'PER' || known.first !== i || known.last !== i || found[i - 1] || inDate[i - 1]) continue;
    const prev = tokens[i - 1]!;
    if (!isWord(prev) || prev.normalized.endsWith('ی') || prev.normalized.length < 3) continue;
    const role = roleOf(prev.normalized, lex);
    if (role.stop || role.common || role.title || role.head) continue;
    const before = tokens[i - 2];
    // not after a word that governs it (بنکەی عەین ئەسەد) or a word that may be a name too
    if (before && isWord(before) && (before.normalized.endsWith('ی') || (!roleOf(before.normalized, lex).stop && !roleOf(before.normalized, lex).common))) continue;
    candidates.push({ first: i - 1, last: i, type: 'PER', canonical: span(tokens, i - 1, i), priority: 1 });
  }
  const kept = propagate(resolve(candidates, tokens.length), tokens, lex);
  let entities = merge(kept, tokens).map((c): Entity => {
    const start = tokens[c.first]!.start;
    const end = tokens[c.last]!.end;
    return { start, end, text: text.slice(start, end), type: c.type, canonical: c.canonical };
  });
  entities = addSpans(entities, options.dates, 'DATE');
  entities = addSpans(entities, options.numbers, 'NUM');
  return entities.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The normalized text of tokens `first..last` (the canonical name of a pattern match). */
function span(tokens: readonly EntityToken[], first: number, last: number): string {
  const words: string[] = [];
  for (let k = first; k <= last; k++) words.push(tokens[k]!.normalized);
  return words.join(' ');
}

/**
 * Joins a name in the ezafe with the place or nationality right after it:
 * `حیزبوڵڵای لوبنان` (ORG), `بەیرووتی پایتەختی لوبنان` (LOC).
 */
function merge(list: Candidate[], tokens: readonly EntityToken[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of list) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.last + 1 === c.first &&
      tokens[prev.last]!.normalized.endsWith('ی') &&
      ((prev.type === 'ORG' && (c.type === 'LOC' || c.type === 'MISC' || c.type === 'ORG')) || (prev.type === 'LOC' && c.type === 'LOC'))
    ) {
      out[out.length - 1] = { ...prev, last: c.last, canonical: span(tokens, prev.first, c.last) };
    } else {
      out.push(c);
    }
  }
  return out;
}

/**
 * Spreads the names through the document: once a word is a name (PER, ORG, LOC, MISC), its other
 * mentions are too, inflected or not; a surname alone (`باکۆنین`) or another spelling of it
 * (`پووتین` for `پوتین`) is the person named in full elsewhere in the document, and takes that
 * canonical name. Words the lexicon knows as common words (`ئازاد` "free") are not spread.
 */
function propagate(found: Candidate[], tokens: readonly EntityToken[], lex: Lexicon): Candidate[] {
  if (found.length === 0) return found;
  // a name found by a pattern takes the gazetteer's canonical spelling (ڤلادیمیر پووتین → … پوتین)
  const kept = found.map((c) => {
    if (c.type === 'DATE' || c.type === 'NUM') return c;
    const known = lex.names.get(c.canonical) ?? (c.canonical.length >= 4 ? lex.bySkeleton.get(skeleton(c.canonical)) : undefined);
    return known && known.type === c.type && known.canonical !== c.canonical ? { ...c, canonical: known.canonical } : c;
  });
  // surname (and its skeleton) → the full canonical name; undefined when two people share it
  const surnames = new Map<string, string | undefined>();
  const singles = new Map<string, { type: EntityType; canonical: string } | undefined>();
  const note = <T>(map: Map<string, T | undefined>, key: string, value: T, same: (a: T) => boolean) => {
    if (!map.has(key)) map.set(key, value);
    else if (map.get(key) !== undefined && !same(map.get(key)!)) map.set(key, undefined);
  };
  for (const c of kept) {
    if (c.type === 'DATE' || c.type === 'NUM') continue;
    const words = c.canonical.split(' ');
    if (c.type === 'PER' && words.length >= 2) {
      const last = words[words.length - 1]!;
      if (last.length >= 3) {
        note(surnames, last, c.canonical, (a) => a === c.canonical);
        note(surnames, skeleton(last), c.canonical, (a) => a === c.canonical);
      }
    }
    if (c.first === c.last) {
      const value = { type: c.type, canonical: c.canonical };
      for (const key of [c.canonical, tokens[c.first]!.normalized]) {
        note(singles, key, value, (a) => a.type === value.type && a.canonical === value.canonical);
      }
    }
  }
  // a word that is one person's given name is not another's surname (لەیلا عەلوی, خالید لەیلا)
  for (const c of kept) {
    const words = c.canonical.split(' ');
    if (c.type !== 'PER' || words.length < 2) continue;
    for (const key of [words[0]!, skeleton(words[0]!)]) if (surnames.has(key)) surnames.set(key, undefined);
  }
  const fullName = (word: string): string | undefined => {
    for (const form of nameCandidates(word)) {
      const full = surnames.get(form) ?? (form.length >= 4 ? surnames.get(skeleton(form)) : undefined);
      if (full) return full;
    }
    return undefined;
  };
  const taken = new Uint8Array(tokens.length);
  const out: Candidate[] = [];
  for (const c of kept) {
    taken.fill(1, c.first, c.last + 1);
    // a surname alone, or a shorter spelling, takes the full name found in the document
    const full = c.type === 'PER' && !c.canonical.includes(' ') ? fullName(c.canonical) : undefined;
    const gazetteerFull = c.type === 'PER' && c.first === c.last && full === undefined ? fullName(tokens[c.first]!.normalized) : undefined;
    out.push(full ?? gazetteerFull ? { ...c, canonical: (full ?? gazetteerFull)! } : c);
  }
  if (surnames.size === 0 && singles.size === 0) return out;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (taken[k] || !isWord(t)) continue;
    const role = roleOf(t.normalized, lex);
    if (role.stop || role.common || role.title || t.normalized.length < 3) continue;
    const full = fullName(t.normalized);
    if (full) {
      out.push({ first: k, last: k, type: 'PER', canonical: full, priority: 0 });
      continue;
    }
    for (const form of nameCandidates(t.normalized)) {
      const single = singles.get(form);
      if (single && single.type !== 'MISC' && form !== t.normalized && /^(?:ێک|یەک)/.test(t.normalized.slice(form.length))) break;
      if (single) {
        out.push({ first: k, last: k, type: single.type, canonical: single.canonical, priority: 0 });
        break;
      }
    }
  }
  return out.sort((a, b) => a.first - b.first);
}

/**
 * Non-overlapping candidates: longer spans first, then higher priority, then earlier. A token
 * marks whether it is taken, so each candidate is checked in the length of its span: O(n log n)
 * for the sort, however many candidates a document has.
 */
function resolve(candidates: Candidate[], tokenCount: number): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) => b.last - b.first - (a.last - a.first) || b.priority - a.priority || a.first - b.first,
  );
  const taken = new Uint8Array(tokenCount);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    let free = true;
    for (let k = c.first; k <= c.last && free; k++) if (taken[k]) free = false;
    if (!free) continue;
    taken.fill(1, c.first, c.last + 1);
    kept.push(c);
  }
  return kept.sort((a, b) => a.first - b.first);
}

/**
 * Adds the date or number spans that overlap no entity kept so far (and no earlier span of the
 * list) to `kept`, sorted by start and not overlapping: one sweep over both sorted lists.
 */
function addSpans(kept: readonly Entity[], spans: readonly SpanInput[] | undefined, type: 'DATE' | 'NUM'): Entity[] {
  if (!spans || spans.length === 0) return [...kept];
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Entity[] = [];
  let p = 0;
  for (const s of sorted) {
    while (p < kept.length && kept[p]!.end <= s.start) out.push(kept[p++]!);
    const prev = out[out.length - 1];
    const overlaps = (prev !== undefined && prev.end > s.start) || (p < kept.length && kept[p]!.start < s.end);
    if (!overlaps) out.push({ start: s.start, end: s.end, text: s.text, type, canonical: s.canonical });
  }
  while (p < kept.length) out.push(kept[p++]!);
  return out;
}
