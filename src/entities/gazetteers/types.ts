/**
 * The shape of a gazetteer entry.
 *
 * @module
 */

/** A canonical name followed by its other spellings: `['ئۆکراینا', 'ئۆکرانیا', 'ئوکراینا']`. */
export type GazetteerEntry = readonly [canonical: string, ...variants: string[]];
