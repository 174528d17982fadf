/**
 * Morphological analysis of one prepared Sorani word: every plausible split into prefixes, a
 * stem of the lexicon and a suffix chain, best first; unknown words get a guessed analysis.
 * Uncached: callers go through the word memo (`./memo.ts`).
 *
 * @module
 */
import { hasArabicLetter } from '../chars/index.js';
import type { Candidate } from './analysis.js';
import { COMPOUND_PARTS, HEAD_CLITICS, isHead, LIGHT_PASSIVES } from './compound.js';
import { guess } from './guess.js';
import { LIGHT_VERBS, NOMINALS } from './lexicon/index.js';
import { nominal } from './nominal.js';
import { ordinal } from './ordinal.js';
import { FAR_FETCHED, spellingVariants } from './spelling.js';
import { PREVERBS } from './verb-affixes.js';
import { verb } from './verb.js';


export function analyzeUncached(w: string, variant = false): Candidate[] {
  if (!hasArabicLetter(w)) {
    return [{ lemma: w, pos: 'x', stem: w, prefixes: [], suffixes: [], guessed: true, features: {}, cost: 0, surface: w.length }];
  }
  const out: Candidate[] = [];
  nominal(w, out, 0, [], 0, false);
  verb(w, out, 0, '');
  // prefixed nominals: بە + adjective (بەتوندی), نە/preverb/noun + infinitive or participle
  // (not for respellings: they are tried only for whole words of the lexicon)
  for (let k = 1; !variant && k <= w.length - 2 && k <= 12; k++) {
    const head = w.slice(0, k);
    if ((head === 'لە' || head === 'بە') && k < w.length - 2) {
      // circumposition written as one word: لەخۆڕا, لەماڵەوە (Thackston 2006, circumpositions),
      // or a preposition with its noun and ezafe
      const inner: Candidate[] = [];
      nominal(w, inner, k, [{ form: head, gloss: 'PREP' }], 1.5, false);
      for (const a of inner) {
        // a preposition written onto its noun, with the ezafe: لەکاتی, بەهۆی, لەماوەی
        const ezafe = a.suffixes.length === 1 && a.suffixes[0]!.gloss === 'EZ';
        if (ezafe || a.suffixes.some((m) => m.gloss === 'LOC' || m.gloss === 'ABL' || m.gloss === 'ABL.RA')) out.push(a);
      }
    }
    if (head === 'بە') {
      const inner: Candidate[] = [];
      nominal(w, inner, k, [{ form: 'بە', gloss: 'ADVZ' }], 2, false);
      for (const a of inner) if (a.pos === 'adj' || a.pos === 'noun') out.push(a);
    }
    const preverb = (PREVERBS as readonly string[]).includes(head);
    const nounHead = !preverb && head !== 'نە' && isHead(head);
    if (head === 'نە' || preverb || nounHead) {
      const inner: Candidate[] = [];
      nominal(w, inner, k, [{ form: head, gloss: head === 'نە' ? 'NEG' : nounHead ? 'N' : 'PV' }], head === 'نە' ? 0.8 : 1.2, true);
      for (const a of inner) {
        if (head === 'نە') {
          out.push({ ...a, features: { ...a.features, negation: 'yes' } });
          continue;
        }
        const lemma = head + a.lemma;
        const known = NOMINALS.has(lemma);
        if (nounHead && !known && !LIGHT_VERBS.has(a.lemma) && !LIGHT_PASSIVES.has(a.lemma)) continue;
        out.push({ ...a, lemma, cost: a.cost + (known ? -0.5 : nounHead ? 0 : 0) });
      }
    }
    if (k >= 2 && isHead(head)) verb(w, out, k, head);
    for (const cl of HEAD_CLITICS) {
      const base = head.slice(0, -cl.form.length);
      if (head.endsWith(cl.form) && base.length >= 2 && COMPOUND_PARTS.has(base)) verb(w, out, k, base, cl);
    }
  }
  ordinal(w, out);
  const cheapest = out.reduce((m, a) => Math.min(m, a.cost), Infinity);
  if (cheapest >= FAR_FETCHED && !variant) {
    // common non-standard spellings: و for وو (نوسین), ل for ڵ (خەلک), ر for ڕ (شەر), یە for
    // ییە (یاریەکان); tried when nothing or only a far-fetched analysis was found
    for (const v of spellingVariants(w)) {
      const found = analyzeUncached(v, true);
      if (found.length > 0 && !found[0]!.guessed && found[0]!.cost + 0.5 < cheapest) {
        return found.map((a) => ({ ...a, features: { ...a.features, spelling: v }, cost: a.cost + 0.5, surface: a.surface }));
      }
    }
  }
  if (out.length === 0) return guess(w);
  out.sort((a, b) => a.cost - b.cost || b.surface - a.surface);
  const seen = new Set<string>();
  const result: Candidate[] = [];
  for (const a of out) {
    const key = `${a.lemma}|${a.pos}|${a.prefixes.map((m) => m.form).join('+')}|${a.stem}|${a.suffixes.map((m) => `${m.form}/${m.gloss}`).join('+')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(a);
    if (result.length >= 24) break;
  }
  return result;
}
