// Builds the web page twice from web/: dist/serve/page.html (served by `zman serve`, talks to
// its API) and dist/web/index.html (zman runs in the browser; opens from files). Each page is
// one HTML file with its script and style inlined: nothing to fetch, no module-script CORS
// problem under file://, nothing downloaded from outside at run time.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const template = readFileSync(join(root, 'web', 'index.html'), 'utf8');
const style = readFileSync(join(root, 'web', 'style.css'), 'utf8');

/** Makes script text safe inside an inline <script> element. */
function inlineSafe(js) {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

async function page(entry, out) {
  const result = await build({
    entryPoints: [join(root, 'web', entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2022', 'chrome110', 'firefox115', 'safari16'],
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const js = result.outputFiles[0].text;
  const html = template.replace('/*STYLE*/', () => style).replace('/*SCRIPT*/', () => inlineSafe(js));
  mkdirSync(dirname(join(root, out)), { recursive: true });
  writeFileSync(join(root, out), html);
  console.log(`${out}: ${(html.length / 1024).toFixed(0)} KiB`);
}

await page('engine-server.ts', 'dist/serve/page.html');
await page('engine-static.ts', 'dist/web/index.html');
