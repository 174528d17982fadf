import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { zman } from '../helpers/cli.js';

describe('zman translit', () => {
  it('converts to Latin line for line', () => {
    const r = zman(['translit', '--to', 'latin'], 'ڕووسیا و ئۆکراینا\n\nکوردستان، هەولێر؟\n');
    assert.equal(r.status, 0);
    assert.equal(r.stdout, 'řûsya u okrayna\n\nkurdistan, hewlêr?\n');
  });
  it('takes a style, digits and capitals', () => {
    const r = zman(['translit', '--to', 'latin', '--style', 'hawar', '--capitalize', '--digits', 'keep'], 'ڕووسیا ٢٠٢١. باشە');
    assert.equal(r.stdout, 'Rûsya ٢٠٢١. Başe\n');
  });
  it('converts to Arabic from files in order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zman-'));
    writeFileSync(join(dir, 'a.txt'), 'kurdistan\n');
    writeFileSync(join(dir, 'b.txt'), 'Řûsya u Okrayna 2021\n');
    const r = zman(['translit', '--to', 'arabic', '--digits', 'arabic', join(dir, 'a.txt'), join(dir, 'b.txt')]);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, 'کوردستان\nڕووسیا و ئۆکراینا ٢٠٢١\n');
  });
  it('exits 2 without --to, on a bad value and on options of the other direction', () => {
    assert.equal(zman(['translit']).status, 2);
    const bad = zman(['translit', '--to', 'cyrillic']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--to.*cyrillic.*latin, arabic/);
    assert.match(zman(['translit', '--to', 'latin', '--style', 'x']).stderr, /--style.*extended, hawar, ascii/);
    assert.equal(zman(['translit', '--to', 'arabic', '--style', 'hawar']).status, 2);
    assert.equal(zman(['translit', '--to', 'latin', '--keep-foreign']).status, 2);
  });
  it('prints help', () => {
    const r = zman(['translit', '--help']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /Usage: zman translit --to latin\|arabic/);
  });
});

describe('zman slug', () => {
  it('writes one slug per line', () => {
    const r = zman(['slug'], 'ڕووسیا و ئۆکراینا\nهەواڵی نوێ: ٢٠٢١\n');
    assert.equal(r.status, 0);
    assert.equal(r.stdout, 'rusya-u-okrayna\nhewali-nwe-2021\n');
  });
  it('exits 1 naming an unreadable file', () => {
    const r = zman(['slug', '/nonexistent/file.txt']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /\/nonexistent\/file\.txt: no such file/);
  });
});
