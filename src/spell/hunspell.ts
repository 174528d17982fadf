/**
 * A small reader of Hunspell dictionaries (`.aff` + `.dic`), written for zman: no dependency.
 * It reads the flags (`FLAG` single characters, `long`, `num`, `UTF-8`; `AF` aliases), the
 * prefix and suffix rules (`PFX`/`SFX` with strip, add and condition; cross products) and the
 * words with their flags. A word is accepted when it is a dictionary word, or a dictionary word
 * with one suffix and/or one prefix of its flags. Compounding, `REP` tables, continuation
 * classes beyond one level and morphological fields are not read.
 *
 * @module
 */
import { normalize } from '../normalize/index.js';

interface AffixRule {
  readonly flag: string;
  readonly strip: string;
  readonly add: string;
  readonly condition: RegExp | undefined;
  readonly cross: boolean;
}

/** A loaded Hunspell dictionary: pass it to `check`, `suggest`, `correct` and `repair`. */
export interface HunspellDictionary {
  /** Whether the dictionary accepts the word (already normalized by zman). */
  has(word: string): boolean;
  /** The dictionary's words and their one-affix forms (at most `limit`, default 300 000). */
  words(limit?: number): string[];
  /** How many stems the `.dic` file lists. */
  readonly size: number;
}

const WORD_CLEAN = /[\u200c\s]+/g;

function prepareWord(w: string): string {
  return normalize(w).replace(WORD_CLEAN, '');
}

/** Affixes are pieces of words: no word-initial ر → ڕ or ا → ئە. */
function prepareAffix(w: string): string {
  return normalize(w, { initialAlef: false, initialReh: false }).replace(WORD_CLEAN, '');
}

/** Turns a Hunspell affix condition (`[^aeiou]y`, `.`) into an anchored, linear-time RegExp. */
function conditionRegExp(cond: string, suffix: boolean): RegExp | undefined {
  if (cond === '.' || cond === '') return undefined;
  let src = '';
  for (let i = 0; i < cond.length; i++) {
    const ch = cond[i]!;
    if (ch === '[') {
      const end = cond.indexOf(']', i + 1);
      if (end < 0) return /(?!)/u;
      let body = cond.slice(i + 1, end);
      const negated = body.startsWith('^');
      if (negated) body = body.slice(1);
      src += `[${negated ? '^' : ''}${body.replace(/[\\\]^-]/g, '\\$&')}]`;
      i = end;
    } else if (ch === '.') src += '.';
    else src += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  try {
    return new RegExp(suffix ? `(?:${src})$` : `^(?:${src})`, 'u');
  } catch {
    return /(?!)/u;
  }
}

function splitFlags(flags: string, mode: string, aliases: readonly string[]): string[] {
  if (aliases.length > 0 && /^\d+$/.test(flags)) return splitFlags(aliases[Number(flags) - 1] ?? '', mode, []);
  if (mode === 'long') return flags.match(/[\s\S]{1,2}/g) ?? [];
  if (mode === 'num') return flags.split(',').filter((f) => f.length > 0);
  return [...flags];
}

/**
 * Reads a Hunspell dictionary from the text of its `.aff` and `.dic` files. The words extend
 * what `check` accepts and what `suggest` proposes when passed as `{ dictionaries: [dict] }`.
 * Never throws on odd lines: they are skipped.
 *
 * @example
 * const dict = loadHunspell('SFX A Y 1\nSFX A 0 ان .\n', '1\nگوڵ/A\n');
 * dict.has('گوڵان'); // true
 * check('گوڵان', { dictionaries: [dict] }).known; // true
 */
export function loadHunspell(aff: string, dic: string): HunspellDictionary {
  if (typeof aff !== 'string') throw new TypeError('zman: loadHunspell: aff must be a string (the text of the .aff file)');
  if (typeof dic !== 'string') throw new TypeError('zman: loadHunspell: dic must be a string (the text of the .dic file)');
  let mode = 'char';
  const aliases: string[] = [];
  const rules: AffixRule[] = [];
  const headers = new Map<string, { cross: boolean; suffix: boolean }>();
  for (const raw of aff.split(/\r?\n/)) {
    const line = raw.replace(/^\uFEFF/, '').trim();
    if (line.length === 0 || line.startsWith('#')) continue;
    const f = line.split(/\s+/);
    const kind = f[0]!;
    if (kind === 'FLAG' && f[1]) mode = f[1] === 'long' || f[1] === 'num' ? f[1] : 'char';
    else if (kind === 'AF' && f[1] && !/^\d+$/.test(f[1])) aliases.push(f[1]);
    else if ((kind === 'PFX' || kind === 'SFX') && f.length >= 4) {
      const flag = f[1]!;
      const suffix = kind === 'SFX';
      const key = `${kind} ${flag}`;
      if (!headers.has(key) && (f[2] === 'Y' || f[2] === 'N') && /^\d+$/.test(f[3]!)) {
        headers.set(key, { cross: f[2] === 'Y', suffix });
        continue;
      }
      const header = headers.get(key);
      if (!header) continue;
      const strip = f[2] === '0' ? '' : prepareAffix(f[2]!);
      const add = f[3]!.split('/')[0]!;
      rules.push({
        flag: `${suffix ? 'S' : 'P'}${flag}`,
        strip,
        add: add === '0' ? '' : prepareAffix(add),
        condition: conditionRegExp(f[4] ?? '.', suffix),
        cross: header.cross,
      });
    }
  }
  const suffixes = new Map<string, AffixRule[]>();
  const prefixes = new Map<string, AffixRule[]>();
  for (const r of rules) {
    const table = r.flag.startsWith('S') ? suffixes : prefixes;
    const list = table.get(r.add);
    if (list) list.push(r);
    else table.set(r.add, [r]);
  }
  let maxSuffix = 0;
  for (const k of suffixes.keys()) if (k.length > maxSuffix) maxSuffix = k.length;
  let maxPrefix = 0;
  for (const k of prefixes.keys()) if (k.length > maxPrefix) maxPrefix = k.length;
  const rulesByFlag = new Map<string, AffixRule[]>();
  for (const r of rules) {
    const list = rulesByFlag.get(r.flag);
    if (list) list.push(r);
    else rulesByFlag.set(r.flag, [r]);
  }

  const stems = new Map<string, Set<string>>();
  const lines = dic.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line.length === 0 || (i === 0 && /^\d+$/.test(line))) continue;
    const field = line.split(/[\t ]/)[0]!;
    const slash = field.indexOf('/');
    const word = prepareWord(slash >= 0 ? field.slice(0, slash) : field);
    if (word.length === 0) continue;
    const flags = slash >= 0 ? splitFlags(field.slice(slash + 1), mode, aliases) : [];
    let set = stems.get(word);
    if (!set) stems.set(word, (set = new Set()));
    for (const fl of flags) set.add(fl);
  }
  const byFlag = (flag: string, kind: 'S' | 'P'): readonly AffixRule[] => rulesByFlag.get(kind + flag) ?? [];

  const stemHas = (base: string, flag: string | undefined, flag2?: string): boolean => {
    const set = stems.get(base);
    if (!set) return false;
    if (flag !== undefined && !set.has(flag.slice(1))) return false;
    if (flag2 !== undefined && !set.has(flag2.slice(1))) return false;
    return true;
  };
  /** Strips one suffix of `w`: the bases it may come from, with the rule. */
  const unsuffix = (w: string, each: (base: string, rule: AffixRule) => boolean): boolean => {
    for (let k = 0; k <= Math.min(maxSuffix, w.length - 1); k++) {
      const list = suffixes.get(w.slice(w.length - k));
      if (!list) continue;
      for (const r of list) {
        const base = w.slice(0, w.length - k) + r.strip;
        if (r.condition && !r.condition.test(base)) continue;
        if (each(base, r)) return true;
      }
    }
    return false;
  };
  const has = (word: string): boolean => {
    if (typeof word !== 'string' || word.length === 0) return false;
    if (stems.has(word)) return true;
    if (unsuffix(word, (base, r) => stemHas(base, r.flag))) return true;
    for (let k = 1; k <= Math.min(maxPrefix, word.length - 1); k++) {
      const list = prefixes.get(word.slice(0, k));
      if (!list) continue;
      for (const p of list) {
        const rest = p.strip + word.slice(k);
        if (p.condition && !p.condition.test(rest)) continue;
        if (stemHas(rest, p.flag)) return true;
        if (p.cross && unsuffix(rest, (base, r) => r.cross && stemHas(base, p.flag, r.flag))) return true;
      }
    }
    return false;
  };
  const words = (limit = 300_000): string[] => {
    const out = new Set<string>();
    for (const [stem, flags] of stems) {
      if (out.size >= limit) break;
      out.add(stem);
      for (const fl of flags) {
        for (const r of byFlag(fl, 'S')) {
          if (r.condition && !r.condition.test(stem)) continue;
          if (r.strip && !stem.endsWith(r.strip)) continue;
          out.add(stem.slice(0, stem.length - r.strip.length) + r.add);
        }
        for (const p of byFlag(fl, 'P')) {
          if (p.condition && !p.condition.test(stem)) continue;
          if (p.strip && !stem.startsWith(p.strip)) continue;
          out.add(p.add + stem.slice(p.strip.length));
        }
      }
    }
    return [...out].slice(0, limit);
  };
  return { has, words, size: stems.size };
}
