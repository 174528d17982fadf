/**
 * The dateline a news article opens with (`سلێمانی - ٢٠ ـی تشرینی دووەمی ٢٠٢٦`, `هەولێر،
 * ٢٠٢٦/١١/٢٠`): the date the article was written, which relative dates in it resolve against.
 *
 * @module
 */
import { findDates, type DateSpan } from './find.js';

/** How far into the text a dateline may start (UTF-16 units). */
const HEAD = 120;

/** What may stand before the date of a dateline: a place name of a few words, a dash, a comma. */
const BEFORE_DATE = /^[\p{L}\p{M}\u200c ]{0,40}[-–—:،,/|()]?\s*$/u;

/**
 * The dateline among dates already found in `source` (by `findDates`, `findDatesIn` or
 * `findDatesInDocument`, with any reference): the first one, when it is a day with its year
 * written, in the first line, after at most a place name. `YYYY-MM-DD` or undefined.
 *
 * @example
 * const text = 'سلێمانی - ٢٠ ـی تشرینی دووەمی ٢٠٢٦: …';
 * datelineOf(findDates(text), text); // '2026-11-20'
 */
export function datelineOf(dates: readonly DateSpan[], source: string): string | undefined {
  const first = dates[0];
  if (!first || first.kind !== 'date' || first.granularity !== 'day') return undefined;
  const lead = source.length - source.trimStart().length;
  if (first.start - lead > HEAD) return undefined;
  if (!/[0-9\u0660-\u0669\u06f0-\u06f9]{4}/.test(first.text)) return undefined;
  const before = source.slice(lead, first.start);
  if (before.includes('\n') || !BEFORE_DATE.test(before)) return undefined;
  return first.iso;
}

/**
 * The date of the dateline the text opens with, as `YYYY-MM-DD`, or undefined: a day with its
 * year written, in the first line, with at most a place name before it.
 *
 * @example
 * findDateline('سلێمانی - ٢٠ ـی تشرینی دووەمی ٢٠٢٦: شارەوانی …'); // '2026-11-20'
 * findDateline('دوێنێ لە سلێمانی …'); // undefined
 */
export function findDateline(text: string): string | undefined {
  if (typeof text !== 'string' || text.length === 0) return undefined;
  const lineEnd = text.indexOf('\n');
  const head = text.slice(0, Math.min(lineEnd < 0 ? text.length : lineEnd, HEAD + 80));
  // the reference only serves dates without a year, which a dateline is not
  return datelineOf(findDates(head, { reference: '2000-01-01' }), head);
}
