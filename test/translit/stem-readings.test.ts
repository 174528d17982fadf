import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { buildStemReadings, STEM_READINGS_FILE } from '../../scripts/build-stem-readings.js';
import { toLatin } from '../../src/translit/index.js';
import { ROOT } from '../helpers/cli.js';

/** The files `file` imports, followed through relative imports. */
function importGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gms)) {
    if (/^import\s+type\s/.test(m[0]) || /^export\s+type\s/.test(m[0])) continue;
    importGraph(resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')), seen);
  }
  return seen;
}

describe('transliteration reads stems without the lexicon', () => {
  it('src/translit/stem-readings.ts is what scripts/build-stem-readings.ts makes from the lexicon', () => {
    assert.equal(readFileSync(STEM_READINGS_FILE, 'utf8'), buildStemReadings(), 'the lexicon or the reader changed: run node --import tsx scripts/build-stem-readings.ts');
  });
  it('zman/translit does not import the lexicon or the analyzer', () => {
    const files = [...importGraph(join(ROOT, 'src', 'translit', 'index.ts'))].map((f) => relative(join(ROOT, 'src'), f));
    assert.ok(files.includes('translit/syllables.ts') && files.includes('morph/affixes.ts'), files.join(' '));
    assert.deepEqual(files.filter((f) => f.startsWith('morph/lexicon') || f === 'morph/analyze.ts' || f === 'morph/index.ts'), []);
  });
  it('keeps the i of a lexicon stem before suffixes, and the -in of an infinitive', () => {
    // zanist + e (not zans.te), giring + tirîn, hatin + î (not hat.nî)
    assert.equal(toLatin('زانستە'), 'zaniste');
    assert.ok(toLatin('گرنگترین').startsWith(toLatin('گرنگ')), toLatin('گرنگترین'));
    assert.equal(toLatin('هاتنی'), 'hatinî');
    assert.equal(toLatin('گرفتەکان'), 'giriftekan');
  });
});
