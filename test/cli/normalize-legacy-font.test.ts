import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { zman } from '../helpers/cli.js';

const ALI_K = 'ثيَويستة رِيَطة بة خةلَك بدةين بؤ طةرِانةوة بؤ مالَةكانيان.';
const DYLAN = 'پثويستة ذثگة بة خةصك بدةين بؤ گةذانةوة بؤ ماصةكانيان.';
const UNICODE = 'پێویستە ڕێگە بە خەڵک بدەین بۆ گەڕانەوە بۆ ماڵەکانیان.';

describe('zman normalize --legacy-font', () => {
  it('converts text typed with the named font', () => {
    const r = zman(['normalize', '--legacy-font', 'ali-k'], `${ALI_K}\n`);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, `${UNICODE}\n`);
  });
  it('auto detects the font of standard input, and leaves Unicode text alone', () => {
    assert.equal(zman(['normalize', '--legacy-font', 'auto'], `${ALI_K}\n`).stdout, `${UNICODE}\n`);
    assert.equal(zman(['normalize', '--legacy-font', 'auto'], `${UNICODE}\n`).stdout, `${UNICODE}\n`);
  });
  it('auto detects each input file on its own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zman-fonts-'));
    writeFileSync(join(dir, 'a.txt'), `${ALI_K}\n`);
    writeFileSync(join(dir, 'b.txt'), `${DYLAN}\n`);
    writeFileSync(join(dir, 'c.txt'), `${UNICODE}\n`);
    const r = zman(['normalize', '--legacy-font', 'auto', ...['a', 'b', 'c'].map((f) => join(dir, `${f}.txt`))]);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, `${UNICODE}\n${UNICODE}\n${UNICODE}\n`);
  });
  it('auto keeps every line of an input longer than the part it reads to decide', () => {
    const lines = 5000; // about 450 KB
    const r = zman(['normalize', '--legacy-font', 'auto'], `${ALI_K}\n`.repeat(lines));
    assert.equal(r.status, 0);
    assert.equal(r.stdout, `${UNICODE}\n`.repeat(lines));
  });
  it('exits 2 on an unknown font, listing the allowed values', () => {
    const r = zman(['normalize', '--legacy-font', 'arial']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--legacy-font.*arial.*none, auto, ali-k, ali-web, dylan, zarnegar/);
  });
});
