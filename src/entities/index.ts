/**
 * `zman/entities` — named entities (people, places, organisations, other names) in Sorani
 * text, through their inflected forms; and the direct quotes with their speakers.
 *
 * @example
 * import { findEntities } from 'zman/entities';
 * findEntities('سەرۆکی ئەمریکا جۆ بایدن').map((e) => e.canonical); // ['ئەمریکا', 'جۆ بایدن']
 *
 * @module
 */
export { findEntities } from './find.js';
export type { Entity, EntityToken, FindEntitiesOptions, SpanInput } from './find.js';
export type { EntityType } from './lexicon.js';
export { findQuotes, SPEECH_VERBS } from './quotes.js';
export type { Quote, TextSpan, FindQuotesOptions } from './quotes.js';
