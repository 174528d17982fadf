/**
 * Sorani affixes as data, and the finite tables of every suffix chain they make.
 *
 * A suffix's spelling depends on the sound before it (Thackston 2006, §§ on the definite,
 * indefinite, plural and ezafe; Wikipedia "Sorani Kurdish" morphology): after a consonant
 * شار → شارەکە, شارێک, شاران; after ا or ۆ برا → براکە, برایەک, برایان; after ە stems drop the
 * ە before the plural (ئاژاوە → ئاژاوان); after î ماسی → ماسییەکە; after وو خەسوو → خەسووەکە but
 * خەسوویەک. Each morpheme below lists its spellings per context class; the tables realize every
 * chain once, so analysis is a hash lookup per split point.
 *
 * @module
 */

/** One morpheme of an analysis: its spelling in the word and a gloss. */
export interface Morpheme {
  readonly form: string;
  readonly gloss: string;
}

const INTERNED = new Map<string, Morpheme>();

/** A shared, frozen morpheme object (the tables hold hundreds of thousands of references). */
export function morpheme(form: string, gloss: string): Morpheme {
  const key = `${form}\u0000${gloss}`;
  let m = INTERNED.get(key);
  if (!m) {
    m = Object.freeze({ form, gloss });
    INTERNED.set(key, m);
  }
  return m;
}

/** The sound class at the end of a stem or suffix, which selects the next suffix's spelling. */
export type Ctx = 'C' | 'A' | 'E' | 'I' | 'Y' | 'U';

const VOWEL_BEFORE_Y = new Set(['ا', 'ە', 'ۆ', 'ێ']);

/** The context class of the end of `s` (C consonant, A ا/ۆ, E ە, I î, Y ێ, U وو). */
export function ctxOf(s: string): Ctx {
  const last = s[s.length - 1];
  switch (last) {
    case 'ا':
    case 'ۆ':
      return 'A';
    case 'ە':
      return 'E';
    case 'ێ':
      return 'Y';
    case 'ی':
      // ی after a vowel is the consonant y (مەی, چای); after a consonant the vowel î (ماسی)
      return s.length > 1 && (VOWEL_BEFORE_Y.has(s[s.length - 2]!) || s.endsWith('ووی')) ? 'C' : 'I';
    case 'و':
      return s.endsWith('وو') ? 'U' : 'C';
    default:
      return 'C';
  }
}

/** A short string ending in each context, to find the context after a suffix (ە + ی → C). */
const REPRESENTATIVE: Readonly<Record<Ctx, string>> = { C: 'ب', A: 'ا', E: 'ە', I: 'بی', Y: 'ێ', U: 'وو' };

/** The context after adding `suffix` to something ending in context `ctx`. */
export function nextCtx(ctx: Ctx, suffix: string): Ctx {
  return suffix === '' ? ctx : ctxOf(REPRESENTATIVE[ctx] + suffix);
}

/** Spellings of a morpheme per context: a string for all contexts, or one list per class. */
type Forms = string | Readonly<Record<Ctx, readonly string[]>>;

interface Def {
  readonly gloss: string;
  readonly forms: Forms;
  /** Key/value features the morpheme adds to the analysis. */
  readonly features?: Readonly<Record<string, string>>;
  /** Extra spellings right after a given morpheme (ی + ەتی: هەیەتی). */
  readonly after?: Readonly<Record<string, readonly string[]>>;
}

const V = (c: string, a: string, e: string, i: string, y: string, u: string): Readonly<Record<Ctx, readonly string[]>> =>
  ({ C: [c], A: [a], E: [e], I: [i], Y: [y], U: [u] }) as const;

/** Nominal suffixes (nouns, adjectives, names, pronouns, infinitives). */
const NOMINAL = {
  CMPR: { gloss: 'CMPR', forms: 'تر', features: { degree: 'comparative' } },
  SUPL: { gloss: 'SUPL', forms: 'ترین', features: { degree: 'superlative' } },
  PL: { gloss: 'PL', forms: V('ان', 'یان', 'ان', 'یان', 'یان', 'ان'), features: { number: 'plural' } },
  PLGEL: { gloss: 'PL', forms: 'گەل', features: { number: 'plural' } },
  // after ا and ۆ both spellings are in use: ڕێگاکان and هۆیەکان
  DEF: { gloss: 'DEF', forms: { C: ['ەکە'], A: ['کە', 'یەکە'], E: ['کە'], I: ['یەکە'], Y: ['یەکە', 'کە'], U: ['ەکە'] }, features: { definite: 'yes' } },
  DEFPL: {
    gloss: 'DEF.PL',
    forms: { C: ['ەکان'], A: ['کان', 'یەکان'], E: ['کان'], I: ['یەکان'], Y: ['یەکان', 'کان'], U: ['ەکان'] },
    features: { definite: 'yes', number: 'plural' },
  },
  INDF: { gloss: 'INDF', forms: V('ێک', 'یەک', 'یەک', 'یەک', 'یەک', 'یەک'), features: { definite: 'no' } },
  DEM: { gloss: 'DEM', forms: { C: ['ە'], A: ['یە'], E: ['یە'], I: ['یە'], Y: ['یە'], U: ['ە', 'یە'] }, features: { demonstrative: 'yes' } },
  ADD: { gloss: 'ADD', forms: { C: ['یش'], A: ['ش'], E: ['ش'], I: ['ش'], Y: ['ش', 'یش'], U: ['ش'] }, features: { additive: 'yes' } },
  EZ: { gloss: 'EZ', forms: 'ی', features: { ezafe: 'yes' } },
  POSS1SG: { gloss: 'POSS.1SG', forms: 'م', features: { possessor: '1sg' } },
  POSS2SG: { gloss: 'POSS.2SG', forms: 'ت', features: { possessor: '2sg' } },
  POSS3SG: { gloss: 'POSS.3SG', forms: 'ی', features: { possessor: '3sg' } },
  POSS1PL: { gloss: 'POSS.1PL', forms: 'مان', features: { possessor: '1pl' } },
  POSS2PL: { gloss: 'POSS.2PL', forms: 'تان', features: { possessor: '2pl' } },
  POSS3PL: { gloss: 'POSS.3PL', forms: 'یان', features: { possessor: '3pl' } },
  IN: { gloss: 'LOC', forms: 'دا', features: { postposition: 'دا' } },
  FROM: {
    gloss: 'ABL',
    forms: { C: ['ەوە'], A: ['وە'], E: ['وە'], I: ['یەوە'], Y: ['یەوە'], U: ['ەوە', 'وە'] },
    features: { postposition: 'ەوە' },
  },
  RA: { gloss: 'ABL.RA', forms: 'ڕا', features: { postposition: 'ڕا' } },
  COP1SG: { gloss: 'COP.1SG', forms: 'م', features: { copula: '1sg' } },
  COP2SG: { gloss: 'COP.2SG', forms: 'یت', features: { copula: '2sg' } },
  COP3SG: {
    gloss: 'COP.3SG',
    forms: { C: ['ە'], A: ['یە'], E: ['یە'], I: ['یە', 'ەتی'], Y: ['یە'], U: ['یە'] },
    features: { copula: '3sg' },
    after: { POSS3SG: ['ەتی'] },
  },
  COP1PL: { gloss: 'COP.1PL', forms: 'ین', features: { copula: '1pl' } },
  COP3PL: { gloss: 'COP.2/3PL', forms: 'ن', features: { copula: '2/3pl' } },
  OBJ1SG: { gloss: '1SG', forms: 'م', features: { clitic: '1sg' } },
  OBJ2SG: { gloss: '2SG', forms: 'ت', features: { clitic: '2sg' } },
  OBJ3SG: { gloss: '3SG', forms: 'ی', features: { clitic: '3sg' } },
  OBJ1PL: { gloss: '1PL', forms: 'مان', features: { clitic: '1pl' } },
  OBJ2PL: { gloss: '2PL', forms: 'تان', features: { clitic: '2pl' } },
  OBJ3PL: { gloss: '3PL', forms: 'یان', features: { clitic: '3pl' } },
} as const satisfies Record<string, Def>;

type NominalId = keyof typeof NOMINAL;

/** A realized suffix chain: its morphemes, features, and whether the stem's final ە was dropped. */
export interface Chain {
  readonly morphemes: readonly Morpheme[];
  readonly features: Readonly<Record<string, string>>;
  /** ئاژاوە + ان → ئاژاوان: the stem lost its final ە. */
  readonly dropE: boolean;
  /** A cost for ranking: more and rarer morphemes cost more. */
  readonly cost: number;
}

function formsOf(def: Def, ctx: Ctx): readonly string[] {
  return typeof def.forms === 'string' ? [def.forms] : def.forms[ctx];
}

const POSS: readonly NominalId[] = ['POSS1SG', 'POSS2SG', 'POSS3SG', 'POSS1PL', 'POSS2PL', 'POSS3PL'];
const OBJ: readonly NominalId[] = ['OBJ1SG', 'OBJ2SG', 'OBJ3SG', 'OBJ1PL', 'OBJ2PL', 'OBJ3PL'];
const COP: readonly NominalId[] = ['COP1SG', 'COP2SG', 'COP3SG', 'COP1PL', 'COP3PL'];

/** Every abstract nominal chain, in slot order: degree, number/determiner, ADD, possessor, postposition, copula. */
function abstractNominalChains(): NominalId[][] {
  const out: NominalId[][] = [];
  const degrees: NominalId[][] = [[], ['CMPR'], ['SUPL']];
  const dets: NominalId[][] = [[], ['PL'], ['DEF'], ['DEFPL'], ['INDF'], ['DEM'], ['PL', 'INDF'], ['PL', 'DEM'], ['PLGEL']];
  const posses: NominalId[][] = [[], ...POSS.map((p) => [p])];
  const posts: NominalId[][] = [[], ['IN'], ['FROM'], ['RA']];
  for (const deg of degrees) {
    for (const det of dets) {
      out.push([...deg, ...det, 'EZ']);
      for (const addAt of [0, 1, 2]) {
        for (const poss of posses) {
          if (addAt === 2 && poss.length === 0) continue;
          const head = [...deg, ...det, ...(addAt === 1 ? (['ADD'] as NominalId[]) : []), ...poss, ...(addAt === 2 ? (['ADD'] as NominalId[]) : [])];
          for (const post of posts) {
            // the final copula or clitic is split off at lookup time (see nominalChains)
            out.push([...head, ...post]);
          }
        }
      }
    }
  }
  return out;
}

const COSTS: Partial<Record<NominalId, number>> = {
  COP1SG: 1.5,
  COP2SG: 1.5,
  COP1PL: 1.5,
  COP3PL: 1.5,
  COP3SG: 1,
  DEM: 1.2,
  RA: 1.5,
  OBJ1SG: 2,
  OBJ2SG: 2,
  OBJ3SG: 2,
  OBJ1PL: 2,
  OBJ2PL: 2,
  OBJ3PL: 2,
  EZ: 0.9,
  PLGEL: 1.5,
};

/** A table from suffix spelling to the chains it realizes, for one stem context. */
export type ChainTable = ReadonlyMap<string, readonly Chain[]>;

function realize(
  ids: readonly NominalId[],
  ctx: Ctx,
  defs: Readonly<Record<string, Def>>,
  costs: Partial<Record<string, number>>,
  add: (form: string, chain: Chain) => void,
): void {
  const forms: string[] = [];
  let cost = 0;
  const features: Record<string, string> = {};
  for (const id of ids) {
    cost += 0.7 * (costs[id] ?? 1);
    Object.assign(features, defs[id]!.features);
  }
  Object.freeze(features);
  const dropE = ctx === 'E' && ids[0] === 'PL';
  const leaf = () => {
    const morphemes: Morpheme[] = new Array<Morpheme>(ids.length);
    for (let k = 0; k < ids.length; k++) morphemes[k] = morpheme(forms[k]!, defs[ids[k]!]!.gloss);
    add(forms.join(''), { morphemes, features, dropE, cost });
  };
  const walk = (k: number, c: Ctx) => {
    if (k === ids.length) {
      leaf();
      return;
    }
    const def = defs[ids[k]!]!;
    const base = formsOf(def, c);
    const extra = k > 0 ? def.after?.[ids[k - 1]!] : undefined;
    for (const f of base) {
      forms.push(f);
      walk(k + 1, nextCtx(c, f));
      forms.pop();
    }
    if (extra) {
      for (const f of extra) {
        if (base.includes(f)) continue;
        forms.push(f);
        walk(k + 1, nextCtx(c, f));
        forms.pop();
      }
    }
  };
  walk(0, ctx);
}

function buildTable(chains: readonly (readonly NominalId[])[], ctx: Ctx): Map<string, Chain[]> {
  const table = new Map<string, Chain[]>();
  for (const ids of chains) {
    realize(ids, ctx, NOMINAL, COSTS, (form, chain) => {
      const list = table.get(form);
      if (list) list.push(chain);
      else table.set(form, [chain]);
    });
  }
  for (const list of table.values()) list.sort((a, b) => a.cost - b.cost);
  return table;
}

const nominalCache = new Map<Ctx, Map<string, Chain[]>>();
let abstractNominal: NominalId[][] | undefined;

/** The nominal suffix table for stems ending in context `ctx` (built on first use). */
function nominalTable(ctx: Ctx): ChainTable {
  let table = nominalCache.get(ctx);
  if (!table) {
    abstractNominal ??= abstractNominalChains();
    table = buildTable(abstractNominal, ctx);
    nominalCache.set(ctx, table);
  }
  return table;
}

/** The final copula or second clitic, each with the contexts it may follow. */
const FINALS: readonly NominalId[] = [...COP, ...OBJ];

function finalAllowed(id: NominalId, core: Chain): boolean {
  if (!id.startsWith('OBJ')) return true;
  const glosses = core.morphemes.map((m) => m.gloss);
  return glosses.some((g) => g.startsWith('POSS')) && !glosses.some((g) => g === 'LOC' || g === 'ABL' || g === 'ABL.RA');
}

/**
 * Every nominal chain spelled `suffix` after a stem ending in context `ctx`, cheapest first: the
 * chains of the table, and table chains followed by a copula or a second clitic (‑م ‑یت ‑ە ‑ین
 * ‑ن, ‑م ‑ت ‑ی ‑مان ‑تان ‑یان), which are split off here to keep the table small.
 */
export function nominalChains(ctx: Ctx, suffix: string): readonly Chain[] {
  const key = ctx + suffix;
  let hit = chainCache.get(key);
  if (!hit) {
    hit = Object.freeze(nominalChainsUncached(ctx, suffix));
    if (chainCache.size >= 50_000) chainCache.clear();
    chainCache.set(key, hit);
  }
  return hit;
}

let FINAL_FORMS: Map<NominalId, readonly string[]> | undefined;

/** Every spelling of a final morpheme, in any context (the ‑ەتی after ‑ی included). */
function finalForms(id: NominalId): readonly string[] {
  FINAL_FORMS ??= new Map();
  let forms = FINAL_FORMS.get(id);
  if (!forms) {
    const def: Def = NOMINAL[id];
    const all = (['C', 'A', 'E', 'I', 'Y', 'U'] as const).flatMap((c) => formsOf(def, c));
    forms = [...new Set([...all, ...(def.after?.POSS3SG ?? [])])];
    FINAL_FORMS.set(id, forms);
  }
  return forms;
}

/** Chains by context + suffix: the same few thousand suffix strings recur in running text. */
const chainCache = new Map<string, readonly Chain[]>();

function nominalChainsUncached(ctx: Ctx, suffix: string): Chain[] {
  const table = nominalTable(ctx);
  const out: Chain[] = [...(table.get(suffix) ?? [])];
  for (const id of FINALS) {
    const def: Def = NOMINAL[id];
    for (const f of finalForms(id)) {
      if (!suffix.endsWith(f)) continue;
      const coreForm = suffix.slice(0, suffix.length - f.length);
      for (const core of table.get(coreForm) ?? []) {
        if (!finalAllowed(id, core)) continue;
        const endCtx = nextCtx(ctx, coreForm);
        const last = core.morphemes[core.morphemes.length - 1]?.gloss;
        const spelled = formsOf(def, endCtx).includes(f) || (last === 'POSS.3SG' && def.after?.POSS3SG?.includes(f));
        if (!spelled) continue;
        out.push({
          morphemes: [...core.morphemes, morpheme(f, def.gloss)],
          features: { ...core.features, ...def.features },
          dropE: core.dropE,
          cost: core.cost + 0.7 * (COSTS[id] ?? 1),
        });
      }
    }
  }
  return out.sort((a, b) => a.cost - b.cost);
}

/** The longest suffix any nominal chain can have (bounds the split search). */
export const MAX_NOMINAL_SUFFIX = 24;
