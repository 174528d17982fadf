/**
 * The progress bar of `zman analyze` over many files, run under a real pseudo-terminal
 * (util-linux `script`): it is drawn on stderr only when stderr is a terminal and stdout is not,
 * so it never lands inside output written to the same terminal, nor in a redirected file.
 *
 * @module
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ROOT, zman } from '../helpers/cli.js';

const SCRIPT = ['/usr/bin/script', '/bin/script'].find((p) => existsSync(p));
const skip = SCRIPT === undefined ? 'skipped: util-linux `script` (a pseudo-terminal) is not installed' : false;

const FILES = ['examples/news-ckb.txt', 'examples/titles.txt', 'examples/names.txt'];
const BAR = /\r[^\r\n]*MB\/s/;
const dir = mkdtempSync(join(tmpdir(), 'zman-progress-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function quote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/**
 * Runs `zman analyze --ndjson FILES…` inside a pseudo-terminal, stdout redirected to `out` when
 * given; returns what reached the terminal. The bar is asked to appear at once
 * (`ZMAN_PROGRESS_AFTER_MS=0`), so the test does not depend on how fast the machine is.
 */
function onTerminal(out: string | undefined, env: Record<string, string> = {}): string {
  const cli = [process.execPath, '--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), 'analyze', '--ndjson', '--reference', '2026-11-20', ...FILES];
  const command = cli.map(quote).join(' ') + (out === undefined ? '' : ` > ${quote(out)}`);
  const base: Record<string, string | undefined> = { ...process.env, ZMAN_PROGRESS_AFTER_MS: '0', TERM: 'xterm', ...env };
  if (env.CI === undefined) delete base.CI;
  const r = spawnSync(SCRIPT!, ['-qec', command, '/dev/null'], { cwd: ROOT, env: base, encoding: 'utf8', input: '' });
  assert.equal(r.status, 0, `script exited ${String(r.status)}: ${r.stderr}`);
  return r.stdout;
}

describe('the progress bar', { skip }, () => {
  it('is drawn on the terminal when stdout is redirected, and the redirected output stays clean', () => {
    const out = join(dir, 'a.ndjson');
    const terminal = onTerminal(out);
    assert.match(terminal, BAR, 'a bar with MB/s on the terminal');
    assert.ok(terminal.endsWith('\r\x1b[K'), 'the bar is cleared at the end');
    const written = readFileSync(out, 'utf8');
    assert.ok(!written.includes('\r') && !written.includes('\x1b'), 'no bar in the output file');
    const records = written.trimEnd().split('\n').map((l) => JSON.parse(l) as { file: string });
    assert.deepEqual(records.map((r) => r.file), FILES);
  });

  it('is not drawn when stdout is the same terminal', () => {
    const terminal = onTerminal(undefined);
    assert.doesNotMatch(terminal, /MB\/s/);
    assert.ok(!terminal.includes('\x1b[K'));
    // the records themselves reached the terminal
    assert.equal(terminal.split('\n').filter((l) => l.includes('"file":')).length, FILES.length);
  });

  it('is not drawn when CI is set', () => {
    const terminal = onTerminal(join(dir, 'b.ndjson'), { CI: '1' });
    assert.doesNotMatch(terminal, /MB\/s/);
  });
});

describe('the progress bar without a terminal', () => {
  it('writes nothing to stderr when stderr is a pipe', () => {
    const r = zman(['analyze', '--ndjson', ...FILES]);
    assert.equal(r.status, 0);
    assert.equal(r.stderr, '');
    assert.equal(r.stdout.trimEnd().split('\n').length, FILES.length);
  });
});
