/**
 * Sentence splitting over tokens. {@link sentences} scans the raw text directly (no
 * normalization, no token objects), {@link sentencesFromTokens} reuses the tokens of
 * `tokenize`; both apply the same rules to the same token boundaries.
 *
 * @module
 */
import { C, cls, isLower, P, punctKind } from './classes.js';
import { scan } from './scan.js';
import { F, K, TokenBuffer } from './token-buffer.js';
import type { Token, TokenType } from './tokenize.js';

/** One sentence: its offsets in the original text and its text. */
export interface Sentence {
  /** Start in the original input (UTF-16 index, inclusive): its first token. */
  start: number;
  /** End in the original input (UTF-16 index, exclusive): its last token. */
  end: number;
  /** `input.slice(start, end)`. */
  text: string;
}

/**
 * Splits text into sentences, with offsets into the text. A sentence ends at `.` `؟` `?` `!`
 * `…` or a run of them (`؟!`, `...`), and takes a closing quote or bracket right after the
 * mark with it; a line break always ends a sentence (each line is a paragraph), and text
 * with no punctuation at all is one sentence per line. These do not end a sentence: the dot
 * of an abbreviation (`د.`, `پ.ز.`, `Dr.`), of a decimal or date (`١.٥`, `27.12.2021`), of a
 * list number at the start of a line (`١.`), of a web or e-mail address, and a mark right
 * after an opening bracket (`(!)`). Sentence text keeps the input's spelling.
 *
 * @example
 * sentences('سڵاو. چۆنی؟ باشم!').map((s) => s.text); // ['سڵاو.', 'چۆنی؟', 'باشم!']
 * sentences('د. محەمەد هات. ١.٥ کیلۆ.').length; // 2
 * sentences('وتی: «دێم.» ئینجا ڕۆیشت')[0].text; // 'وتی: «دێم.»'
 */
export function sentences(text: string): Sentence[] {
  const s = typeof text === 'string' ? text : String(text ?? '');
  const buf = new TokenBuffer(((s.length / 5) | 0) + 16); // about one token per 5–7 characters
  scan(s, buf);
  return split(buf, s);
}

const KIND_OF_TYPE: Readonly<Record<TokenType, K>> = {
  word: K.Word,
  number: K.Number,
  latin: K.Latin,
  url: K.Url,
  email: K.Email,
  hashtag: K.Hashtag,
  mention: K.Mention,
  emoji: K.Emoji,
  symbol: K.Symbol,
  other: K.Other,
  punctuation: K.Punct,
};

function punctuationKind(p: string): K {
  const c = p.charCodeAt(0);
  if (cls(c) !== C.Punct) return K.Punct;
  switch (punctKind(c)) {
    case P.End:
      return p === '.' ? K.Dot : K.End;
    case P.Open:
      return K.Open;
    case P.Close:
      return K.Close;
    case P.Quote:
      return K.Quote;
    case P.Dash:
      return K.Dash;
    default:
      return K.Punct;
  }
}

/**
 * Splits into sentences the tokens that `tokenize(source)` (or `tokenizeNormalized`) returned,
 * so that a pipeline tokenizes once. Every token falls inside exactly one sentence. The result
 * is that of `sentences(source)`, except that a sentence edge may differ by the invisible
 * characters that normalization removes or merges (a stray tatweel, ZWNJ, format character or
 * Arabic mark at the very start or end of a sentence).
 *
 * @example
 * const source = 'سڵاو. چۆنی؟';
 * sentencesFromTokens(tokenize(source), source).map((s) => s.text); // ['سڵاو.', 'چۆنی؟']
 */
export function sentencesFromTokens(tokens: readonly Token[], source: string): Sentence[] {
  const s = typeof source === 'string' ? source : String(source ?? '');
  const list: readonly Token[] = Array.isArray(tokens) ? tokens : [];
  const buf = new TokenBuffer(list.length + 1);
  let prevEnd = 0;
  for (const t of list) {
    let flags = 0;
    for (let i = Math.max(0, prevEnd); i < t.start && i < s.length; i++) {
      const k = cls(s.charCodeAt(i));
      if (k === C.Space) flags |= F.SpaceBefore;
      else if (k === C.Newline) flags |= F.SpaceBefore | F.NewlineBefore;
    }
    const kind = t.type === 'punctuation' ? punctuationKind(t.normalized) : (KIND_OF_TYPE[t.type] ?? K.Other);
    if (kind === K.Latin && isLower(t.normalized.charCodeAt(0))) flags |= F.Lower;
    buf.push(t.start, t.end, kind, flags);
    if (t.end > prevEnd) prevEnd = t.end;
  }
  return split(buf, s);
}

// Read once: the module's hot loop then works on local constants.
const K_END: number = K.End;
const K_DOT: number = K.Dot;
const K_OPEN: number = K.Open;
const K_CLOSE: number = K.Close;
const K_QUOTE: number = K.Quote;
const K_NUMBER: number = K.Number;
const K_LATIN: number = K.Latin;
const K_WORD: number = K.Word;
const K_PUNCT: number = K.Punct;
const F_SPACEBEFORE: number = F.SpaceBefore;
const F_NEWLINEBEFORE: number = F.NewlineBefore;
const F_LOWER: number = F.Lower;

function isEnd(k: number): boolean {
  return k === K_END || k === K_DOT;
}

/** The sentence spans of a token buffer (offsets of `buf` index `source`). */
function split(buf: TokenBuffer, source: string): Sentence[] {
  const { starts, ends, kinds, flags } = buf;
  const n = buf.length;
  const out: Sentence[] = [];
  let first = 0;
  const touches = (j: number): boolean => (flags[j]! & F_SPACEBEFORE) === 0;
  const push = (a: number, b: number): void => {
    const start = starts[a]!;
    const end = Math.max(start, ends[b]!);
    out.push({ start, end, text: source.slice(start, end) });
  };
  const endsSentence = (i: number): boolean => {
    if (i + 1 >= n) return true;
    const before = i > 0 && touches(i) ? kinds[i - 1]! : -1;
    if (before === K_OPEN) return false; // (!) (؟) (...)
    if (kinds[i] !== K_DOT) return true;
    const next = kinds[i + 1]!;
    const nextTouches = touches(i + 1);
    // a list number at the start of a line or sentence (١. ٢. 1.), or a short one after a colon
    // or comma (لیست: ١. یەک)
    if (before === K_NUMBER && i - 1 === first) return false;
    if (before === K_NUMBER && ends[i - 1]! - starts[i - 1]! <= 2 && i >= 2 && kinds[i - 2] === K_PUNCT) return false;
    // a dot between touching numbers or Latin words: 27.12.2021, file.txt, ١.ی
    if ((before === K_NUMBER || before === K_LATIN) && nextTouches && next !== K_QUOTE && next !== K_CLOSE) {
      return !(next === K_NUMBER || next === K_LATIN || next === K_WORD);
    }
    // a lower-case Latin word after the dot continues a Latin sentence
    if ((before === K_LATIN || before === K_NUMBER) && next === K_LATIN && (flags[i + 1]! & F_LOWER) !== 0) return false;
    return true;
  };
  for (let i = 0; i < n; i++) {
    if (i > first && (flags[i]! & F_NEWLINEBEFORE) !== 0) {
      push(first, i - 1);
      first = i;
    }
    if (!isEnd(kinds[i]!)) continue;
    if (i === first) {
      // a mark that starts a sentence ends nothing: it belongs to the sentence before it, when
      // one precedes on the same line
      if (out.length > 0 && (flags[i]! & F_NEWLINEBEFORE) === 0 && first > 0) {
        const last = out[out.length - 1]!;
        last.end = Math.max(last.end, ends[i]!);
        last.text = source.slice(last.start, last.end);
        first = i + 1;
      }
      continue;
    }
    if (!endsSentence(i)) continue;
    // closing quotes and brackets right after the mark belong to the sentence
    let j = i + 1;
    while (j < n && touches(j)) {
      const k = kinds[j]!;
      if (k === K_CLOSE || isEnd(k)) {
        j++;
      } else if (k === K_QUOTE) {
        // straight quotes close when what follows them is a space, the end, or another closer
        let m = j + 1;
        while (m < n && kinds[m] === K_QUOTE && touches(m)) m++;
        if (m < n && touches(m) && !isEnd(kinds[m]!) && kinds[m] !== K_CLOSE) break;
        j = m;
      } else break;
    }
    push(first, j - 1);
    first = j;
    i = j - 1;
  }
  if (first < n) push(first, n - 1);
  return out;
}
