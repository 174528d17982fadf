/**
 * Named entities in Sorani text: people, places, organisations and other names (peoples,
 * languages, nationalities), found in the gazetteers through their inflected forms and by
 * patterns (a title before a name, a given name and a surname, an organisation or place head
 * word with its ezafe chain).
 *
 * @module
 */
import { tokenize } from '../tokenize/index.js';
import { endsName, isCommonWord, isProperName, nameCandidates } from './inflection.js';
import { lexicon, type EntityType, type Lexicon, type LexiconEntry } from './lexicon.js';

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

const ROLE_CACHE = new Map<string, WordRole>();

function roleOf(word: string, lex: Lexicon): WordRole {
  let role = ROLE_CACHE.get(word);
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
    stop: endsName(word),
    common: isCommonWord(word),
    proper: isProperName(word),
  };
  if (ROLE_CACHE.size >= CACHE_LIMIT) ROLE_CACHE.clear();
  ROLE_CACHE.set(word, role);
  return role;
}

/** Plural and definite endings a head word can carry before its ezafe -ی. */
const HEAD_ENDINGS = ['ەکانی', 'ەکەی', 'یەکانی', 'انی', 'یی', 'ی'] as const;
/** The ezafe alone: a plural place head (`شارەکانی هەولێر و دهۆک`) names several places. */
const EZAFE_ENDINGS = ['یی', 'ی'] as const;

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

/** The gazetteer entry a word names after a prefix of words (through its inflected forms), cached. */
const SINGLE_CACHE = new Map<string, LexiconEntry | null>();
const CACHE_LIMIT = 100_000;

function lookupWord(word: string, prefix: string, lex: Lexicon): LexiconEntry | undefined {
  const cacheKey = prefix === '' ? word : `${prefix}\u0000${word}`;
  const cached = SINGLE_CACHE.get(cacheKey);
  if (cached !== undefined) return cached ?? undefined;
  let found: LexiconEntry | undefined;
  for (const form of nameCandidates(word)) {
    const key = prefix + form;
    if (form !== word && lex.exactOnly.has(key)) continue;
    found = lex.names.get(key);
    if (found) break;
  }
  if (SINGLE_CACHE.size >= CACHE_LIMIT) SINGLE_CACHE.clear();
  SINGLE_CACHE.set(cacheKey, found ?? null);
  return found;
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
      if (entry) return { first: i, last: i + len - 1, type: entry.type, canonical: entry.canonical, priority: 2 };
    }
  }
  const entry = lookupWord(first.normalized, '', lex);
  return entry ? { first: i, last: i, type: entry.type, canonical: entry.canonical, priority: 2 } : undefined;
}

/** An ezafe chain after a head word at `i`: the index of its last token, or -1. */
function ezafeChain(tokens: readonly EntityToken[], i: number, max: number, found: readonly (Candidate | undefined)[]): number {
  let last = -1;
  for (let k = i + 1; k < tokens.length && k <= i + max; k++) {
    const t = tokens[k];
    if (!isWord(t) || roleOf(t.normalized, lexicon()).stop) break;
    const entity = found[k];
    if (entity) return entity.last; // a known name ends the chain (وەزارەتی دەرەوەی ئەمریکا)
    last = k;
    if (!t.normalized.endsWith('ی')) break;
  }
  return last;
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

  const personRun = (from: number, max: number): number => {
    let last = from - 1;
    for (let k = from; k < tokens.length && k < from + max; k++) {
      const t = tokens[k];
      if (!isWord(t)) break;
      const role = roleOf(t.normalized, lex);
      if (role.stop || role.title) break;
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
      const last = ezafeChain(tokens, i, head === 'LOC' ? 2 : 4, found);
      if (last > i) candidates.push({ first: i, last, type: head, canonical: span(tokens, i, last), priority: 1 });
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
        if (personRun(last + 1, 1) !== last + 1) break;
        last++;
        if (!isName(last)) break; // a surname ends the name
      }
      // a given name that is also a common word (ئازاد "free") needs a second known name
      const sure = !role.common || (last > i && isName(i + 1));
      if (last > i && sure) candidates.push({ first: i, last, type: 'PER', canonical: span(tokens, i, last), priority: 1 });
    }
  }

  let entities = merge(resolve(candidates, tokens.length), tokens).map((c): Entity => {
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
      ((prev.type === 'ORG' && (c.type === 'LOC' || c.type === 'MISC')) || (prev.type === 'LOC' && c.type === 'LOC'))
    ) {
      out[out.length - 1] = { ...prev, last: c.last, canonical: span(tokens, prev.first, c.last) };
    } else {
      out.push(c);
    }
  }
  return out;
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
