/**
 * Every benchmark stage, in the order of the printed table.
 *
 * @module
 */
import type { BenchStage } from '../lib.js';
import { legacyFontStages } from './legacy-fonts.js';
import { morphStages } from './morph.js';
import { normalizeStages } from './normalize.js';
import { analyzeStages } from './analyze.js';
import { entityStages } from './entities.js';
import { tokenizeStages } from './tokenize.js';
import { numdatesStages } from './numdates.js';
import { translitStages } from './translit.js';
import { searchStages } from './search.js';
import { spellStages } from './spell.js';

export const STAGES: readonly BenchStage[] = [
  ...normalizeStages,
  ...legacyFontStages,
  ...tokenizeStages,
  ...translitStages,
  ...morphStages,
  ...numdatesStages,
  ...analyzeStages,
  ...entityStages,
  ...spellStages,
  ...searchStages,
];
