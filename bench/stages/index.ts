/**
 * Every benchmark stage, in the order of the printed table.
 *
 * @module
 */
import type { BenchStage } from '../lib.js';
import { normalizeStages } from './normalize.js';
import { numdatesStages } from './numdates.js';

export const STAGES: readonly BenchStage[] = [...normalizeStages, ...numdatesStages];
