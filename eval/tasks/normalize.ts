/**
 * Normalization: character error rate (CER) of `normalize(noisy)` against the hand-corrected
 * text, on Sorani typed with an Arabic or a Persian keyboard, next to the CER of leaving the
 * text unchanged. The gold side also repairs spelling, so 0% is not reachable by normalization.
 * Also: how many of those lines `detectLegacyFont` wrongly takes for a legacy font, and KLPT's
 * normalizer cases (with KLPT's conventions: word-initial ر kept, Latin digits; cases with HTML
 * entities are out of scope).
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { detectLegacyFont, normalize } from '../../src/normalize/index.js';
import { devSet, editDistance, percent, readTsv, skipped, type EvalRow, type EvalTask } from '../lib.js';

export const normalizeEval: EvalTask = {
  name: 'normalize',
  run() {
    const rows: EvalRow[] = [];
    for (const keyboard of ['Arabic', 'Persian']) {
      const set = `normalize/real-${keyboard}-keyboard-dev.tsv`;
      const path = devSet(set);
      if (!path) {
        rows.push(skipped(set));
        continue;
      }
      let chars = 0;
      let unchanged = 0;
      let normalized = 0;
      let exact = 0;
      let falseFont = 0;
      const pairs = readTsv(path).filter((r) => r.length >= 2);
      for (const [noisy, clean] of pairs) {
        chars += clean!.length;
        unchanged += editDistance(noisy!, clean!);
        const out = normalize(noisy!);
        normalized += editDistance(out, clean!);
        if (out === clean) exact++;
        if (detectLegacyFont(noisy!) !== undefined) falseFont++;
      }
      rows.push({ set, metric: 'CER, text left unchanged', value: percent(unchanged, chars) });
      rows.push({ set, metric: 'CER, normalize()', value: percent(normalized, chars) });
      rows.push({ set, metric: 'lines exactly right', value: `${exact}/${pairs.length}` });
      rows.push({ set, metric: 'lines taken for a legacy font (false alarms)', value: `${falseFont}/${pairs.length}` });
    }
    const klpt = 'translit/klpt-test-cases.json';
    const klptPath = devSet(klpt);
    if (!klptPath) {
      rows.push(skipped(klpt));
    } else {
      const data = JSON.parse(readFileSync(klptPath, 'utf8')) as {
        normalizer?: { Sorani?: { Arabic?: Record<string, string> } };
      };
      const cases = Object.entries(data.normalizer?.Sorani?.Arabic ?? {}).filter(([input]) => !/&[a-z]+;/i.test(input));
      const right = cases.filter(([input, expected]) => normalize(input, { initialReh: false, digits: 'latin' }) === expected);
      rows.push({ set: klpt, metric: 'normalizer cases right (KLPT conventions)', value: `${right.length}/${cases.length}` });
    }
    return rows;
  },
};
