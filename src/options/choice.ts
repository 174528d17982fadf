/**
 * Validation of options with a fixed list of string values, shared by the library modules.
 * The error names the option, the value given and every allowed value.
 *
 * @module
 */

/**
 * Returns `value` when it is one of `allowed`, `fallback` when it is `undefined`, and throws a
 * `RangeError` otherwise.
 *
 * @example
 * choice('digits', 'latin', ['keep', 'latin'], 'keep'); // 'latin'
 * choice('digits', 'roman', ['keep', 'latin'], 'keep'); // throws: invalid option digits: "roman"; allowed: 'keep', 'latin'
 */
export function choice<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new RangeError(
    `zman: invalid option ${name}: ${JSON.stringify(value)}; allowed: ${allowed.map((a) => `'${a}'`).join(', ')}`,
  );
}
