/**
 * ASCII character tests of the scanners (web addresses, e-mail, numbers, mentions).
 *
 * @module
 */

export const DOT = 0x2e;
export const AT = 0x40;
export const HASH = 0x23;
export const UNDERSCORE = 0x5f;

export function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}
export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
