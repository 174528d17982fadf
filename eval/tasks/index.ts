/**
 * Every evaluation task, in the order of the printed table.
 *
 * @module
 */
import type { EvalTask } from '../lib.js';
import { morphEval } from './morph.js';
import { normalizeEval } from './normalize.js';
import { langidEval } from './langid.js';
import { entitiesEval } from './entities.js';
import { passagesEval } from './passages.js';
import { tokenizeEval } from './tokenize.js';
import { numdatesEval } from './numdates.js';
import { translitEval } from './translit.js';
import { searchEval } from './search.js';
import { spellEval } from './spell.js';

export const TASKS: readonly EvalTask[] = [
  normalizeEval,
  tokenizeEval,
  translitEval,
  morphEval,
  numdatesEval,
  langidEval,
  entitiesEval,
  passagesEval,
  spellEval,
  searchEval,
];
