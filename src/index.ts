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
export * from './translit/index.js';
