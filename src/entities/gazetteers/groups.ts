/**
 * Peoples, ethnic and religious groups (tagged MISC), in their Sorani spellings.
 *
 * Sources of facts: the peoples and faiths of Kurdistan and the region (Wikipedia); authored
 * for zman.
 *
 * @module
 */
import type { GazetteerEntry } from './types.js';

export const GROUPS: readonly GazetteerEntry[] = [
  ['کورد'], ['عەرەب'], ['تورک'], ['فارس'], ['تورکمان'], ['ئێزدی', 'ئیزیدی', 'ئێزیدی'], ['مەسیحی'],
  ['کریستیان'], ['شیعە'], ['سوننە'], ['ئاشووری', 'ئاشوور'], ['کلدان', 'کلدانی'], ['سریان', 'سریانی'],
  ['کاکەیی'], ['شەبەک'], ['فەیلی', 'کوردی فەیلی'], ['یەهودی', 'جوولەکە'], ['موسڵمان', 'موسوڵمان'],
  ['ئەرمەن'], ['یارسان'], ['زەردەشتی'], ['بەلووچ'], ['ئازەری'], ['پەشتوون'], ['دروز', 'دورزی'],
];

/** Currencies (tagged MISC), in their Sorani spellings. Source: the currencies of the region's news. */
export const CURRENCIES: readonly GazetteerEntry[] = [
  ['دۆلار', 'دۆلاری ئەمریکی'], ['دینار', 'دیناری عێراقی'], ['یۆرۆ'], ['پاوەند', 'پاوەندی ستەرلینی'], ['لیرە', 'لیرەی تورکی'],
  ['تمەن', 'تومان'], ['ڕیاڵ'], ['ڕۆبڵ'], ['یوان'], ['بیتکۆین'],
];
