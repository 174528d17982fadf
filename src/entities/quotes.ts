/**
 * Direct speech: the text inside « » or " " (also “ ”), with its speaker and speech verb when
 * the sentence names them (`ئازاد محەمەد گوتی: «…»`, `«…»، وەزیر ڕایگەیاند`, `«…» مستەفا وای
 * گوت`, `«…» ئەمە قسەی مستەفا بوو`); and reported speech where the pattern is unambiguous
 * (`X گوتی کە …`, `X ڕای گەیاند کە …`), marked `indirect`.
 *
 * @module
 */
import { normalizeWithMap, toSourceRange, type NormalizedText } from '../normalize/index.js';
import { findEntities, type Entity } from './find.js';

/** A span of the original input. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A direct quote. `start`/`end`/`text` are the words inside the quotation marks. */
export interface Quote extends TextSpan {
  /** The person or organisation quoted, when the sentence names one. */
  readonly speaker?: TextSpan & { readonly type: Entity['type']; readonly canonical: string };
  /** The speech verb as written (`گوتی`, `ڕایگەیاند`), when the sentence has one. */
  readonly verb?: string;
  /** Where the speech verb is. */
  readonly verbSpan?: TextSpan;
  /**
   * Reported speech without quotation marks (`X گوتی کە …`): `text` is what follows `کە` to the
   * end of the sentence. Absent for a direct quote.
   */
  readonly indirect?: true;
}

/** Options of {@link findQuotes}. */
export interface FindQuotesOptions {
  /** Entities of `text` from {@link findEntities} (default: found here). */
  readonly entities?: readonly Entity[];
  /** `normalizeWithMap(text)`, when the caller has it already (default: computed here). */
  readonly normalized?: NormalizedText;
}

/**
 * Speech verbs of Sorani news, normalized, longest first where one contains another.
 * Source of facts: W. M. Thackston, *Sorani Kurdish: A Reference Grammar* (verbs of saying)
 * and the reporting verbs of Kurdistan Region news style.
 */
export const SPEECH_VERBS: readonly string[] = [
  'ئاماژەی بەوە کرد', 'ئاماژەی بەوەشکرد', 'ئاماژەی بەوەکرد', 'ئاشکرای کرد', 'ئاشکرایکرد', 'ڕوونی کردەوە',
  'ڕوونیکردەوە', 'جەختی کردەوە', 'جەختیکردەوە', 'جەختی لەوە کردەوە', 'ئەوەشی خستەڕوو', 'ئەوەی خستەڕوو',
  'ڕایگەیاندووە', 'ڕایدەگەیەنێت', 'ڕاشیگەیاند', 'ڕایگەیاند', 'ڕاگەیاند', 'گوتوویەتی', 'وتوویەتی', 'نووسیویەتی',
  'نووسیوویەتی', 'دەنووسێت', 'دەڵێت', 'دەڵێ', 'دەڵێن', 'گوتیان', 'وتیان', 'گوتیشی', 'وتیشی', 'گوتی', 'وتی',
  'گوت', 'وت', 'زیادی کرد', 'زیادیکرد', 'پێی وایە', 'پێیان وایە', 'ڕاشیگەیاند',
  // the verb written apart, as often in news copy: ڕای گەیاند، ڕایان گەیاند، وای گوت
  'ڕای گەیاند', 'ڕایان گەیاند', 'ڕاشی گەیاند', 'ڕایانگەیاند', 'ڕایشگەیاند', 'ئاشکرایان کرد', 'ڕوونی کردووەتەوە',
];

/**
 * Nouns of speech that name the speaker after them: `«…» ئەمە قسەی مستەفا بوو`, `بە گوتەی X`.
 * Source of facts: Sorani news style (reporting nouns in the ezafe).
 */
export const SPEECH_NOUNS: readonly string[] = ['قسەی', 'قسەکانی', 'گوتەی', 'وتەی', 'لێدوانی', 'لێدوانەکەی'];

const VERB_RE = new RegExp(
  `(?<![\\p{L}\\p{M}\\u200c])(?:${[...new Set([...SPEECH_VERBS, ...SPEECH_NOUNS])]
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\\p{L}\\p{M}\\u200c])`,
  'gu',
);

const OPEN_CLOSE: Readonly<Record<string, string>> = { '«': '»', '“': '”', '"': '"' };
const OPEN_RE = /[«“"]/g;
/** A quote longer than this (UTF-16 units) is taken as an unmatched mark. */
const MAX_QUOTE = 5000;
const SENTENCE_END = /[.!?؟\n]/;

/**
 * Finds direct quotes with their speakers and speech verbs. The speaker is the person (else
 * organisation) named nearest the speech verb in the same sentence, before the quote or after
 * it. Offsets point into the original input. Never throws.
 *
 * @example
 * const [q] = findQuotes('ئازاد محەمەد گوتی: «کارەکە دوو ساڵ دەخایەنێت.»');
 * q.text;          // 'کارەکە دوو ساڵ دەخایەنێت.'
 * q.speaker?.text; // 'ئازاد محەمەد'
 * q.verb;          // 'گوتی'
 */
export function findQuotes(text: string, options: FindQuotesOptions = {}): Quote[] {
  const n = options.normalized ?? normalizeWithMap(text);
  const norm = n.text;
  const quotes: Array<{ open: number; close: number }> = [];
  // The next closing mark of each kind, found once and reused: linear time on any input.
  const nextClose = new Map<string, number>();
  OPEN_RE.lastIndex = 0;
  for (let m = OPEN_RE.exec(norm); m !== null; m = OPEN_RE.exec(norm)) {
    const i = m.index;
    const closer = OPEN_CLOSE[m[0]]!;
    let close = nextClose.get(closer);
    if (close === undefined || close <= i) {
      const found = norm.indexOf(closer, i + 1);
      close = found < 0 ? Number.POSITIVE_INFINITY : found;
      nextClose.set(closer, close);
    }
    if (close - i > MAX_QUOTE) continue;
    if (close > i + 1) quotes.push({ open: i, close });
    OPEN_RE.lastIndex = close + 1;
  }
  const mayIndirect = INDIRECT_HINT.test(norm);
  if (quotes.length === 0 && !mayIndirect) return [];
  const entities = options.entities ?? findEntities(text);
  const speakers = entities.filter((e) => e.type === 'PER' || e.type === 'ORG');
  /** The speakers inside `[a, b]` of the original input: binary search, then the few inside. */
  const within = (a: number, b: number): Entity[] => {
    let lo = 0;
    let hi = speakers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (speakers[mid]!.start < a) lo = mid + 1;
      else hi = mid;
    }
    const out: Entity[] = [];
    for (let k = lo; k < speakers.length && speakers[k]!.start < b; k++) if (speakers[k]!.end <= b) out.push(speakers[k]!);
    return out;
  };
  /**
   * The speaker of a speech verb (or noun) at `[vs, ve)` in the sentence `[from, to)`: after a
   * noun of speech, the name after it (`قسەی مستەفا`); after a verb, the name nearest before it,
   * else the one right after it.
   */
  const speakerOf = (from: number, to: number, vs: number, ve: number, noun: boolean): Entity | undefined => {
    if (noun) return pickSpeaker(within(ve, to).slice(0, 1), 'first');
    const inRange = within(from, to);
    return pickSpeaker(inRange.filter((e) => e.end <= vs), 'last') ?? pickSpeaker(inRange.filter((e) => e.start >= ve), 'first');
  };
  const setVerb = (quote: { -readonly [K in keyof Quote]: Quote[K] }, verb: { start: number; end: number }): [number, number] => {
    const [vs, ve] = toSourceRange(n, verb.start, verb.end);
    quote.verb = text.slice(vs, ve);
    quote.verbSpan = { start: vs, end: ve, text: quote.verb };
    return [vs, ve];
  };
  const speakerSpan = (e: Entity): NonNullable<Quote['speaker']> => ({ start: e.start, end: e.end, text: e.text, type: e.type, canonical: e.canonical });

  const out: Quote[] = [];
  // the sentences (normalized offsets) that hold a direct quote: no reported speech is read there
  const quoted: Array<[number, number]> = [];
  quotes.forEach(({ open, close }, q) => {
    const [start, end] = toSourceRange(n, open + 1, close);
    const quote: { -readonly [K in keyof Quote]: Quote[K] } = { start, end, text: text.slice(start, end) };
    // The sentence around the quote: back to a sentence end or the previous quote, forward likewise.
    let from = open;
    const prevClose = q > 0 ? quotes[q - 1]!.close + 1 : 0;
    while (from > prevClose && !SENTENCE_END.test(norm[from - 1]!)) from--;
    let to = close + 1;
    const nextOpen = q + 1 < quotes.length ? quotes[q + 1]!.open : norm.length;
    while (to < nextOpen && !SENTENCE_END.test(norm[to]!)) to++;
    quoted.push([from, to]);
    const verb = findVerb(norm, from, open) ?? findVerb(norm, close + 1, to);
    if (verb) {
      const [vs, ve] = setVerb(quote, verb);
      const [sentenceStart] = toSourceRange(n, from, from);
      const [, sentenceEnd] = toSourceRange(n, Math.max(from, to - 1), to);
      const before = verb.start < open;
      const pick = before ? speakerOf(sentenceStart, start, vs, ve, verb.noun) : speakerOf(end, sentenceEnd, vs, ve, verb.noun);
      if (pick) quote.speaker = speakerSpan(pick);
    }
    out.push(quote);
  });
  if (mayIndirect) {
    for (const r of reportedSpeech(norm, quoted)) {
      const [start, end] = toSourceRange(n, r.textStart, r.textEnd);
      if (end <= start) continue;
      const quote: { -readonly [K in keyof Quote]: Quote[K] } = { start, end, text: text.slice(start, end), indirect: true };
      const [vs, ve] = setVerb(quote, r.verb);
      const [sentenceStart] = toSourceRange(n, r.from, r.from);
      const pick = speakerOf(sentenceStart, vs, vs, ve, false);
      if (!pick) continue; // reported speech is kept only with its speaker
      if (r.adjacent && !/^[\s،,]*$/u.test(text.slice(pick.end, vs))) continue;
      quote.speaker = speakerSpan(pick);
      out.push(quote);
    }
    out.sort((x, y) => x.start - y.start);
  }
  return out;
}

/** A cheap test for a text that may hold reported speech (a speech verb followed by کە, or دەڵێت). */
const INDIRECT_HINT = /\sکە[\s:]|دەڵێ/u;

/**
 * The present speech verbs of news reports (`X دەڵێت …` "X says …"), which introduce what was
 * said without `کە` when the speaker comes right before them (Thackston 2006, reported speech).
 */
const BARE_REPORT_VERBS: ReadonlySet<string> = new Set(['دەڵێت', 'دەڵێ', 'دەڵێن']);

/** Reported speech found by {@link reportedSpeech}; `adjacent`: the speaker must end right before the verb. */
interface Reported {
  from: number;
  textStart: number;
  textEnd: number;
  verb: { start: number; end: number };
  adjacent: boolean;
}

/**
 * Reported speech outside the sentences that hold a direct quote: a speech verb followed by
 * `کە` (`گوتی کە`, `ڕایگەیاند کە`), or a present report verb with none (`X دەڵێت …`); the words
 * after `کە` (or the verb) to the end of the sentence are what was said. Normalized offsets.
 */
function reportedSpeech(norm: string, quoted: readonly (readonly [number, number])[]): Reported[] {
  const out: Reported[] = [];
  let q = 0;
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(norm); m !== null; m = VERB_RE.exec(norm)) {
    const vs = m.index;
    const ve = vs + m[0].length;
    if (NOUN_SET.has(m[0])) continue;
    const head = norm.slice(ve, ve + 12);
    const withKe = /^[\s:،,]*کە[\s:]+/u.exec(head);
    // without کە: a present report verb with the speaker right before it, then a word
    const bare = withKe ? null : BARE_REPORT_VERBS.has(m[0]) ? /^\s*:?\s+(?=[\p{L}«"“])/u.exec(head) : null;
    const after = withKe ?? bare;
    if (!after) continue;
    while (q < quoted.length && quoted[q]![1] <= vs) q++;
    if (q < quoted.length && quoted[q]![0] <= vs) continue; // inside a sentence with a direct quote
    let from = vs;
    while (from > 0 && !SENTENCE_END.test(norm[from - 1]!) && vs - from < MAX_QUOTE) from--;
    const textStart = ve + after[0].length;
    let textEnd = textStart;
    while (textEnd < norm.length && !SENTENCE_END.test(norm[textEnd]!) && textEnd - textStart < MAX_QUOTE) textEnd++;
    out.push({ from, textStart, textEnd, verb: { start: vs, end: ve }, adjacent: bare !== null });
    VERB_RE.lastIndex = Math.max(VERB_RE.lastIndex, textEnd);
  }
  return out;
}

const NOUN_SET: ReadonlySet<string> = new Set(SPEECH_NOUNS);

/** People before organisations; the last (or first) of them. */
function pickSpeaker(list: readonly Entity[], which: 'first' | 'last'): Entity | undefined {
  const people = list.filter((e) => e.type === 'PER');
  const pool = people.length > 0 ? people : list;
  return which === 'last' ? pool[pool.length - 1] : pool[0];
}

/** The last speech verb or noun in `[from, to)` of the normalized text. */
function findVerb(norm: string, from: number, to: number): { start: number; end: number; noun: boolean } | undefined {
  if (to <= from) return undefined;
  const piece = norm.slice(from, to);
  let found: { start: number; end: number; noun: boolean } | undefined;
  for (const m of piece.matchAll(VERB_RE)) found = { start: from + m.index, end: from + m.index + m[0].length, noun: NOUN_SET.has(m[0]) };
  return found;
}
