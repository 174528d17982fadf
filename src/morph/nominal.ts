/**
 * Nominal analyses: a stem of the lexicon (noun, adjective, name, closed-class word, verbal
 * noun) followed by a chain of nominal suffixes, with derived abstract nouns and the stem's ە
 * dropped before the plural.
 *
 * @module
 */
import { ctxOf, MAX_NOMINAL_SUFFIX, nominalChains, type Chain, type Morpheme } from './affixes.js';
import type { Candidate } from './analysis.js';
import { NOMINALS, type NominalEntry } from './lexicon/index.js';

const POS_COST: Readonly<Record<string, number>> = {
  noun: 0,
  adj: 0.05,
  adv: 0.1,
  verb: 0.1,
  propn: 0.2,
  num: 0.1,
  pron: 0,
  det: 0,
  adp: 0,
  conj: 0,
  part: 0,
  intj: 0.1,
};

const PRONOMINAL_ADP = new Set(['لێ', 'پێ', 'تێ', 'بۆ', 'لەگەڵ', 'لەسەر', 'لەناو', 'دوای', 'پاش', 'پێش', 'ناو', 'سەر', 'ژێر', 'بەر', 'لای', 'نێوان']);

const CLOSED = new Set(['pron', 'det', 'adp', 'conj', 'part', 'num', 'intj']);

function entryCost(e: NominalEntry, chain: Chain): number {
  let cost = POS_COST[e.pos] ?? 0.3;
  if (e.form === 'participle' || e.form === 'passive-participle') cost += 0.6;
  else if (e.form) cost += 0.2;
  if (CLOSED.has(e.pos) && chain.morphemes.some((m) => m.gloss.startsWith('DEF') || m.gloss === 'INDF' || m.gloss === 'PL')) cost += 2;
  if ((e.pos === 'conj' || e.pos === 'part' || e.pos === 'det') && chain.morphemes.length > 0) cost += 2;
  // pronominal clitics go on لێ پێ تێ; on other prepositions they are rare (بێت is "be", not "without you")
  if (e.pos === 'adp' && !PRONOMINAL_ADP.has(e.lemma) && chain.morphemes.some((m) => m.gloss.startsWith('POSS'))) cost += 1.5;
  // a name rarely takes the demonstrative, and is a predicate (copula) less often than a common
  // noun: گوڵانە is گوڵ + ان + ە "these flowers" before it is the month گوڵان + ە
  const last = chain.morphemes[chain.morphemes.length - 1]?.gloss;
  if (e.pos === 'propn' && (last === 'DEM' || last === 'COP.3SG')) cost += 0.6;
  return cost;
}

function nominalFeatures(e: NominalEntry, chain: Chain): Record<string, string> {
  const f: Record<string, string> = { ...chain.features };
  if (e.form) f.form = e.form;
  if (e.form?.startsWith('passive')) f.voice = 'passive';
  return f;
}

/** Direct nominal analyses: lexicon stem + suffix chain. */
export function nominal(w: string, out: Candidate[], offset: number, pre: readonly Morpheme[], extra: number, onlyVerbal: boolean): void {
  /** One candidate per entry: `stem` + `suffixes` as written (the chain gives glosses and costs). */
  const add = (entries: readonly NominalEntry[], stem: string, chain: Chain, suffixes: readonly Morpheme[], cost: number, surface: number, spelling?: string) => {
    for (const e of entries) {
      if (onlyVerbal && !e.verb) continue;
      const features = nominalFeatures(e, chain);
      out.push({
        lemma: e.lemma,
        pos: e.pos,
        stem,
        prefixes: pre,
        suffixes,
        guessed: false,
        features: spelling ? { ...features, spelling } : features,
        cost: extra + cost + chain.cost + entryCost(e, chain),
        surface,
      });
    }
  };
  const min = Math.max(offset + 1, w.length - MAX_NOMINAL_SUFFIX);
  for (let i = w.length; i >= min; i--) {
    const stem = w.slice(offset, i);
    const suffix = w.slice(i);
    // one-letter entries are lone clitics (ت, م, ی): they take no suffixes
    if (stem.length === 1 && suffix.length > 0) continue;
    let entries = NOMINALS.get(stem);
    let derived = 0;
    if (!entries && stem.endsWith('ی') && stem.length > 3) {
      // abstract nouns from adjectives: ڕووت → ڕووتی "nakedness"; from nouns and adjectives
      // with ‑ایەتی ‑ەتی ‑یەتی: پیاو → پیاوەتی, تەواو → تەواوەتی, هاوڕێ → هاوڕێیەتی
      // (Thackston 2006, derivation)
      const adj = NOMINALS.get(stem.slice(0, -1))?.filter((e) => e.pos === 'adj' && !e.verb);
      if (adj && adj.length > 0) {
        entries = adj.map((e) => ({ lemma: e.lemma, pos: 'noun' as const }));
        derived = 0.8;
      } else {
        for (const abstract of ABSTRACT_SUFFIXES) {
          if (!stem.endsWith(abstract) || stem.length < abstract.length + 2) continue;
          const base = NOMINALS.get(stem.slice(0, -abstract.length))?.filter((e) => (e.pos === 'adj' || e.pos === 'noun' || e.pos === 'propn') && !e.verb);
          if (base && base.length > 0) {
            entries = base.map((e) => ({ lemma: e.lemma, pos: 'noun' as const }));
            derived = 0.8;
            break;
          }
        }
      }
    }
    if (entries) {
      for (const chain of nominalChains(ctxOf(stem), suffix).slice(0, 4)) {
        if (!chain.dropE) add(entries, stem, chain, chain.morphemes, derived, i - offset);
      }
      if (stem.endsWith('ی') && (suffix.startsWith('ە') || suffix.startsWith('ا'))) {
        // one ی written for the î of the stem and the y of the suffix: ئاساییە for ئاسایی + یە,
        // یاریەکان for یاری + یەکان, هاووڵاتیان for هاووڵاتی + یان; ‑ان after î is also the
        // clitic ‑یان on the bare stem (پیاوانیان), so that reading costs more
        for (const chain of nominalChains('I', `ی${suffix}`).slice(0, 2)) {
          const first = chain.morphemes[0];
          if (chain.dropE || !first?.form.startsWith('ی')) continue;
          const suffixes = [{ form: first.form.slice(1), gloss: first.gloss }, ...chain.morphemes.slice(1)];
          add(entries, stem, chain, suffixes, derived + (suffix.startsWith('ا') ? 0.9 : 0.5), i - offset, `${stem}ی${suffix}`);
        }
      }
    }
    if (suffix.startsWith('ان')) {
      // ئاژاوە + ان → ئاژاوان: the stem's ە is dropped before the plural
      const full = `${stem}ە`;
      const dropped = NOMINALS.get(full);
      if (dropped) {
        for (const chain of nominalChains('E', suffix)) {
          if (chain.dropE) add(dropped, full, chain, chain.morphemes, 0.3, i - offset);
        }
      }
    }
  }
}

const ABSTRACT_SUFFIXES = ['ایەتی', 'یەتی', 'ەتی'] as const;
