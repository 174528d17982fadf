/**
 * zman's gazetteers: authored lists of places, organisations, people, titles and groups, plus
 * the CLDR country and language names read at run time.
 *
 * @module
 */
export * from './places.js';
export * from './organizations.js';
export * from './people.js';
export * from './given-names.js';
export * from './groups.js';
export { COUNTRY_NAMES, LANGUAGE_NAMES } from './cldr-names.js';
export { cldrCountries, cldrLanguages, LANGUAGE_CODES } from './display-names.js';
export type { GazetteerEntry } from './types.js';
