/**
 * The document object: a text normalized and tokenized once, handed to every stage.
 *
 * @example
 * import { createDocument } from 'zman/analyze';
 * createDocument('سڵاو، چۆنی؟').tokens.length; // 4
 *
 * @module
 */
export { createDocument, documentOf } from './document.js';
export type { DocumentOptions, TextDocument } from './document.js';
