/**
 * How to call every exported function of zman's public subpaths with a piece of text: shared
 * by the fuzz suite (`test/fuzz.test.ts`) and the growth check of the bench (`bench/growth.ts`).
 * A new export must be added to `CALLS` (how to call it with text) or `NOT_TEXT` (why it takes
 * no text); the fuzz suite fails until it is.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli.js';

export type Module = Record<string, unknown>;
export type Fn = (...args: unknown[]) => unknown;
/** Calls an export with the text `s`; `m` is the whole subpath module, `all` every module by subpath. */
export type Call = (fn: Fn, s: string, m: Module, all: Record<string, Module>) => unknown;

const REFERENCE = { reference: '2024-01-15' };
const normalized = (all: Record<string, Module>, s: string) => (all['./normalize']!.normalizeWithMap as Fn)(s);
const doc = (all: Record<string, Module>, s: string) => (all['./analyze']!.createDocument as Fn)(s);

/** How to call each export with text. Keys are `subpath:name`; `*:name` for any subpath. */
export const CALLS: Record<string, Call> = {
  '*:normalize': (f, s) => f(s),
  '*:normalizeWithMap': (f, s) => f(s),
  '*:detectLegacyFont': (f, s) => f(s),
  '*:toSourceRange': (f, s, _m, all) => {
    const n = normalized(all, s) as { text: string };
    return [f(n, 0, n.text.length), f(n, 0, 0), f(n, Math.floor(n.text.length / 2), n.text.length)];
  },
  '*:detectLanguage': (f, s) => f(s),
  '*:findEntities': (f, s) => f(s),
  '*:findQuotes': (f, s) => f(s),
  '*:analyzeDocument': (f, s) => f(s, REFERENCE),
  '*:createDocument': (f, s) => f(s),
  '*:documentOf': (f, s, _m, all) => f(normalized(all, s), s),
  '*:keywords': (f, s) => f(s.split(' ')),
  '*:createBackground': (f, s) => f([s.split(' '), s.split('\n')]),
  '*:Engine': (f, s) => {
    const engine = new (f as unknown as new () => { analyzeDocument(t: string, o: object): unknown; analyze(w: string): unknown; lemmatize(w: string): unknown })();
    // (its analyzeDocument is the exported analyzeDocument, fuzzed on its own)
    return [engine.analyze(s), engine.lemmatize(s)];
  },
  '*:tokenize': (f, s) => f(s),
  '*:tokenizeNormalized': (f, s, _m, all) => f(normalized(all, s), s),
  '*:sentences': (f, s) => f(s),
  '*:sentencesFromTokens': (f, s, _m, all) => f((all['./tokenize']!.tokenize as Fn)(s), s),
  '*:findNumbers': (f, s) => f(s),
  '*:findNumbersIn': (f, s, _m, all) => f(normalized(all, s), s),
  '*:findNumbersInDocument': (f, s, _m, all) => f(doc(all, s)),
  '*:parseNumber': (f, s) => f(s),
  '*:findDates': (f, s) => f(s, REFERENCE),
  '*:findDatesIn': (f, s, _m, all) => f(normalized(all, s), s, REFERENCE),
  '*:findDatesInDocument': (f, s, _m, all) => f(doc(all, s), REFERENCE),
  '*:compare': (f, s) => [f(s, s), f(s, ''), f('', s), f(s, s.slice(1))],
  '*:sort': (f, s) => f(s.split(/\s/)),
  '*:analyze': (f, s) => f(s),
  '*:analyzeNormalized': (f, s) => f(s),
  '*:isStopword': (f, s) => f(s),
  '*:isStopwordNormalized': (f, s) => f(s),
  '*:lemmatize': (f, s) => f(s),
  '*:partOfSpeech': (f, s) => f(s),
  '*:segment': (f, s) => [f(s), f(s, s)],
  '*:stem': (f, s) => f(s),
  '*:tokenizeMorphemes': (f, s) => f(s),
  '*:pronounce': (f, s) => f(s),
  '*:slug': (f, s) => f(s),
  '*:syllables': (f, s) => f(s),
  '*:toArabic': (f, s) => f(s),
  '*:toLatin': (f, s) => f(s),
  '*:toLatinNormalized': (f, s) => f(s),
  '*:check': (f, s) => f(s),
  '*:correct': (f, s) => f(s),
  '*:repair': (f, s) => f(s),
  '*:detectKeyboard': (f, s) => f(s),
  '*:suggest': (f, s) => f(s),
  '*:findMisspellings': (f, s) => f(s),
  '*:repairWord': (f, s) => [f(s), f(s, { keyboard: 'arabic' })],
  '*:loadHunspell': (f, s) => f(`SET UTF-8\n${s}`, `1\n${s}`),
  '*:looseKey': (f, s) => f(s),
  '*:foldLetters': (f, s) => f(s),
  '*:mayBeKeyboardTyped': (f, s) => f(s),
  '*:numberKey': (f, s) => f(s),
  '*:searchKey': (f, s) => f(s),
  '*:searchTerms': (f, s) => f(s),
  '*:parseQuery': (f, s) => f(s),
  '*:queryTerms': (f, s) => f(s),
  '*:miniSearchAnalysis': (f, s) => {
    const a = f() as { tokenize(t: string): string[]; processTerm(t: string): unknown };
    return a.tokenize(s).map((t) => a.processTerm(t));
  },
  '*:oramaTokenizer': (f, s) => (f() as { tokenize(t: string): string[] }).tokenize(s),
  '*:isPostgresLocation': (f, s) => f(s),
};

/** Exports that take no text, and why. */
export const NOT_TEXT: Record<string, string> = {
  '*:numberToWords': 'takes a number (property tests in test/numbers)',
  '*:convertDate': 'takes a date object (calendar tests)',
  '*:formatDate': 'takes a date object (calendar tests)',
  '*:gregorianToKurdish': 'takes a date object',
  '*:kurdishToGregorian': 'takes a date object',
  '*:collator': 'takes options; its compare and sort are fuzzed through compare/sort',
  '*:lexiconSize': 'takes nothing',
  '*:IndexError': 'an error class',
  '*:openIndex': 'opens a database (surface, tested in test/search)',
  '*:createApp': 'creates the HTTP service (surface; every endpoint gets bad input in test/serve)',
  '*:startServer': 'listens on a socket (surface, tested in test/serve)',
  '*:HttpError': 'an error class',
  '*:openApiDocument': 'takes a version string (tested in test/serve)',
};

const exportsMap = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, unknown> }).exports;
export const SUBPATHS = Object.keys(exportsMap).filter((p) => p !== '.' && !p.endsWith('.json'));
export const modules: Record<string, Module> = {};
for (const sub of SUBPATHS) modules[sub] = (await import(join(ROOT, 'src', sub.slice(2), 'index.ts'))) as Module;

export function lookup<T>(table: Record<string, T>, sub: string, name: string): T | undefined {
  return table[`${sub}:${name}`] ?? table[`*:${name}`];
}

