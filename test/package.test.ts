/**
 * The published package: every source map in `dist/` points to sources that are in the
 * package (`src/` is shipped), so stack traces and "go to definition" reach the TypeScript.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from './helpers/cli.js';

const built = existsSync(join(ROOT, 'dist', 'index.js'));

describe('package contents', { skip: built ? false : 'dist/ is missing: run npm run build' }, () => {
  it('ships the sources every source map names', () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const packed = JSON.parse(
      execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
    ) as { files: { path: string }[] }[];
    const files = new Set(packed[0]!.files.map((f) => f.path));
    const maps = [...files].filter((f) => f.endsWith('.map'));
    assert.ok(maps.length > 50, `source maps in the package: ${maps.length}`);
    const missing: string[] = [];
    for (const map of maps) {
      const { sources, sourcesContent } = JSON.parse(readFileSync(join(ROOT, map), 'utf8')) as { sources: string[]; sourcesContent?: string[] };
      sources.forEach((source, i) => {
        if (sourcesContent?.[i] != null) return;
        const target = posix.normalize(posix.join(dirname(map).split('\\').join('/'), source));
        if (!files.has(target)) missing.push(`${map} -> ${target}`);
      });
    }
    assert.deepEqual(missing.slice(0, 5), [], `${missing.length} source map targets are not in the package`);
  });
});
