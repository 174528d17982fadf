/**
 * The baseline for search stemming: Lucene's Sorani analysis (SoraniNormalizer + SoraniStemmer,
 * Apache-2.0), re-expressed here from its published rules as data: one pass of normalization,
 * then at most one postposition, one possessive and one final ending stripped, each only when
 * the word is longer than a minimum length. Used only by the evaluation, as "what search
 * engines do today".
 *
 * @module
 */

const FORMAT = /\p{Cf}/u;
const MARKS = new Set(['\u0640', '\u064b', '\u064c', '\u064d', '\u064e', '\u064f', '\u0650', '\u0651', '\u0652']);

/** Lucene's SoraniNormalizer, rule for rule. */
export function luceneSoraniNormalize(word: string): string {
  const out: string[] = [];
  const chars = [...word];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const last = i === chars.length - 1;
    if (c === '\u064a' || c === '\u0649') out.push('\u06cc');
    else if (c === '\u0643') out.push('\u06a9');
    else if (c === '\u200c') {
      if (out[out.length - 1] === '\u0647') out[out.length - 1] = '\u06d5';
    } else if (c === '\u0647') out.push(last ? '\u06d5' : c);
    else if (c === '\u0629') out.push('\u06d5');
    else if (c === '\u06be') out.push('\u0647');
    else if (c === '\u0631') out.push(i === 0 ? '\u0695' : c);
    else if (c === '\u0692') out.push('\u0695');
    else if (MARKS.has(c) || FORMAT.test(c)) continue;
    else out.push(c);
  }
  return out.join('');
}

/** Stage 1 and 2: [suffix, minimum length exclusive, characters removed]. */
const POSTPOSITIONS: readonly (readonly [string, number, number])[] = [
  ['دا', 5, 2],
  ['نا', 4, 1],
  ['ەوە', 6, 3],
];
const POSSESSIVES: readonly (readonly [string, number, number])[] = [
  ['مان', 6, 3],
  ['یان', 6, 3],
  ['تان', 6, 3],
];
/** Stage 3, first match wins. */
const ENDINGS: readonly (readonly [string, number, number])[] = [
  ['ێکی', 6, 3],
  ['یەکی', 7, 4],
  ['ێک', 5, 2],
  ['یەک', 6, 3],
  ['ەکە', 6, 3],
  ['کە', 5, 2],
  ['ەکان', 7, 4],
  ['کان', 6, 3],
  ['یانی', 7, 4],
  ['انی', 6, 3],
  ['یان', 6, 3],
  ['ان', 5, 2],
  ['یانە', 7, 4],
  ['انە', 6, 3],
  ['ایە', 5, 2],
  ['ەیە', 5, 2],
  ['ە', 4, 1],
  ['ی', 4, 1],
];

function firstRule(s: string, rules: readonly (readonly [string, number, number])[]): number {
  for (const [suffix, min, cut] of rules) if (s.length > min && s.endsWith(suffix)) return cut;
  return 0;
}

/** Lucene's SoraniStemmer on an already normalized word. */
export function luceneSoraniStemNormalized(word: string): string {
  let s = word;
  s = s.slice(0, s.length - firstRule(s, POSTPOSITIONS));
  s = s.slice(0, s.length - firstRule(s, POSSESSIVES));
  return s.slice(0, s.length - firstRule(s, ENDINGS));
}

/** Normalizer then stemmer, as Lucene's SoraniAnalyzer applies them to one token. */
export function luceneSoraniStem(word: string): string {
  return luceneSoraniStemNormalized(luceneSoraniNormalize(word));
}
