/**
 * Reading a Sorani word written in the Arabic script: which و and ی are vowels, where the
 * unwritten vowel i stands, and where the syllables break.
 *
 * Sorani syllables are CV, CVC or CVCC (Thackston 2006, §1): every syllable has an onset (a
 * word-initial vowel is written after ئ, a glottal onset), an onset is one consonant or a
 * consonant and a glide (`xwên`, `nwê`, `dyar`), and a coda of two consonants falls in
 * sonority (`kurd`, `dest`). Where the written consonants cannot be parted into such
 * syllables, the vowel i is spoken between them, and that is exactly the vowel the script does
 * not write: `کردن` k-r-d-n → `kir.din`, `فرۆشتن` → `fi.roş.tin`.
 *
 * The reader is a shortest-path search over the letters (linear in the word's length): every
 * و may be w, u or, doubled, û; every ی may be y or î; an i may stand before any consonant that
 * follows a consonant; a path pays for each i it adds and for each syllable shape it makes, and
 * impossible shapes cost so much that they are taken only when nothing else is possible.
 * Where a word is a stem of the lexicon with suffixes, the stem keeps the i it has as a word of
 * its own (`za.nis.te`, not `zans.te`): the stems that have one are listed in
 * `stem-readings.ts`, generated from the morphology's lexicon (src/morph), and the suffixes are
 * checked with the morphology's suffix grammar alone, so that transliteration does not load the
 * lexicon.
 *
 * @module
 */
import { ctxOf, nominalChains } from '../morph/affixes.js';
import { verbChains, type StemKind } from '../morph/verb-affixes.js';
import { EXCEPTIONS } from './exceptions.js';
import { STEM_READINGS } from './stem-readings.js';
import {
  CLUSTER_STEMS,
  CODA_FRICATIVES,
  CODA_STOPS,
  COMPOUND_ELEMENTS,
  CONSONANT_SUFFIXES,
  CONTACT_CLASS,
  IN_ENDINGS,
  LETTER_READINGS,
  PERSON_CLITICS,
  SONORITY,
  VERB_PREFIXES,
  VOWELS,
} from './tables.js';

/**
 * The costs of the search: the rules' preferences, written as numbers. The contact table and
 * the cluster costs were set by studying where the hand-made G2P dev set (AsoSoft) writes i.
 */
const COST = {
  /** Adding the unwritten vowel i. */
  insertI: 1,
  /** وو read as û rather than u + w or w + u when both make syllables (`bûyt`, not `bu.wît`). */
  longU: -0.05,
  /** Adding i where an affix asks for it (`hat-i-bû`). */
  insertAffix: 0,
  /** Extra cost of adding i before a consonant-initial clitic (`rast.man`). */
  keepSuffix: 1,
  /** A medial syllable closed by one consonant (`kur.dis.tan`): open syllables are preferred. */
  coda: 0.1,
  /**
   * Syllable contact: a coda before a more sonorous onset (`k.r`, `d.n`) is avoided by adding i
   * (`ki.ra`, `kir.di.ne`); equal sonority is weakly avoided; a falling contact (`kur.dis`) is
   * the normal case and costs only {@link COST.coda}.
   */
  contact: [
    // onset: stop fric sib nasal liquid glide   coda:
    [0.5, 0.5, 0.6, 0.6, 1.6, 0.1], //           stop
    [0.2, 0.6, 0.6, 0.6, 0.6, 0.1], //           non-sibilant fricative
    [0.1, 0.6, 0.6, 0.6, 0.6, 0.1], //           sibilant
    [0.1, 0.1, 0.7, 0.7, 0.4, 0.1], //           nasal
    [0, 0, 0, 0.2, 0.6, 0.1], //                 liquid
    [0, 0.2, 0.2, 0, 0, 0], //                   glide
  ],
  /** A two-consonant coda at the end of the word (`kurd`, `ne.kird`). */
  finalCluster: 0,
  /** A two-consonant coda inside the word, before another consonant (`kurd.si…`). */
  medialCluster: 0.6,
  /** An onset of a consonant and a glide (`nwê`, `xwên`, `biř.yar` is preferred to `bi.řyar`). */
  glideOnset: 0.2,
  /** A word beginning with a vowel without ئ (the conjunction و, careless spelling). */
  vowelInitial: 3,
  /** Two vowels meeting with nothing between them. */
  hiatus: 4,
  /** A shape Sorani does not have (taken only when nothing else is possible). */
  impossible: 20,
} as const;

const isVowel = (p: string): boolean => p.length === 1 && VOWELS.includes(p);

function validCoda(c1: string, c2: string): boolean {
  const s1 = SONORITY[c1] ?? 1;
  const s2 = SONORITY[c2] ?? 1;
  // a nasal closes a coda only after y (`ayn`), m also after l ł (`fîlm`, `qełm`)
  if (s2 === 3) return c1 === 'y' || (c2 === 'm' && (c1 === 'l' || c1 === 'ł'));
  if (s1 > s2) return c1 !== 'ʔ' && c2 !== 'ʔ';
  return CODA_FRICATIVES.includes(c1) && CODA_STOPS.includes(c2);
}

/** The cost of a syllable ending in `coda` before one beginning with `onset`. */
function contact(coda: string, onset: string): number {
  return COST.coda + COST.contact[CONTACT_CLASS[coda] ?? 0]![CONTACT_CLASS[onset] ?? 0]!;
}

function glideOnset(c1: string, c2: string): number {
  return (c2 === 'w' || c2 === 'y') && c1 !== 'w' && c1 !== 'y' && c1 !== 'ʔ' ? COST.glideOnset : COST.impossible;
}

/**
 * The cost of the consonants `run` standing between two vowels (or before the first vowel
 * when `first`), and how many of them close the syllable before (the rest open the next one).
 */
function splitRun(run: readonly string[], first: boolean): { cost: number; coda: number } {
  const n = run.length;
  if (first) {
    if (n === 0) return { cost: COST.vowelInitial, coda: 0 };
    if (n === 1) return { cost: 0, coda: 0 };
    if (n === 2) return { cost: glideOnset(run[0]!, run[1]!), coda: 0 };
    return { cost: COST.impossible * (n - 1), coda: 0 };
  }
  if (n === 0) return { cost: COST.hiatus, coda: 0 };
  if (n === 1) return { cost: 0, coda: 0 };
  if (n === 2) {
    const glide = glideOnset(run[0]!, run[1]!);
    const closed = contact(run[0]!, run[1]!);
    return glide < closed ? { cost: glide, coda: 0 } : { cost: closed, coda: 1 };
  }
  if (n === 3) {
    const cluster = (validCoda(run[0]!, run[1]!) ? COST.medialCluster : COST.impossible) + contact(run[1]!, run[2]!);
    const glide = contact(run[0]!, run[1]!) + glideOnset(run[1]!, run[2]!);
    return glide <= cluster ? { cost: glide, coda: 1 } : { cost: cluster, coda: 2 };
  }
  return { cost: COST.impossible * (n - 2), coda: n - 1 };
}

/** The cost of the consonants `run` ending the word. */
function finalRun(run: readonly string[], hasVowel: boolean): number {
  if (!hasVowel) return COST.impossible;
  if (run.length <= 1) return 0;
  if (run.length === 2) return validCoda(run[0]!, run[1]!) ? COST.finalCluster : COST.impossible;
  return COST.impossible * (run.length - 1);
}

/**
 * The cost of adding i before each letter of `letters`, from what the affixes around it ask:
 * - the pluperfect and the past conditional put i between the past stem and `بوو` / `با`
 *   (`hat-i-bû`, `xwênd-i-ba`);
 * - after a verbal prefix, the subjunctive ب is bi- as at the start of a word (`da-bi-mezrê`);
 * - a verb stem that begins with two consonants keeps its i inside a word (`da-şi-kan`);
 * - the endings -ine, -inewe of a verb after a consonant (`bixwên-inewe`);
 * - the clitic -(i)ş before a person clitic (`hendêk-iş-yan`), the place suffix -(i)stan;
 * - a compound element or a clitic that begins with a consonant keeps its shape after a
 *   consonant (`řoj.na.me`, `řast.man`, `kurd.da`).
 */
function insertionCosts(letters: string, verbEndings: boolean, stemI: readonly number[]): Float64Array {
  const costs = new Float64Array(letters.length + 1).fill(COST.insertI);
  for (const at of stemI) costs[at] = COST.insertAffix;
  for (let p = 1; p + 1 < letters.length; p++) {
    const prev = letters[p - 1];
    if ((prev === 'ت' || prev === 'د') && letters[p] === 'ب' && (letters.startsWith('وو', p + 1) || letters[p + 1] === 'ا')) {
      costs[p] = COST.insertAffix;
    }
  }
  for (const prefix of VERB_PREFIXES) {
    if (!letters.startsWith(prefix)) continue;
    const p = prefix.length;
    if (letters[p] === 'ب' && LETTER_READINGS[letters[p + 1] ?? '']?.kind === 'C') costs[p + 1] = COST.insertAffix;
    break;
  }
  for (const stem of CLUSTER_STEMS) {
    for (let at = letters.indexOf(stem, 1); at > 0; at = letters.indexOf(stem, at + 1)) costs[at + 1] = COST.insertAffix;
  }
  for (const ending of verbEndings ? IN_ENDINGS : []) {
    const at = letters.length - ending.length;
    const before = LETTER_READINGS[letters[at - 1] ?? ''];
    // nouns end in a fricative and -ne (`rex.ne`, `çeş.ne`); verbs end in -ine, -inewe
    if (at >= 2 && letters.endsWith(ending) && before?.kind === 'C' && CONTACT_CLASS[before.phoneme]! !== 1 && before.phoneme !== 'ş') {
      costs[at] = COST.insertAffix;
      break;
    }
  }
  // the clitic -(i)ş "also" before a person clitic: `hendêk-iş-yan`, `newekanî-ş-it`
  for (const clitic of PERSON_CLITICS) {
    const at = letters.length - clitic.length - 1;
    if (at < 2 || letters[at] !== 'ش' || !letters.endsWith(clitic)) continue;
    if (LETTER_READINGS[letters[at - 1]!]?.kind === 'C') costs[at] = COST.insertAffix;
    if (clitic.length === 1) costs[at + 1] = COST.insertAffix;
    break;
  }
  // the place suffix -(i)stan: i after a consonant (`er.me.nis.tan`, `kur.dis.tan`)
  for (let at = letters.indexOf('ستان', 2); at > 0; at = letters.indexOf('ستان', at + 1)) {
    if (LETTER_READINGS[letters[at - 1]!]?.kind === 'C') costs[at] = COST.insertAffix;
  }
  for (const element of COMPOUND_ELEMENTS) {
    for (let at = letters.indexOf(element, 2); at > 0; at = letters.indexOf(element, at + 1)) {
      costs[at] = COST.insertI + COST.keepSuffix;
    }
  }
  for (const suffix of CONSONANT_SUFFIXES) {
    const start = letters.length - suffix.length;
    if (start >= 2 && letters.endsWith(suffix)) {
      costs[start] = COST.insertI + COST.keepSuffix;
      break;
    }
  }
  return costs;
}

/**
 * Where the stem of a word with suffixes has its own i: a stem of the lexicon read as a word of
 * its own places its i by its own syllables, not by the suffixes after it (`za.nis.t-e`, not
 * `zans.te`). The longest stem of {@link STEM_READINGS} that the rest of the word follows as a
 * chain of suffixes of the morphology's grammar (nominal, or verbal after a verb stem) is taken.
 */
function stemInsertions(letters: string): readonly number[] {
  if (letters.length < 4 || letters.length > MAX_ANALYZED) return [];
  const readings = stemReadings();
  for (let cut = letters.length - 1; cut >= 3; cut--) {
    const stem = letters.slice(0, cut);
    // the lexicon writes a word-initial ر as ڕ
    const entry = readings.get(stem) ?? (stem.startsWith('ر') ? readings.get(`ڕ${stem.slice(1)}`) : undefined);
    if (!entry || EXCEPTIONS[stem] !== undefined) continue;
    const suffix = letters.slice(cut);
    const ctx = ctxOf(stem);
    const follows = entry.kinds.some((kind) => (kind === 'nominal' ? nominalChains(ctx, suffix).some((c) => !c.dropE) : verbChains(kind, ctx, suffix).length > 0));
    if (follows) return entry.at;
  }
  return [];
}

/** Longer words are read by the rules alone (no Sorani stem with suffixes is this long). */
const MAX_ANALYZED = 24;

/** A stem that has its own i: where i is added, and which suffixes it takes. */
interface StemReading {
  readonly at: readonly number[];
  readonly kinds: readonly ('nominal' | StemKind)[];
}

const KIND_CODES: Readonly<Record<string, 'nominal' | StemKind>> = { n: 'nominal', p: 'past', r: 'present', '3': 'present3' };

let STEMS: Map<string, StemReading> | undefined;

/** {@link STEM_READINGS} as a map, read on first use. */
function stemReadings(): Map<string, StemReading> {
  if (STEMS) return STEMS;
  STEMS = new Map();
  for (const line of STEM_READINGS.split('\n')) {
    const [stem, kinds, at] = line.split(' ');
    if (!stem || !kinds || !at) continue;
    STEMS.set(stem, { at: at.split(',').map(Number), kinds: [...kinds].map((k) => KIND_CODES[k]!) });
  }
  return STEMS;
}

/**
 * Where a stem read as a word of its own has its i (for `scripts/build-stem-readings.ts`): the i
 * before the stem's last consonant is left to the search (a vowel-initial suffix takes that
 * consonant as its onset: `çeş.n-e`), except in an infinitive, whose ending after a consonant is
 * -in (`ha.t-in-î`); a stem that is not a verb's has no verb ending -ine, -inewe (`lêj.ne`).
 */
export function ownInsertions(stem: string, verb: boolean, infinitive: boolean): number[] {
  return readLetters(stem, verb).inserted.filter((at) => at < stem.length - 1 || infinitive);
}

/** A node of the search: the best path to a state. */
interface Node {
  readonly cost: number;
  readonly prev: Node | null;
  /** Phonemes this step added. */
  readonly emit: readonly string[];
  /** The letter this step read (i added before it is at that place). */
  readonly at: number;
  readonly hasVowel: boolean;
  /** Consonants since the last vowel (at most 4 are kept: more are impossible anyway). */
  readonly run: readonly string[];
  /** The state: `1` or `0` (whether a vowel came) and the run's phonemes, made once per node. */
  readonly key: string;
}

/** Keeps `node` in `map` when it is the cheapest path to its state. */
function offer(map: Map<string, Node>, node: Node): void {
  const old = map.get(node.key);
  if (!old || node.cost < old.cost) map.set(node.key, node);
}

/** Extends the path `from` by the consonant `c`, and by i + `c` (i costs `insert`). */
function addConsonant(from: Node, at: number, c: string, insert: number, target: Map<string, Node>): void {
  const grow = from.run.length < 4;
  const run = grow ? [...from.run, c] : [...from.run.slice(1), c];
  // a run that grows extends its key; one that drops its first phoneme is joined again
  const key = grow ? from.key + c : (from.hasVowel ? '1' : '0') + run.join('');
  offer(target, { cost: from.cost, prev: from, emit: [c], at, hasVowel: from.hasVowel, run, key });
  if (from.run.length > 0) {
    const cost = from.cost + insert + splitRun(from.run, !from.hasVowel).cost;
    offer(target, { cost, prev: from, emit: ['i', c], at, hasVowel: true, run: [c], key: `1${c}` });
  }
}

/** Extends the path `from` by the vowel `v`. */
function addVowel(from: Node, at: number, v: string, target: Map<string, Node>): void {
  const cost = from.cost + splitRun(from.run, !from.hasVowel).cost + (v === 'û' ? COST.longU : 0);
  offer(target, { cost, prev: from, emit: [v], at, hasVowel: true, run: [], key: '1' });
}

const MAX_WORD = 40;

/** Splits the extended-Latin spelling of an exception into phonemes (dots dropped). */
function phonemesOf(spelling: string): string[] {
  const out: string[] = [];
  for (const ch of spelling) if (ch !== '.') out.push(ch === '’' ? 'ƹ' : ch);
  return out;
}

/**
 * The phonemes of one Sorani word in the Arabic script (normalized), with the unwritten i
 * restored. `ئ` gives `ʔ`, `ع` gives `ƹ`; a letter outside the Sorani and Arabic alphabets is
 * kept as it is. A word of the exceptions list, alone or with suffixes, is read from the list.
 */
export function readWord(word: string): string[] {
  // no Sorani word is this long: a run of letters without spaces is read in pieces
  if (word.length > MAX_WORD) {
    const out: string[] = [];
    for (let i = 0; i < word.length; i += MAX_WORD) append(out, readLetters(word.slice(i, i + MAX_WORD)).phonemes, 0, Infinity);
    return out;
  }
  const exception = EXCEPTIONS[word];
  if (exception !== undefined) return withGlottal(word, phonemesOf(exception));
  // an exception with suffixes: the suffixes are read after the exception's last two letters
  for (let cut = word.length - 1; cut >= 3 && word.length - cut <= 10; cut--) {
    const stem = EXCEPTIONS[word.slice(0, cut)];
    if (stem === undefined) continue;
    const context = word.slice(cut - 2, cut);
    const head = readLetters(context).phonemes;
    const both = readLetters(context + word.slice(cut)).phonemes;
    if (head.every((p, i) => both[i] === p)) return withGlottal(word, [...phonemesOf(stem), ...both.slice(head.length)]);
  }
  return readWithMorphology(word);
}

/**
 * Reads a word by the rules, then, where the word's stem has an i of its own that the reading
 * lacks (see {@link stemInsertions}), again with it. A stem read alone differs from the same stem
 * before suffixes only at its end, so the stems are looked up only where the reading joins three
 * consonants (`zans.te`) or a consonant and the n of an infinitive before a vowel (`hat.nî`).
 */
function readWithMorphology(word: string): string[] {
  const plain = readLetters(word);
  const p = plain.phonemes;
  let joined = false;
  for (let k = 2; k < p.length && !joined; k++) {
    if (isVowel(p[k - 1]!) || isVowel(p[k - 2]!)) continue;
    joined = isVowel(p[k]!) ? p[k - 1] === 'n' : true;
  }
  if (!joined) return p;
  const stemI = stemInsertions(word);
  if (stemI.every((at) => plain.inserted.includes(at))) return p;
  return readLetters(word, true, stemI).phonemes;
}

function withGlottal(word: string, phonemes: string[]): string[] {
  return word.startsWith('ئ') && phonemes[0] !== 'ʔ' ? ['ʔ', ...phonemes] : phonemes;
}

/**
 * Reads the letters of a word by the search (`verbEndings`: the endings -ine, -inewe may be a
 * verb's; `stemI`: places where the stem has its own i). Returns the phonemes and the places
 * (letter indexes) where i was added.
 */
function readLetters(word: string, verbEndings = true, stemI: readonly number[] = []): { phonemes: string[]; inserted: number[] } {
  const readings = [];
  let letters = '';
  for (const ch of word) {
    // a letter of another language passes through, read as a consonant
    readings.push(LETTER_READINGS[ch] ?? { kind: 'C', phoneme: ch });
    letters += ch;
  }
  const insertCost = insertionCosts(letters, verbEndings, stemI);
  let states = new Map<string, Node>();
  states.set('0', { cost: 0, prev: null, emit: [], at: 0, hasVowel: false, run: [], key: '0' });
  const pending: Map<string, Node>[] = [];
  for (let p = 0; p < readings.length; p++) {
    const next = pending[p + 1] ?? new Map<string, Node>();
    pending[p + 1] = next;
    const r = readings[p]!;
    for (const from of states.values()) {
      const insert = insertCost[p]!;
      if (r.kind === 'C') addConsonant(from, p, r.phoneme, insert, next);
      else if (r.kind === 'V') addVowel(from, p, r.phoneme, next);
      else if (r.kind === 'Y') {
        addConsonant(from, p, 'y', insert, next);
        addVowel(from, p, 'î', next);
      } else {
        addConsonant(from, p, 'w', insert, next);
        addVowel(from, p, 'u', next);
        if (readings[p + 1]?.kind === 'W') {
          const after = pending[p + 2] ?? new Map<string, Node>();
          pending[p + 2] = after;
          addVowel(from, p, 'û', after);
        }
      }
    }
    states = next;
  }
  let best: Node | null = null;
  let bestCost = Infinity;
  for (const node of states.values()) {
    const cost = node.cost + finalRun(node.run, node.hasVowel);
    if (cost < bestCost) {
      bestCost = cost;
      best = node;
    }
  }
  const out: string[] = [];
  const inserted: number[] = [];
  for (let n = best; n; n = n.prev) {
    for (let e = n.emit.length - 1; e >= 0; e--) out.push(n.emit[e]!);
    if (n.emit.length === 2) inserted.push(n.at);
  }
  out.reverse();
  inserted.reverse();
  // a word of consonants only (a letter's name, a clitic written apart): `ش` → `şi`
  if (out.length > 1 || (out.length === 1 && LETTER_READINGS[word] !== undefined)) {
    if (!out.some(isVowel)) {
      out.splice(1, 0, 'i');
      inserted.unshift(1);
    }
  }
  return { phonemes: out, inserted };
}

/** Appends `src[from, to)` to `dst` one by one (a spread of a long run would overflow the stack). */
function append(dst: string[], src: readonly string[], from: number, to: number): void {
  const end = Math.min(to, src.length);
  for (let k = from; k < end; k++) dst.push(src[k]!);
}

/**
 * Parts a phoneme sequence into syllables by the same rules the reader uses.
 */
export function syllabify(phonemes: readonly string[]): string[][] {
  const syllables: string[][] = [];
  let current: string[] = [];
  let run: string[] = [];
  let hasVowel = false;
  for (const p of phonemes) {
    if (!isVowel(p)) {
      run.push(p);
      continue;
    }
    if (hasVowel) {
      const { coda } = splitRun(run, false);
      append(current, run, 0, coda);
      syllables.push(current);
      current = run.slice(coda);
    } else {
      append(current, run, 0, run.length);
    }
    current.push(p);
    run = [];
    hasVowel = true;
  }
  append(current, run, 0, run.length);
  if (current.length > 0) syllables.push(current);
  return syllables;
}
