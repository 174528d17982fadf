/**
 * Ordinal numbers: a number word of the lexicon + ‑ەم / ‑ەمین, with suffixes of their own.
 *
 * @module
 */
import { ctxOf, MAX_NOMINAL_SUFFIX, nominalChains } from './affixes.js';
import type { Candidate } from './analysis.js';
import { NOMINALS } from './lexicon/index.js';

/** Ordinals: a number word + ‑ەم / ‑ەمین (‑یەم after a vowel): شەشەمین → شەش. */
const ORDINAL_SUFFIXES = [
  ['هەمین', 'SUPL.ORD'],
  ['هەم', 'ORD'],
  ['یەمین', 'SUPL.ORD'],
  ['ەمین', 'SUPL.ORD'],
  ['یەم', 'ORD'],
  ['ەم', 'ORD'],
] as const;

export function ordinal(w: string, out: Candidate[]): void {
  // the ordinal may carry nominal suffixes of its own: یەکەمی, دووەمدا, سێیەمەکە
  for (let end = w.length; end >= 2 && end >= w.length - MAX_NOMINAL_SUFFIX; end--) {
    const head = w.slice(0, end);
    for (const [suffix, gloss] of ORDINAL_SUFFIXES) {
      if (!head.endsWith(suffix)) continue;
      const base = head.slice(0, -suffix.length);
      if (!NOMINALS.get(base)?.some((e) => e.pos === 'num')) continue;
      const rest = w.slice(end);
      const chain = rest === '' ? undefined : nominalChains(ctxOf(head), rest).find((c) => !c.dropE);
      if (rest !== '' && !chain) continue;
      out.push({
        lemma: base,
        pos: 'num',
        stem: base,
        prefixes: [],
        suffixes: [{ form: suffix, gloss }, ...(chain?.morphemes ?? [])],
        guessed: false,
        features: { numType: 'ordinal', ...chain?.features },
        cost: 0.2 + (chain?.cost ?? 0),
        surface: base.length,
      });
      return;
    }
  }
}
