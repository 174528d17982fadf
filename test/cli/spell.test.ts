import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { zman } from '../helpers/cli.js';

const records = (s: string) => s.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('zman spell', () => {
  const text = 'ئەم بریارە لە باشور درا\n\nسڵاو لە کوردستان\n';
  it('lists misspelled words with their line, offsets and suggestions', () => {
    const r = zman(['spell', '--limit', '2'], text);
    assert.equal(r.status, 0);
    const lines = r.stdout.split('\n').filter(Boolean);
    assert.ok(lines.includes('1:4-10\tبریارە\tبڕیارە بڕیار'), r.stdout);
    assert.match(r.stdout, /^1:14-19\tباشور\tباشوور /m);
  });
  it('--ndjson: one record per misspelled word, with its line; never a blank line', () => {
    const r = zman(['spell', '--ndjson'], text);
    assert.ok(!r.stdout.includes('\n\n'));
    const recs = records(r.stdout);
    assert.deepEqual(recs.slice(0, 2).map((x) => [x.line, x.start, x.end, x.word]), [[1, 4, 10, 'بریارە'], [1, 14, 19, 'باشور']]);
    assert.equal((recs[0]!.suggestions as { word: string }[])[0]!.word, 'بڕیارە');
  });
  it('--json: one JSON value for the whole run; files named when several', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zman-spell-'));
    writeFileSync(join(dir, 'a.txt'), 'باشور\n');
    writeFileSync(join(dir, 'b.txt'), 'کوردستان\nبریار\n');
    const r = zman(['spell', '--json', join(dir, 'a.txt'), join(dir, 'b.txt')]);
    const all = JSON.parse(r.stdout) as { file: string; line: number; word: string }[];
    assert.deepEqual(all.map((x) => [x.file, x.line, x.word]), [[join(dir, 'a.txt'), 1, 'باشور'], [join(dir, 'b.txt'), 2, 'بریار']]);
    assert.deepEqual(JSON.parse(zman(['spell', '--json'], 'کوردستان\n').stdout), []);
  });
  it('--fix writes the corrected text line for line', () => {
    const r = zman(['spell', '--fix'], 'ئەم بریارە لە باشور درا\n\nکوردستان\n');
    assert.equal(r.stdout, 'ئەم بڕیارە لە باشوور درا\n\nکوردستان\n');
  });
  it('reports usage errors with exit code 2 and missing files with 1', () => {
    assert.equal(zman(['spell', '--limit', '0'], 'x').status, 2);
    assert.equal(zman(['spell', '--fix', '--json'], 'x').status, 2);
    const missing = zman(['spell', '/nonexistent/file.txt']);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /no such file/);
  });
  it('--hunspell adds the words of a dictionary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zman-hun-'));
    writeFileSync(join(dir, 'my.aff'), 'SET UTF-8\nSFX A Y 1\nSFX A 0 ان .\n');
    writeFileSync(join(dir, 'my.dic'), '1\nزگلاوانی/A\n');
    assert.equal(zman(['spell'], 'زگلاوانیان\n').stdout.includes('زگلاوانیان'), true);
    assert.equal(zman(['spell', '--hunspell', join(dir, 'my')], 'زگلاوانیان\n').stdout, '');
    assert.equal(zman(['spell', '--hunspell', join(dir, 'nothere')], 'x\n').status, 1);
  });
});

describe('zman repair', () => {
  it('repairs keyboard-typed Sorani line for line', () => {
    const r = zman(['repair'], 'دستان خوش بیت\n\nبةرهةمةكاني ئاسؤ\n');
    assert.equal(r.status, 0);
    assert.equal(r.stdout, 'دەستان خۆش بێت\n\nبەرهەمەکانی ئاسۆ\n');
  });
  it('--ndjson gives the keyboard and the changes with offsets in the line', () => {
    const [rec] = records(zman(['repair', '--ndjson'], 'دستان خوش بیت\n').stdout);
    assert.equal(rec!.keyboard, 'persian');
    assert.equal(rec!.line, 1);
    assert.deepEqual((rec!.changes as { from: string; to: string; start: number }[]).map((c) => [c.start, c.from, c.to]), [
      [0, 'دستان', 'دەستان'],
      [6, 'خوش', 'خۆش'],
      [10, 'بیت', 'بێت'],
    ]);
  });
  it('rejects an unknown keyboard (exit 2)', () => {
    const r = zman(['repair', '--keyboard', 'qwerty'], 'x\n');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /keyboard/);
  });
});
