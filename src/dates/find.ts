/**
 * Finding dates in running text and resolving them against a reference date: numeric dates,
 * day + month (+ year), months, years, weekdays, relative days, weeks, months and years,
 * offsets (دوای مانگێک، پێش دوو ڕۆژ) and parts of periods (سەرەتای مانگی کانوونی یەکەم).
 *
 * @module
 */
import { createDocument, documentOf, type TextDocument } from '../document/document.js';
import type { NormalizedText } from '../normalize/index.js';
import { TOKEN, tokensOf, tokenText } from '../numbers/scan.js';
import { matchAt } from './find/match.js';
import { resolveOptions } from './find/options.js';
import { FIRST_DAY, LAST_DAY, toSpan } from './find/span.js';
import { DIGIT_CLITICS, STARTERS } from './find/tables.js';
import { type Ctx, type DateSpan, type FindDatesOptions } from './find/types.js';
import { defaultMemo } from '../morph/memo.js';

export type { DateSpan, FindDatesOptions } from './find/types.js';

const { DIGITS, JOINED, WORD } = TOKEN;

/**
 * Finds dates in text that was normalized already with `normalizeWithMap`; offsets refer to
 * `source`, the original input. Same options as {@link findDates}.
 *
 * @example
 * const source = 'هەفتەی ڕابردوو';
 * findDatesIn(normalizeWithMap(source), source, { reference: '2021-12-28' })[0].iso;
 * // '2021-12-18/2021-12-24'
 */
export function findDatesIn(n: NormalizedText, source: string, options?: FindDatesOptions): DateSpan[] {
  const { ref, weekStart } = resolveOptions(options);
  return findDates0(documentOf(n, typeof source === 'string' ? source : String(source ?? '')), ref, weekStart);
}

/**
 * Finds dates in a document prepared with `createDocument` (from `zman/analyze`): reads its
 * tokens, normalizes and tokenizes nothing again. Same options as {@link findDates}.
 *
 * @example
 * findDatesInDocument(createDocument('ساڵی ٢٠١٤'))[0].iso; // '2014'
 */
export function findDatesInDocument(doc: TextDocument, options?: FindDatesOptions): DateSpan[] {
  const { ref, weekStart } = resolveOptions(options);
  return findDates0(doc, ref, weekStart);
}

function findDates0(doc: TextDocument, ref: number, weekStart: number): DateSpan[] {
  const n = doc.normalized;
  const source = doc.source;
  const t = tokensOf(doc);
  const ctx: Ctx = { t, memo: doc.memo ?? defaultMemo, ref, weekStart, durationAt: -1, duration: undefined };
  const spans: DateSpan[] = [];
  let i = 0;
  while (i < t.count) {
    const k = t.kind[i];
    const candidate =
      (k === DIGITS && t.gap[i] !== JOINED) ||
      (k === WORD && t.gap[i] !== JOINED && STARTERS.maybe(t, i) && STARTERS.at(t, i) !== undefined);
    const m = candidate ? matchAt(ctx, i) : undefined;
    if (m && m.a >= FIRST_DAY && m.b <= LAST_DAY && m.a <= m.b) {
      const next = m.to;
      if (t.kind[m.to - 1] === DIGITS && next < t.count && t.gap[next] === JOINED && t.kind[next] === WORD && DIGIT_CLITICS.has(tokenText(t, next))) {
        m.to++;
      }
      spans.push(toSpan(m, t, n, source));
      i = m.to;
    } else {
      i++;
    }
  }
  return spans;
}
/**
 * Finds date expressions in Sorani text and resolves them against a reference date: numeric
 * dates (`٢٧ - ١٢ - ٢٠٢١`, `٢٧/١٢/٢٠٢١`), a day and a month (`١٠ ـی مانگی کانوونی دووەم`, in
 * the Syriac, European, Kurdish, Persian or Hijri month names), months, years (`ساڵی ٢٠١٤`),
 * weekdays (`ڕۆژی دووشەممە`), relative days, weeks, months and years (`ئەمڕۆ`, `هەفتەی ڕابردوو`,
 * `ساڵی داهاتوو`), offsets (`دوای مانگێک`, `پێش دوو ڕۆژ`) and parts of periods
 * (`سەرەتای مانگی کانوونی یەکەم`). A month and day without a year take the year that puts them
 * nearest the reference; a bare weekday is the nearest one (at most three days away).
 * Never throws on text; throws on a bad `reference` or `weekStart`.
 *
 * @example
 * findDates('لە ١٠ ـی مانگی کانوونی دووەم', { reference: '2021-12-28' });
 * // [{ start: 3, end: 28, text: '١٠ ـی مانگی کانوونی دووەم', kind: 'date', iso: '2022-01-10',
 * //    granularity: 'day', from: '2022-01-10', to: '2022-01-10', calendar: 'gregorian' }]
 */
export function findDates(text: string, options?: FindDatesOptions): DateSpan[] {
  const source = typeof text === 'string' ? text : String(text ?? '');
  const { ref, weekStart } = resolveOptions(options);
  return findDates0(createDocument(source), ref, weekStart);
}
