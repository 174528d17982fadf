/**
 * Runs the `zman` command line from source (through tsx) for tests.
 *
 * @module
 */
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `zman ARGS…` with `input` on stdin. */
export function zman(args: string[], input = ''): CliResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), ...args], {
    input,
    encoding: 'utf8',
    cwd: ROOT,
    env: { ...process.env, CI: '1' },
    maxBuffer: 1 << 28,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs `zman ARGS…` with `input` on stdin, without blocking (tests can run side by side). */
export function zmanAsync(args: string[], input = ''): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, CI: '1' },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.stdin.on('error', () => {}); // a command that does not read stdin may close it first
    child.stdin.end(input);
    child.on('close', (status) => {
      resolvePromise({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}
