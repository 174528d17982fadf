/**
 * One call that runs every stage once over a document and returns all zman understands of it.
 *
 * @module
 */
import { datelineOf, findDatesInDocument, type DateSpan } from '../dates/index.js';
import { documentOf, type TextDocument } from '../document/document.js';
import { findEntities, findQuotes, type Entity, type Quote } from '../entities/index.js';
import { detectLanguage, type LanguageCode, type LanguageGuess } from '../langid/index.js';
import { defaultMemo, type WordMemo } from '../morph/memo.js';
import { stopwords } from '../morph/stopwords.js';
import { normalizeWithMap, type NormalizedText } from '../normalize/index.js';
import { findNumbersInDocument, type NumberSpan } from '../numbers/index.js';
import { sentencesFromTokens, type Sentence, type TokenType } from '../tokenize/index.js';
import { toLatinNormalized } from '../translit/index.js';
import { keyboardRepairs } from '../spell/document.js';
import type { SpellChange } from '../spell/correct.js';
import { sentenceKey, type Furniture } from './furniture.js';
import { keywords, type Background, type Keyword } from './keywords.js';

/** Options of {@link analyzeDocument}. */
export interface AnalyzeOptions {
  /**
   * The date relative dates are resolved against (`هەفتەی ڕابردوو`); default: today. A dateline
   * the document opens with (`سلێمانی - ٢٠ ـی تشرینی دووەمی ٢٠٢٦`) wins over it, unless
   * `dateline` is `false`.
   */
  readonly reference?: Date | string;
  /**
   * Page furniture of the collection (`learnFurniture`): the sentences of this document that the
   * collection repeats on many pages do not count for keywords (default: none).
   */
  readonly furniture?: Furniture;
  /** Read the reference date from a dateline at the top of the document (default `true`). */
  readonly dateline?: boolean;
  /** How many keywords to return (default 10). */
  readonly keywords?: number;
  /** Document frequencies of the collection the document belongs to (default: zman's own list). */
  readonly background?: Background;
  /**
   * `'auto'`: when the text is Sorani typed on an Arabic or Persian keyboard, words are
   * analyzed in the spelling `repair` (zman/spell) gives them (`token.spelling`); `'off'`
   * (default): as written.
   */
  readonly repair?: 'auto' | 'off';
}

/** The `YYYY-MM-DD` of a reference option (undefined when absent or not a date). */
function dayOf(reference: Date | string | undefined): string | undefined {
  if (reference instanceof Date) return Number.isNaN(reference.getTime()) ? undefined : reference.toISOString().slice(0, 10);
  return typeof reference === 'string' ? reference.slice(0, 10) : undefined;
}

/** A line of the document and the language it is in. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly language: LanguageCode;
  readonly script: 'Arab' | 'Latn' | 'other';
  /**
   * `false` for Persian and Arabic lines: they are left as written (Sorani normalization would
   * turn them into wrong Sorani) and no Sorani analysis is run on them.
   */
  readonly analyzed: boolean;
  /** How sure the line's language guess is, 0–1. */
  readonly confidence: number;
}

/** One token of the document with its analysis. */
export interface AnalyzedToken {
  readonly type: TokenType;
  readonly start: number;
  readonly end: number;
  /** The text as written: `input.slice(start, end)`. */
  readonly surface: string;
  readonly normalized: string;
  /** The token in Latin (Hawar) script (words only). */
  readonly latin?: string;
  /** The dictionary form (words only). */
  readonly lemma?: string;
  /** The part of speech (`noun`, `verb`, `propn`, …; words only). */
  readonly pos?: string;
  /** The repaired spelling the word was analyzed in (option `repair: 'auto'`). */
  readonly spelling?: string;
}

/** Everything {@link analyzeDocument} finds in a document. Offsets point into the original text. */
export interface DocumentAnalysis {
  /** The language of the document as a whole. */
  readonly language: LanguageCode;
  readonly script: 'Arab' | 'Latn' | 'other';
  /** How sure the language guess is, 0–1. */
  readonly confidence: number;
  /** The document's lines with their languages. */
  readonly segments: readonly Segment[];
  /** The text in normalized Sorani spelling; Persian and Arabic lines as written. */
  readonly normalized: string;
  /** The normalized text in Latin (Hawar) script; Persian and Arabic lines as written. */
  readonly latin: string;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly AnalyzedToken[];
  /** Amounts: cardinals, ordinals, fractions, percentages, money. */
  readonly numbers: readonly NumberSpan[];
  /** Dates, resolved against `options.reference`. */
  readonly dates: readonly DateSpan[];
  /** People, places, organisations, other names; and the dates (DATE) and numbers (NUM) above. */
  readonly entities: readonly Entity[];
  readonly quotes: readonly Quote[];
  readonly keywords: readonly Keyword[];
  /** With option `repair: 'auto'` on keyboard-typed Sorani: the keyboard and the re-spelled words. */
  readonly repair?: { readonly keyboard: 'arabic' | 'persian'; readonly changes: readonly SpellChange[] };
}

/** A line in another language is only set aside when the guess is at least this sure. */
const FOREIGN_CONFIDENCE = 0.4;

/** Normalizes the Sorani lines of a text and keeps Persian and Arabic lines as they are. */
function normalizeSegments(text: string): { n: NormalizedText; segments: Segment[] } {
  const segments: Segment[] = [];
  for (let from = 0; from <= text.length; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if (/\S/.test(text.slice(from, to))) {
      const guess = detectLanguage(text.slice(from, to));
      const foreign = (guess.language === 'fa' || guess.language === 'ar') && guess.confidence >= FOREIGN_CONFIDENCE;
      segments.push({ start: from, end: to, language: guess.language, script: guess.script, analyzed: !foreign, confidence: guess.confidence });
    }
    from = to + 1;
  }
  if (segments.every((s) => s.analyzed)) return { n: normalizeWithMap(text), segments };
  // Normalize the text between foreign lines; copy foreign lines as they are.
  const pieces: Array<{ text: string; starts: Uint32Array; ends: Uint32Array; offset: number }> = [];
  const identity = (from: number, to: number) => {
    const starts = new Uint32Array(to - from);
    for (let i = 0; i < starts.length; i++) starts[i] = i;
    pieces.push({ text: text.slice(from, to), starts, ends: starts.map((x) => x + 1), offset: from });
  };
  const normalizeRange = (from: number, to: number) => {
    if (to > from) pieces.push({ ...normalizeWithMap(text.slice(from, to)), offset: from });
  };
  let from = 0;
  for (const s of segments) {
    if (s.analyzed) continue;
    normalizeRange(from, s.start);
    identity(s.start, s.end);
    from = s.end;
  }
  normalizeRange(from, text.length);
  const total = pieces.reduce((sum, p) => sum + p.text.length, 0);
  const starts = new Uint32Array(total);
  const ends = new Uint32Array(total);
  let at = 0;
  for (const p of pieces) {
    for (let i = 0; i < p.text.length; i++, at++) {
      starts[at] = p.starts[i]! + p.offset;
      ends[at] = p.ends[i]! + p.offset;
    }
  }
  return { n: { text: pieces.map((p) => p.text).join(''), starts, ends, sourceLength: text.length }, segments };
}

/**
 * The language of the whole document from its lines' guesses: the language of most of the
 * text (by length), with the length-weighted confidence of its lines.
 */
function documentLanguage(text: string, segments: readonly Segment[]): LanguageGuess {
  if (segments.length <= 1) return segments.length === 0 ? detectLanguage(text) : { language: segments[0]!.language, script: segments[0]!.script, confidence: segments[0]!.confidence };
  const weight = new Map<LanguageCode, { length: number; confidence: number; scripts: Map<string, number> }>();
  for (const s of segments) {
    const length = s.end - s.start;
    const w = weight.get(s.language) ?? { length: 0, confidence: 0, scripts: new Map<string, number>() };
    w.length += length;
    w.confidence += length * s.confidence;
    w.scripts.set(s.script, (w.scripts.get(s.script) ?? 0) + length);
    weight.set(s.language, w);
  }
  let best: LanguageCode = 'other';
  let bestLength = -1;
  for (const [language, w] of weight) {
    if (w.length > bestLength) {
      best = language;
      bestLength = w.length;
    }
  }
  const w = weight.get(best)!;
  const script = [...w.scripts].sort((a, b) => b[1] - a[1])[0]![0] as LanguageGuess['script'];
  const total = segments.reduce((sum, s) => sum + s.end - s.start, 0);
  return { language: best, script, confidence: Math.round((w.confidence / Math.max(1, w.length)) * (w.length / Math.max(1, total)) * 1000) / 1000 };
}

/** The items (sorted by start) that do not lie in any of the sorted segments; linear. */
function outside<T extends { start: number; end: number }>(items: readonly T[], segments: readonly Segment[]): T[] {
  if (segments.length === 0) return [...items];
  const out: T[] = [];
  let k = 0;
  for (const item of items) {
    while (k < segments.length && segments[k]!.end < item.start) k++;
    const s = segments[k];
    if (!s || item.start < s.start || item.end > s.end) out.push(item);
  }
  return out;
}

/**
 * Analyzes a document: its language and script, per-line languages, the normalized text,
 * named entities, quotes with speakers, and keywords. Each stage runs once; Persian and Arabic
 * lines are reported, not normalized into wrong Sorani. Never throws on any string.
 *
 * @example
 * const a = analyzeDocument('سەرۆکی ئەمریکا جۆ بایدن گوتی: «ئێمە ئامادەین.»');
 * a.language;                        // 'ckb'
 * a.entities.map((e) => e.canonical); // ['ئەمریکا', 'جۆ بایدن']
 * a.quotes[0]?.speaker?.text;        // 'جۆ بایدن'
 */
export function analyzeDocument(text: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  return analyzeWith(defaultMemo, text, options);
}

/** {@link analyzeDocument} with the word analyses kept in `memo` (an `Engine`'s). */
export function analyzeWith(memo: WordMemo, text: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`zman: analyzeDocument options must be an object, got ${options === null ? 'null' : typeof options}`);
  }
  const limit = options.keywords ?? 10;
  if (!Number.isInteger(limit) || limit < 0) {
    throw new RangeError(`analyzeDocument: option 'keywords' must be a non-negative integer, got ${String(options.keywords)}`);
  }
  if (options.furniture !== undefined && !(options.furniture?.sentences instanceof Set)) {
    throw new TypeError(`analyzeDocument: option 'furniture' must come from learnFurniture(), got ${typeof options.furniture}`);
  }
  if (options.dateline !== undefined && typeof options.dateline !== 'boolean') {
    throw new TypeError(`analyzeDocument: option 'dateline' must be true or false, got ${String(options.dateline)}`);
  }
  const source = typeof text === 'string' ? text : String(text ?? '');
  const repaired = keyboardRepairs(source, options.repair);
  // one normalization (Sorani lines only) and one tokenization, shared by every stage below
  const { n, segments } = normalizeSegments(source);
  const doc = documentOf(n, source, memo);
  const guess = documentLanguage(source, segments);
  const foreign = segments.filter((s) => !s.analyzed);
  const tokens = outside(doc.tokens, foreign);
  const sentences = sentencesFromTokens(tokens, source);
  let dates = outside(findDatesInDocument(doc, options.reference === undefined ? {} : { reference: options.reference }), foreign);
  // a dateline at the top (سلێمانی - ٢٠ ـی تشرینی دووەمی ٢٠٢٦) is the date the text was written:
  // the dates are read again against it (the same tokens, no new normalization)
  const dateline = options.dateline === false ? undefined : datelineOf(dates, source);
  if (dateline !== undefined && dateline !== dayOf(options.reference)) {
    dates = outside(findDatesInDocument(doc, { reference: dateline }), foreign);
  }
  // a number inside a date (لە ١٥ ١ ٢٠٢٤) is part of the date, not an amount of its own
  const numbers = outsideAll(outside(findNumbersInDocument(doc), foreign), dates);

  const entities = findEntities(source, {
    tokens,
    memo,
    // a length of time (دوو ساڵ) is not a date: no DATE entity
    dates: dates.filter((d) => d.kind !== 'duration').map((d) => ({ start: d.start, end: d.end, text: d.text, canonical: d.iso })),
    numbers: numbers.map((x) => ({ start: x.start, end: x.end, text: x.text, canonical: String(x.value) })),
  });
  const quotes = outside(findQuotes(source, { entities, normalized: n }), foreign);

  // the sentences the collection repeats (menus, sidebars) do not count for keywords, nor do the
  // words of dates (کانوونی دووەم, هەفتەی ڕابردوو): a month is not what a text is about
  const repeated: Array<readonly [number, number]> = dates.map((d) => [d.start, d.end] as const);
  if (options.furniture && options.furniture.sentences.size > 0) {
    for (const s of sentences) if (options.furniture.sentences.has(sentenceKey(s.text))) repeated.push([s.start, s.end]);
  }
  repeated.sort((a, b) => a[0] - b[0]);
  let r = 0;
  // object literals, not spreads: this runs once per token
  const lemmas: string[] = [];
  const analyzed: AnalyzedToken[] = tokens.map((t): AnalyzedToken => {
    if (t.type !== 'word') return { type: t.type, start: t.start, end: t.end, surface: t.surface, normalized: t.normalized };
    const spelling = repaired?.byStart.get(t.start);
    const w = wordAnalysis(memo, spelling ?? t.normalized);
    while (r < repeated.length && repeated[r]![1] <= t.start) r++;
    const furniture = r < repeated.length && repeated[r]![0] <= t.start;
    if (!w.stop && !furniture) lemmas.push(w.lemma);
    if (spelling !== undefined) return { type: t.type, start: t.start, end: t.end, surface: t.surface, normalized: t.normalized, latin: w.latin, lemma: w.lemma, pos: w.pos, spelling };
    return { type: t.type, start: t.start, end: t.end, surface: t.surface, normalized: t.normalized, latin: w.latin, lemma: w.lemma, pos: w.pos };
  });
  const kw = keywords(lemmas, {
    limit,
    ...(options.background ? { background: options.background } : {}),
  });
  return {
    language: guess.language,
    script: guess.script,
    confidence: guess.confidence,
    segments,
    normalized: n.text,
    latin: latinText(doc, segments),
    sentences,
    tokens: analyzed,
    numbers,
    dates,
    entities,
    quotes,
    keywords: kw,
    ...(repaired ? { repair: { keyboard: repaired.keyboard, changes: repaired.changes } } : {}),
  };
}

/** The items (sorted by start) that lie in none of the sorted, non-overlapping `spans`; linear. */
function outsideAll<T extends { start: number; end: number }>(items: readonly T[], spans: readonly { start: number; end: number }[]): T[] {
  if (spans.length === 0) return items as T[];
  const out: T[] = [];
  let k = 0;
  for (const item of items) {
    while (k < spans.length && spans[k]!.end <= item.start) k++;
    const s = spans[k];
    if (!s || item.end <= s.start || item.start < s.start || item.end > s.end) out.push(item);
  }
  return out;
}

/** Parts of speech keywords are drawn from. */
const CONTENT: ReadonlySet<string> = new Set(['noun', 'propn', 'adj', 'verb']);

interface WordAnalysis {
  readonly lemma: string;
  readonly pos: string;
  readonly latin: string;
  /** Not a keyword: a stopword, or not a noun, proper name, adjective or verb. */
  readonly stop: boolean;
}

/**
 * Lemma, part of speech and Latin spelling of a normalized word, kept in the word's record of
 * the memo (words repeat; the memo is bounded).
 */
function wordAnalysis(memo: WordMemo, word: string): WordAnalysis {
  const r = memo.recordOfNormalized(word);
  const extra = (r.extra ??= {});
  let w = extra.document as WordAnalysis | undefined;
  if (w !== undefined) return w;
  const best = r.candidates[0];
  const pos = best?.pos ?? 'x';
  w = { lemma: best?.lemma ?? word, pos, latin: toLatinNormalized(word), stop: !CONTENT.has(pos) || stopwords.has(r.word) };
  extra.document = w;
  return w;
}

/** The Latin text: each analyzed line transliterated, Persian and Arabic lines as written. */
function latinText(doc: TextDocument, segments: readonly Segment[]): string {
  const normalized = doc.normalized.text;
  const source = doc.source;
  if (segments.every((s) => s.analyzed)) return toLatinNormalized(normalized);
  // lines of the normalized text correspond one to one to lines of the source
  const lines = normalized.split('\n');
  let k = 0;
  let offset = 0;
  const out: string[] = [];
  for (const line of lines) {
    const end = source.indexOf('\n', offset);
    const lineEnd = end < 0 ? source.length : end;
    while (k < segments.length && segments[k]!.end < offset) k++;
    const s = segments[k];
    out.push(s && s.start === offset && !s.analyzed ? line : toLatinNormalized(line));
    offset = lineEnd + 1;
  }
  return out.join('\n');
}
