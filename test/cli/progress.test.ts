/**
 * The progress bar's terminal behaviour (README, "Command-line conventions"): drawn on stderr
 * only when stderr is a terminal and standard output is not, cleared at the end, and never
 * written into output that goes to the same terminal. The command runs under a pseudo-terminal
 * (`script` from util-linux); its input comes from a slow writer (a line every 0.7 s), so the
 * work lasts past the bar's start delay however fast the machine is. Skipped where `script`
 * is missing.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../helpers/cli.js';

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'zman-progress-'));
const LINES = 6;

/**
 * Runs `zman translit --to latin` under a pseudo-terminal with `redirect` appended to the
 * command (e.g. `> out.txt`), the input written slowly; returns what reached the terminal.
 */
async function onTerminal(redirect: string, env: NodeJS.ProcessEnv = {}): Promise<string> {
  const zman = `'${process.execPath}' --import tsx '${join(ROOT, 'src', 'cli', 'main.ts')}' translit --to latin`;
  const writer = `(for i in $(seq ${LINES}); do echo کوردستان; sleep 0.7; done)`;
  const { CI: _ci, ...rest } = process.env;
  const child = spawn('script', ['-qec', `${writer} | ${zman} ${redirect}`, '/dev/null'], {
    cwd: ROOT,
    env: { ...rest, TERM: 'xterm', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(status, 0, Buffer.concat(err).toString('utf8'));
  return Buffer.concat(out).toString('utf8');
}

const BAR = /\r[^\r\n]*MB\/s/;

describe('progress bar', { concurrency: true, skip: hasScript ? false : 'script (util-linux) is not installed' }, () => {
  it('is drawn on stderr when stderr is a terminal and stdout a file, and the file stays clean', async () => {
    const out = join(dir, 'to-file.txt');
    const terminal = await onTerminal(`> '${out}'`);
    assert.match(terminal, BAR);
    assert.ok(terminal.endsWith('\r\x1b[K'), 'the bar is cleared at the end');
    assert.doesNotMatch(terminal, /kurdistan/, 'no output on the terminal');
    assert.equal(readFileSync(out, 'utf8'), 'kurdistan\n'.repeat(LINES));
  });

  it('is not drawn when stdout is the same terminal', async () => {
    const terminal = await onTerminal('');
    assert.doesNotMatch(terminal, /MB\/s|\x1b\[K/);
    assert.deepEqual(terminal.split(/\r?\n/).filter((l) => l !== ''), Array<string>(LINES).fill('kurdistan'));
  });

  it('is not drawn when stderr is not a terminal', async () => {
    const out = join(dir, 'out.txt');
    const err = join(dir, 'err.txt');
    const terminal = await onTerminal(`> '${out}' 2> '${err}'`);
    assert.equal(readFileSync(err, 'utf8'), '');
    assert.equal(terminal, '');
    assert.equal(readFileSync(out, 'utf8'), 'kurdistan\n'.repeat(LINES));
  });

  it('is not drawn under CI', async () => {
    const out = join(dir, 'ci.txt');
    const terminal = await onTerminal(`> '${out}'`, { CI: '1' });
    assert.equal(terminal, '');
    assert.equal(readFileSync(out, 'utf8'), 'kurdistan\n'.repeat(LINES));
  });
});
