import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { zman } from '../helpers/cli.js';

const article = 'سەرۆکی ئەمریکا جۆ بایدن لە واشنتن گوتی: «ئێمە ئامادەین.»\n';

describe('zman analyze', () => {
  it('prints a readable report of one document, without colours when not on a terminal', () => {
    const r = zman(['analyze'], article);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /Central Kurdish/);
    assert.match(r.stdout, /\[جۆ بایدن\]PER/);
    assert.match(r.stdout, /Quotes\n {2}«ئێمە ئامادەین\.» — جۆ بایدن \(گوتی\)/);
    assert.doesNotMatch(r.stdout, /\x1b\[/);
  });
  it('colours the report with --color', () => {
    const r = zman(['analyze', '--color'], article);
    assert.match(r.stdout, /\x1b\[35mجۆ بایدن\x1b\[39m/);
    assert.doesNotMatch(zman(['analyze', '--color', '--no-color'], article).stdout, /\x1b\[/);
  });
  it('gives one JSON array of document records with --json, the reference defaulting to the file date', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zman-'));
    const file = join(dir, 'a.txt');
    writeFileSync(file, article);
    utimesSync(file, new Date('2021-12-27T10:00:00Z'), new Date('2021-12-27T10:00:00Z'));
    const r = zman(['analyze', '--json', file]);
    assert.equal(r.status, 0);
    const all = JSON.parse(r.stdout) as { file: string; reference: string; language: string; entities: Array<{ canonical: string }> }[];
    assert.equal(all.length, 1);
    const a = all[0]!;
    assert.equal(a.file, file);
    assert.equal(a.reference, '2021-12-27');
    assert.equal(a.language, 'ckb');
    assert.deepEqual(a.entities.map((e) => e.canonical), ['ئەمریکا', 'جۆ بایدن', 'واشنتن']);
    assert.equal(JSON.parse(zman(['analyze', '--json', '--reference', '2026-01-02', file]).stdout)[0].reference, '2026-01-02');
  });
  it('walks a directory recursively with --ndjson, one line per document, errors on stderr only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zman-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'a.txt'), article);
    writeFileSync(join(dir, 'sub', 'b.txt'), 'لە هەولێر\n');
    writeFileSync(join(dir, 'sub', 'empty.txt'), '');
    writeFileSync(join(dir, 'sub', 'c.bin'), Buffer.from([0, 1, 2, 255, 0]));
    const r = zman(['analyze', '--ndjson', dir]);
    assert.equal(r.status, 1);
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; error?: string; entities?: unknown[] });
    assert.deepEqual(records.map((x) => x.file.slice(dir.length + 1)), ['a.txt', 'sub/b.txt', 'sub/empty.txt']);
    assert.ok(records.every((x) => x.error === undefined));
    assert.deepEqual(records[2]!.entities, []);
    assert.match(r.stderr, /c\.bin: looks like a binary file/);
  });
  it('analyzes every line as a document with --ndjson --lines', () => {
    const r = zman(['analyze', '--ndjson', '--lines'], 'لە هەولێر\n\nلە دهۆک\n');
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { line: number; entities: Array<{ canonical: string }> });
    assert.deepEqual(records.map((x) => [x.line, x.entities.map((e) => e.canonical)]), [[1, ['هەولێر']], [2, []], [3, ['دهۆک']]]);
  });
  it('reports an empty document clearly', () => {
    const r = zman(['analyze'], '');
    assert.equal(r.status, 0);
    assert.match(r.stdout, /empty document/);
  });
  it('refuses a file over --max-mb with a clear message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zman-'));
    writeFileSync(join(dir, 'big.txt'), 'ئا'.repeat(600_000));
    const r = zman(['analyze', '--max-mb', '1', join(dir, 'big.txt')]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /too large.*--lines/);
  });
  it('exits 2 on wrong usage', () => {
    assert.equal(zman(['analyze', '--reference', '2021-13-01']).status, 2);
    assert.match(zman(['analyze', '--reference', 'yesterday']).stderr, /--reference.*YYYY-MM-DD/);
    assert.equal(zman(['analyze', '--json', '--ndjson']).status, 2);
    assert.equal(zman(['analyze', '--keywords', 'x']).status, 2);
    assert.match(zman(['analyze', '--lines']).stderr, /--lines needs --ndjson/);
  });
  it('does not follow a symbolic link loop', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zman-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'a.txt'), 'لە هەولێر\n');
    symlinkSync('..', join(dir, 'sub', 'loop'));
    const r = zman(['analyze', '--ndjson', dir]);
    assert.equal(r.status, 0, r.stderr);
    const files = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { file: string }).file.slice(dir.length + 1));
    assert.deepEqual(files, ['sub/a.txt']);
  });
  it('applies --max-mb to standard input and to a line with --lines', () => {
    const big = 'ئا '.repeat(400_000);
    const r = zman(['analyze', '--max-mb', '1'], big);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /-: too large.*--lines/);
    const l = zman(['analyze', '--ndjson', '--lines', '--max-mb', '0.5'], `لە هەولێر\n${big}\nلە دهۆک\n`);
    assert.equal(l.status, 1);
    assert.deepEqual(l.stdout.trim().split('\n').map((x) => (JSON.parse(x) as { line: number }).line), [1, 3]);
    assert.match(l.stderr, /line 2: too large/);
  });
  it('exits 1 naming a missing file', () => {
    const r = zman(['analyze', '/nonexistent/file.txt']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /\/nonexistent\/file\.txt: no such file/);
  });
  it('prints help', () => {
    assert.match(zman(['analyze', '--help']).stdout, /--ndjson/);
  });
});
