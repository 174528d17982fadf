/**
 * Every evaluation task, in the order of the printed table.
 *
 * @module
 */
import type { EvalTask } from '../lib.js';
import { normalizeEval } from './normalize.js';
import { translitEval } from './translit.js';

export const TASKS: readonly EvalTask[] = [normalizeEval, translitEval];
