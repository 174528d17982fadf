/**
 * Normalization: character error rate (CER) of `normalize(noisy)` against the hand-corrected
 * text, on Sorani typed with an Arabic or a Persian keyboard, next to the CER of leaving the
 * text unchanged. The gold side also repairs spelling, so 0% is not reachable by normalization.
 *
 * @module
 */
import { normalize } from '../../src/normalize/index.js';
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
      const pairs = readTsv(path).filter((r) => r.length >= 2);
      for (const [noisy, clean] of pairs) {
        chars += clean!.length;
        unchanged += editDistance(noisy!, clean!);
        const out = normalize(noisy!);
        normalized += editDistance(out, clean!);
        if (out === clean) exact++;
      }
      rows.push({ set, metric: 'CER, text left unchanged', value: percent(unchanged, chars) });
      rows.push({ set, metric: 'CER, normalize()', value: percent(normalized, chars) });
      rows.push({ set, metric: 'lines exactly right', value: `${exact}/${pairs.length}` });
    }
    return rows;
  },
};
