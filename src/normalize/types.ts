/**
 * The types of normalization: its options and the text-with-offset-map result.
 *
 * @module
 */
import type { DigitSet } from '../chars/index.js';
import type { LegacyFont } from './legacy-fonts.js';

/** Options of {@link normalize} and {@link normalizeWithMap}. */
export interface NormalizeOptions {
  /**
   * Digits: `'keep'` (default) leaves them as written; `'latin'` (0–9), `'arabic'` (٠–٩) or
   * `'persian'` (۰–۹) unify every digit, with the decimal and thousands separators of a number
   * (`.` `,` ↔ `٫` `٬`).
   */
  digits?: 'keep' | DigitSet;
  /**
   * Punctuation: `'keep'` (default); `'kurdish'` turns `, ; ? %` and straight double quotes into
   * `، ؛ ؟ ٪ « »` in Arabic-script context; `'latin'` turns `، ؛ ؟ ٪ « »` into `, ; ? % " "`.
   */
  punctuation?: 'keep' | 'kurdish' | 'latin';
  /** Word-initial ر becomes ڕ, the standard spelling (default `true`). */
  initialReh?: boolean;
  /**
   * A word-initial bare ا or آ gets the glottal stop that Sorani always writes: ا → ئە and
   * آ → ئا, the readings of a Persian keyboard (default `true`). Words starting with ال (the
   * Arabic article) are left alone.
   */
  initialAlef?: boolean;
  /**
   * Text typed with a legacy (non-Unicode) font: `'none'` (default), `'ali-k'`, `'ali-web'`,
   * `'dylan'` or `'zarnegar'`. Its letters are mapped to Unicode before anything else.
   */
  legacyFont?: 'none' | LegacyFont;
}

/** The result of {@link normalizeWithMap}: the text and where each of its code units came from. */
export interface NormalizedText {
  /** The normalized text. */
  readonly text: string;
  /** `starts[i]` is the start, in the input, of the range that output index `i` came from. */
  readonly starts: Uint32Array;
  /** `ends[i]` is the end (exclusive), in the input, of the range that output index `i` came from. */
  readonly ends: Uint32Array;
  /** The length of the input, in UTF-16 code units. */
  readonly sourceLength: number;
}
