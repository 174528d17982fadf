/**
 * Heads of compound verbs and prefixed nominals: the nominal parts the lexicon lists with a
 * light verb, and the person clitics that move onto them.
 *
 * @module
 */
import type { Morpheme } from './affixes.js';
import { COMPOUNDS, LIGHT_VERBS, NOMINALS } from './lexicon/index.js';

/** Passive infinitives of the light verbs (کران, دران …): a noun + کراو is a compound's participle. */
export const LIGHT_PASSIVES: ReadonlySet<string> = new Set(
  [...NOMINALS].filter(([, entries]) => entries.some((e) => e.form === 'passive-infinitive' && e.verb && LIGHT_VERBS.has(e.verb.lemma))).map(([k]) => k),
);

/** Person clitics that move onto the nominal part of a compound verb (Thackston 2006). */
export const HEAD_CLITICS: readonly Morpheme[] = [
  { form: 'مان', gloss: '1PL' },
  { form: 'تان', gloss: '2PL' },
  { form: 'یان', gloss: '3PL' },
  { form: 'م', gloss: '1SG' },
  { form: 'ت', gloss: '2SG' },
  { form: 'ی', gloss: '3SG' },
];

const NON_VERBAL_HEAD = new Set(['noun', 'adj', 'adv', 'propn']);

export const COMPOUND_PARTS: ReadonlySet<string> = new Set([...COMPOUNDS.values()].flat().map((v) => v.preverb));

export function isHead(head: string): boolean {
  return COMPOUND_PARTS.has(head) || Boolean(NOMINALS.get(head)?.some((e) => !e.verb && NON_VERBAL_HEAD.has(e.pos)));
}
