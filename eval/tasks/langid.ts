/**
 * Language identification: the share of Sorani lines that `detectLanguage` calls Sorani (`ckb`),
 * line by line: clean FLORES-200 sentences and Sorani typed with Arabic or Persian keyboards.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { detectLanguage } from '../../src/langid/index.js';
import { devSet, percent, readTsv, skipped, type EvalRow, type EvalTask } from '../lib.js';

export const langidEval: EvalTask = {
  name: 'langid',
  run() {
    const rows: EvalRow[] = [];
    const score = (set: string, lines: string[]) => {
      const ckb = lines.filter((l) => detectLanguage(l).language === 'ckb').length;
      rows.push({ set, metric: 'lines detected as ckb', value: `${percent(ckb, lines.length)} (${ckb}/${lines.length})` });
    };
    const flores = 'corpus/flores200-ckb-devtest.txt';
    const path = devSet(flores);
    if (path) score(flores, readFileSync(path, 'utf8').split('\n').filter((l) => l.trim().length > 0));
    else rows.push(skipped(flores));
    // Sorani typed with an Arabic or a Persian keyboard (the noisy side) must still be Sorani.
    for (const keyboard of ['Arabic', 'Persian']) {
      const set = `normalize/real-${keyboard}-keyboard-dev.tsv`;
      const p = devSet(set);
      if (p) score(set, readTsv(p).map((r) => r[0] ?? ''));
      else rows.push(skipped(set));
    }
    return rows;
  },
};
