/**
 * Analyses of unknown words from the affix rules alone (`guessed: true`).
 *
 * @module
 */
import { ctxOf, nominalChains, type Chain } from './affixes.js';
import type { Candidate } from './analysis.js';

/** Chains an unknown word may shed: a determiner first, or a lone ezafe, postposition or -یش. */
function guessable(chain: Chain, stem: string): boolean {
  const first = chain.morphemes[0]?.gloss;
  if (first === 'DEF' || first === 'DEF.PL' || first === 'INDF') return stem.length >= 2;
  if (first === 'CMPR' || first === 'SUPL') return stem.length >= 3;
  if (chain.morphemes.length !== 1) return false;
  if (first === 'EZ') return stem.length >= 4 && ctxOf(stem) !== 'A' && ctxOf(stem) !== 'Y' && ctxOf(stem) !== 'U';
  if (first === 'LOC' || first === 'ABL' || first === 'ADD') return stem.length >= 3;
  return false;
}

export function guess(w: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 2; i < w.length; i++) {
    const stem = w.slice(0, i);
    const chains = nominalChains(ctxOf(stem), w.slice(i));
    const chain = chains.find((c) => !c.dropE && guessable(c, stem));
    if (!chain) continue;
    out.push({
      lemma: stem,
      pos: 'noun',
      stem,
      prefixes: [],
      suffixes: chain.morphemes,
      guessed: true,
      features: { ...chain.features },
      cost: 10 + chain.cost,
      surface: i,
    });
    break;
  }
  out.push({ lemma: w, pos: /\p{L}/u.test(w) ? 'noun' : 'x', stem: w, prefixes: [], suffixes: [], guessed: true, features: {}, cost: 11, surface: w.length });
  return out;
}
