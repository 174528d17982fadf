/**
 * Writing numbers in Sorani words.
 *
 * @module
 */
import { HUNDREDS, MINUS, ordinalOf, POINT, SCALES, TENS, UNITS } from './words.js';

/** Options of {@link numberToWords}. */
export interface NumberToWordsOptions {
  /** Write the ordinal (یەکەم، دووەم، سێیەم …) instead of the cardinal (default `false`). */
  ordinal?: boolean;
}

function below1000(n: number): string[] {
  const parts: string[] = [];
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h > 0) parts.push(HUNDREDS[h]!);
  if (rest >= 20) {
    parts.push(TENS[Math.floor(rest / 10)]!);
    if (rest % 10 > 0) parts.push(UNITS[rest % 10]!);
  } else if (rest > 0) {
    parts.push(UNITS[rest]!);
  }
  return parts;
}

function integerWords(n: number): string {
  if (n === 0) return UNITS[0];
  const parts: string[] = [];
  // exact integer arithmetic: above 2^53 a float difference would not be the exact remainder
  let rest = BigInt(n);
  for (let k = SCALES.length - 1; k >= 0; k--) {
    const [scale, word] = SCALES[k]!;
    const big = BigInt(scale);
    const count = Number(rest / big);
    if (count === 0) continue;
    rest %= big;
    // هەزار, not یەک هەزار
    const head = count === 1 ? [] : below1000(count);
    parts.push(head.length === 0 ? word : `${head.join(' و ')} ${word}`);
  }
  for (const w of below1000(Number(rest))) parts.push(w);
  return parts.join(' و ');
}

/**
 * Writes a number in Sorani words: integers up to 10¹⁸ and beyond in whole scales, negatives
 * (سالب), decimals (پۆینت and the digits one by one) and ordinals. Hundreds are written
 * joined (دووسەد), 1000 is هەزار, parts are joined with و.
 *
 * Throws a `RangeError` for `NaN` or an infinite number, a number larger in size than
 * `Number.MAX_SAFE_INTEGER` (9 کوادریلیۆن …, about 9 × 10¹⁵: beyond it a JavaScript number no
 * longer holds every integer, and the words could not be read back exactly), a fraction with
 * more than 20 decimal places (`1e-21`), and for
 * `ordinal` with a number that is not a positive integer; a `TypeError` for options that are
 * not an object. In that range `parseNumber(numberToWords(n)) === n`.
 *
 * @example
 * numberToWords(1234); // 'هەزار و دووسەد و سی و چوار'
 * numberToWords(3_500_000); // 'سێ ملیۆن و پێنجسەد هەزار'
 * numberToWords(-2.5); // 'سالب دوو پۆینت پێنج'
 * numberToWords(3, { ordinal: true }); // 'سێیەم'
 */
export function numberToWords(n: number, options?: NumberToWordsOptions): string {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new TypeError(`zman: numberToWords options must be an object, got ${typeof options}`);
  }
  const ordinal = options?.ordinal ?? false;
  if (typeof ordinal !== 'boolean') {
    throw new TypeError(`zman: invalid option ordinal: ${JSON.stringify(ordinal)}; allowed: true, false`);
  }
  if (typeof n !== 'number' || !Number.isFinite(n)) {
    throw new RangeError(`zman: numberToWords needs a finite number, got ${String(n)}`);
  }
  if (Math.abs(n) > Number.MAX_SAFE_INTEGER) {
    throw new RangeError(`zman: numberToWords writes numbers up to ${Number.MAX_SAFE_INTEGER} (Number.MAX_SAFE_INTEGER) in size, got ${String(n)}`);
  }
  if (ordinal) {
    if (!Number.isInteger(n) || n < 1) {
      throw new RangeError(`zman: option ordinal needs a positive integer, got ${n}`);
    }
    const words = integerWords(n).split(' ');
    words[words.length - 1] = ordinalOf(words[words.length - 1]!);
    return words.join(' ');
  }
  const sign = n < 0 || Object.is(n, -0) ? `${MINUS} ` : '';
  const abs = Math.abs(n);
  if (Number.isInteger(abs)) return sign === '' || abs === 0 ? integerWords(abs) : sign + integerWords(abs);
  // shortest round-trip decimal digits of the fraction (e.g. 0.1 → '1', not 0.1000000000000000055…)
  const [intPart, fracPart] = plainDecimal(abs);
  if (fracPart.length > MAX_DECIMALS) {
    throw new RangeError(`zman: numberToWords writes at most ${MAX_DECIMALS} decimal places, got ${String(n)}`);
  }
  let digits = '';
  for (let k = 0; k < fracPart.length; k++) digits += (k > 0 ? ' ' : '') + UNITS[fracPart.charCodeAt(k) - 0x30]!;
  return `${sign}${integerWords(Number(intPart))} ${POINT} ${digits}`;
}

/** The most decimal places {@link numberToWords} writes (`parseNumber` reads them all back). */
const MAX_DECIMALS = 20;

/** The integer and fraction digits of a positive number's shortest round-trip form, without exponent. */
function plainDecimal(abs: number): [string, string] {
  const text = abs.toString();
  const e = text.indexOf('e');
  if (e < 0) {
    const [i, f = ''] = text.split('.');
    return [i!, f];
  }
  const exponent = Number(text.slice(e + 1));
  const mantissa = text.slice(0, e).replace('.', '');
  // only small numbers reach here (large ones are integers): 1.5e-7 → 0.00000015
  return ['0', '0'.repeat(Math.max(0, -exponent - 1)) + mantissa];
}
