/**
 * Bundle size of each subpath of the package: what a browser app pays for one import,
 * measured by bundling `dist/<subpath>/index.js` with esbuild (minified, ESM, browser
 * platform, everything from the package included). Part of `npm run bench` (`npm run bench --
 * bundle` for these alone).
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './lib.js';

/** One row: the subpath, its minified size in bytes and that output gzipped. */
export interface BundleRow {
  readonly subpath: string;
  readonly bytes: number;
  readonly gzip: number;
}

/** Bundles every subpath of `package.json` `exports` (from `dist/`) and returns the sizes. */
export async function bundleSizes(): Promise<BundleRow[]> {
  const { build } = await import('esbuild');
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, { default?: string } | string> };
  const rows: BundleRow[] = [];
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'string' ? target : target.default;
    if (!file || !file.endsWith('.js')) continue;
    const result = await build({
      entryPoints: [join(ROOT, file)],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
      // the surfaces load these lazily; they are not part of a browser bundle
      external: ['better-sqlite3', 'pg', 'hono', '@hono/node-server', 'node:*'],
    }).catch(() => undefined);
    if (!result) continue;
    const contents = result.outputFiles[0]!.contents;
    rows.push({ subpath: subpath === '.' ? 'zman' : `zman/${subpath.slice(2)}`, bytes: contents.length, gzip: gzipSync(contents).length });
  }
  return rows;
}
