/**
 * Every benchmark stage, in the order of the printed table.
 *
 * @module
 */
import type { BenchStage } from '../lib.js';
import { legacyFontStages } from './legacy-fonts.js';
import { normalizeStages } from './normalize.js';
import { translitStages } from './translit.js';

export const STAGES: readonly BenchStage[] = [...normalizeStages, ...legacyFontStages, ...translitStages];
