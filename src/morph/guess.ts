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

/**
 * Prepositions often written onto the next word (لەفایلەکان "from the files", بەکارمەندەکە):
 * shed from an unknown word only when a determiner follows a stem of three letters or more.
 */
const PROCLITICS: readonly string[] = ['لە', 'بە'];

function guessProclitic(w: string): Candidate | undefined {
  const p = PROCLITICS.find((x) => w.startsWith(x));
  if (p === undefined) return undefined;
  for (let i = p.length + 3; i < w.length; i++) {
    const stem = w.slice(p.length, i);
    const chain = nominalChains(ctxOf(stem), w.slice(i)).find((c) => !c.dropE && ['DEF', 'DEF.PL'].includes(c.morphemes[0]?.gloss ?? ''));
    if (!chain) continue;
    return {
      lemma: stem,
      pos: 'noun',
      stem,
      prefixes: [{ form: p, gloss: 'PREP' }],
      suffixes: chain.morphemes,
      guessed: true,
      features: { ...chain.features },
      cost: 9.9 + chain.cost,
      surface: i - p.length,
    };
  }
  return undefined;
}

export function guess(w: string): Candidate[] {
  const out: Candidate[] = [];
  const proclitic = guessProclitic(w);
  if (proclitic) out.push(proclitic);
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
