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
  it('prints one JSON array a line with --json', () => {
    const r = zman(['tokenize', '--json'], '2014دا\n');
    assert.deepEqual(JSON.parse(r.stdout.trim()), [
      { type: 'number', start: 0, end: 4, surface: '2014', normalized: '2014' },
      { type: 'word', start: 4, end: 6, surface: 'دا', normalized: 'دا', attached: true },
    ]);
  });
  it('prints one JSON object a token with its line number with --ndjson', () => {
    const r = zman(['tokenize', '--ndjson'], 'سڵاو\n\nچۆنی؟\n');
    const rows = r.stdout.split('\n').filter((l) => l.length > 0).map((l) => JSON.parse(l) as { line: number; surface: string });
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
  it('prints offsets with --json', () => {
    const r = zman(['sentences', '--json'], 'ئا. نا\n');
    assert.deepEqual(JSON.parse(r.stdout.trim()), [
      { start: 0, end: 3, text: 'ئا.' },
      { start: 4, end: 6, text: 'نا' },
    ]);
  });
  it('exits 1 naming an unreadable file', () => {
    const r = zman(['sentences', '/nonexistent/file.txt']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /no such file/);
  });
});
