import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { normalizeWithMap } from '../../src/normalize/index.js';
import { sentences, sentencesFromTokens, tokenize, type Token } from '../../src/tokenize/index.js';
import { anyText, soraniNoise } from '../helpers/random.js';

/** Clean text: words, numbers, punctuation, quotes, abbreviations, addresses, line breaks. */
function cleanText(): fc.Arbitrary<string> {
  const pieces = [
    'کوردستان', 'سڵاو', 'دەست\u200cپێک', 'د.', 'پ.ز.', 'Dr.', 'Salih', 'e.g.', 'mp3', '١٠ی', '2014دا', '١٬٢٥٠٫٥', '10,000',
    '1.5', '27.12.2021', '٢٧', '-', '/', '.', '...', '؟', '?', '!', '؟!', '،', '؛', ':', '«', '»', '"', '(', ')', '١.',
    'https://rudaw.net/a.b', 'x@y.com', '#کورد', '@zman', '😀', ' ', ' ', ' ', '\n', '\n\n',
  ];
  return fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));
}

function checkTokens(s: string, tokens: readonly Token[]): void {
  let prevEnd = 0;
  for (const t of tokens) {
    assert.ok(t.start < t.end || t.normalized.length === 0, `empty token at ${t.start}`);
    assert.ok(t.start >= prevEnd, `token at ${t.start} overlaps the one ending at ${prevEnd}`);
    assert.ok(t.end <= s.length);
    assert.equal(t.surface, s.slice(t.start, t.end));
    prevEnd = t.end;
  }
}

/**
 * Every non-space character is inside a token, unless normalization removes it (an invisible
 * format character, a tatweel, a stray ZWNJ or a mark on one of them): every input character
 * that a non-space character of the normalized text comes from is inside a token.
 */
function checkCoverage(s: string, tokens: readonly Token[]): void {
  const covered = new Uint8Array(s.length);
  for (const t of tokens) covered.fill(1, t.start, t.end);
  const n = normalizeWithMap(s);
  for (let k = 0; k < n.text.length; k++) {
    if (/\s/.test(n.text[k]!)) continue;
    for (let i = n.starts[k]!; i < n.ends[k]!; i++) {
      assert.ok(covered[i], `U+${s.charCodeAt(i).toString(16)} at ${i} is not covered`);
    }
  }
}

describe('tokenize: invariants', () => {
  it('never throws; tokens are in order, do not overlap, and surface = input slice', () => {
    fc.assert(
      fc.property(anyText(), (s) => {
        checkTokens(s, tokenize(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('covers every non-space character of the input', () => {
    fc.assert(
      fc.property(fc.oneof(soraniNoise(60), cleanText()), (s) => {
        checkCoverage(s, tokenize(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('sentences never throw, are in order and each lies inside the text', () => {
    fc.assert(
      fc.property(anyText(), (s) => {
        let prev = 0;
        for (const x of sentences(s)) {
          assert.ok(x.start >= prev && x.start < x.end && x.end <= s.length);
          assert.equal(x.text, s.slice(x.start, x.end));
          prev = x.end;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('sentencesFromTokens agrees with sentences on clean text, and every token is in one sentence', () => {
    fc.assert(
      fc.property(cleanText(), (s) => {
        const tokens = tokenize(s);
        const fromTokens = sentencesFromTokens(tokens, s);
        assert.deepEqual(fromTokens, sentences(s));
        let k = 0;
        for (const t of tokens) {
          while (k < fromTokens.length && fromTokens[k]!.end <= t.start) k++;
          const x = fromTokens[k]!;
          assert.ok(x.start <= t.start && t.end <= x.end, `token ${t.surface} crosses a sentence boundary`);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('sentencesFromTokens agrees with sentences around a dot after heh + ZWNJ (issue 15)', () => {
    const x = 'کوردستان ه\u200c. باشم';
    assert.deepEqual(sentencesFromTokens(tokenize(x), x), sentences(x));
    assert.deepEqual(sentences(x).map((t) => t.text), ['کوردستان ه\u200c.', 'باشم']);
    const piece = fc.constantFrom('ه', 'ه\u200c', 'ە', 'د', 'د\u200c', 'پ', '.', ' ', 'باشم', 'کورد', '؟', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (parts) => {
        const s = parts.join('');
        assert.deepEqual(sentencesFromTokens(tokenize(s), s), sentences(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('sentencesFromTokens never throws on any text', () => {
    fc.assert(
      fc.property(anyText(), (s) => {
        sentencesFromTokens(tokenize(s), s);
      }),
      { numRuns: 1000 },
    );
  });

  it('handles 1 MB adversarial inputs in linear time', () => {
    const inputs = [
      '١'.repeat(1 << 20),
      '\u200c'.repeat(1 << 20),
      '.'.repeat(1 << 20),
      '١.'.repeat(1 << 19),
      '1,'.repeat(1 << 19),
      'a.'.repeat(1 << 19),
      'a@'.repeat(1 << 19),
      'د.'.repeat(1 << 19),
      '#'.repeat(1 << 20),
      'http://'.repeat(1 << 17),
      'ـ'.repeat(1 << 20),
      '\u0301'.repeat(1 << 20),
      '😀'.repeat(1 << 19),
      '\ud800'.repeat(1 << 20),
      'کورد'.repeat(1 << 18),
    ];
    for (const s of inputs) {
      const tokens = tokenize(s);
      checkTokens(s, tokens);
      assert.ok(sentences(s).length >= 0);
    }
  });
});
