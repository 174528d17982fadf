/**
 * A match turned into the public `DateSpan`, with offsets into the original input.
 *
 * @module
 */
import type { NormalizedText } from '../../normalize/index.js';
import type { Tokens } from '../../numbers/scan.js';
import { isoDay, toDay } from '../calendar.js';
import type { DateSpan, Match } from './types.js';

export function toSpan(m: Match, t: Tokens, n: NormalizedText, source: string): DateSpan {
  const start = n.starts[t.start[m.from]!] ?? n.sourceLength;
  const end = n.ends[t.end[m.to - 1]! - 1] ?? n.sourceLength;
  const from = isoDay(m.a);
  const to = isoDay(m.b);
  let iso: string;
  if (m.a === m.b && m.granularity === 'day') iso = from;
  else if (m.whole && m.granularity === 'month') iso = from.slice(0, 7);
  else if (m.whole && m.granularity === 'year') iso = from.slice(0, 4);
  else iso = `${from}/${to}`;
  const span: { -readonly [K in keyof DateSpan]: DateSpan[K] } = {
    start,
    end,
    text: source.slice(start, end),
    kind: m.kind,
    iso,
    granularity: m.granularity,
    from,
    to,
    calendar: m.calendar,
  };
  if (m.partOfDay) span.partOfDay = m.partOfDay;
  return span;
}
/** Years zman resolves dates in; anything outside is not reported. */
export const FIRST_DAY = toDay('gregorian', 1, 1, 1);
export const LAST_DAY = toDay('gregorian', 9999, 12, 31);
