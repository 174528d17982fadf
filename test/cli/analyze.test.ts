import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
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
    assert.match(r.stdout, /\x1b\[35mجۆ بایدن\x1b\[0m/);
  });
  it('gives one JSON object with --json, the reference defaulting to the file date', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zman-'));
    const file = join(dir, 'a.txt');
    writeFileSync(file, article);
    utimesSync(file, new Date('2021-12-27T10:00:00Z'), new Date('2021-12-27T10:00:00Z'));
    const r = zman(['analyze', '--json', file]);
    assert.equal(r.status, 0);
    const a = JSON.parse(r.stdout) as { file: string; reference: string; language: string; entities: Array<{ canonical: string }> };
    assert.equal(a.reference, '2021-12-27');
    assert.equal(a.language, 'ckb');
    assert.deepEqual(a.entities.map((e) => e.canonical), ['ئەمریکا', 'جۆ بایدن', 'واشنتن']);
    assert.equal(JSON.parse(zman(['analyze', '--json', '--reference', '2026-01-02', file]).stdout).reference, '2026-01-02');
  });
  it('walks a directory recursively with --ndjson, one line per document, errors as records', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zman-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'a.txt'), article);
    writeFileSync(join(dir, 'sub', 'b.txt'), 'لە هەولێر\n');
    writeFileSync(join(dir, 'sub', 'empty.txt'), '');
    writeFileSync(join(dir, 'sub', 'c.bin'), Buffer.from([0, 1, 2, 255, 0]));
    const r = zman(['analyze', '--ndjson', dir]);
    assert.equal(r.status, 1);
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; error?: string; entities?: unknown[] });
    assert.deepEqual(records.map((x) => x.file.slice(dir.length + 1)), ['a.txt', 'sub/b.txt', 'sub/c.bin', 'sub/empty.txt']);
    assert.match(records[2]!.error!, /binary/);
    assert.deepEqual(records[3]!.entities, []);
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
    const dir = mkdtempSync(join(tmpdir(), 'zman-'));
    writeFileSync(join(dir, 'a.txt'), 'a');
    writeFileSync(join(dir, 'b.txt'), 'b');
    assert.match(zman(['analyze', dir]).stderr, /--ndjson/);
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
