/**
 * URL slugs from Sorani text.
 *
 * @module
 */
import { toLatin } from './to-latin.js';

/** Latin letters that do not decompose into a base letter and a mark. */
const FOLD: Readonly<Record<string, string>> = { ł: 'l', ı: 'i', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', đ: 'd' };

/**
 * A URL slug from Sorani text in either script: the text in ASCII Latin, lower case, each run
 * of other characters one hyphen, no hyphen at either end.
 *
 * @example
 * slug('ڕووسیا و ئۆکراینا');   // 'rusya-u-okrayna'
 * slug('هەواڵی نوێ: ٢٠٢١');   // 'hewali-nwe-2021'
 */
export function slug(text: string): string {
  const latin = toLatin(text, { style: 'ascii' }).toLowerCase().normalize('NFD');
  let out = '';
  let hyphen = false;
  for (const ch of latin) {
    const c = FOLD[ch] ?? ch;
    if (/^[a-z0-9]+$/.test(c)) {
      if (hyphen && out.length > 0) out += '-';
      out += c;
      hyphen = false;
    } else if (!/\p{M}/u.test(c)) hyphen = true;
  }
  return out;
}
