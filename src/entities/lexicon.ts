/**
 * The gazetteers turned into one lookup table, built once on first use: a normalized name
 * (its tokens joined by a space) → its type and canonical name.
 *
 * @module
 */
import {
  ARMED_GROUPS,
  cldrCountries,
  cldrLanguages,
  COUNTRY_SPELLINGS,
  GROUPS,
  INSTITUTIONS,
  INTERNATIONAL,
  IRAQ,
  KURDISTAN_IRAN,
  KURDISTAN_IRAQ,
  KURDISTAN_SYRIA,
  KURDISTAN_TURKEY,
  PARTIES,
  PUBLIC_FIGURES,
  REGIONS,
  TURKEY_IRAN_CITIES,
  WORLD_CITIES,
  ARABIC_FIRST_NAMES,
  KURDISH_FIRST_NAMES,
  OTHER_FIRST_NAMES,
  MORE_ARABIC_FIRST_NAMES,
  MORE_KURDISH_FIRST_NAMES,
  MORE_PERSIAN_TURKISH_FIRST_NAMES,
  MORE_WESTERN_FIRST_NAMES,
  ORGANIZATION_HEADS,
  PLACE_HEADS,
  AMBIGUOUS_NAMES,
  CURRENCIES,
  DIRECTION_HEADS,
  EVENT_HEADS,
  GENERIC_INSTITUTIONS,
  TITLES,
  type GazetteerEntry,
} from './gazetteers/index.js';
import { skeleton } from './skeleton.js';

/** The entity types zman reports. */
export type EntityType = 'PER' | 'LOC' | 'ORG' | 'MISC' | 'DATE' | 'NUM';

/** One name in the lookup table. */
export interface LexiconEntry {
  readonly type: EntityType;
  readonly canonical: string;
  /** A currency: a name only after a number (`١٠ دۆلار`; `لیرە` alone is mostly a typo of `لێرە`). */
  readonly currency?: boolean;
}

/** The lookup tables used by {@link findEntities}. */
export interface Lexicon {
  /** Full name (tokens joined by one space) → entry. */
  readonly names: ReadonlyMap<string, LexiconEntry>;
  /**
   * Names by their spelling skeleton (`پووتین` finds `پوتین`), for names of four letters or more
   * whose skeleton no other name shares.
   */
  readonly bySkeleton: ReadonlyMap<string, LexiconEntry>;
  /** The most tokens any name has. */
  readonly maxTokens: number;
  /** The first words of the names of more than one word. */
  readonly firstWords: ReadonlySet<string>;
  /** Names matched only uninflected (they are also common words). */
  readonly exactOnly: ReadonlySet<string>;
  /** Given names (they make a person only with a surname or a title). */
  readonly firstNames: ReadonlySet<string>;
  readonly titles: ReadonlySet<string>;
  readonly organizationHeads: ReadonlySet<string>;
  readonly placeHeads: ReadonlySet<string>;
  readonly eventHeads: ReadonlySet<string>;
  /** Directions that make a place of the known place after them. */
  readonly directionHeads: ReadonlySet<string>;
}

/** The adjective of a country name: ئەمریکا → ئەمریکی, ئێران → ئێرانی, تورکیا → تورکی. */
export function demonym(name: string): string | undefined {
  if (name.includes(' ')) return undefined;
  if (name.endsWith('یا')) return `${name.slice(0, -2)}ی`;
  if (name.endsWith('ا') || name.endsWith('ە')) return `${name.slice(0, -1)}ی`;
  if (name.endsWith('ی')) return undefined;
  return `${name}ی`;
}

let cached: Lexicon | undefined;

/** Forgets the built lexicon (for tests that change what the runtime offers). */
export function clearLexicon(): void {
  cached = undefined;
}

/** The lexicon, built on first use. */
export function lexicon(): Lexicon {
  if (cached) return cached;
  const names = new Map<string, LexiconEntry>();
  let maxTokens = 1;
  const add = (name: string, entry: LexiconEntry, override = false) => {
    const key = name.trim();
    if (key.length < 2) return;
    if (!override && names.has(key)) return;
    names.set(key, entry);
    maxTokens = Math.max(maxTokens, key.split(' ').length);
  };
  const addEntries = (list: readonly GazetteerEntry[], type: EntityType) => {
    for (const entry of list) for (const name of entry) add(name, { type, canonical: entry[0] });
  };
  addEntries(PUBLIC_FIGURES, 'PER');
  addEntries(INTERNATIONAL, 'ORG');
  addEntries(ARMED_GROUPS, 'ORG');
  addEntries(PARTIES, 'ORG');
  addEntries(INSTITUTIONS, 'ORG');
  for (const list of [KURDISTAN_IRAQ, IRAQ, KURDISTAN_IRAN, KURDISTAN_TURKEY, KURDISTAN_SYRIA, TURKEY_IRAN_CITIES, WORLD_CITIES, REGIONS]) {
    addEntries(list, 'LOC');
  }
  // Countries: CLDR names, with the press spellings (the first is canonical) added.
  const demonyms: Array<[string, string]> = [];
  for (const [code, cldr] of cldrCountries()) {
    const spellings = COUNTRY_SPELLINGS[code] ?? [];
    const canonical = spellings[0] ?? cldr;
    for (const name of [cldr, ...spellings]) {
      add(name, { type: 'LOC', canonical });
      const adjective = demonym(name);
      if (adjective) demonyms.push([adjective, canonical]);
    }
  }
  for (const [adjective] of demonyms) add(adjective, { type: 'MISC', canonical: adjective });
  for (const language of cldrLanguages()) add(language, { type: 'MISC', canonical: language });
  addEntries(GROUPS, 'MISC');
  for (const entry of CURRENCIES) for (const name of entry) add(name, { type: 'MISC', canonical: entry[0], currency: true });
  // GENERIC_INSTITUTIONS (حکوومەت، پەرلەمان) alone are not names: a bare head is not an entity.

  const bySkeleton = new Map<string, LexiconEntry>();
  const clashes = new Set<string>();
  for (const [name, entry] of names) {
    if (name.length < 4) continue;
    const key = skeleton(name);
    const other = bySkeleton.get(key);
    if (other && (other.canonical !== entry.canonical || other.type !== entry.type)) clashes.add(key);
    else bySkeleton.set(key, entry);
  }
  for (const key of clashes) bySkeleton.delete(key);

  const firstNames = new Set<string>();
  for (const list of [
    KURDISH_FIRST_NAMES,
    ARABIC_FIRST_NAMES,
    OTHER_FIRST_NAMES,
    MORE_KURDISH_FIRST_NAMES,
    MORE_ARABIC_FIRST_NAMES,
    MORE_PERSIAN_TURKISH_FIRST_NAMES,
    MORE_WESTERN_FIRST_NAMES,
  ]) for (const entry of list) for (const n of entry) firstNames.add(n);
  cached = {
    names,
    bySkeleton,
    maxTokens,
    firstWords: new Set([...names.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!)),
    exactOnly: new Set([...AMBIGUOUS_NAMES, ...GENERIC_INSTITUTIONS]),
    firstNames,
    titles: new Set(TITLES),
    organizationHeads: new Set(ORGANIZATION_HEADS),
    placeHeads: new Set(PLACE_HEADS),
    eventHeads: new Set(EVENT_HEADS),
    directionHeads: new Set(DIRECTION_HEADS),
  };
  return cached;
}
