/**
 * The work behind each text endpoint, as plain functions of the validated request body. They run
 * in the service's worker threads (`worker.ts`), or in the calling thread when the service is
 * created with `workers: 0`.
 *
 * @module
 */
import { analyzeDocument } from '../analyze/index.js';
import { findDates } from '../dates/index.js';
import { analyze, lemmatize, tokenizeMorphemes } from '../morph/index.js';
import { normalize, type NormalizeOptions } from '../normalize/index.js';
import { findNumbers } from '../numbers/index.js';
import { sentences, tokenize } from '../tokenize/index.js';
import { pronounce, toArabic, toLatin } from '../translit/index.js';
import { mapWords } from '../cli/words.js';
import { repair } from '../spell/index.js';
import { spellReport } from './spell-report.js';

type Body = Record<string, unknown> & { text: string };

/** At most this many words in one `analyze-word` request. */
const MAX_WORDS = 100;

const ARABIC_LETTER = /[\u0620-\u064a\u066e-\u06d5\u06fa-\u06ff\u0750-\u077f]/;

function latinDigits(value: unknown): 'latin' | 'keep' | undefined {
  if (value === undefined || value === 'latin' || value === 'keep') return value;
  throw new RangeError(`invalid value for 'digits': '${String(value)}' (allowed with to: 'latin': 'latin', 'keep')`);
}

function arabicDigits(value: unknown): 'keep' | 'arabic' | 'persian' | undefined {
  if (value === undefined || value === 'keep' || value === 'arabic' || value === 'persian') return value;
  throw new RangeError(`invalid value for 'digits': '${String(value)}' (allowed with to: 'arabic': 'keep', 'arabic', 'persian')`);
}

/** Every task by name. The input has been validated against the endpoint's schema. */
export const TASKS: Readonly<Record<string, (body: Body) => unknown>> = {
  analyze: (b) =>
    analyzeDocument(b.text, {
      ...(b.reference === undefined ? {} : { reference: b.reference as string }),
      ...(b.keywords === undefined ? {} : { keywords: b.keywords as number }),
    }),
  normalize: (b) => {
    const { text, ...options } = b;
    return { text: normalize(text, options as NormalizeOptions) };
  },
  tokenize: (b) => ({ tokens: b.morphemes ? tokenizeMorphemes(b.text) : tokenize(b.text) }),
  sentences: (b) => ({ sentences: sentences(b.text) }),
  translit: (b) => {
    if ((b.to ?? 'latin') === 'latin') {
      if (b.foreign !== undefined) throw new RangeError("invalid field 'foreign' with to: 'latin' (it applies to to: 'arabic' only)");
      return {
        text: toLatin(b.text, {
          ...(b.style === undefined ? {} : { style: b.style as 'extended' }),
          ...(b.capitalize === undefined ? {} : { capitalize: b.capitalize as boolean }),
          digits: latinDigits(b.digits) ?? 'latin',
        }),
      };
    }
    if (b.style !== undefined) throw new RangeError("invalid field 'style' with to: 'arabic' (it applies to to: 'latin' only; every style is read)");
    if (b.capitalize !== undefined) throw new RangeError("invalid field 'capitalize' with to: 'arabic' (it applies to to: 'latin' only)");
    return {
      text: toArabic(b.text, {
        digits: arabicDigits(b.digits) ?? 'keep',
        ...(b.foreign === undefined ? {} : { foreign: b.foreign as 'keep' }),
      }),
    };
  },
  lemma: (b) => {
    const words: Array<{ start: number; end: number; surface: string; lemma: string }> = [];
    for (const t of tokenize(b.text)) {
      if (t.type === 'word' && ARABIC_LETTER.test(t.normalized)) {
        words.push({ start: t.start, end: t.end, surface: t.surface, lemma: lemmatize(t.normalized) });
      }
    }
    return { text: b.text.split('\n').map((line) => mapWords(line, (w) => lemmatize(w))).join('\n'), words };
  },
  'analyze-word': (b) => {
    const words = b.text.split(/\s+/).filter((w) => w.length > 0);
    if (words.length > MAX_WORDS) {
      throw new RangeError(`invalid value for 'text': ${words.length} words (allowed: at most ${MAX_WORDS} words)`);
    }
    return {
      words: words.map((word) => {
        const normalized = normalize(word);
        return { word, normalized, latin: toLatin(normalized), pronunciation: pronounce(normalized), analyses: analyze(normalized) };
      }),
    };
  },
  numbers: (b) => ({ numbers: findNumbers(b.text) }),
  spell: (b) => spellReport(b.text, { limit: (b.limit as number | undefined) ?? 5, correct: (b.correct as boolean | undefined) ?? false }),
  repair: (b) => repair(b.text, { keyboard: (b.keyboard as 'auto' | undefined) ?? 'auto' }),
  dates: (b) => ({
    dates: findDates(b.text, {
      ...(b.reference === undefined ? {} : { reference: b.reference as string }),
      ...(b.weekStart === undefined ? {} : { weekStart: b.weekStart as 'saturday' }),
    }),
  }),
};

/** Runs a task by name. */
export function runTask(name: string, body: Body): unknown {
  const task = TASKS[name];
  if (!task) throw new TypeError(`unknown task '${name}'`);
  return task(body);
}
