/**
 * Transliteration: word-level exact match on hand-made syllabified phoneme strings (AsoSoft's
 * G2P set, Wergor convention), ignoring syllable dots, stress marks and the glottal and
 * pharyngeal marks (ʔ ƹ ’), in both directions and for the round trip; and, for reference only
 * (not tuned to), on the forms of UniMorph's machine-generated Sorani paradigms.
 *
 * @module
 */
import { normalize } from '../../src/normalize/index.js';
import { toArabic, toLatin } from '../../src/translit/index.js';
import { devSet, percent, readTsv, skipped, type EvalRow, type EvalTask } from '../lib.js';

const MARKS = /[.ˈʔƹ’']/g;

function scoreSet(set: string, pairs: readonly (readonly [string, string])[], rows: EvalRow[]): void {
  let toLatinOk = 0;
  let toArabicOk = 0;
  let roundTripOk = 0;
  for (const [arabic, latin] of pairs) {
    const gold = latin.replace(MARKS, '').toLowerCase();
    const target = normalize(arabic);
    const out = toLatin(arabic);
    if (out.replace(MARKS, '').toLowerCase() === gold) toLatinOk++;
    if (toArabic(latin.replace(/[.ˈʔ]/g, '').replace(/ƹ/g, '’')) === target) toArabicOk++;
    if (toArabic(out) === target) roundTripOk++;
  }
  rows.push({ set, metric: 'Arabic → Latin, words exactly right', value: `${percent(toLatinOk, pairs.length)} (${toLatinOk}/${pairs.length})` });
  rows.push({ set, metric: 'Latin → Arabic, words exactly right', value: `${percent(toArabicOk, pairs.length)} (${toArabicOk}/${pairs.length})` });
  rows.push({ set, metric: 'round trip toArabic(toLatin(w)) = normalize(w)', value: `${percent(roundTripOk, pairs.length)} (${roundTripOk}/${pairs.length})` });
}

export const translitEval: EvalTask = {
  name: 'translit',
  run() {
    const rows: EvalRow[] = [];
    const g2p = 'translit/g2p-wergor-words.tsv';
    const g2pPath = devSet(g2p);
    if (g2pPath) {
      const pairs = readTsv(g2pPath).filter((r) => r.length >= 2).map((r) => [r[0]!, r[1]!] as const);
      scoreSet(g2p, pairs, rows);
    } else rows.push(skipped(g2p));
    const unimorph = 'translit/unimorph-silver-dev.tsv';
    const uniPath = devSet(unimorph);
    if (uniPath) {
      const pairs = readTsv(uniPath)
        .slice(1)
        .filter((r) => r.length >= 4)
        .map((r) => [r[1]!, r[3]!] as const);
      scoreSet(`${unimorph} (not tuned)`, pairs, rows);
    } else rows.push(skipped(unimorph));
    return rows;
  },
};
