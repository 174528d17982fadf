/**
 * Fuzz suite (seeded, bounded): every exported function of every public subpath in
 * `package.json` `exports` gets random and adversarial strings — lone surrogates, control
 * characters, 100 KB of one letter, runs of combining marks, presentation forms, mixed scripts —
 * and must not throw; every `[start, end)` it reports must lie inside the input, in order, and
 * name the text it says it names.
 *
 * A new export must be added to `CALLS` or `NOT_TEXT` in `test/helpers/exports.ts`: the first
 * test fails until it is.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { anyText } from './helpers/random.js';

import { CALLS, lookup, modules, NOT_TEXT, SUBPATHS, type Fn } from './helpers/exports.js';

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
    assert.deepEqual(unknown, [], 'add these exports to CALLS (or NOT_TEXT) in test/helpers/exports.ts');
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
