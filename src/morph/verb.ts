/**
 * Verb analyses: prefixes (negation, aspect, preverb, clitic), a past or present stem of the
 * lexicon and a chain of verbal suffixes, with the lemma of simple, passive and compound verbs.
 *
 * @module
 */
import { ctxOf, type Morpheme } from './affixes.js';
import type { Candidate } from './analysis.js';
import { COMPOUNDS, LIGHT_VERBS, PLAIN_LEXEMES, VERB_STEMS, type StemEntry, type VerbEntry } from './lexicon/index.js';
import { MAX_VERB_PREFIX, PREVERBS, verbChains, verbPrefixes, type VerbChain, type VerbPrefix } from './verb-affixes.js';

/** The verb lexeme a stem match stands for, given whether the form carries -ەوە; undefined to skip. */
function lexemeLemma(v: VerbEntry): string | undefined {
  // -ەوە is a productive particle of finite verbs: the lemma is the simple verb when it exists
  if (v.ewe && PLAIN_LEXEMES.has(v.base)) return undefined;
  return v.lemma;
}

/** Passive verbs are their own lemma, the passive infinitive: بینرا, دەبینرێت → بینران. */
function passiveLemma(stem: string, s: StemEntry): string {
  return `${stem.slice(0, -1)}ان${s.verb.ewe ? 'ەوە' : ''}`;
}

function compoundLemma(part: string, v: VerbEntry, lemma: string, ewe: boolean, nominalHead: boolean): string {
  const known = COMPOUNDS.get(part + v.base);
  if (known && known.length > 0) {
    const withEwe = known.find((k) => k.ewe);
    const plain = known.find((k) => !k.ewe);
    if (withEwe && ewe) return withEwe.lemma;
    if (plain) return plain.lemma;
    if (!nominalHead) return withEwe!.lemma;
  }
  if (nominalHead && ewe && !lemma.endsWith('نەوە')) return `${part + lemma}ەوە`;
  return part + lemma;
}

/**
 * A compound's passive infinitive: its active lemma with the verb's passive in place of the
 * verb (بڵاوکردنەوە → بڵاوکرانەوە, هەڵگرتن → هەڵگیران), as for simple verbs (کوژران).
 */
function passiveCompound(active: string, part: string, v: VerbEntry, passive: string): string {
  const rest = active.slice(part.length);
  if (!active.startsWith(part) || !rest.startsWith(v.base)) return active;
  return part + passive.replace(/ەوە$/, '') + rest.slice(v.base.length);
}

function compatible(p: VerbPrefix, s: StemEntry, c: VerbChain, stem: string): number | undefined {
  const transitive = s.verb.transitive && s.voice === 'active';
  if (p.beforeYe !== stem.startsWith('ێ')) {
    if (p.beforeYe || p.aspect === 'دە' || p.aspect === 'ئە') return undefined;
  }
  let cost = 0;
  if (s.kind === 'past') {
    if (p.negation === 'نا' || p.negation === 'مە') return undefined;
    if (c.mood === 'imperative') return undefined;
    if (p.aspect === 'ب' && c.mood !== 'counterfactual') {
      if (c.mood !== 'indicative') return undefined;
      cost += 1;
    }
    if ((p.aspect === 'دە' || p.aspect === 'ئە') && c.mood !== 'indicative') {
      if (c.features.aspect !== 'pluperfect') return undefined;
      cost += 0.5;
    }
    if (c.agent && !transitive) return undefined;
    if (p.clitic && !transitive) cost += 2;
    if (p.clitic && c.agent) cost += 1;
  } else {
    if (p.clitic && !transitive) cost += 2;
    if (c.mood === 'imperative') {
      if (p.aspect === 'دە' || p.aspect === 'ئە' || p.negation === 'نا' || p.negation === 'نە') return undefined;
      if (!p.aspect && !p.negation && !p.preverb) cost += 1.5;
    } else {
      if (p.negation === 'مە') return undefined;
      // a bare present is the subjunctive of بوون (بێت, بن) and otherwise rare
      if (!p.aspect && !p.negation && !p.preverb) cost += s.verb.base === 'بوون' ? 0 : 1.5;
    }
    if (p.negation === 'نە' && (p.aspect === 'دە' || p.aspect === 'ئە')) return undefined;
    if (s.kind === 'present3' && (p.aspect === 'ب' || p.negation === 'نە')) cost += 0.5;
  }
  return cost;
}

const CLITIC_PERSON: Readonly<Record<string, string>> = { م: '1sg', ت: '2sg', ی: '3sg', مان: '1pl', تان: '2pl', یان: '3pl' };

function verbFeatures(p: VerbPrefix, s: StemEntry, c: VerbChain): Record<string, string> {
  const f: Record<string, string> = {
    ...c.features,
    stem: s.kind === 'past' ? 'past' : 'present',
    voice: s.voice,
    transitivity: s.verb.transitive ? 'transitive' : 'intransitive',
  };
  if (p.negation) f.negation = p.negation === 'مە' ? 'prohibitive' : 'yes';
  if (p.aspect === 'دە' || p.aspect === 'ئە') f.aspect ??= 'imperfective';
  if (p.aspect === 'ب' && s.kind !== 'past') f.mood ??= 'subjunctive';
  if (p.preverb) f.preverb = p.preverb;
  if (p.clitic) f[s.kind === 'past' && s.verb.transitive ? 'agent' : 'object'] ??= CLITIC_PERSON[p.clitic] ?? p.clitic;
  return f;
}

/**
 * Present stems in ێ of intransitives (بڕێ of بڕان "be cut") that are also another verb's
 * present stem (بڕ of بڕین "cut"): before the 3sg ‑ت, دەبڕێت is read first as the more common
 * transitive بڕ + ێت.
 */
const SHADOWED_PRESENT: ReadonlySet<string> = new Set(
  [...VERB_STEMS].filter(
    ([stem, entries]) =>
      stem.endsWith('ێ') &&
      entries.some((e) => e.kind !== 'past' && !e.verb.transitive) &&
      (VERB_STEMS.get(stem.slice(0, -1)) ?? []).some((e) => e.kind !== 'past' && e.verb.transitive),
  ).map(([stem]) => stem),
);

/**
 * Verb analyses of `w` from `offset` (after an optional nominal head of a compound, and a person
 * clitic written on that head: جەخت‑ی‑کردەوە, خۆش‑م‑دەوێت).
 */
export function verb(w: string, out: Candidate[], offset: number, head: string, clitic?: Morpheme): void {
  const prefixes = verbPrefixes();
  const maxJ = Math.min(w.length - 1, offset + MAX_VERB_PREFIX);
  for (let j = offset; j <= maxJ; j++) {
    const plist = prefixes.get(w.slice(offset, j));
    if (!plist) continue;
    for (let i = j + 1; i <= w.length; i++) {
      const stem = w.slice(j, i);
      const entries = VERB_STEMS.get(stem);
      if (!entries) continue;
      const suffix = w.slice(i);
      for (const s of entries) {
        const chains = verbChains(s.kind, ctxOf(stem), suffix);
        if (chains.length === 0) continue;
        for (const q of plist) {
          if (head && q.preverb && PREVERBS.includes(head as (typeof PREVERBS)[number])) continue;
          if (clitic && q.clitic) continue;
          const p = clitic ? { ...q, clitic: clitic.form } : q;
          for (const c of chains.slice(0, 6)) {
            const extra = compatible(p, s, c, stem);
            if (extra === undefined) continue;
            const base = s.voice === 'passive' ? passiveLemma(stem, s) : lexemeLemma(s.verb);
            if (base === undefined) continue;
            // a verb that only exists with -ەوە (کرانەوە "open") has it in every finite form:
            // کرا, دەکرێت without it are the passive of کردن
            if (s.verb.ewe && !c.ewe && s.voice === 'active') continue;
            const part = head + p.preverb;
            if (head && !LIGHT_VERBS.has(s.verb.base) && !COMPOUNDS.has(part + s.verb.base)) continue;
            let lemma = part ? compoundLemma(part, s.verb, base, c.ewe, Boolean(head)) : base;
            if (part && s.voice === 'passive') lemma = passiveCompound(lemma, part, s.verb, base);
            const pre: Morpheme[] = head ? [{ form: head, gloss: 'N' }, ...(clitic ? [clitic] : []), ...p.morphemes] : [...p.morphemes];
            out.push({
              lemma,
              pos: 'verb',
              stem,
              prefixes: pre,
              suffixes: c.morphemes,
              guessed: false,
              features: verbFeatures(p, s, c),
              cost:
                0.3 +
                0.4 * p.morphemes.length +
                c.cost +
                extra +
                (head ? (COMPOUNDS.has(part + s.verb.base) ? 1 : 2.6 + 0.6 * p.morphemes.length) : 0) +
                (clitic ? 0.4 : 0) +
                (p.preverb && !head && !COMPOUNDS.has(part + s.verb.base) ? 0.8 : 0) +
                (s.voice === 'passive' ? 0.3 : 0) +
                // a tie between verbs goes to the far more frequent light verb: بکەنەوە is کردن
                // "do / open", not the imperative of کەنین "laugh"
                (LIGHT_VERBS.has(s.verb.base) ? -0.05 : 0) +
                (s.kind !== 'past' && suffix.startsWith('ت') && SHADOWED_PRESENT.has(stem) ? 0.6 : 0),
              surface: i - j,
            });
          }
        }
      }
    }
  }
}
