/**
 * `--jobs N`: worker threads give the same output, in input order, as one thread (the input is
 * over the 1 MiB handled on the main thread, so the workers do start).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT, zmanAsync } from '../helpers/cli.js';

const article = readFileSync(join(ROOT, 'examples', 'news-ckb.txt'), 'utf8').trimEnd();
const lines: string[] = [];
for (let i = 0, size = 0; size < 1_600_000; i++) {
  // numbered lines, so that any reordering shows
  const line = `${i} ${article.split('\n')[i % 10] ?? ''}`;
  lines.push(line);
  size += line.length;
}
const input = `${lines.join('\n')}\n`;

describe('--jobs', () => {
  for (const args of [['tokenize', '--json'], ['normalize', '--ndjson'], ['translit', '--to', 'latin']]) {
    it(`zman ${args.join(' ')}: -j 2 writes what -j 1 writes`, async () => {
      const [one, two] = await Promise.all([zmanAsync([...args, '-j', '1'], input), zmanAsync([...args, '--jobs', '2'], input)]);
      assert.equal(two.status, 0, two.stderr);
      assert.equal(one.status, 0, one.stderr);
      assert.ok(two.stdout.length > input.length / 2);
      assert.ok(two.stdout === one.stdout, 'same output in the same order');
    });
  }
  it('rejects a bad --jobs', async () => {
    const r = await zmanAsync(['tokenize', '--jobs', '0'], 'x\n');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--jobs/);
  });
});
