import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from './helpers/cli.js';

/** Folders of src/ that are Node surfaces; everything else must run in a browser. */
const NODE_SURFACES = new Set(['cli', 'search-index', 'serve']);

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
  it('lists only surface folders that exist, and checks every other folder (search, spell, facts …)', () => {
    const folders = readdirSync(src).filter((name) => statSync(join(src, name)).isDirectory());
    for (const surface of NODE_SURFACES) assert.ok(folders.includes(surface), `src/${surface} does not exist`);
    const checked = new Set(pure.map((f) => relative(src, f).split('/')[0]!));
    for (const folder of folders) if (!NODE_SURFACES.has(folder)) assert.ok(checked.has(folder), `src/${folder} is not checked`);
  });
  for (const file of pure) {
    it(relative(ROOT, file), () => {
      const code = readFileSync(file, 'utf8');
      assert.doesNotMatch(code, /from\s+['"]node:|require\(|from\s+['"](fs|path|os|child_process|url)['"]/);
      assert.doesNotMatch(code, /\bprocess\.|\bBuffer\b|__dirname/);
    });
  }
});
