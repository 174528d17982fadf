/**
 * Spelling: correction accuracy of `suggest` on the AsoSoft/Amani misspelling set (top-1 and
 * top-5 against either annotator's correction), next to a Hunspell-dictionary baseline; error
 * detection (`check`) precision and recall on a mix of the Amani misspellings and right words
 * (the Amani corrections and every 20th word of zman's lexicon — known by construction, so they
 * add no false alarm: the precision is set by the Amani corrections, mostly rare literary words); `repair` character error rate
 * and `detectLanguage` on the real keyboard-typed sets.
 *
 * The baseline reads `hunspell/ckb-Arab.{aff,dic}` with zman's own `loadHunspell` and takes the
 * cheapest dictionary form under plain (unit-cost) Damerau–Levenshtein, ties broken by
 * dictionary order: an approximation of Hunspell's own first suggestion, not Hunspell itself.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { normalize } from '../../src/normalize/index.js';
import { detectLanguage } from '../../src/langid/index.js';
import { NOMINALS } from '../../src/morph/lexicon/index.js';
import { check, loadHunspell, repair, suggest } from '../../src/spell/index.js';
import { searchTrie, type Found } from '../../src/spell/search.js';
import { buildTrie } from '../../src/spell/vocabulary.js';
import { devSet, editDistance, percent, readTsv, skipped, type EvalRow, type EvalTask } from '../lib.js';

const clean = (w: string) => normalize(w.trim()).replace(/[\u200c]/g, '');

interface AmaniRow {
  wrong: string;
  right: string[];
  desc: string;
}

function readAmani(path: string): AmaniRow[] {
  const rows: AmaniRow[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n').slice(1)) {
    const f = line.replace(/\r$/, '').split(',');
    if (f.length < 2 || !f[0] || !f[1]?.trim()) continue;
    const right = [clean(f[1]), clean(f[3] ?? '')].filter((x) => x.length > 0);
    rows.push({ wrong: clean(f[0]), right, desc: (f[5] ?? '').trim() });
  }
  return rows;
}

const UNIT = { sub: new Map<number, number>(), ins: new Map<number, number>(), del: new Map<number, number>(), double: new Map<number, number>() };

export const spellEval: EvalTask = {
  name: 'spell',
  run() {
    const rows: EvalRow[] = [];
    const set = 'spell/asosoft-amani.csv';
    const path = devSet(set);
    if (!path) rows.push(skipped(set));
    else {
      const amani = readAmani(path).filter((r) => !r.right.includes(r.wrong));
      let top1 = 0;
      let top5 = 0;
      let top1A = 0;
      for (const r of amani) {
        const s = suggest(r.wrong, { limit: 5 }).map((x) => x.word);
        if (s[0] !== undefined && r.right.includes(s[0])) top1++;
        if (s[0] === r.right[0]) top1A++;
        if (s.some((x) => r.right.includes(x))) top5++;
      }
      rows.push({ set, metric: 'suggest top-1 (either annotator)', value: `${percent(top1, amani.length)} (${top1}/${amani.length})` });
      rows.push({ set, metric: 'suggest top-1 (annotator A)', value: `${percent(top1A, amani.length)}` });
      rows.push({ set, metric: 'suggest top-5 (either annotator)', value: `${percent(top5, amani.length)} (${top5}/${amani.length})` });

      const aff = devSet('hunspell/ckb-Arab.aff');
      const dic = devSet('hunspell/ckb-Arab.dic');
      if (aff && dic) {
        const dict = loadHunspell(readFileSync(aff, 'utf8'), readFileSync(dic, 'utf8'));
        const words = dict.words();
        const order = new Map(words.map((w, i) => [w, i]));
        const trie = buildTrie(words.map((w) => [w, 0] as const));
        let base = 0;
        for (const r of amani) {
          const found = new Map<string, Found>();
          searchTrie(trie, r.wrong, UNIT, 2, found);
          found.delete(r.wrong);
          let best: string | undefined;
          let bestCost = Infinity;
          for (const [w, f] of found) {
            if (f.cost < bestCost || (f.cost === bestCost && order.get(w)! < order.get(best!)!)) {
              best = w;
              bestCost = f.cost;
            }
          }
          if (best !== undefined && r.right.includes(best)) base++;
        }
        rows.push({ set, metric: 'baseline: nearest Hunspell form, unit edit cost, ties by order (crude; issue: Hunspell ~22%)', value: percent(base, amani.length) });
        const withDict = amani.filter((r) => suggest(r.wrong, { limit: 1, dictionaries: [dict] })[0]?.word === r.right[0] || r.right.includes(suggest(r.wrong, { limit: 1, dictionaries: [dict] })[0]?.word ?? '')).length;
        rows.push({ set, metric: 'suggest top-1 with the Hunspell dictionary added', value: percent(withDict, amani.length) });
      } else rows.push(skipped('hunspell/ckb-Arab.{aff,dic}'));

      // detection: misspellings vs right words. Left out: real-word errors and rows the
      // annotators marked as correct (no word checker can flag them), and the corrections of
      // rows marked NotCentralKurdish (Kurmanji forms, not Sorani words). A correction of two
      // words (a split) counts as its two words: `check` judges one word at a time.
      const wrong = [...new Set(amani.filter((r) => r.desc !== 'RealWord' && r.desc !== 'Correct').map((r) => r.wrong))];
      const corrections = amani.filter((r) => r.desc !== 'NotCentralKurdish').flatMap((r) => r.right.flatMap((w) => w.split(' ')));
      const lexicon = [...NOMINALS.keys()].filter((_, i) => i % 20 === 0);
      const right = [...new Set([...corrections, ...lexicon])].filter((w) => !wrong.includes(w));
      let tp = 0;
      let fp = 0;
      for (const w of wrong) if (!check(w).known) tp++;
      for (const w of right) if (!check(w).known) fp++;
      const amaniRight = [...new Set(corrections)].filter((w) => !wrong.includes(w));
      const fpAmani = amaniRight.filter((w) => !check(w).known).length;
      rows.push({ set, metric: `detection precision (${wrong.length} wrong, ${right.length} right words)`, value: percent(tp, tp + fp) });
      rows.push({ set, metric: 'detection recall', value: percent(tp, wrong.length) });
      rows.push({ set, metric: `detection precision, Amani words only (${amaniRight.length} right)`, value: percent(tp, tp + fpAmani) });
    }

    for (const keyboard of ['Arabic', 'Persian']) {
      const kset = `normalize/real-${keyboard}-keyboard-dev.tsv`;
      const p = devSet(kset);
      if (!p) {
        rows.push(skipped(kset));
        continue;
      }
      const pairs = readTsv(p).filter((r) => r.length >= 2);
      let chars = 0;
      let normalized = 0;
      let repaired = 0;
      let ckb = 0;
      let detected = 0;
      for (const [noisy, gold] of pairs) {
        chars += gold!.length;
        normalized += editDistance(normalize(noisy!), gold!);
        const r = repair(noisy!);
        repaired += editDistance(r.text, gold!);
        if (r.keyboard === keyboard.toLowerCase()) detected++;
        if (detectLanguage(noisy!).language === 'ckb') ckb++;
      }
      rows.push({ set: kset, metric: 'CER, normalize()', value: percent(normalized, chars) });
      rows.push({ set: kset, metric: 'CER, repair()', value: percent(repaired, chars) });
      rows.push({ set: kset, metric: `keyboard detected as ${keyboard.toLowerCase()}`, value: `${detected}/${pairs.length}` });
      rows.push({ set: kset, metric: 'detectLanguage: lines called ckb', value: `${percent(ckb, pairs.length)} (${ckb}/${pairs.length})` });
    }
    return rows;
  },
};
