/**
 * Converters for Sorani typed with legacy (pre-Unicode) fonts. In these fonts the Kurdish
 * letters were drawn on the code points of Arabic letters that Sorani does not use, so the
 * text arrives as Arabic look-alikes; each table maps those code points back.
 *
 * @module
 */

/** The legacy fonts that zman converts. */
export const LEGACY_FONTS = ['ali-k', 'ali-web', 'dylan', 'zarnegar'] as const;

/** A legacy font name. */
export type LegacyFont = (typeof LEGACY_FONTS)[number];

/**
 * Source of facts: the Ali-K font family's published keyboard/glyph assignments, where the
 * unused Arabic letters carry Kurdish letters: ض چ, ص ێ, ث پ, ط گ, ظ ڤ.
 */
const ALI_K: Readonly<Record<string, string>> = {
  'ض': 'چ',
  'ص': 'ێ',
  'ث': 'پ',
  'ط': 'گ',
  'ظ': 'ڤ',
};

function toMap(table: Readonly<Record<string, string>>): ReadonlyMap<number, string> {
  return new Map(Object.entries(table).map(([k, v]) => [k.charCodeAt(0), v]));
}

/** Code-unit maps of each legacy font, applied before normalization. */
export const LEGACY_FONT_MAPS: Readonly<Record<LegacyFont, ReadonlyMap<number, string>>> = {
  'ali-k': toMap(ALI_K),
  'ali-web': toMap(ALI_K),
  dylan: toMap(ALI_K),
  zarnegar: toMap(ALI_K),
};
