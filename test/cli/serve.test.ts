import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT, zman } from '../helpers/cli.js';

describe('zman serve', () => {
  it('documents its options', () => {
    const r = zman(['serve', '--help']);
    assert.equal(r.status, 0);
    for (const option of ['--index', '--port', '--host', '--cors', '--workers', '--max-body-mb', '--timeout-ms']) assert.match(r.stdout, new RegExp(option));
  });
  it('refuses bad options with exit code 2, naming the option and what is allowed', () => {
    for (const [args, message] of [
      [['--port', 'http'], /--port: 'http' \(allowed: a whole number from 0 to 65535\)/],
      [['--workers', '-1'], /--workers/],
      [['--max-body-mb', '0'], /--max-body-mb/],
      [['--timeout-ms', 'soon'], /--timeout-ms/],
      [['--cors', 'news.example'], /--cors: 'news.example' \(allowed: '\*' or origins/],
      [['extra'], /unexpected argument 'extra'/],
    ] as const) {
      const r = zman(['serve', ...args]);
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, message);
    }
  });
  it('serves on loopback until SIGTERM, logging one JSON line per request', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), 'serve', '--port', '0', '--workers', '1'], { cwd: ROOT });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (d: string) => {
        stderr += d;
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
        if (m) resolve(m[1]!);
      });
      child.on('exit', () => reject(new Error(`exited early: ${stderr}`)));
    });
    const r = await fetch(`${url}/v1/translit?to=latin`, { method: 'POST', body: 'کوردستان' });
    assert.deepEqual(await r.json(), { text: 'kurdistan' });
    const code = await new Promise<number | null>((resolve) => {
      child.on('exit', (c) => resolve(c));
      child.kill('SIGTERM');
    });
    assert.equal(code, 0);
    const logLine = stderr.split('\n').find((l) => l.startsWith('{'));
    assert.ok(logLine, stderr);
    const record = JSON.parse(logLine) as { method: string; path: string; status: number; requestId: string };
    assert.deepEqual([record.method, record.path, record.status], ['POST', '/v1/translit', 200]);
    assert.match(stderr, /stopping/);
  });
});
