/**
 * The compiled lexicon: lookup maps built once from the authored tables.
 *
 * @module
 */
import { ctxOf } from '../affixes.js';
import { ADJECTIVES } from './adjectives.js';
import { ADVERBS } from './adverbs.js';
import { CLOSED_CLASSES } from './closed.js';
import { NAMES } from './names.js';
import { NOUNS } from './nouns.js';
import type { PartOfSpeech, VerbEntry } from './types.js';
import { words } from './types.js';
import { PART_ADJECTIVES, PART_ADVERBS, PART_NOUNS } from './verb-parts.js';
import { COMPOUND_VERBS, SIMPLE_VERBS } from './verbs.js';

export type { PartOfSpeech, VerbEntry } from './types.js';

/** How a nominal stem relates to a verb, when it comes from one. */
export type VerbalForm = 'infinitive' | 'participle' | 'passive-infinitive' | 'passive-participle';

/** A nominal (non-finite) lexicon entry. */
export interface NominalEntry {
  readonly lemma: string;
  readonly pos: PartOfSpeech;
  readonly verb?: VerbEntry;
  readonly form?: VerbalForm;
}

/** A verb stem with its verb. */
export interface StemEntry {
  readonly verb: VerbEntry;
  readonly kind: 'past' | 'present' | 'present3';
  readonly voice: 'active' | 'passive';
}

function parseVerbs(): VerbEntry[] {
  const simple: VerbEntry[] = [];
  for (const line of SIMPLE_VERBS.split('\n')) {
    const [lemma, present, t] = line.trim().split(/\s+/);
    if (!lemma || !present || !t) continue;
    const ewe = lemma.endsWith('نەوە');
    const base = ewe ? lemma.slice(0, -3) : lemma;
    for (const p of present.split('|')) simple.push({ lemma, past: base.slice(0, -1), present: p, transitive: t === 'T', preverb: '', ewe, base });
  }
  const byLemma = new Map(simple.map((v) => [v.lemma, v]));
  const compounds: VerbEntry[] = [];
  for (const item of COMPOUND_VERBS) {
    const [part, inf] = item.split('+');
    if (!part || !inf) continue;
    let v = byLemma.get(inf);
    let ewe = v?.ewe ?? false;
    if (!v && inf.endsWith('نەوە')) {
      v = byLemma.get(inf.slice(0, -3));
      ewe = true;
    }
    if (!v) v = findLightBase(inf, byLemma);
    if (!v) continue;
    compounds.push({ ...v, lemma: part + inf, preverb: part, ewe, base: v.base });
  }
  return [...simple, ...compounds];
}

/** `پێکردن` in دەست+پێکردن: a preverb inside the verb part. */
function findLightBase(inf: string, byLemma: Map<string, VerbEntry>): VerbEntry | undefined {
  for (let i = 1; i < inf.length - 2; i++) {
    const v = byLemma.get(inf.slice(i));
    if (v) return { ...v, preverb: inf.slice(0, i) };
  }
  return undefined;
}

/** Every verb of the lexicon, simple and compound. */
export const VERBS: readonly VerbEntry[] = parseVerbs();

/** Verbs that form compounds with a noun or adjective (light verbs). */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(
  words(`کردن بوون دان هێنان گرتن خستن کەوتن هاتن بردن کێشان چوون نان گەڕان کردنەوە بوونەوە
  دانەوە هێنانەوە گرتنەوە خستنەوە کەوتنەوە هاتنەوە بڕین بەستن ناردن گۆڕین پێوان ڕشتن ڕۆیشتن`),
);

/** Irregular passive roots (the rest add ر to the present stem: کوژ → کوژرا). */
const PASSIVE_ROOTS: Readonly<Record<string, string>> = {
  گرتن: 'گیر',
  وتن: 'وتر',
  گوتن: 'گوتر',
  کوتن: 'کوتر',
  نان: 'نر',
  ویستن: 'ویستر',
  بیستن: 'بیستر',
};

function passiveRoot(v: VerbEntry): string | undefined {
  if (!v.transitive) return undefined;
  const irregular = PASSIVE_ROOTS[v.base];
  if (irregular) return irregular;
  const p = v.present;
  if (p.endsWith('ە')) return `${p.slice(0, -1)}ر`;
  if (p.endsWith('ۆ')) return `${p.slice(0, -1)}ور`;
  return `${p}ر`;
}

function present3(p: string): string | undefined {
  if (p.endsWith('ە')) return `${p.slice(0, -1)}ا`;
  if (p.endsWith('ۆ')) return `${p.slice(0, -1)}وا`;
  return undefined;
}

const PERFECT: Readonly<Record<string, string>> = { C: 'وو', A: 'و', E: 'و', I: 'و', Y: 'و', U: '' };

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function build() {
  const nominals = new Map<string, NominalEntry[]>();
  const stems = new Map<string, StemEntry[]>();
  const add = (list: readonly string[], pos: PartOfSpeech) => {
    for (const w of list) if (!nominals.get(w)?.some((e) => e.pos === pos)) push(nominals, w, { lemma: w, pos });
  };
  for (const [pos, list] of CLOSED_CLASSES) add(list, pos);
  add(NOUNS, 'noun');
  add(ADJECTIVES, 'adj');
  add(ADVERBS, 'adv');
  add(NAMES, 'propn');
  add(PART_ADJECTIVES, 'adj');
  add(PART_NOUNS, 'noun');
  add(PART_ADVERBS, 'adv');
  const simpleLemmas = new Set(VERBS.filter((v) => !v.preverb && !v.ewe).map((v) => v.lemma));
  for (const v of VERBS) {
    if (!nominals.get(v.lemma)?.some((e) => e.verb)) push(nominals, v.lemma, { lemma: v.lemma, pos: 'verb', verb: v, form: 'infinitive' });
    if (v.preverb) continue;
    if (!stems.get(v.past)?.some((e) => e.verb.lemma === v.lemma && e.kind === 'past')) push(stems, v.past, { verb: v, kind: 'past', voice: 'active' });
    push(stems, v.present, { verb: v, kind: 'present', voice: 'active' });
    const p3 = present3(v.present);
    if (p3) push(stems, p3, { verb: v, kind: 'present3', voice: 'active' });
    const perfect = PERFECT[ctxOf(v.past)]!;
    if (perfect && !v.ewe) push(nominals, v.past + perfect, { lemma: v.lemma, pos: 'adj', verb: v, form: 'participle' });
    const root = passiveRoot(v);
    if (root && (!v.ewe || !simpleLemmas.has(v.base))) {
      // after a consonant the passive also takes ‑د‑ (خوێندرا, بڕدرا, ژمێردرا: Thackston 2006,
      // passive); a stem in ر takes only that form (ژمێررا is not written)
      const consonant = !/[اەۆێیوە]$/.test(v.present) && root === `${v.present}ر`;
      const roots = v.present.endsWith('ر') && consonant ? [`${v.present}در`] : consonant ? [root, `${v.present}در`] : [root];
      for (const r of roots) {
        push(stems, `${r}ا`, { verb: v, kind: 'past', voice: 'passive' });
        push(stems, `${r}ێ`, { verb: v, kind: 'present', voice: 'passive' });
        push(nominals, `${r}ان`, { lemma: `${r}ان`, pos: 'verb', verb: v, form: 'passive-infinitive' });
        push(nominals, `${r}او`, { lemma: `${r}ان`, pos: 'adj', verb: v, form: 'passive-participle' });
      }
    }
  }
  return { nominals, stems };
}

const BUILT = build();

/** Nominal stems (every word of the word lists, infinitives, participles) → entries. */
export const NOMINALS: ReadonlyMap<string, readonly NominalEntry[]> = BUILT.nominals;

/** Verb stems (past, present, passive) → entries. */
export const VERB_STEMS: ReadonlyMap<string, readonly StemEntry[]> = BUILT.stems;

/** Compound verbs by part + simple infinitive (without -ەوە). */
export const COMPOUNDS: ReadonlyMap<string, readonly VerbEntry[]> = (() => {
  const m = new Map<string, VerbEntry[]>();
  for (const v of VERBS) if (v.preverb) push(m, v.preverb + v.base, v);
  return m;
})();

/** Simple infinitives that exist without -ەوە. */
export const PLAIN_LEXEMES: ReadonlySet<string> = new Set(VERBS.filter((v) => !v.ewe && !v.preverb).map((v) => v.lemma));
