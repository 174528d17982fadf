/**
 * The Sorani error model: what each edit costs when a writer's word is turned into a standard
 * word. Costs are in "edit units" (a plain substitution, insertion or deletion costs 1); the
 * confusions that Sorani writers actually make cost less.
 *
 * Sources of the facts: the Sorani alphabet and its spelling conventions (Kurdish Academy
 * orthography as summarized by Thackston, *Sorani Kurdish*, 2006: ە/ێ/ۆ/ڕ/ڵ are letters of their
 * own; long û is written وو; a word never starts with a vowel letter, the glottal ئ is written
 * before it); the layouts of the Arabic (Windows 101) and Persian (ISIRI 9147) keyboards, which
 * have no key for ە ێ ۆ ڕ ڵ ڤ (and the Arabic one none for پ چ ژ گ), so writers type the nearest
 * letter (ه ی و ر ل ف; ب ج ز ک); and the kinds of errors listed in issue 13 (dropped or doubled
 * letters, short vowel ە left out, colloquial spellings).
 *
 * @module
 */

/** `[typed, intended, cost]`: substituting a typed letter by the standard one. */
export const SUBSTITUTIONS = [
  // letters missing from Arabic and Persian keyboards: the writer types the base letter
  ['ه', 'ە', 0.35],
  ['ی', 'ێ', 0.35],
  ['و', 'ۆ', 0.35],
  ['ر', 'ڕ', 0.35],
  ['ل', 'ڵ', 0.35],
  ['ف', 'ڤ', 0.5],
  // the other way: the marked letter typed where the plain one is standard
  ['ە', 'ه', 0.55],
  ['ێ', 'ی', 0.45],
  ['ۆ', 'و', 0.45],
  ['ڕ', 'ر', 0.45],
  ['ڵ', 'ل', 0.45],
  ['ڤ', 'ف', 0.6],
  // the Arabic keyboard has no پ چ ژ گ
  ['ب', 'پ', 0.6],
  ['ج', 'چ', 0.6],
  ['ز', 'ژ', 0.6],
  ['ک', 'گ', 0.6],
  ['گ', 'ک', 0.7],
  ['پ', 'ب', 0.8],
  ['چ', 'ج', 0.8],
  ['ژ', 'ز', 0.7],
  // sounds Sorani speakers merge: ح/ه, ع/ئ, غ/ق, خ/غ, vowel letters
  ['ح', 'ه', 0.7],
  ['ه', 'ح', 0.7],
  ['ع', 'ئ', 0.7],
  ['ئ', 'ع', 0.7],
  ['ق', 'غ', 0.7],
  ['غ', 'ق', 0.7],
  ['خ', 'غ', 0.8],
  ['ا', 'ە', 0.75],
  ['ە', 'ا', 0.75],
  ['ی', 'ە', 0.8],
  ['ە', 'ی', 0.8],
] as const;

/** Letters the writer often leaves out: inserting them into the typed word is cheap. */
export const INSERTIONS = [
  // the short vowel ە is often not written (برهەم for بەرهەم)
  ['ە', 0.55],
  // long û is وو: one و typed (باشور for باشوور)
  ['و', 0.6],
  ['ی', 0.75],
  ['ا', 0.8],
  ['ێ', 0.75],
  ['ۆ', 0.8],
] as const;

/** Letters the writer often adds: deleting them from the typed word is cheap. */
export const DELETIONS = [
  ['ە', 0.7],
  ['و', 0.7],
  ['ی', 0.75],
  ['ا', 0.8],
] as const;

/** A letter typed twice (بەرمووور), or a doubled letter typed once (وو, یی): cheap. */
export const DOUBLED_LETTER = 0.35;
/** The glottal ئ left out at the start of a word (ەمڕۆ for ئەمڕۆ). */
export const MISSING_INITIAL_HAMZA = 0.3;
/** Two neighbouring letters swapped (بارزگانی for بازرگانی). */
export const TRANSPOSITION = 0.8;
/** ه typed for ە at the end of a word, the most common keyboard error. */
export const FINAL_HEH = 0.15;
/** Any other substitution, insertion or deletion. */
export const DEFAULT_EDIT = 1;
/** Splitting one typed word into two words (a missing space). */
export const SPLIT_COST = 1;
/** Joining two typed words into one (a space too many). */
export const JOIN_COST = 0.5;

/**
 * Colloquial or non-standard spellings of standard endings and prefixes, `[written, standard,
 * cost, where]`: `where` is `'end'` (the written part ends the word), `'start'` or `'any'`.
 * The perfect of the spoken language contracts ووە to ۆ (کردۆتەوە → کردووەتەوە, چۆتە →
 * چووەتە); speech uses ئە- for the verb prefix دە- (ئەچم → دەچم); the copula after a vowel is
 * یە (بۆیە) but after ی it doubles (چییە).
 */
export const REWRITES = [
  // also covers ۆتەوە → ووەتەوە at the end of a word (کردۆتەوە): one rule, not two
  ['ۆتە', 'ووەتە', 0.3, 'any'],
  ['وە', 'ووە', 0.4, 'end'],
  ['ئە', 'دە', 0.5, 'start'],
  ['ئە', 'ە', 0.8, 'start'],
  ['یە', 'ییە', 0.4, 'end'],
  ['ێت', 'ێ', 0.6, 'end'],
  ['ە', 'ەوە', 0.9, 'end'],
  ['ۆ', 'وو', 0.6, 'any'],
  ['و', 'وو', 0.5, 'any'],
] as const;

/** Costs looked up by letter pair, built once. */
export interface CostTables {
  readonly sub: ReadonlyMap<number, number>;
  readonly ins: ReadonlyMap<number, number>;
  readonly del: ReadonlyMap<number, number>;
  /** Inserting the second letter of وو or یی (a doubled letter typed once), by letter. */
  readonly double: ReadonlyMap<number, number>;
}

/** Only و and ی are written doubled in Sorani (وو û, یی): typing one of the pair is cheap. */
const DOUBLES: readonly (readonly [string, number])[] = [['و', DOUBLED_LETTER], ['ی', DOUBLED_LETTER]];

function build(
  subs: readonly (readonly [string, string, number])[],
  insertions: readonly (readonly [string, number])[] = INSERTIONS,
  doubles: readonly (readonly [string, number])[] = DOUBLES,
): CostTables {
  const sub = new Map<number, number>();
  for (const [a, b, c] of subs) if (a.length === 1 && b.length === 1) sub.set(a.charCodeAt(0) * 65536 + b.charCodeAt(0), c);
  return {
    sub,
    ins: new Map(insertions.map(([a, c]) => [a.charCodeAt(0), c])),
    del: new Map(DELETIONS.map(([a, c]) => [a.charCodeAt(0), c])),
    double: new Map(doubles.map(([a, c]) => [a.charCodeAt(0), c])),
  };
}

/**
 * Writers used to Arabic or Persian script leave the short vowel ە out, as those scripts leave
 * short vowels unwritten (قدیم for قەدیم, زحمت for زەحمەت).
 */
export const KEYBOARD_INSERTIONS = [['ە', 0.3], ...INSERTIONS.filter(([a]) => a !== 'ە')] as const;

/**
 * Arabic and Persian write long u with one و (Persian دور, Sorani دوور), so writers used to
 * those scripts type one و for Sorani وو: on their keyboards that is nearly free.
 */
export const KEYBOARD_DOUBLES = [['و', 0.1], ['ی', DOUBLED_LETTER]] as const;

/** The general error model (hand typing and keyboards mixed). */
export const GENERAL: CostTables = build(SUBSTITUTIONS);

/**
 * Keyboard error models for {@link GENERAL}'s letters: on a keyboard without ە ێ ۆ ڕ ڵ every
 * one of those is typed as its base letter, so the substitution is nearly free: the word's
 * frequency decides.
 */
export const KEYBOARD_SUBSTITUTIONS = {
  arabic: [
    ['ه', 'ە', 0.03],
    ['ی', 'ێ', 0.03],
    ['و', 'ۆ', 0.03],
    ['ر', 'ڕ', 0.03],
    ['ل', 'ڵ', 0.03],
    ['ف', 'ڤ', 0.2],
    ['ب', 'پ', 0.25],
    ['ج', 'چ', 0.25],
    ['ز', 'ژ', 0.25],
    ['ک', 'گ', 0.25],
  ],
  persian: [
    ['ه', 'ە', 0.03],
    ['ی', 'ێ', 0.03],
    ['و', 'ۆ', 0.03],
    ['ر', 'ڕ', 0.03],
    ['ل', 'ڵ', 0.03],
    ['ف', 'ڤ', 0.2],
  ],
} as const;

/** The model for text typed on a keyboard: the keyboard's substitutions, then the general ones. */
export function keyboardModel(keyboard: 'arabic' | 'persian'): CostTables {
  const cached = KEYBOARD_CACHE[keyboard];
  if (cached) return cached;
  const merged = new Map<string, readonly [string, string, number]>();
  for (const s of SUBSTITUTIONS) merged.set(s[0] + s[1], s);
  for (const s of KEYBOARD_SUBSTITUTIONS[keyboard]) merged.set(s[0] + s[1], s);
  const model = build([...merged.values()], KEYBOARD_INSERTIONS, KEYBOARD_DOUBLES);
  KEYBOARD_CACHE[keyboard] = model;
  return model;
}
const KEYBOARD_CACHE: { arabic?: CostTables; persian?: CostTables } = {};
