/**
 * Word-by-word rewriting of a line for the morphology commands: runs of Arabic-script letters
 * (with marks, tatweel and ZWNJ) are words; everything else is kept as it is.
 *
 * @module
 */

const WORD = /[\u0621-\u063a\u0641-\u065f\u066e-\u06d3\u06d5-\u06ed\u06fa-\u06ff\u0750-\u077f\u0670\u0640\u200c]+/g;

/** Replaces every Arabic-script word of `line` by `fn(word)`. */
export function mapWords(line: string, fn: (word: string) => string): string {
  return line.replace(WORD, (w) => fn(w));
}
