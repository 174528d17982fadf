/**
 * Morphological analysis of one Sorani word: every plausible split into prefixes, a stem of
 * the lexicon and a suffix chain from the affix tables, best first; unknown words get a
 * guessed analysis from the affix rules alone.
 *
 * @module
 */
import { normalize } from '../normalize/index.js';
import { ctxOf, MAX_NOMINAL_SUFFIX, nominalChains, type Chain, type Morpheme } from './affixes.js';
import {
  COMPOUNDS,
  LIGHT_VERBS,
  NOMINALS,
  PLAIN_LEXEMES,
  VERB_STEMS,
  VERBS,
  type NominalEntry,
  type StemEntry,
  type VerbEntry,
} from './lexicon/index.js';
import { MAX_VERB_PREFIX, PREVERBS, verbChains, verbPrefixes, type VerbChain, type VerbPrefix } from './verb-affixes.js';

export type { Morpheme } from './affixes.js';

/** One analysis of a word. */
export interface Analysis {
  /** Dictionary form: the bare noun or adjective, or the verb's infinitive (نووسین). */
  readonly lemma: string;
  /** Part of speech (`noun`, `adj`, `verb`, `propn`, `pron`, `adp`, `num`, …; `x` for non-words). */
  readonly pos: string;
  /** The stem found in the word: the lexicon word, or the verb's past or present stem. */
  readonly stem: string;
  readonly prefixes: readonly Morpheme[];
  readonly suffixes: readonly Morpheme[];
  /** The stem is not in the lexicon: the analysis comes from the affix rules alone. */
  readonly guessed: boolean;
  /** Grammatical features, e.g. `{ tense: 'present', person: '3sg', negation: 'yes' }`. */
  readonly features: Readonly<Record<string, string>>;
}

interface Candidate extends Analysis {
  readonly cost: number;
  /** Length of the stem as written in the word (the lexicon stem may differ: ئاژاوان). */
  readonly surface: number;
}

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
function nominal(w: string, out: Candidate[], offset: number, pre: readonly Morpheme[], extra: number, onlyVerbal: boolean): void {
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

/** Passive infinitives of the light verbs (کران, دران …): a noun + کراو is a compound's participle. */
const LIGHT_PASSIVES: ReadonlySet<string> = new Set(
  [...NOMINALS].filter(([, entries]) => entries.some((e) => e.form === 'passive-infinitive' && e.verb && LIGHT_VERBS.has(e.verb.lemma))).map(([k]) => k),
);

/** Person clitics that move onto the nominal part of a compound verb (Thackston 2006). */
const HEAD_CLITICS: readonly Morpheme[] = [
  { form: 'مان', gloss: '1PL' },
  { form: 'تان', gloss: '2PL' },
  { form: 'یان', gloss: '3PL' },
  { form: 'م', gloss: '1SG' },
  { form: 'ت', gloss: '2SG' },
  { form: 'ی', gloss: '3SG' },
];

const NON_VERBAL_HEAD = new Set(['noun', 'adj', 'adv', 'propn']);

const COMPOUND_PARTS: ReadonlySet<string> = new Set([...COMPOUNDS.values()].flat().map((v) => v.preverb));

function isHead(head: string): boolean {
  return COMPOUND_PARTS.has(head) || Boolean(NOMINALS.get(head)?.some((e) => !e.verb && NON_VERBAL_HEAD.has(e.pos)));
}

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
function verb(w: string, out: Candidate[], offset: number, head: string, clitic?: Morpheme): void {
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
                (s.kind !== 'past' && suffix.startsWith('ت') && SHADOWED_PRESENT.has(stem) ? 0.6 : 0),
              surface: i - j,
            });
          }
        }
      }
    }
  }
}

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

function guess(w: string): Candidate[] {
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

/** Ordinals: a number word + ‑ەم / ‑ەمین (‑یەم after a vowel): شەشەمین → شەش. */
const ORDINAL_SUFFIXES = [
  ['هەمین', 'SUPL.ORD'],
  ['هەم', 'ORD'],
  ['یەمین', 'SUPL.ORD'],
  ['ەمین', 'SUPL.ORD'],
  ['یەم', 'ORD'],
  ['ەم', 'ORD'],
] as const;

function ordinal(w: string, out: Candidate[]): void {
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

/** An analysis at least this costly is far-fetched: spelling variants get a chance. */
const FAR_FETCHED = 3;

const SINGLE_WAW = /(?<!و)و(?!و)/g;

/** At most a few respellings of a word written with common non-standard spellings. */
function spellingVariants(w: string): string[] {
  const out = new Set<string>();
  const singles = [...w.matchAll(SINGLE_WAW)].map((m) => m.index);
  if (singles.length > 0 && singles.length <= 3) {
    out.add(w.replace(SINGLE_WAW, 'وو'));
    for (const i of singles) out.add(`${w.slice(0, i)}و${w.slice(i)}`);
  }
  if (w.startsWith('وو')) out.add(w.slice(1));
  if (w.includes('ل')) out.add(w.replace(/ل/g, 'ڵ'));
  // ر for ڕ (شەر, بیرورا): one at a time, as a word may have both
  const rehs = [...w.matchAll(/ر/g)].map((m) => m.index);
  if (rehs.length > 0 && rehs.length <= 3) for (const i of rehs) out.add(`${w.slice(0, i)}ڕ${w.slice(i + 1)}`);
  const ye = w.search(/[^اەۆێوی]ی[اە]/);
  if (ye >= 0) out.add(`${w.slice(0, ye + 1)}ی${w.slice(ye + 1)}`);
  out.delete(w);
  return [...out].slice(0, 6);
}

const ARABIC_LETTER = /[\u0600-\u06ff]/;

function analyzeUncached(w: string, variant = false): Candidate[] {
  if (!ARABIC_LETTER.test(w)) {
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

const ZWNJ_AND_SPACE = /[\u200c\s]+/g;

/** The normalized spelling the analyzer works on: normalize(), then ZWNJ and spaces removed. */
export function prepare(word: string): string {
  return normalize(word).replace(ZWNJ_AND_SPACE, '');
}

const CACHE_LIMIT = 100_000;
let cache = new Map<string, readonly Candidate[]>();
/** Analyses by the word as given (before normalization), so repeated words cost one lookup. */
let rawCache = new Map<string, readonly Analysis[]>();
/** Segmentations by word, one cache per context of the word. */
const segmentCaches: Readonly<Record<Context, Map<string, string[]>>> = { closing: new Map(), open: new Map() };

/** Empties the analysis caches (for benchmarks that measure cold analysis). */
export function clearCache(): void {
  cache = new Map();
  rawCache = new Map();
  for (const c of Object.values(segmentCaches)) c.clear();
}

/** Analyses of a word already prepared (normalized), cached. */
export function analyzePrepared(w: string): readonly Candidate[] {
  let hit = cache.get(w);
  if (hit) return hit;
  hit = w.length === 0 ? [] : w.length > 64 ? guess(w).slice(-1) : analyzeUncached(w);
  if (cache.size >= CACHE_LIMIT) cache = new Map();
  cache.set(w, hit);
  return hit;
}

function strip(c: Candidate): Analysis {
  return Object.freeze({ lemma: c.lemma, pos: c.pos, stem: c.stem, prefixes: c.prefixes, suffixes: c.suffixes, guessed: c.guessed, features: c.features });
}

/**
 * Every plausible analysis of a Sorani word, best first. The word is normalized first
 * (Arabic kaf and yeh, heh + ZWNJ …). Never empty for a non-empty word: a word whose stem is not
 * in the lexicon gets an analysis from the affix rules, with `guessed: true`.
 *
 * @example
 * analyze('کتێبەکانمان')[0];
 * // { lemma: 'کتێب', pos: 'noun', stem: 'کتێب', prefixes: [],
 * //   suffixes: [{ form: 'ەکان', gloss: 'DEF.PL' }, { form: 'مان', gloss: 'POSS.1PL' }], guessed: false, … }
 * analyze('نەمدەنووسی')[0].lemma; // 'نووسین'
 */
export function analyze(word: string): Analysis[] {
  let hit = rawCache.get(word);
  if (!hit) {
    hit = analyzePrepared(prepare(word)).map(strip);
    if (rawCache.size >= CACHE_LIMIT) rawCache = new Map();
    rawCache.set(word, hit);
  }
  return hit.slice();
}

/**
 * The lemma of a word: the bare noun or adjective, or the verb's infinitive.
 *
 * @example
 * lemmatize('شارەکانیان'); // 'شار'
 * lemmatize('دەیانخوارد'); // 'خواردن'
 */
export function lemmatize(word: string): string {
  const hit = rawCache.get(word);
  if (hit) return hit[0]?.lemma ?? '';
  return analyze(word)[0]?.lemma ?? '';
}

/**
 * The stem of a word for search: one stem for all forms of a lemma, always a whole word (the
 * lemma of the best analysis), never a fragment like کوردس. A verb form with the particle -ەوە
 * gets the -ەوە infinitive: for search, -ەوە verbs are their own lexemes (خواردنەوە "drink" is
 * not خواردن "eat", کردنەوە "open" is not کردن "do"), although `lemmatize` follows the
 * dictionary convention of the simple verb. A preverb that the lexicon does not list with the
 * verb (هەڵ + سووتاندن) is read as compositional, so its forms share the simple verb's stem.
 *
 * @example
 * stem('کوردستانەکەمان'); // 'کوردستان'
 * stem('دەنووسێت'); // 'نووسین'
 * stem('دەخۆینەوە'); // 'خواردنەوە'
 */
export function stem(word: string): string {
  const hit = rawCache.get(word) ?? analyze(word);
  const best = hit[0];
  if (!best) return '';
  if (best.pos !== 'verb') return best.lemma;
  let lemma = best.lemma;
  const preverb = best.features.preverb;
  // a preverb the lexicon does not list with this verb is read as compositional: its verb's stem
  if (preverb && !VERB_LEMMAS.has(lemma) && lemma.startsWith(preverb) && VERB_LEMMAS.has(lemma.slice(preverb.length))) {
    lemma = lemma.slice(preverb.length);
  }
  if (best.features.particle === 'ەوە' && !lemma.endsWith('ەوە')) return `${lemma}ەوە`;
  return lemma;
}

/** Infinitives of the lexicon's verbs, simple and compound, with and without -ەوە. */
const VERB_LEMMAS: ReadonlySet<string> = new Set(VERBS.map((v) => v.lemma));

/**
 * The morphemes of a word, whose concatenation is the normalized word: nominal suffixes split
 * off (ەکان, ی, دا, یش …), verbs and infinitives kept whole, as in the Sorani tokenization
 * dev set.
 *
 * `next` is the token that follows the word in its text (`''` at the end of the text): an
 * ezafe links a noun to what follows, so a final ی before closing punctuation, the conjunction
 * و or the end of the text is not an ezafe and stays on the word (سۆرانی ، …); before another
 * word a final ‑ە on a noun is the demonstrative or linking ە and stays on it (شارە
 * بەناوبانگەکان). `tokenize(text, { level: 'morpheme', segment })` passes it. Without `next`
 * the word is taken to be followed by another word, the common case in running text.
 *
 * @example
 * segment('شارەکانیشدا'); // ['شار', 'ەکان', 'یش', 'دا']
 * segment('دەچین'); // ['دەچین']
 * segment('کوردی', '،'); // ['کوردی']
 */
export function segment(word: string, next?: string): string[] {
  return segmentShared(word, next).slice();
}

/** {@link segment} without the copy: the cached array, for callers that do not change it. */
export function segmentShared(word: string, next?: string): readonly string[] {
  // without a next token the word is taken to be followed by another word, as most words are
  const context: Context = typeof next === 'string' && (next === '' || next === 'و' || (!LETTER.test(next) && !OPENING.test(next))) ? 'closing' : 'open';
  const cache = segmentCaches[context];
  let hit = cache.get(word);
  if (!hit) {
    hit = segmentPrepared(prepare(word), context);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, hit);
  }
  return hit;
}

const LETTER = /\p{L}/u;
/**
 * An opening bracket or quote, or a colon: what an ezafe links to may come inside it or after
 * it (بانگەشەی «…», هۆزەکانی : …).
 */
const OPENING = /^[([{«“‹"'\u2018:]/u;

/** What follows a word: the end of a phrase (punctuation, و, end of text) or more words. */
type Context = 'closing' | 'open';

/** The morphemes of a word already prepared: they concatenate to `w` exactly. */
function segmentPrepared(w: string, context: Context): string[] {
  const best = analyzePrepared(w)[0];
  if (!best) return w ? [w] : [];
  // a suffix chain written apart, after a bracket (بکەر)ەکەوە: no Sorani word begins with ە
  if (w.startsWith('ە')) return [w];
  if (best.guessed) {
    // an unknown verb or infinitive keeps its -ەوە like a known one (دەدرەوشێنەوە)
    if (GUESSED_VERB.test(w)) return [w];
    // the conjunction و written onto an unknown word: سوپاو → سوپا و, ودانیشتوان → و دانیشتوان
    if (w.length >= 4 && w.endsWith('و') && !w.endsWith('وو') && known(w.slice(0, -1))) {
      return [...segmentPrepared(w.slice(0, -1), context), 'و'];
    }
    if (w.length >= 4 && w.startsWith('و') && !w.startsWith('وو') && known(w.slice(1))) {
      return ['و', ...segmentPrepared(w.slice(1), context)];
    }
  }
  if (best.pos === 'verb' && !best.features.form) return [w];
  // a participle with the 3sg copula is a perfect, a verb form: کراوە, ناسراوە, دروستکراوە
  if (best.features.form?.endsWith('participle') && best.suffixes.length === 1 && best.suffixes[0]!.gloss === 'COP.3SG') return [w];
  if (context === 'open' && best.pos === 'adj' && best.suffixes.length === 0 && NISBA.test(w) && isNoun(w.slice(0, -1))) {
    // a relational adjective is its noun + ی (هەرێم → هەرێمی "regional"); before another word
    // the same letters are far more often the noun with an ezafe (هەرێمی کوردستان)
    return [w.slice(0, -1), 'ی'];
  }
  const suffixes = best.suffixes.filter((m) => m.form !== '');
  const spelled = best.features.spelling;
  if (spelled && spelled.length === w.length + 1 && suffixes.length > 0) {
    // analysed as a respelling with one more letter (ئابووریانە as ئابوورییانە): when that
    // letter is in the suffixes, the suffix that holds it is one letter shorter in the word
    let at = 0;
    while (at < w.length && w[at] === spelled[at]) at++;
    let from = spelled.length - suffixes.reduce((n, m) => n + m.form.length, 0);
    for (let k = 0; k < suffixes.length && at >= from; k++) {
      const form = suffixes[k]!.form;
      if (at < from + form.length) {
        suffixes[k] = { ...suffixes[k]!, form: form.slice(0, at - from) + form.slice(at - from + 1) };
        break;
      }
      from += form.length;
    }
  }
  const last = suffixes[suffixes.length - 1];
  // no ezafe before closing punctuation, و or the end: the ی stays on what it follows (on a
  // pronoun it is the clitic: خۆ ی "himself")
  let linked = '';
  if (context === 'closing' && last?.gloss === 'EZ' && best.pos !== 'pron') linked = suffixes.pop()!.form;
  // the copula ‑ە closes a clause; inside a phrase a final ‑ە on a noun is the demonstrative or
  // linking ە (ئەم شارە, شارە بەناوبانگەکان) and stays on what it follows (on an adjective it
  // is still the copula: جیاوازە لەگەڵ …)
  if (context === 'open' && last?.gloss === 'COP.3SG' && last.form === 'ە' && best.pos !== 'adj') linked = suffixes.pop()!.form;
  const suffixLength = suffixes.reduce((n, m) => n + m.form.length, 0);
  const parts: string[] = [];
  let tail = w.length - suffixLength - linked.length;
  let k = 0;
  // on the stem stay: degree (تر ترین), ordinals (یەکەم), the demonstrative ە (ئەم پارتە), a
  // plural whose stem lost its ە (ناوچانە), and the ezafe of a demonstrative pronoun, which
  // makes a relative "the one that" (ئەوەی کە); plural + demonstrative is one piece (شوێنانە),
  // so is یەک + ezafe (وشەیەکی)
  const glued = (m: Morpheme, at: number) =>
    m.gloss === 'CMPR' ||
    m.gloss === 'SUPL' ||
    m.gloss === 'DEM' ||
    m.gloss === 'ORD' ||
    m.gloss === 'SUPL.ORD' ||
    (at === 0 && m.gloss === 'EZ' && best.pos === 'pron' && DEMONSTRATIVE_PRONOUNS.has(best.stem)) ||
    (at === 0 && m.gloss === 'PL' && best.stem.length > best.surface) ||
    (at === 0 && m.gloss === 'ABL' && best.features.form === 'infinitive');
  while (k < suffixes.length && glued(suffixes[k]!, k)) tail += suffixes[k++]!.form.length;
  parts.push(w.slice(0, tail));
  for (; k < suffixes.length; k++) {
    const m = suffixes[k]!;
    const next = suffixes[k + 1];
    if ((m.gloss === 'PL' && next?.gloss === 'DEM') || (m.form === 'یەک' && next?.gloss === 'EZ')) {
      parts.push(m.form + next.form);
      k++;
    } else parts.push(m.form);
  }
  parts[parts.length - 1] += linked;
  return parts.filter((p) => p.length > 0);
}

/**
 * The shape of a verb form with -ەوە: an aspect, mood or negation prefix, a present stem and a
 * person ending (دەدرەوشێنەوە, بتوێنێتەوە), or an infinitive (لەیادچوونەوە).
 */
const GUESSED_VERB = /^(?:(?:نە|نا|مە)?(?:دە|ئە|ب)..+(?:م|ێت|ێ|ین|ن|ێن|ات)|.+(?:وو|[دتیا])ن)ەوە$/;

/** A final î after a consonant: the relational (nisba) suffix ‑ی. */
const NISBA = /[^اەۆێیو]ی$/;

function isNoun(w: string): boolean {
  return NOMINALS.get(w)?.some((e) => (e.pos === 'noun' || e.pos === 'propn') && !e.verb) ?? false;
}

function known(w: string): boolean {
  const best = analyzePrepared(w)[0];
  return best !== undefined && !best.guessed;
}

const DEMONSTRATIVE_PRONOUNS: ReadonlySet<string> = new Set(['ئەو', 'ئەوە', 'ئەم', 'ئەمە']);
