/**
 * Every benchmark stage, in the order of the printed table.
 *
 * @module
 */
import type { BenchStage } from '../lib.js';
import { morphStages } from './morph.js';
import { normalizeStages } from './normalize.js';

export const STAGES: readonly BenchStage[] = [...normalizeStages, ...morphStages];
