/**
 * fast-check arbitraries for text that looks like what zman meets: Sorani letters, their
 * Arabic and Persian look-alikes, marks, format characters, digits, Latin, spaces and lone
 * surrogates.
 *
 * @module
 */
import fc from 'fast-check';

const PIECES = [
  ...'ئابپتجچحخدرڕزژسشعغفڤقکگلڵمنهەوۆیێ',
  ...'كيىےۍةھڒؤۇيأإآءثذصضطظ',
  '\u200c', '\u200c\u200c', '\u200d', '\u200e', '\u200f', '\u061c', '\ufeff', '\u00ad', 'ـ', 'ـــ',
  '\u064e', '\u0650', '\u065a', '\u0654', '\u0651', '\u0301', '\u0308',
  ...'٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹0123456789', '٫', '٬', '.', ',',
  ' ', '  ', '\u00a0', '\u2009', '\t', '\n', '\r\n', '\u2028',
  ...'،؛؟«»"?!;:()-/%٪',
  ...'abcxyzABÇçêîûşř', 'e\u0301', 'ﻻ', 'ﺑ', 'ﻪ', 'ﻙ',
  '\ud800', '\udc00', '😀', '\u0000', '\u0007', '\u007f', '\u0085',
  'هـ', 'ه\u200c', 'سه‌ره‌کی', 'كوردستان', 'رێگا', '١٠ ـی',
] as const;

/** Strings built from the pieces above (up to `maxLength` pieces). */
export function soraniNoise(maxLength = 40): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...PIECES), { maxLength }).map((parts) => parts.join(''));
}

/** Any JavaScript string, including lone surrogates, or Sorani-like noise. */
export function anyText(): fc.Arbitrary<string> {
  return fc.oneof(soraniNoise(), fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 30 }));
}
