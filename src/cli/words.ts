/**
 * Word-by-word rewriting of a line for the morphology commands: the line is tokenized once
 * (`zman/tokenize`), each Arabic-script word token is replaced by `fn(normalized word)`, and
 * everything between word tokens is kept exactly as written.
 *
 * @module
 */
import { tokenize } from '../tokenize/index.js';

const ARABIC_LETTER = /[\u0620-\u064a\u066e-\u06d5\u06fa-\u06ff\u0750-\u077f]/;

/** Replaces every Arabic-script word of `line` by `fn(word)`. */
export function mapWords(line: string, fn: (word: string) => string): string {
  let out = '';
  let at = 0;
  for (const t of tokenize(line)) {
    if (t.type !== 'word' || !ARABIC_LETTER.test(t.normalized)) continue;
    out += line.slice(at, t.start) + fn(t.normalized);
    at = t.end;
  }
  return out + line.slice(at);
}
