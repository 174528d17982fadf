import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { zman } from '../helpers/cli.js';

const lines = (s: string) => s.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('zman numbers', () => {
  it('writes one JSON line per amount, with the line number and offsets within the line', () => {
    const r = zman(['numbers', '--ndjson'], 'دەیان هەزار سەرباز\n\nلە ١٠ ـی مانگ ١٢ ملیار دینار\n');
    assert.equal(r.status, 0);
    const spans = lines(r.stdout);
    assert.deepEqual(spans.map((s) => [s.line, s.start, s.end, s.text, s.value]), [
      [1, 0, 11, 'دەیان هەزار', 20000],
      [3, 3, 5, '١٠', 10],
      [3, 14, 28, '١٢ ملیار دینار', 12e9],
    ]);
    assert.equal(spans[2]?.currency, 'IQD');
  });
  it('writes one tab-separated line per amount by default', () => {
    assert.equal(zman(['numbers'], 'سێ\n\nلە ١٠ ـی مانگ\n').stdout, '1:0-2\tسێ\tcardinal\t3\n3:3-5\t١٠\tcardinal\t10\n');
  });
  it('names the file when several are given', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zman-'));
    writeFileSync(join(dir, 'a.txt'), 'سێ\n');
    writeFileSync(join(dir, 'b.txt'), 'چوار\n');
    const spans = lines(zman(['numbers', '--ndjson', join(dir, 'a.txt'), join(dir, 'b.txt')]).stdout);
    assert.deepEqual(spans.map((s) => [s.file, s.line, s.value]), [[join(dir, 'a.txt'), 1, 3], [join(dir, 'b.txt'), 1, 4]]);
  });
  it('prints help and rejects unknown options', () => {
    assert.match(zman(['numbers', '--help']).stdout, /Usage: zman numbers/);
    assert.equal(zman(['numbers', '--bogus']).status, 2);
  });
});

describe('zman dates', () => {
  it('resolves dates against --reference', () => {
    const r = zman(['dates', '--ndjson', '--reference', '2021-12-28'], 'هەفتەی رابردوو\nلە ١٠ ـی مانگی کانوونی دووەم\n');
    assert.equal(r.status, 0);
    assert.deepEqual(lines(r.stdout).map((s) => [s.line, s.start, s.text, s.iso]), [
      [1, 0, 'هەفتەی رابردوو', '2021-12-18/2021-12-24'],
      [2, 3, '١٠ ـی مانگی کانوونی دووەم', '2022-01-10'],
    ]);
  });
  it('exits 2 on a bad --reference or --week-start', () => {
    const r = zman(['dates', '--reference', '2021-13-01'], 'ئەمڕۆ\n');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--reference.*2021-13-01/);
    assert.equal(zman(['dates', '--week-start', 'friday'], '').status, 2);
  });
});

describe('zman sort', () => {
  it('sorts lines in Kurdish order', () => {
    const r = zman(['sort'], 'زانا\nڕێباز\nئاسۆ\n');
    assert.equal(r.status, 0);
    assert.equal(r.stdout, 'ئاسۆ\nڕێباز\nزانا\n');
  });
  it('takes --reverse, --unique (equal after normalization) and --latin', () => {
    assert.equal(zman(['sort', '--reverse'], 'ب\nا\n').stdout, 'ب\nا\n');
    assert.equal(zman(['sort', '--unique'], 'کورد\nكورد\nئاو\nکورد\n').stdout, 'ئاو\nكورد\n');
    assert.equal(zman(['sort', '--latin'], 'şar\nsor\nب\n').stdout, 'sor\nşar\nب\n');
  });
  it('keeps empty lines and handles CRLF and no final newline', () => {
    assert.equal(zman(['sort'], 'ب\r\n\r\nا').stdout, '\nا\nب\n');
  });
});
