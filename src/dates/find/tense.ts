/**
 * The tense of the sentence a date stands in, from the morphological analyzer: a date without a
 * year in a past-tense sentence (`لە ئەیلوول ئەنجام درا`) is in the past.
 *
 * @module
 */
import { analyzeNormalized } from '../../morph/index.js';
import { TOKEN, tokenText } from '../../numbers/scan.js';
import type { Ctx } from './types.js';

const { BREAK, PUNCT, WORD } = TOKEN;

/** At most this many tokens are read after the date. */
const MAX_TOKENS = 40;

/**
 * The tense of the clause after token `i`: Sorani puts the verb at the end of the clause, so the
 * last word the lexicon knows as a verb before the next punctuation mark (or sentence end) decides:
 * `'past'`, `'present'` or undefined (no verb found).
 */
export function tenseAfter(ctx: Ctx, i: number): 'past' | 'present' | undefined {
  const { t } = ctx;
  let tense: 'past' | 'present' | undefined;
  for (let k = i; k < t.count && k < i + MAX_TOKENS; k++) {
    if (k > i && t.gap[k] === BREAK) break;
    if (t.kind[k] === PUNCT) break;
    if (t.kind[k] !== WORD) continue;
    // token text is normalized: analysed in the document's memo without normalizing again
    const [best] = analyzeNormalized(tokenText(t, k), ctx.memo);
    const value = best && best.pos === 'verb' && !best.guessed ? best.features?.['tense'] : undefined;
    if (value === 'past') tense = 'past';
    else if (value === 'present' || value === 'future') tense = 'present';
  }
  return tense;
}
