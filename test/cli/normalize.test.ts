import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { zman } from '../helpers/cli.js';

describe('zman normalize', () => {
  it('normalizes stdin line for line', () => {
    const r = zman(['normalize'], 'كوردي\n\nسه\u200cره\u200cکی\n');
    assert.equal(r.status, 0);
    assert.equal(r.stdout, 'کوردی\n\nسەرەکی\n');
  });
  it('gives one output line per input line, also without a final newline and with CRLF', () => {
    const r = zman(['normalize'], 'a\r\nb\u2028c\nd');
    assert.equal(r.stdout, 'a\r\nb c\nd\n');
  });
  it('reads files in order and takes options', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zman-'));
    writeFileSync(join(dir, 'a.txt'), '١٠ ـی\n');
    writeFileSync(join(dir, 'b.txt'), 'باشم, سوپاس\n');
    const r = zman(['normalize', '--digits', 'latin', '--punctuation', 'kurdish', join(dir, 'a.txt'), join(dir, 'b.txt')]);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, '10ی\nباشم، سوپاس\n');
  });
  it('exits 2 with a clear message on a bad option value', () => {
    const r = zman(['normalize', '--digits', 'roman']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--digits.*roman.*keep, latin, arabic, persian/);
  });
  it('exits 2 on an unknown option and on an unknown command', () => {
    assert.equal(zman(['normalize', '--bogus']).status, 2);
    assert.equal(zman(['bogus']).status, 2);
  });
  it('exits 1 naming an unreadable file', () => {
    const r = zman(['normalize', '/nonexistent/file.txt']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /\/nonexistent\/file\.txt: no such file/);
  });
  it('prints help for the command', () => {
    const r = zman(['normalize', '--help']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /Usage: zman normalize/);
  });
  it('keeps one output line for a line longer than the piece size', () => {
    const line = 'كوردي '.repeat(400_000);
    const r = zman(['normalize'], `${line}\nx\n`);
    assert.equal(r.status, 0);
    const lines = r.stdout.split('\n');
    assert.equal(lines.length, 3);
    assert.equal(lines[0], 'کوردی '.repeat(400_000));
  });
});
