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
  let rest = n;
  for (let k = SCALES.length - 1; k >= 0; k--) {
    const [scale, word] = SCALES[k]!;
    const count = Math.floor(rest / scale);
    if (count === 0) continue;
    rest -= count * scale;
    // هەزار, not یەک هەزار; a count above 999 of the largest scale is written in full
    const head = count === 1 ? [] : count < 1000 ? below1000(count) : [integerWords(count)];
    parts.push(head.length === 0 ? word : `${head.join(' و ')} ${word}`);
  }
  if (rest > 0) parts.push(...below1000(rest));
  return parts.join(' و ');
}

/**
 * Writes a number in Sorani words: integers up to 10¹⁸ and beyond in whole scales, negatives
 * (سالب), decimals (پۆینت and the digits one by one) and ordinals. Hundreds are written
 * joined (دووسەد), 1000 is هەزار, parts are joined with و.
 *
 * Throws a `RangeError` for `NaN` or an infinite number, and for `ordinal` with a number that
 * is not a positive integer; a `TypeError` for options that are not an object.
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
  const text = abs.toString();
  const [intPart, fracPart = ''] = (text.includes('e') ? abs.toFixed(20).replace(/0+$/, '') : text).split('.');
  const digits = [...fracPart].map((d) => UNITS[Number(d)]!).join(' ');
  return `${sign}${integerWords(Number(intPart))} ${POINT} ${digits}`;
}
