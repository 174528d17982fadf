/**
 * The options of `findDates`, checked: the reference day and the first day of the week.
 *
 * @module
 */
import { dayFromInput } from '../calendar.js';
import type { FindDatesOptions } from './types.js';

export const WEEK_STARTS = { sunday: 0, monday: 1, saturday: 6 } as const;
export function resolveOptions(options: FindDatesOptions | undefined): { ref: number; weekStart: number } {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new TypeError(`zman: findDates options must be an object, got ${typeof options}`);
  }
  const reference = options?.reference ?? new Date();
  const ref = dayFromInput(reference);
  if (ref === undefined || (typeof reference !== 'string' && !(reference instanceof Date))) {
    throw new RangeError(`zman: invalid option reference: ${JSON.stringify(reference)}; allowed: a Date or 'YYYY-MM-DD'`);
  }
  const ws = options?.weekStart ?? 'saturday';
  if (!Object.hasOwn(WEEK_STARTS, ws)) {
    throw new RangeError(`zman: invalid option weekStart: ${JSON.stringify(ws)}; allowed: 'saturday', 'sunday', 'monday'`);
  }
  return { ref, weekStart: WEEK_STARTS[ws] };
}
