/**
 * zman — the Central Kurdish (Sorani) text engine.
 *
 * @example
 * import { normalize } from 'zman';
 * normalize('كوردي'); // 'کوردی'
 *
 * @module
 */
export * from './normalize/index.js';
export * from './langid/index.js';
export * from './entities/index.js';
export * from './analyze/index.js';
export * from './tokenize/index.js';
export * from './numbers/index.js';
export * from './dates/index.js';
export * from './collate/index.js';
export * from './morph/index.js';
export * from './translit/index.js';
export * from './spell/index.js';
