/**
 * The service's text endpoints: each one's request schema (which both validates requests and is
 * written into `/openapi.json`) and the name of the task that does its work in a worker thread.
 *
 * @module
 */
import type { ObjectSchema, Schema } from './schema.js';

/** The longest text a field may hold is bounded by the body limit; this is the per-field cap for short fields. */
const SHORT = 200;

const text: Schema = { type: 'string', description: 'The Sorani text (UTF-8).' };
const reference: Schema = {
  type: 'string',
  format: 'date',
  description: 'The date the text was written, which relative dates (هەفتەی ڕابردوو) are resolved against; default: today (UTC).',
};

/** A text endpoint: `POST /v1/{name}` with a JSON body, or a plain-text body and options in the query. */
export interface TextEndpoint {
  readonly name: string;
  readonly summary: string;
  readonly description: string;
  /** The JSON body; `text` is the document, the other fields are options. */
  readonly schema: ObjectSchema;
  /** A request body example (shown in the OpenAPI document). */
  readonly example: Readonly<Record<string, unknown>>;
}

export const TEXT_ENDPOINTS: readonly TextEndpoint[] = [
  {
    name: 'analyze',
    summary: 'Analyze a document',
    description:
      'Everything zman understands of one document (the `analyzeDocument` result): language and script, per-line languages, the normalized and the Latin text, sentences, tokens with lemma, part of speech and Latin, numbers, dates, entities, quotes and keywords. Offsets are UTF-16 indexes into `text`.',
    schema: {
      type: 'object',
      properties: {
        text,
        reference,
        keywords: { type: 'integer', minimum: 0, maximum: 100, default: 10, description: 'How many keywords to return.' },
      },
      required: ['text'],
    },
    example: { text: 'سەرۆکی ئەمریکا جۆ بایدن گوتی: «ئێمە ئامادەین.»', reference: '2024-05-01' },
  },
  {
    name: 'normalize',
    summary: 'Normalize Sorani text',
    description: 'The text in the standard Unicode spelling (Arabic and Persian look-alikes, legacy fonts, ZWNJ, diacritics).',
    schema: {
      type: 'object',
      properties: {
        text,
        digits: { type: 'string', enum: ['keep', 'latin', 'arabic', 'persian'], description: 'Unify digits (default keep).' },
        punctuation: { type: 'string', enum: ['keep', 'kurdish', 'latin'], description: 'Unify punctuation (default keep).' },
        legacyFont: { type: 'string', enum: ['none', 'ali-k', 'ali-web', 'dylan', 'zarnegar'], description: 'Convert text typed with a legacy font (default none).' },
        initialReh: { type: 'boolean', default: true, description: 'Word-initial ر becomes ڕ.' },
        initialAlef: { type: 'boolean', default: true, description: 'A word-initial bare ا/آ becomes ئە/ئا.' },
      },
      required: ['text'],
    },
    example: { text: 'كوردستان', digits: 'latin' },
  },
  {
    name: 'tokenize',
    summary: 'Split text into tokens',
    description: 'Typed tokens (word, number, punctuation, symbol, url, email, hashtag, mention, emoji, latin) with offsets; with `morphemes`, words split into morphemes.',
    schema: {
      type: 'object',
      properties: { text, morphemes: { type: 'boolean', default: false, description: 'Split words into morphemes.' } },
      required: ['text'],
    },
    example: { text: 'لە ١٠ ـی مانگدا' },
  },
  {
    name: 'sentences',
    summary: 'Split text into sentences',
    description: 'The sentences of the text with their offsets.',
    schema: { type: 'object', properties: { text }, required: ['text'] },
    example: { text: 'سڵاو. چۆنی؟ باشم!' },
  },
  {
    name: 'translit',
    summary: 'Convert between the Arabic and the Latin (Hawar) script',
    description: 'The text in the other script. `style`, `capitalize` apply to `to: latin`; `foreign` to `to: arabic`.',
    schema: {
      type: 'object',
      properties: {
        text,
        to: { type: 'string', enum: ['latin', 'arabic'], description: 'The script to write (default latin).' },
        style: { type: 'string', enum: ['extended', 'hawar', 'ascii'], description: 'Latin letters: ř ł ḧ ẍ (extended, default), rr ll h x (hawar), or a-z (ascii).' },
        digits: { type: 'string', enum: ['keep', 'latin', 'arabic', 'persian'], description: 'To Latin: latin (default) or keep; to Arabic: keep (default), arabic or persian.' },
        capitalize: { type: 'boolean', default: false, description: 'To Latin: a capital at each sentence start.' },
        foreign: { type: 'string', enum: ['convert', 'keep'], description: 'To Arabic: keep English-looking words as they are (default convert).' },
      },
      required: ['text'],
    },
    example: { text: 'کوردستان', to: 'latin' },
  },
  {
    name: 'lemma',
    summary: 'Lemmas of the words of a text',
    description: 'The text with each word replaced by its lemma, and each word with its lemma and part of speech.',
    schema: { type: 'object', properties: { text }, required: ['text'] },
    example: { text: 'کتێبەکانمان دەخوێنینەوە' },
  },
  {
    name: 'analyze-word',
    summary: 'Every morphological analysis of words',
    description: 'For each whitespace-separated word of `text` (at most 100), every analysis, best first: lemma, part of speech, prefixes, stem, suffixes with glosses, features; and its Latin spelling and pronunciation.',
    schema: { type: 'object', properties: { text: { ...text, description: 'One or more words separated by spaces.' } }, required: ['text'] },
    example: { text: 'کتێبەکانمان نەمدەنووسی' },
  },
  {
    name: 'numbers',
    summary: 'Find numbers, amounts, percentages and money',
    description: 'Amounts in the text: digits in any digit set, number words and mixtures, ordinals, fractions, percentages, money, vague amounts.',
    schema: { type: 'object', properties: { text }, required: ['text'] },
    example: { text: 'دەیان هەزار سەرباز و سێ ملیۆن دینار' },
  },
  {
    name: 'dates',
    summary: 'Find dates and resolve them to ISO dates',
    description: 'Date expressions in the text (numeric, day and month, months, years, weekdays, relative expressions) resolved against `reference`.',
    schema: {
      type: 'object',
      properties: {
        text,
        reference,
        weekStart: { type: 'string', enum: ['saturday', 'sunday', 'monday'], description: 'The first day of a week (default saturday).' },
      },
      required: ['text'],
    },
    example: { text: 'هەفتەی ڕابردوو', reference: '2021-12-28' },
  },
  {
    name: 'spell',
    summary: 'Find misspelled words and suggest corrections',
    description:
      'Every Arabic-script word that zman/spell does not know (not in the vocabulary, not derived by the morphology), with its suggestions, best first (`word`, `score`, `cost`, `frequency`). With `correct: true`, also the text with each unknown word replaced by its best close suggestion, and the replacements (`changes`).',
    schema: {
      type: 'object',
      properties: {
        text,
        limit: { type: 'integer', minimum: 1, maximum: 20, default: 5, description: 'Suggestions per word.' },
        correct: { type: 'boolean', default: false, description: 'Also return the corrected text and its changes.' },
      },
      required: ['text'],
    },
    example: { text: 'ئەم بریارە لە باشور درا', correct: true },
  },
  {
    name: 'repair',
    summary: 'Repair Sorani typed on an Arabic or Persian keyboard',
    description: 'The text re-spelled for the keyboard it was typed on (detected, or given), with the changes made and the keyboard.',
    schema: {
      type: 'object',
      properties: {
        text,
        keyboard: { type: 'string', enum: ['auto', 'arabic', 'persian', 'sorani'], description: 'The keyboard the text was typed on (default auto: detected).' },
      },
      required: ['text'],
    },
    example: { text: 'دستان خوش بیت' },
  },
];

/** Query parameters of `GET /v1/search` (or the JSON body of `POST /v1/search`). */
export const SEARCH_SCHEMA: ObjectSchema = {
  type: 'object',
  properties: {
    q: { type: 'string', maxLength: 1000, description: 'The query, in Arabic or Latin script.' },
    limit: { type: 'integer', minimum: 1, maximum: 100, default: 10, description: 'How many hits to return.' },
    offset: { type: 'integer', minimum: 0, maximum: 10000, default: 0, description: 'How many hits to skip (paging).' },
    from: { type: 'string', format: 'date', description: 'Only documents dated on or after this day.' },
    to: { type: 'string', format: 'date', description: 'Only documents dated on or before this day.' },
    entity: { type: 'string', maxLength: SHORT, description: 'Only documents naming this entity (its canonical name, as in `facets`).' },
    highlight: { type: 'boolean', default: true, description: 'Mark the query words in the snippets.' },
    count: {
      type: 'integer',
      minimum: 1,
      maximum: 100000,
      default: 1000,
      description: 'Count the matches up to this many: `total` is at most `count`, and `totalExact` is false when more matched.',
    },
  },
  required: ['q'],
};

/** Query parameters of `GET /v1/facets`. */
export const FACETS_SCHEMA: ObjectSchema = {
  type: 'object',
  properties: {
    q: { type: 'string', maxLength: 1000, description: 'The query (empty or absent: the whole collection).' },
    from: SEARCH_SCHEMA.properties.from!,
    to: SEARCH_SCHEMA.properties.to!,
    entity: SEARCH_SCHEMA.properties.entity!,
  },
};
