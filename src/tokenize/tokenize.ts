/**
 * Sorani tokenization: typed tokens with offsets into the original text, computed on the
 * normalized text (normalization done once, mapped back through `normalizeWithMap`).
 *
 * @module
 */
import { normalizeWithMap, type NormalizedText, type NormalizeOptions } from '../normalize/index.js';
import { scan } from './scan.js';
import { F, K, TokenBuffer } from './token-buffer.js';

/** What a token is. */
export type TokenType =
  | 'word'
  | 'number'
  | 'punctuation'
  | 'symbol'
  | 'url'
  | 'email'
  | 'hashtag'
  | 'mention'
  | 'emoji'
  | 'latin'
  | 'other';

/** One token. */
export interface Token {
  /** What the token is: an Arabic-script `word`, a `latin` word, a `number` … */
  type: TokenType;
  /** Start in the original input (UTF-16 index, inclusive). */
  start: number;
  /** End in the original input (UTF-16 index, exclusive). */
  end: number;
  /** The original text of the token: `input.slice(start, end)`. */
  surface: string;
  /** The token in normalized spelling. */
  normalized: string;
  /**
   * `true` for a suffix or clitic written joined to the token before it and split off from it:
   * `ی` in `١٠ی` (and in `١٠ ـی`), `دا` in `2014دا`, `ی` in `«زمان»ی`, and, at the morpheme
   * level, every morpheme of a word after its first.
   */
  attached?: boolean;
}

/** Options of {@link tokenize} and {@link tokenizeNormalized}. */
export interface TokenizeOptions {
  /** Options passed to `normalizeWithMap` (default: its defaults). Ignored by {@link tokenizeNormalized}. */
  normalize?: NormalizeOptions;
  /**
   * `'word'` (default) gives words; `'morpheme'` splits each Arabic-script word further with
   * {@link TokenizeOptions.segment} (for example `segment` from `zman/morph`).
   */
  level?: 'word' | 'morpheme';
  /**
   * Splits a normalized word into morphemes (required with `level: 'morpheme'`). When the
   * morphemes concatenate to the word, each morpheme token gets its own offsets inside the
   * word; otherwise the first carries the offsets of the whole word and the others an empty
   * range at the word's end (tokens never overlap). The second argument is the
   * normalized token that follows the word (`''` at the end of the text), for splits that
   * depend on context.
   */
  segment?: (word: string, next: string) => readonly string[];
}

/** The public type of each scanner kind. */
const TYPE_OF_KIND: readonly TokenType[] = [
  'word', // Word
  'number', // Number
  'latin', // Latin
  'url', // Url
  'email', // Email
  'hashtag', // Hashtag
  'mention', // Mention
  'emoji', // Emoji
  'symbol', // Symbol
  'other', // Other
  'punctuation', // End
  'punctuation', // Dot
  'punctuation', // Open
  'punctuation', // Close
  'punctuation', // Quote
  'punctuation', // Dash
  'punctuation', // Punct
];

// Read once: the loop of build() then works on local constants.
const K_WORD: number = K.Word;
const K_EMOJI: number = K.Emoji;
const F_ATTACHED: number = F.Attached;
const F_SPACE: number = F.SpaceBefore;
const F_NEWLINE: number = F.NewlineBefore;

interface Resolved {
  level: 'word' | 'morpheme';
  segment: ((word: string, next: string) => readonly string[]) | undefined;
}

function resolve(options: TokenizeOptions | undefined): Resolved {
  if (options === undefined || options === null) return { level: 'word', segment: undefined };
  if (typeof options !== 'object') {
    throw new TypeError(`zman: tokenize options must be an object, got ${typeof options}`);
  }
  const level = options.level ?? 'word';
  if (level !== 'word' && level !== 'morpheme') {
    throw new RangeError(`zman: invalid option level: ${JSON.stringify(level)}; allowed: 'word', 'morpheme'`);
  }
  const segment = options.segment;
  if (segment !== undefined && typeof segment !== 'function') {
    throw new TypeError('zman: invalid option segment: expected a function (word) => string[]');
  }
  if (level === 'morpheme' && segment === undefined) {
    throw new TypeError(
      "zman: option level 'morpheme' needs option segment, a function (word) => string[] such as segment from 'zman/morph'",
    );
  }
  return { level, segment };
}

/**
 * Splits Sorani text into typed tokens with their offsets in the original text, their
 * original surface and their normalized form. Whitespace is not a token. Never throws on text;
 * throws on invalid options.
 *
 * - a ZWNJ inside a word stays inside it: `دەست‌پێک` is one word;
 * - a number in any digit set with its separators is one token: `١٬٢٥٠٫٥`, `10,000`, `1.5`;
 *   dates come out as numbers and punctuation: `٢٧ - ١٢ - ٢٠٢١`, `27/12/2021`;
 * - a suffix written on a number is its own token with `attached: true`: `١٠ی`, `١٠ ـی`, `2014دا`;
 * - quotes « » " “ ” ‘ ’, brackets and dashes are tokens of their own;
 * - an abbreviation keeps its dot: `د.`, `پ.ز.`, `Dr.`;
 * - Latin-script words are typed `latin`; web addresses, e-mail addresses, hashtags, mentions
 *   and emoji have their own types.
 *
 * @example
 * tokenize('لە ١٠ی مانگدا').map((t) => t.surface); // ['لە', '١٠', 'ی', 'مانگدا']
 * tokenize('كوردستان')[0]; // { type: 'word', start: 0, end: 8, surface: 'كوردستان', normalized: 'کوردستان' }
 * tokenize('«سڵاو»').map((t) => t.type); // ['punctuation', 'word', 'punctuation']
 */
export function tokenize(text: string, options?: TokenizeOptions): Token[] {
  const o = resolve(options);
  const s = typeof text === 'string' ? text : String(text ?? '');
  const n = normalizeWithMap(s, options?.normalize);
  return build(n, s, o);
}

/**
 * Tokenizes text that the caller has normalized already with `normalizeWithMap`, so that a
 * pipeline normalizes once. `source` is the original input that `normalized` came from; offsets
 * and surfaces refer to it.
 *
 * @example
 * const source = 'لە ساڵی 2014دا';
 * const n = normalizeWithMap(source);
 * tokenizeNormalized(n, source).map((t) => t.normalized); // ['لە', 'ساڵی', '2014', 'دا']
 */
export function tokenizeNormalized(normalized: NormalizedText, source: string, options?: TokenizeOptions): Token[] {
  const o = resolve(options);
  checkNormalized(normalized, 'tokenizeNormalized');
  const s = typeof source === 'string' ? source : String(source ?? '');
  return build(normalized, s, o);
}

/** Throws a TypeError naming `caller` unless `normalized` is a result of `normalizeWithMap`. */
function checkNormalized(normalized: NormalizedText, caller: string): void {
  if (
    normalized === null ||
    typeof normalized !== 'object' ||
    typeof normalized.text !== 'string' ||
    !(normalized.starts instanceof Uint32Array) ||
    !(normalized.ends instanceof Uint32Array)
  ) {
    throw new TypeError(`zman: ${caller} needs the result of normalizeWithMap(source)`);
  }
}

/**
 * What the scanner knows of each token beyond the public {@link Token}, aligned with the token
 * array: its kind, the whitespace before it and its range in the normalized text. Built by
 * {@link tokenizeTable} for pipelines that read the tokens again (numbers, dates).
 */
export interface TokenTable {
  /** The scanner kind of each token (see `K` of `./token-buffer.ts`). */
  readonly kinds: Uint8Array;
  /** What comes before each token: 0 nothing, 1 a space, 2 a line break (the first token: 1 at least). */
  readonly gaps: Uint8Array;
  /** Start of each token in the normalized text. */
  readonly from: Uint32Array;
  /** End of each token in the normalized text. */
  readonly to: Uint32Array;
}

/**
 * {@link tokenizeNormalized} at the word level, with the {@link TokenTable} of the tokens: what
 * a document keeps so that nothing downstream scans the text again.
 */
export function tokenizeTable(normalized: NormalizedText, source: string): { tokens: Token[]; table: TokenTable } {
  checkNormalized(normalized, 'documentOf');
  const holder: { table?: TokenTable } = {};
  const tokens = build(normalized, typeof source === 'string' ? source : String(source ?? ''), { level: 'word', segment: undefined }, holder);
  return { tokens, table: holder.table! };
}

function build(n: NormalizedText, source: string, o: Resolved, holder?: { table?: TokenTable }): Token[] {
  const text = n.text;
  const buf = new TokenBuffer(((text.length / 5) | 0) + 16); // about one token per 5–7 characters
  scan(text, buf);
  let tk: Uint8Array | undefined;
  let tg: Uint8Array | undefined;
  let tf: Uint32Array | undefined;
  let tt: Uint32Array | undefined;
  if (holder) {
    tk = new Uint8Array(buf.length);
    tg = new Uint8Array(buf.length);
    tf = new Uint32Array(buf.length);
    tt = new Uint32Array(buf.length);
  }
  const { starts, ends } = n;
  const mapped = starts.length === text.length && ends.length === text.length;
  const tokens: Token[] = [];
  const kinds = buf.kinds;
  const flags = buf.flags;
  const bs = buf.starts;
  const be = buf.ends;
  let lastEnd = 0;
  let lastA = 0; // normalized start of the last token
  for (let t = 0; t < buf.length; t++) {
    const a = bs[t]!;
    const b = be[t]!;
    let start = mapped ? starts[a]! : a;
    const end = mapped ? ends[b - 1]! : b;
    const prev = start < lastEnd || kinds[t] === K_EMOJI ? tokens[tokens.length - 1] : undefined;
    if (prev !== undefined && (start < lastEnd || (prev.type === 'emoji' && zwjBetween(source, lastEnd, start)))) {
      // one input character expanded to several tokens (a ligature such as ﷺ), or an emoji
      // sequence whose zero-width joiners normalization removed: keep one token
      prev.end = Math.max(prev.end, end);
      prev.surface = source.slice(prev.start, prev.end);
      prev.normalized = text.slice(lastA, b);
      lastEnd = prev.end;
      if (tt) tt[tokens.length - 1] = b;
      continue;
    }
    if (start > end) start = end;
    const surface = source.slice(start, end);
    // clean text: the normalized form is the surface, one string for both
    const same = b - a === end - start && text.startsWith(surface, a);
    const token: Token = {
      type: TYPE_OF_KIND[kinds[t]!]!,
      start,
      end,
      surface,
      normalized: same ? surface : text.slice(a, b),
    };
    if ((flags[t]! & F_ATTACHED) !== 0) token.attached = true;
    if (tk) {
      const at = tokens.length;
      const f = flags[t]!;
      tk[at] = kinds[t]!;
      tg![at] = (f & F_NEWLINE) !== 0 ? 2 : (f & F_SPACE) !== 0 || at === 0 ? 1 : 0;
      tf![at] = a;
      tt![at] = b;
    }
    lastEnd = end;
    lastA = a;
    if (o.level === 'morpheme' && kinds[t] === K_WORD) {
      const next = t + 1 < buf.length ? text.slice(bs[t + 1]!, be[t + 1]!) : '';
      pushMorphemes(tokens, token, n, a, mapped, o.segment!(token.normalized, next));
    } else {
      tokens.push(token);
    }
  }
  if (holder) {
    const count = tokens.length;
    holder.table = { kinds: tk!.subarray(0, count), gaps: tg!.subarray(0, count), from: tf!.subarray(0, count), to: tt!.subarray(0, count) };
  }
  return tokens;
}

function pushMorphemes(
  tokens: Token[],
  word: Token,
  n: NormalizedText,
  a: number,
  mapped: boolean,
  parts: readonly string[],
): void {
  if (!Array.isArray(parts) || parts.length <= 1) {
    tokens.push(word);
    return;
  }
  const whole = parts.join('') === word.normalized;
  let offset = 0;
  for (let p = 0; p < parts.length; p++) {
    const form = String(parts[p]);
    if (form.length === 0) continue;
    // morphemes that cannot be placed inside the word: the first carries the whole word, the
    // others an empty range at its end, so that tokens never overlap
    let start = p === 0 ? word.start : word.end;
    let end = word.end;
    if (whole) {
      const from = a + offset;
      const to = from + form.length;
      start = mapped ? n.starts[from]! : from;
      end = mapped ? n.ends[to - 1]! : to;
      offset += form.length;
    }
    const prev = p > 0 && whole ? tokens[tokens.length - 1] : undefined;
    if (prev !== undefined && start < prev.end) {
      // the boundary falls inside one input character that normalization expanded (ۀ → ەی):
      // the two morphemes share it, so they stay one token
      prev.end = Math.max(prev.end, end);
      prev.surface = word.surface.slice(prev.start - word.start, prev.end - word.start);
      prev.normalized += form;
      continue;
    }
    const surface = word.surface.slice(start - word.start, end - word.start);
    const token: Token = { type: 'word', start, end, surface, normalized: form };
    if (p > 0 || word.attached) token.attached = true;
    tokens.push(token);
  }
}

/** True when the input between two tokens is only zero-width joiners (and at least one). */
function zwjBetween(source: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (source.charCodeAt(i) !== 0x200d) return false;
  return true;
}
