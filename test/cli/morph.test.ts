import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { zman } from '../helpers/cli.js';

describe('zman lemma / stem / segment / analyze-word', () => {
  it('replaces each word by its lemma, line for line, keeping other text', () => {
    const r = zman(['lemma'], 'کتێبەکانمان، 12 kurd\n\nدەنووسم\n');
    assert.equal(r.status, 0);
    assert.equal(r.stdout, 'کتێب، 12 kurd\n\nنووسین\n');
  });
  it('stems and segments', () => {
    assert.equal(zman(['stem'], 'کوردستانەکەمان\n').stdout, 'کوردستان\n');
    assert.equal(zman(['segment'], 'شارەکانیشدا دەچین\n').stdout, 'شار ەکان یش دا دەچین\n');
  });
  it('segments each word in the context of the next token', () => {
    // ezafe before a word, none before punctuation or at the end of the line
    assert.equal(zman(['segment'], 'زمانی کوردی، زمانی\n').stdout, 'زمان ی کوردی، زمانی\n');
    assert.equal(zman(['tokenize', '--morphemes', '--surface'], 'زمانی کوردی.\n').stdout.trim().split(/\s+/).join(' '), 'زمان ی کوردی .');
  });
  it('prints every analysis, and JSON with --json', () => {
    const r = zman(['analyze-word', 'دەنووسم']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /نووسین\tverb/);
    const j = JSON.parse(zman(['analyze-word', '--json', 'کتێبەکان']).stdout) as { word: string; analyses: { lemma: string }[] }[];
    assert.equal(j[0]!.analyses[0]!.lemma, 'کتێب');
  });
  it('reads the words of standard input without WORDs', () => {
    const r = zman(['analyze-word', '--ndjson'], 'کتێبەکان\nدەنووسم\n');
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { line: number; word: string; analyses: { lemma: string }[] });
    assert.deepEqual(rows.map((x) => [x.line, x.word, x.analyses[0]!.lemma]), [[1, 'کتێبەکان', 'کتێب'], [2, 'دەنووسم', 'نووسین']]);
  });
  it('exits 2 with an unknown option', () => {
    assert.equal(zman(['lemma', '--bogus']).status, 2);
  });
  it('prints help', () => {
    assert.match(zman(['segment', '--help']).stdout, /Usage: zman segment/);
  });
});
