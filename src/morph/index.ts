/**
 * `zman/morph` — Sorani morphology: analysis, lemmas, search stems, morpheme segmentation and
 * stopwords, over an authored lexicon.
 *
 * @example
 * import { lemmatize, stem, segment } from 'zman/morph';
 * lemmatize('کتێبەکانمان'); // 'کتێب'
 * stem('کوردستانەکەمان'); // 'کوردستان'
 * segment('شارەکانیشدا'); // ['شار', 'ەکان', 'یش', 'دا']
 *
 * @module
 */
export { analyze, analyzeNormalized, lemmatize, stem, segment } from './analyze.js';
export type { Analysis, Morpheme } from './analyze.js';
export { stopwords, isStopword, isStopwordNormalized } from './stopwords.js';
export { partOfSpeech, lexiconSize } from './lexicon-api.js';
export type { PartOfSpeech } from './lexicon/index.js';
export { tokenizeMorphemes } from './tokenize-morphemes.js';
