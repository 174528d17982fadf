import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { normalize, normalizeWithMap, toSourceRange } from '../../src/normalize/index.js';
import { anyText, soraniNoise } from '../helpers/random.js';

const OPTIONS = [
  {},
  { digits: 'latin', punctuation: 'kurdish' },
  { digits: 'arabic', punctuation: 'latin' },
  { digits: 'persian', initialReh: false, initialAlef: false },
  { legacyFont: 'ali-k' },
] as const;

describe('normalize: invariants', () => {
  it('never throws and returns a string', () => {
    fc.assert(
      fc.property(anyText(), fc.constantFrom(...OPTIONS), (s, o) => typeof normalize(s, o) === 'string'),
      { numRuns: 2000 },
    );
  });

  it('is idempotent on runs of combining marks split by Arabic marks (issue 15)', () => {
    const once = normalize('\u0628\u0301\u0303\u064e\u0327');
    assert.equal(once, '\u0628\u0327\u0301\u0303');
    assert.equal(normalize(once), once);
    const piece = fc.constantFrom('\u0301', '\u0303', '\u0327', '\u0316', '\u05b0', '\u064e', '\u0651', '\u0628', 'a', '\u0640', '\u200c');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const s = parts.join('');
        const n = normalizeWithMap(s);
        assert.equal(normalize(n.text), n.text);
        assert.equal(normalize(s), n.text);
      }),
      { numRuns: 3000 },
    );
  });
  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText(), fc.constantFrom(...OPTIONS), (s, o) => {
        const once = normalize(s, o);
        assert.equal(normalize(once, o), once);
      }),
      { numRuns: 3000 },
    );
  });

  it('normalizeWithMap gives the same text as normalize', () => {
    fc.assert(fc.property(anyText(), (s) => normalizeWithMap(s).text === normalize(s)), { numRuns: 1000 });
  });

  it('maps every output unit to an ordered range inside the input', () => {
    fc.assert(
      fc.property(soraniNoise(60), (s) => {
        const m = normalizeWithMap(s);
        assert.equal(m.starts.length, m.text.length);
        let prevStart = 0;
        for (let i = 0; i < m.text.length; i++) {
          const a = m.starts[i]!;
          const b = m.ends[i]!;
          assert.ok(a < b && b <= s.length, `range ${a}-${b} of ${i}`);
          assert.ok(a >= prevStart, 'starts are non-decreasing');
          prevStart = a;
        }
        const [x, y] = toSourceRange(m, 0, m.text.length);
        assert.ok(x <= y && y <= s.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('maps an unchanged word back to itself', () => {
    fc.assert(
      fc.property(soraniNoise(10), fc.constantFrom('دووشەممە', 'ئابووری', 'هەولێر'), soraniNoise(10), (a, w, b) => {
        const s = `${a} ${w} ${b}`;
        const m = normalizeWithMap(s);
        const at = m.text.indexOf(` ${w} `);
        if (at < 0) return; // the noise may have joined to the word
        const [x, y] = toSourceRange(m, at + 1, at + 1 + w.length);
        assert.equal(s.slice(x, y), w);
      }),
      { numRuns: 500 },
    );
  });

  it('treats a newline as a hard boundary, also across the internal chunks of long inputs', () => {
    // Many random lines make an input far longer than the 8 KiB chunks that normalize works in.
    fc.assert(
      fc.property(fc.array(soraniNoise(40), { minLength: 200, maxLength: 600 }), fc.constantFrom(...OPTIONS), (lines, o) => {
        const whole = lines.join('\n');
        const expected = lines.map((line) => normalize(line, o)).join('\n');
        assert.equal(normalize(whole, o), expected);
        const m = normalizeWithMap(whole, o);
        assert.equal(m.text, expected);
        for (let i = 1; i < m.starts.length; i++) assert.ok(m.starts[i]! >= m.starts[i - 1]!);
      }),
      { numRuns: 60 },
    );
  });

  it('handles 1 MB inputs in linear time, without throwing', () => {
    const inputs = [
      'ه'.repeat(1 << 20),
      '\u200c'.repeat(1 << 20),
      'ـ'.repeat(1 << 20),
      '١'.repeat(1 << 20),
      'e\u0301'.repeat(1 << 19),
      'a' + '\u0301'.repeat(1 << 20),
      '\ud800'.repeat(1 << 20),
      'كوردي سه\u200cره\u200cکی '.repeat(1 << 16),
    ];
    for (const s of inputs) {
      const out = normalize(s);
      assert.equal(typeof out, 'string');
      assert.equal(normalize(out), out);
    }
  });
});
