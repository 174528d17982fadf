/**
 * Fuzz suite (seeded, bounded): every exported function of every public subpath in
 * `package.json` `exports` gets random and adversarial strings — lone surrogates, control
 * characters, 100 KB of one letter, runs of combining marks, presentation forms, mixed scripts —
 * and must not throw; every `[start, end)` it reports must lie inside the input, in order, and
 * name the text it says it names.
 *
 * A new export must be added to `CALLS` (how to call it with text) or to `NOT_TEXT` (why it
 * takes no text): the first test fails until it is.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ROOT } from './helpers/cli.js';
import { anyText } from './helpers/random.js';

type Module = Record<string, unknown>;
type Fn = (...args: unknown[]) => unknown;
/** Calls an export with the text `s`; `m` is the whole subpath module, `all` every module by subpath. */
type Call = (fn: Fn, s: string, m: Module, all: Record<string, Module>) => unknown;

const REFERENCE = { reference: '2024-01-15' };
const normalized = (all: Record<string, Module>, s: string) => (all['./normalize']!.normalizeWithMap as Fn)(s);
const doc = (all: Record<string, Module>, s: string) => (all['./analyze']!.createDocument as Fn)(s);

/** How to call each export with text. Keys are `subpath:name`; `*:name` for any subpath. */
const CALLS: Record<string, Call> = {
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
  '*:loadHunspell': (f, s) => f(`SET UTF-8\n${s}`, `1\n${s}`),
  '*:looseKey': (f, s) => f(s),
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
const NOT_TEXT: Record<string, string> = {
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
const SUBPATHS = Object.keys(exportsMap).filter((p) => p !== '.' && !p.endsWith('.json'));
const modules: Record<string, Module> = {};
for (const sub of SUBPATHS) modules[sub] = (await import(join(ROOT, 'src', sub.slice(2), 'index.ts'))) as Module;

function lookup<T>(table: Record<string, T>, sub: string, name: string): T | undefined {
  return table[`${sub}:${name}`] ?? table[`*:${name}`];
}

const ADVERSARIAL: readonly string[] = [
  '',
  ' ',
  '\ud800',
  'ک\udc00ورد\ud83d',
  '\u0000\u0001\u0007\u001b[31m\u007f\u0085\u009f',
  // 100 KB of one letter (the patterns that overflowed the stack); other runs shorter
  'ب'.repeat(100_000),
  '\u0640'.repeat(30_000),
  '\ufefb'.repeat(30_000),
  'a'.repeat(10_000),
  '١'.repeat(10_000),
  '\u200c'.repeat(10_000),
  `ب${'\u064e\u0651\u0301'.repeat(3000)}`,
  '\u0628\u0301\u0303\u064e\u0327',
  '\ufe8d\ufe8f\ufe91\ufe92\ufb8e\ufb8f\ufefb\ufef5 \ufdf2 \ufe70\ufe71',
  'کورد kurd کُرد ١٢٣ 123 ۱۲۳ 😀 https://a.example/x?y=١ user@mail.krd #تاگ @ناو کوردی‌یە Ελλάδα 中文 עברית',
  '\u202e\u2066لە\u2069\u200f \u061c\u200e',
  'سێ ملیۆن و پێنج سەد هەزار دینار لە ١٠ ـی کانوونی دووەمی ٢٠٢٤ '.repeat(100),
  'جۆ بایدن '.repeat(2000),
  '«'.repeat(5000) + '»'.repeat(5000),
  '.'.repeat(20_000),
  '\r\n\u2028\u2029\n\n',
];

/** Every `{ start, end }` in a result lies inside the input, in order, and names its text. */
function checkOffsets(value: unknown, input: string, where: string, depth = 0): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) checkOffsets(v, input, where, depth + 1);
    return;
  }
  const o = value as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number') {
    const { start, end } = o;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= input.length)) {
      assert.fail(`${where}: offsets [${start}, ${end}) outside an input of length ${input.length}`);
    }
    const named = typeof o.surface === 'string' ? o.surface : undefined;
    if (named !== undefined && named !== input.slice(start, end)) {
      assert.fail(`${where}: surface ${JSON.stringify(named)} is not input.slice(${start}, ${end})`);
    }
  }
  for (const [k, v] of Object.entries(o)) if (k !== 'text' && v !== null && typeof v === 'object') checkOffsets(v, input, where, depth + 1);
}

const RANDOM = fc.sample(anyText(), { seed: 20261129, numRuns: 60 });

describe('fuzz: every exported function, random and adversarial strings', () => {
  it('knows how to call every export of every public subpath', () => {
    const unknown: string[] = [];
    for (const sub of SUBPATHS) {
      for (const [name, value] of Object.entries(modules[sub]!)) {
        if (typeof value !== 'function') continue;
        if (!lookup(CALLS, sub, name) && !lookup(NOT_TEXT, sub, name)) unknown.push(`${sub}:${name}`);
      }
    }
    assert.deepEqual(unknown, [], 'add these exports to CALLS (or NOT_TEXT) in test/fuzz.test.ts');
  });

  for (const sub of SUBPATHS) {
    it(`${sub}: never throws on text, offsets valid`, () => {
      for (const [name, value] of Object.entries(modules[sub]!)) {
        if (typeof value !== 'function') continue;
        const call = lookup(CALLS, sub, name);
        if (!call) continue;
        for (const [i, s] of [...ADVERSARIAL.entries(), ...RANDOM.map((r, j) => [1000 + j, r] as const)]) {
          let result: unknown;
          try {
            result = call(value as Fn, s, modules[sub]!, modules);
          } catch (error) {
            assert.fail(`${sub} ${name} threw on input #${i} ${JSON.stringify(s.slice(0, 60))}${s.length > 60 ? `… (${s.length})` : ''}: ${(error as Error).stack}`);
          }
          checkOffsets(result, s, `${sub} ${name} on input #${i}`);
        }
      }
    });
  }
});
