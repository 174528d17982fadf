/**
 * Reading one number from a string.
 *
 * @module
 */
import { normalize } from '../normalize/index.js';
import { digitRunValue, readNumeral } from './numeral.js';
import { scan } from './scan.js';
import { MINUS, POINT, UNITS } from './words.js';

const SIGNED_DIGITS = /^([-+\u2212]?)([0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,\u066b\u066c][0-9\u0660-\u0669\u06f0-\u06f9]+)*)$/;

/**
 * Reads a number written in digits — Latin (0–9), Arabic-Indic (٠–٩) or Persian (۰–۹), with
 * `٫` or `.` as decimal point and `٬` or `,` between thousands — or in Sorani words
 * (`سێ هەزار و پێنجسەد`, also the decimals and negatives that `numberToWords` writes). Returns `undefined` when the whole string is not one number.
 * Rules for separators: when `.` and `,` both occur the last one is the decimal point; a
 * separator used more than once groups thousands; a single `,` before exactly three digits
 * groups thousands. Never throws.
 *
 * @example
 * parseNumber('٣٬٥٠٠'); // 3500
 * parseNumber('۲٫۵'); // 2.5
 * parseNumber('-1,250.75'); // -1250.75
 * parseNumber('سێ ملیۆن و پێنج سەد هەزار'); // 3500000
 * parseNumber('سالب دوو پۆینت پێنج'); // -2.5
 */
export function parseNumber(s: string): number | undefined {
  if (typeof s !== 'string') return undefined;
  const trimmed = s.trim();
  const m = SIGNED_DIGITS.exec(trimmed);
  if (m) {
    const v = digitRunValue(m[2]!);
    return v === undefined ? undefined : m[1] === '' || m[1] === '+' ? v : -v;
  }
  if (trimmed.length === 0 || trimmed.length > 1000) return undefined;
  // سالب دوو پۆینت پێنج: minus, integer part, decimal digits one by one (as numberToWords writes)
  const words = normalize(trimmed).split(/\s+/);
  const negative = words[0] === MINUS;
  const point = words.indexOf(POINT);
  const intWords = words.slice(negative ? 1 : 0, point < 0 ? words.length : point);
  const value = wordsValue(intWords.join(' '));
  if (value === undefined) return undefined;
  let decimals = '';
  if (point >= 0) {
    for (const w of words.slice(point + 1)) {
      const d = (UNITS as readonly string[]).indexOf(w);
      if (d < 0 || d > 9) return undefined;
      decimals += String(d);
    }
    if (decimals === '' || !Number.isInteger(value)) return undefined;
  }
  const abs = decimals === '' ? value : Number(`${value}.${decimals}`);
  return negative ? -abs : abs;
}

function wordsValue(text: string): number | undefined {
  const t = scan(text);
  const n = readNumeral(t, 0);
  if (!n || n.end !== t.count || n.approximate || n.suffix !== '') return undefined;
  return n.value;
}
