import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { zman } from '../helpers/cli.js';

describe('zman tokenize', () => {
  it('prints one normalized token a line and an empty line after each input line', () => {
    const r = zman(['tokenize'], 'لە ١٠ ـی مانگ\n\nكورد.\n');
    assert.equal(r.status, 0);
    assert.equal(r.stdout, 'لە\n١٠\nی\nمانگ\n\n\nکورد\n.\n\n');
  });
  it('prints tokens as written with --surface', () => {
    assert.equal(zman(['tokenize', '--surface'], 'كورد\n').stdout, 'كورد\n\n');
  });
  it('prints one JSON array of every token, each with its line, with --json', () => {
    const r = zman(['tokenize', '--json'], '2014دا\n\nکورد\n');
    assert.deepEqual(JSON.parse(r.stdout), [
      { line: 1, type: 'number', start: 0, end: 4, surface: '2014', normalized: '2014' },
      { line: 1, type: 'word', start: 4, end: 6, surface: 'دا', normalized: 'دا', attached: true },
      { line: 3, type: 'word', start: 0, end: 4, surface: 'کورد', normalized: 'کورد' },
    ]);
    assert.deepEqual(JSON.parse(zman(['tokenize', '--json'], '\n').stdout), []);
  });
  it('writes valid JSON with continuous offsets for a line over 1 MiB', () => {
    const word = 'کوردستان ';
    const line = word.repeat(150_000); // 1.35 M UTF-16 units: three pieces
    const r = zman(['tokenize', '--json'], `${line}\nسڵاو\n`);
    assert.equal(r.status, 0);
    const tokens = JSON.parse(r.stdout) as { line: number; start: number; end: number }[];
    assert.equal(tokens.length, 150_001);
    for (let i = 0; i < 150_000; i++) {
      const t = tokens[i]!;
      if (t.line !== 1 || t.start !== i * word.length || t.end !== i * word.length + 8) assert.fail(`token ${i}: ${JSON.stringify(t)}`);
    }
    assert.deepEqual([tokens[150_000]!.line, tokens[150_000]!.start], [2, 0]);
    const nd = zman(['tokenize', '--ndjson'], `${line}\n`).stdout.split('\n');
    assert.equal(nd.pop(), '');
    assert.equal(nd.length, 150_000);
    assert.equal((JSON.parse(nd[149_999]!) as { start: number }).start, 149_999 * word.length);
  });
  it('prints one JSON object a token with its line number with --ndjson', () => {
    const r = zman(['tokenize', '--ndjson'], 'سڵاو\n\nچۆنی؟\n');
    assert.ok(r.stdout.endsWith('\n') && !r.stdout.includes('\n\n'), 'no blank line');
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { line: number; surface: string });
    assert.deepEqual(rows.map((x) => [x.line, x.surface]), [[1, 'سڵاو'], [3, 'چۆنی'], [3, '؟']]);
  });
  it('reads files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zman-'));
    writeFileSync(join(dir, 'a.txt'), 'یەک دوو\n');
    assert.equal(zman(['tokenize', join(dir, 'a.txt')]).stdout, 'یەک\nدوو\n\n');
  });
  it('exits 2 on --json with --ndjson and on an unknown option', () => {
    assert.equal(zman(['tokenize', '--json', '--ndjson']).status, 2);
    assert.equal(zman(['tokenize', '--bogus']).status, 2);
  });
  it('prints help', () => {
    assert.match(zman(['tokenize', '--help']).stdout, /Usage: zman tokenize/);
  });
});

describe('zman sentences', () => {
  it('prints one sentence a line; each input line is a paragraph', () => {
    const r = zman(['sentences'], 'سڵاو. چۆنی؟ باشم!\n\nد. محەمەد هات\n');
    assert.equal(r.status, 0);
    assert.equal(r.stdout, 'سڵاو.\nچۆنی؟\nباشم!\n\nد. محەمەد هات\n');
  });
  it('prints offsets with --json and --ndjson', () => {
    const r = zman(['sentences', '--json'], 'ئا. نا\n\nبەڵێ\n');
    assert.deepEqual(JSON.parse(r.stdout), [
      { line: 1, start: 0, end: 3, text: 'ئا.' },
      { line: 1, start: 4, end: 6, text: 'نا' },
      { line: 3, start: 0, end: 4, text: 'بەڵێ' },
    ]);
    const nd = zman(['sentences', '--ndjson'], 'ئا. نا\n').stdout;
    assert.equal(nd, '{"line":1,"start":0,"end":3,"text":"ئا."}\n{"line":1,"start":4,"end":6,"text":"نا"}\n');
  });
  it('keeps sentences whole and offsets continuous over a line over 1 MiB', () => {
    const sentence = 'ئەمە ڕستەیەکی درێژە. ';
    const count = 60_000; // 1.26 M UTF-16 units
    const r = zman(['sentences', '--json'], `${sentence.repeat(count)}\n`);
    const found = JSON.parse(r.stdout) as { start: number; end: number; text: string }[];
    assert.equal(found.length, count);
    for (let i = 0; i < count; i++) {
      const s = found[i]!;
      if (s.start !== i * sentence.length || s.text !== sentence.trim()) assert.fail(`sentence ${i}: ${JSON.stringify(s)}`);
    }
  });
  it('exits 1 naming an unreadable file', () => {
    const r = zman(['sentences', '/nonexistent/file.txt']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /no such file/);
  });
});
