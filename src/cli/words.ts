/**
 * Word-by-word rewriting of a line for the morphology commands: the line is tokenized once
 * (`zman/tokenize`), each Arabic-script word token is replaced by `fn(normalized word)`, and
 * everything between word tokens is kept exactly as written.
 *
 * @module
 */
import { hasArabicLetter } from '../chars/index.js';
import { tokenize } from '../tokenize/index.js';

/**
 * Replaces every Arabic-script word of `line` by `fn(word, next)`, where `next` is the normalized
 * token after the word (`''` at the end of the line).
 */
export function mapWords(line: string, fn: (word: string, next: string) => string): string {
  let out = '';
  let at = 0;
  const tokens = tokenize(line);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type !== 'word' || !hasArabicLetter(t.normalized)) continue;
    out += line.slice(at, t.start) + fn(t.normalized, tokens[i + 1]?.normalized ?? '');
    at = t.end;
  }
  return out + line.slice(at);
}
