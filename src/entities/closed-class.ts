/**
 * Closed-class words that end a name: prepositions, conjunctions, pronouns, demonstratives,
 * and the most common verb forms of news text.
 *
 * TODO(morph): replace with morph's `isStopword` when it lands on main.
 * Source of facts: W. M. Thackston, *Sorani Kurdish: A Reference Grammar*.
 *
 * @module
 */
export const CLOSED_CLASS: ReadonlySet<string> = new Set([
  'و', 'لە', 'بە', 'بۆ', 'کە', 'ئەم', 'ئەو', 'ئەوە', 'ئەمە', 'ئەوان', 'لەگەڵ', 'لەسەر', 'لەناو', 'لەلایەن',
  'بەپێی', 'بەگوێرەی', 'دوای', 'پێش', 'پاش', 'تا', 'هەتا', 'یان', 'یا', 'بەڵام', 'چونکە', 'هەروەها',
  'وەک', 'وەکو', 'هەر', 'هەموو', 'هیچ', 'زۆر', 'کەم', 'تر', 'دیکە', 'نێوان', 'بەرەو', 'لێ', 'پێ', 'تێ',
  'دەکات', 'دەکەن', 'کرد', 'کرا', 'دەبێت', 'بوو', 'بووە', 'هەیە', 'نییە', 'نیە', 'گوتی', 'وتی', 'دەڵێت',
  'ڕایگەیاند', 'ڕاگەیاند', 'ئاماژەی', 'کردووە', 'دەکرێت', 'کراوە', 'بێت', 'بن', 'یەکێک', 'ئێستا',
  'ئەمڕۆ', 'دوێنێ', 'سبەی', 'ئێمە', 'من', 'تۆ', 'ئەو', 'خۆی', 'خۆیان', 'ئەوەی', 'ئەمەی', 'کەس', 'شت',
  'نە', 'نەک', 'جگە', 'تەنها', 'تەنیا', 'ساڵی', 'مانگی', 'ڕۆژی', 'هەفتەی', 'لەوەی', 'بەوەی', 'ئەگەر',
]);

/** Verb endings and prefixes of finite forms common in news (`کرد`, `دەکات`, `ڕایگەیاند`, `کراوە`). */
const VERB_RE =
  /(?:کرد|کردووە|کردبوو|کردەوە|کرا|کراوە|کران|کرێت|کرێن|دەکات|دەکەن|بوو|بووە|ووە|ێتەوە|یکرد)$|^(?:دەک|نەک|ناک|بک|دەب|نەب|ناب|دەی|دەگ|ڕایگ|ڕاگەیاند|ئاماژە)/u;

/** True for a word that looks like a finite verb form and so cannot be part of a name. */
export function looksLikeVerb(word: string): boolean {
  return VERB_RE.test(word);
}
