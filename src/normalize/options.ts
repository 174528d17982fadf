/**
 * Normalization options, checked and resolved once per call.
 *
 * @module
 */
import type { DigitSet } from '../chars/index.js';
import { choice } from '../options/choice.js';
import { LEGACY_FONT_TABLES, LEGACY_FONTS, type LegacyFontTable } from './legacy-fonts.js';
import type { NormalizeOptions } from './types.js';

/** The options of a call, checked, with their defaults filled in. */
export interface Resolved {
  digits: 'keep' | DigitSet;
  punctuation: 'keep' | 'kurdish' | 'latin';
  initialReh: boolean;
  initialAlef: boolean;
  font: LegacyFontTable | null;
}

const DIGIT_CHOICES = ['keep', 'latin', 'arabic', 'persian'] as const;
const PUNCT_CHOICES = ['keep', 'kurdish', 'latin'] as const;

const DEFAULTS: Resolved = { digits: 'keep', punctuation: 'keep', initialReh: true, initialAlef: true, font: null };

function flag(name: string, value: unknown): boolean {
  if (value === undefined) return true;
  if (typeof value === 'boolean') return value;
  throw new TypeError(`zman: invalid option ${name}: ${JSON.stringify(value)}; allowed: true, false`);
}

/** Checks `options` and fills in the defaults; throws a TypeError or RangeError naming a bad option. */
export function resolve(options: NormalizeOptions | undefined): Resolved {
  if (options === undefined || options === null) {
    return DEFAULTS;
  }
  if (typeof options !== 'object') {
    throw new TypeError(`zman: normalize options must be an object, got ${typeof options}`);
  }
  const initialReh = flag('initialReh', options.initialReh);
  const initialAlef = flag('initialAlef', options.initialAlef);
  const font = choice('legacyFont', options.legacyFont, ['none', ...LEGACY_FONTS], 'none');
  return {
    digits: choice('digits', options.digits, DIGIT_CHOICES, 'keep'),
    punctuation: choice('punctuation', options.punctuation, PUNCT_CHOICES, 'keep'),
    initialReh,
    initialAlef,
    font: font === 'none' ? null : LEGACY_FONT_TABLES[font],
  };
}
