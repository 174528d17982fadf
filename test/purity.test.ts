import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from './helpers/cli.js';

/** Folders of src/ that are Node surfaces; everything else must run in a browser. */
const NODE_SURFACES = new Set(['cli', 'service', 'serve', 'search-index']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('text core and language modules are browser-safe', () => {
  const src = join(ROOT, 'src');
  const pure = files(src).filter((f) => !NODE_SURFACES.has(relative(src, f).split('/')[0]!));
  it('has modules to check', () => assert.ok(pure.length > 3));
  for (const file of pure) {
    it(relative(ROOT, file), () => {
      const code = readFileSync(file, 'utf8');
      assert.doesNotMatch(code, /from\s+['"]node:|require\(|from\s+['"](fs|path|os|child_process|url)['"]/);
      assert.doesNotMatch(code, /\bprocess\.|\bBuffer\b|__dirname/);
    });
  }
});
