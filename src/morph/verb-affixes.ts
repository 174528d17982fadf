/**
 * Verb affixes: the person endings after past and present stems, the perfect, pluperfect,
 * subjunctive and counterfactual markers, the -ەوە particle, and the prefix string before the
 * stem (preverb, clitic, negation, aspect/mood, additive ش), realized into lookup tables.
 *
 * Source of facts: Thackston, "Sorani Kurdish: A Reference Grammar" (2006), verb chapters
 * (present ‑م ‑یت ‑ێت ‑ین ‑ن; past intransitive endings and transitive agent clitics; perfect
 * ‑ووە, pluperfect ‑بوو, past subjunctive ‑بێت, counterfactual ‑با; clitics moving to the first
 * element of the verb phrase: دامهێنا, نەمبینی); Wikipedia "Sorani Kurdish".
 *
 * @module
 */
import { ctxOf, morpheme, nextCtx, type Ctx, type Morpheme } from './affixes.js';

/** Which stem a suffix chain attaches to. */
export type StemKind = 'past' | 'present' | 'present3';

/** A realized verb suffix chain. */
export interface VerbChain {
  readonly morphemes: readonly Morpheme[];
  readonly features: Readonly<Record<string, string>>;
  readonly cost: number;
  /** Uses a transitive agent clitic after the stem. */
  readonly agent: boolean;
  /** Takes the ب- prefix on a past stem (counterfactual, optative) or is an imperative. */
  readonly mood: 'indicative' | 'perfect' | 'subjunctive' | 'counterfactual' | 'imperative';
  readonly ewe: boolean;
  /** May be followed by ‑ەوە or the goal ‑ە, which are split off at lookup (see verbChains). */
  readonly tailable?: boolean;
}

interface Piece {
  readonly form: string;
  readonly gloss: string;
  readonly features?: Readonly<Record<string, string>>;
}

const INTRANSITIVE_PAST: readonly Piece[] = [
  { form: '', gloss: '', features: { person: '3sg' } },
  { form: 'م', gloss: '1SG', features: { person: '1sg' } },
  { form: 'یت', gloss: '2SG', features: { person: '2sg' } },
  { form: 'ین', gloss: '1PL', features: { person: '1pl' } },
  { form: 'ن', gloss: '3PL', features: { person: '2/3pl' } },
];

const AGENT: readonly Piece[] = [
  { form: 'م', gloss: 'A.1SG', features: { agent: '1sg' } },
  { form: 'ت', gloss: 'A.2SG', features: { agent: '2sg' } },
  { form: 'ی', gloss: 'A.3SG', features: { agent: '3sg' } },
  { form: 'مان', gloss: 'A.1PL', features: { agent: '1pl' } },
  { form: 'تان', gloss: 'A.2PL', features: { agent: '2pl' } },
  { form: 'یان', gloss: 'A.3PL', features: { agent: '3pl' } },
];

const OBJECT: readonly Piece[] = [
  { form: 'م', gloss: 'O.1SG', features: { object: '1sg' } },
  { form: 'ت', gloss: 'O.2SG', features: { object: '2sg' } },
  { form: 'ی', gloss: 'O.3SG', features: { object: '3sg' } },
  { form: 'ین', gloss: 'O.1PL', features: { object: '1pl' } },
  { form: 'ن', gloss: 'O.3PL', features: { object: '3pl' } },
  { form: 'یت', gloss: 'O.2SG', features: { object: '2sg' } },
  { form: 'مان', gloss: 'O.1PL', features: { object: '1pl' } },
  { form: 'تان', gloss: 'O.2PL', features: { object: '2pl' } },
  { form: 'یان', gloss: 'O.3PL', features: { object: '3pl' } },
];

/** -ەوە after a given context (after a bare past stem in ا it is یەوە: گەڕایەوە). */
const EWE: Readonly<Record<Ctx, readonly string[]>> = {
  C: ['ەوە'],
  A: ['یەوە'],
  E: ['وە'],
  I: ['یەوە', 'ەوە'],
  Y: ['تەوە'],
  U: ['ەوە'],
};

const PERFECT_MARK: Readonly<Record<Ctx, string>> = { C: 'وو', A: 'و', E: 'و', I: 'و', Y: 'و', U: '' };

const PRESENT_C: readonly Piece[] = [
  { form: 'م', gloss: '1SG', features: { person: '1sg' } },
  { form: 'یت', gloss: '2SG', features: { person: '2sg' } },
  { form: 'ی', gloss: '2SG', features: { person: '2sg' } },
  { form: 'ێت', gloss: '3SG', features: { person: '3sg' } },
  { form: 'ێ', gloss: '3SG', features: { person: '3sg' } },
  { form: 'ین', gloss: '1PL', features: { person: '1pl' } },
  { form: 'ن', gloss: '3PL', features: { person: '2/3pl' } },
];
const PRESENT_V: readonly Piece[] = [
  { form: 'م', gloss: '1SG', features: { person: '1sg' } },
  { form: 'یت', gloss: '2SG', features: { person: '2sg' } },
  { form: 'ی', gloss: '2SG', features: { person: '2sg' } },
  { form: 'ت', gloss: '3SG', features: { person: '3sg' } },
  { form: '', gloss: '', features: { person: '3sg' } },
  { form: 'ین', gloss: '1PL', features: { person: '1pl' } },
  { form: 'ن', gloss: '3PL', features: { person: '2/3pl' } },
];
const PRESENT_E: readonly Piece[] = PRESENT_V.filter((p) => p.form !== 'ت' && p.form !== '');
const PRESENT_3: readonly Piece[] = [
  { form: 'ت', gloss: '3SG', features: { person: '3sg' } },
  { form: '', gloss: '', features: { person: '3sg' } },
];
const IMPERATIVE_C: readonly Piece[] = [
  { form: 'ە', gloss: 'IMP.2SG', features: { person: '2sg' } },
  { form: 'ن', gloss: 'IMP.2PL', features: { person: '2pl' } },
];
const IMPERATIVE_V: readonly Piece[] = [
  { form: '', gloss: 'IMP.2SG', features: { person: '2sg' } },
  { form: 'ن', gloss: 'IMP.2PL', features: { person: '2pl' } },
];

type Add = (form: string, chain: VerbChain) => void;

function piece(p: Piece): Morpheme[] {
  return p.form === '' ? [] : [morpheme(p.form, p.gloss)];
}

/** Adds person ending (+ optional object clitic) (+ optional -ەوە / goal -ە) chains. */
function withTails(
  add: Add,
  ctx: Ctx,
  pre: Morpheme[],
  preForm: string,
  endings: readonly Piece[],
  base: Omit<VerbChain, 'morphemes' | 'features' | 'ewe'> & { features: Record<string, string> },
  objects: boolean,
): void {
  for (const e of endings) {
    const seconds: (Piece | undefined)[] = [undefined];
    if (objects && e.form !== '') seconds.push(...OBJECT);
    for (const o of seconds) {
      const form = preForm + e.form + (o ? o.form : '');
      const ms = [...pre, ...piece(e), ...(o ? piece(o) : [])];
      const feats = { ...base.features, ...e.features, ...o?.features };
      const cost = base.cost + (o ? 1.5 : 0) + (e.form === '' ? 0 : 0.5);
      add(form, { ...base, morphemes: ms, features: feats, cost, ewe: false });
      const c = form === preForm ? ctx : ctxOf(form);
      for (const ewe of form === preForm ? EWE[ctx] : EWE[c].filter((f) => f !== 'تەوە')) {
        add(form + ewe, {
          ...base,
          morphemes: [...ms, morpheme(ewe, 'EWE')],
          features: { ...feats, particle: 'ەوە' },
          cost: cost + 0.5,
          ewe: true,
        });
      }
      if (c === 'C' && form !== preForm && !o) {
        add(`${form}ە`, {
          ...base,
          morphemes: [...ms, morpheme('ە', 'GOAL')],
          features: { ...feats, goal: 'yes' },
          cost: cost + 1,
          ewe: false,
        });
      }
    }
  }
}

const ADD_FORMS = (ctx: Ctx): readonly string[] => (ctx === 'C' ? ['یش'] : ctx === 'U' ? ['ش', 'یش'] : ['ش']);

/** The optative ‑ایە after a consonant or î, ‑یە after a vowel (کردایە, وەستایە). */
const OPT_FORMS = (ctx: Ctx): readonly string[] => (ctx === 'C' || ctx === 'I' ? ['ایە', 'ایەت'] : ['یە', 'یەت']);

/** The goal clitic ‑ە, ‑یە after a vowel (دەچمە, نەیاندایە). */
const GOAL_FORMS = (ctx: Ctx): readonly string[] => (ctx === 'C' ? ['ە'] : ['یە']);

/** Auxiliary markers after a past stem: pluperfect بوو, past subjunctive بێت/بێ/ب, counterfactual با. */
const PAST_AUX: readonly (readonly [string, string, VerbChain['mood'], Readonly<Record<string, string>>])[] = [
  ['', '', 'indicative', {}],
  ['بوو', 'PLPRF', 'perfect', { aspect: 'pluperfect' }],
  ['بێت', 'PST.SBJV', 'subjunctive', { mood: 'subjunctive' }],
  ['بێ', 'PST.SBJV', 'subjunctive', { mood: 'subjunctive' }],
  ['ب', 'PST.SBJV', 'subjunctive', { mood: 'subjunctive' }],
  ['با', 'CF', 'counterfactual', { mood: 'counterfactual' }],
];

/** What may close a perfect: the 3sg copula ە, with goal ‑ەتە or with ‑ەتەوە. */
const PERFECT_CLOSE: readonly string[] = ['', 'ە', 'ەتە', 'ەتەوە', 'ەوە', 'ەتی', 'ەتیەوە', 'ەتییەوە'];

function buildPast(ctx: Ctx, add: Add): void {
  const persons: (Piece & { agent: boolean })[] = [
    ...INTRANSITIVE_PAST.map((p) => ({ ...p, agent: false })),
    ...AGENT.map((p) => ({ ...p, agent: true })),
  ];
  for (const [auxForm, auxGloss, mood, auxFeats] of PAST_AUX) {
    const auxM: Morpheme[] = auxForm ? [morpheme(auxForm, auxGloss)] : [];
    const c0 = nextCtx(ctx, auxForm);
    const auxPersons = auxForm === 'ب' ? [...persons, { form: 'ێت', gloss: '3SG', features: { person: '3sg' }, agent: false }] : persons;
    for (const addAt of [0, 1, 2]) {
      for (const p of auxPersons) {
        if (addAt === 2 && p.form === '') continue;
        if (auxForm === 'ب' && p.form === '' && addAt === 0) continue;
        const addForms = addAt === 0 ? [''] : ADD_FORMS(addAt === 1 ? c0 : nextCtx(c0, p.form));
        for (const addForm of addForms) {
          const ms: Morpheme[] = [...auxM];
          if (addAt === 1) ms.push(morpheme(addForm, 'ADD'));
          if (p.form) ms.push(morpheme(p.form, p.gloss));
          if (addAt === 2) ms.push(morpheme(addForm, 'ADD'));
          for (const o of [undefined, ...(p.form ? OBJECT : [])]) {
            const ms1 = o ? [...ms, morpheme(o.form, o.gloss)] : ms;
            const form = ms1.map((m) => m.form).join('');
            const c = form === '' ? ctx : ms1.reduce((k, m) => nextCtx(k, m.form), ctx);
            const feats = { tense: 'past', ...auxFeats, ...p.features, ...o?.features, ...(addAt ? { additive: 'yes' } : {}) };
            const cost = 1 + (auxForm ? 1 : 0) + (addAt ? 1 : 0) + (o ? 1.5 : 0);
            const opts: [string, Record<string, string>][] = [['', {}]];
            if (auxForm === '' || auxForm === 'بوو') for (const f of OPT_FORMS(c)) opts.push([f, { mood: 'optative' }]);
            for (const [opt, optFeats] of opts) {
              const ms2 = opt ? [...ms1, morpheme(opt, 'OPT')] : ms1;
              const form2 = form + opt;
              const chainBase = {
                agent: p.agent,
                mood: opt ? ('counterfactual' as const) : mood,
                features: { ...feats, ...optFeats },
                cost: cost + (opt ? 1.5 : 0),
              };
              add(form2, { ...chainBase, morphemes: ms2, ewe: false, tailable: true });
            }
          }
        }
      }
    }
  }
  // perfect: marker ‑وو, then optional ش, person or agent, optional object, and the closing ە
  const mark = PERFECT_MARK[ctx];
  for (const withAdd of [false, true]) {
    for (const p of persons) {
      for (const o of [undefined, ...(p.form ? OBJECT.slice(0, 5) : [])]) {
        for (const close of PERFECT_CLOSE) {
          if (p.form === '' && close === '') continue;
          const ms: Morpheme[] = mark ? [morpheme(mark, 'PRF')] : [];
          let c = nextCtx(ctx, mark);
          if (withAdd) {
            const a = ADD_FORMS(c)[0]!;
            ms.push(morpheme(a, 'ADD'));
            c = nextCtx(c, a);
          }
          if (p.form) ms.push(morpheme(p.form, p.gloss));
          if (o) ms.push(morpheme(o.form, o.gloss));
          if (close) ms.push(morpheme(close, close.includes('ەوە') ? 'COP+EWE' : 'COP'));
          const ewe = close.endsWith('ەوە');
          add(ms.map((m) => m.form).join(''), {
            morphemes: ms,
            features: { tense: 'past', aspect: 'perfect', ...p.features, ...o?.features, ...(ewe ? { particle: 'ەوە' } : {}) },
            cost: 1.5 + (withAdd ? 1 : 0) + (o ? 1.5 : 0) + (close.length > 1 ? 0.5 : 0),
            agent: p.agent,
            mood: 'perfect',
            ewe,
          });
        }
      }
    }
  }
}

function buildPresent(ctx: Ctx, add: Add): void {
  const endings = ctx === 'C' ? PRESENT_C : ctx === 'E' ? PRESENT_E : PRESENT_V;
  const base = { agent: false, mood: 'indicative' as const, cost: 1, features: { tense: 'present' } };
  withTails(add, ctx, [], '', endings, base, true);
  const imp = ctx === 'C' ? IMPERATIVE_C : IMPERATIVE_V;
  const ib = { agent: false, mood: 'imperative' as const, cost: 1.5, features: { tense: 'present', mood: 'imperative' } };
  for (const e of imp) {
    add(e.form, { ...ib, morphemes: piece(e), features: { ...ib.features, ...e.features }, ewe: false });
  }
  for (const [form, gloss] of [
    [ctx === 'C' ? 'ەرە' : 'رە', 'IMP.2SG+GOAL'],
    ['نە', 'IMP.2PL+GOAL'],
    ['نەوە', 'IMP.2PL+EWE'],
  ] as const) {
    add(form, { ...ib, morphemes: [{ form, gloss }], features: { ...ib.features, person: gloss.includes('PL') ? '2pl' : '2sg' }, ewe: form.endsWith('ەوە') });
  }
  for (const ewe of ctx === 'C' ? ['ەوە', 'ەرەوە'] : ['رەوە']) {
    add(ewe, {
      ...ib,
      morphemes: [morpheme(ewe, 'IMP.2SG+EWE')],
      features: { ...ib.features, person: '2sg', particle: 'ەوە' },
      ewe: true,
    });
  }
}

function buildPresent3(add: Add): void {
  const base = { agent: false, mood: 'indicative' as const, cost: 1, features: { tense: 'present' } };
  withTails(add, 'A', [], '', PRESENT_3, base, true);
}

const verbCache = new Map<string, Map<string, VerbChain[]>>();

/** The suffix table for a stem kind whose stem ends in context `ctx`. */
function verbTable(kind: StemKind, ctx: Ctx): ReadonlyMap<string, readonly VerbChain[]> {
  const key = `${kind}:${ctx}`;
  let table = verbCache.get(key);
  if (!table) {
    const t = new Map<string, VerbChain[]>();
    const add: Add = (form, chain) => {
      const list = t.get(form);
      if (list) list.push(chain);
      else t.set(form, [chain]);
    };
    if (kind === 'past') buildPast(ctx, add);
    else if (kind === 'present') buildPresent(ctx, add);
    else buildPresent3(add);
    for (const list of t.values()) list.sort((a, b) => a.cost - b.cost);
    table = t;
    verbCache.set(key, table);
  }
  return table;
}

const TAILS = ['ەوە', 'یەوە', 'وە', 'ە', 'یە'] as const;

/**
 * Every verb chain spelled `suffix` after a stem of kind `kind` ending in context `ctx`: the
 * chains of the table, and past chains followed by ‑ەوە (گەڕایەوە, کردمەوە) or the goal ‑ە
 * (چوومە), which are split off here to keep the table small.
 */
export function verbChains(kind: StemKind, ctx: Ctx, suffix: string): VerbChain[] {
  const table = verbTable(kind, ctx);
  const out: VerbChain[] = [...(table.get(suffix) ?? [])];
  if (kind !== 'past') return out;
  for (const t of TAILS) {
    if (!suffix.endsWith(t)) continue;
    const coreForm = suffix.slice(0, suffix.length - t.length);
    const c2 = nextCtx(ctx, coreForm);
    const ewe = (coreForm === '' ? EWE[ctx] : c2 === 'Y' ? [] : EWE[c2]).includes(t);
    const goal = GOAL_FORMS(c2).includes(t);
    if (!ewe && !goal) continue;
    for (const core of table.get(coreForm) ?? []) {
      if (!core.tailable) continue;
      if (ewe) {
        out.push({
          ...core,
          morphemes: [...core.morphemes, morpheme(t, 'EWE')],
          features: { ...core.features, particle: 'ەوە' },
          cost: core.cost + 0.5,
          ewe: true,
          tailable: false,
        });
      }
      if (goal) {
        out.push({
          ...core,
          morphemes: [...core.morphemes, morpheme(t, 'GOAL')],
          features: { ...core.features, goal: 'yes' },
          cost: core.cost + 1,
          ewe: false,
          tailable: false,
        });
      }
    }
  }
  return out.sort((x, y) => x.cost - y.cost);
}

/** Preverbs (Thackston 2006 § compound verbs; the issue's list plus بەر لێک پێک تێک ڕۆ). */
export const PREVERBS = ['هەڵ', 'دا', 'ڕا', 'وەر', 'تێ', 'لێ', 'پێ', 'دەر', 'بەر', 'لێک', 'پێک', 'تێک', 'ڕۆ'] as const;

/** A realized verb prefix string. */
export interface VerbPrefix {
  readonly morphemes: readonly Morpheme[];
  readonly preverb: string;
  readonly negation: '' | 'نا' | 'نە' | 'مە';
  readonly aspect: '' | 'دە' | 'ئە' | 'ب';
  readonly clitic: string;
  /** The aspect prefix was written د before a stem in ێ (دێت). */
  readonly beforeYe: boolean;
}

const CLITICS: readonly Piece[] = [
  { form: 'م', gloss: '1SG', features: { c: '1sg' } },
  { form: 'ت', gloss: '2SG', features: { c: '2sg' } },
  { form: 'ی', gloss: '3SG', features: { c: '3sg' } },
  { form: 'مان', gloss: '1PL', features: { c: '1pl' } },
  { form: 'تان', gloss: '2PL', features: { c: '2pl' } },
  { form: 'یان', gloss: '3PL', features: { c: '3pl' } },
];

const NEG_GLOSS = { نا: 'NEG', نە: 'NEG', مە: 'PROH' } as const;
const ASP_GLOSS = { دە: 'IPFV', ئە: 'IPFV', ب: 'SBJV' } as const;

let prefixTable: Map<string, VerbPrefix[]> | undefined;

/** Every verb prefix string (including the empty one), mapped to its analyses. */
export function verbPrefixes(): ReadonlyMap<string, readonly VerbPrefix[]> {
  if (prefixTable) return prefixTable;
  const t = new Map<string, VerbPrefix[]>();
  const seen = new Set<string>();
  const put = (p: VerbPrefix) => {
    const form = p.morphemes.map((m) => m.form).join('');
    const key = `${p.morphemes.map((m) => `${m.form}/${m.gloss}`).join(' ')}|${p.beforeYe}`;
    if (seen.has(key)) return;
    seen.add(key);
    const list = t.get(form);
    if (list) list.push(p);
    else t.set(form, [p]);
  };
  const negs = ['', 'نا', 'نە', 'مە'] as const;
  const asps = ['', 'دە', 'ئە', 'ب'] as const;
  for (const pv of ['', ...PREVERBS]) {
    for (const neg of negs) {
      for (const asp of asps) {
        if (neg === 'نا' && asp !== '') continue;
        if (neg === 'مە' && asp !== '') continue;
        if (neg === 'نە' && asp === 'ب') continue;
        for (const add of [false, true]) {
          for (const cl of [undefined, ...CLITICS]) {
            // orders: PV ش K N A | N ش K A | N A ش K | A ش K
            const orders: string[][] = pv
              ? [['pv', 'add', 'cl', 'neg', 'asp']]
              : neg
                ? [
                    ['neg', 'add', 'cl', 'asp'],
                    ['neg', 'asp', 'add', 'cl'],
                  ]
                : [['asp', 'add', 'cl']];
            for (const order of orders) {
              const ms: Morpheme[] = [];
              let form = '';
              for (const slot of order) {
                let m: Morpheme | undefined;
                if (slot === 'pv' && pv) m = morpheme(pv, 'PV');
                else if (slot === 'neg' && neg) m = morpheme(neg, NEG_GLOSS[neg]);
                else if (slot === 'asp' && asp) m = morpheme(asp, ASP_GLOSS[asp]);
                else if (slot === 'add' && add) m = morpheme(ms.length === 1 && pv && ctxOf(form) === 'C' ? 'یش' : 'ش', 'ADD');
                else if (slot === 'cl' && cl) m = morpheme(cl.form, cl.gloss);
                if (!m) continue;
                if (form === '' && (slot === 'add' || slot === 'cl')) break;
                ms.push(m);
                form += m.form;
              }
              const used = ms.length;
              const expected = (pv ? 1 : 0) + (neg ? 1 : 0) + (asp ? 1 : 0) + (add ? 1 : 0) + (cl ? 1 : 0);
              if (used !== expected) continue;
              put({ morphemes: ms, preverb: pv, negation: neg, aspect: asp, clitic: cl ? cl.form : '', beforeYe: false });
              if (asp === 'دە' && ms[ms.length - 1]?.form === 'دە') {
                put({
                  morphemes: [...ms.slice(0, -1), morpheme('د', 'IPFV')],
                  preverb: pv,
                  negation: neg,
                  aspect: asp,
                  clitic: cl ? cl.form : '',
                  beforeYe: true,
                });
              }
            }
          }
        }
      }
    }
  }
  prefixTable = t;
  return t;
}

/** The longest verb prefix string. */
export const MAX_VERB_PREFIX = 14;
