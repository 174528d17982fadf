import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openIndex } from '../../src/search-index/index.js';

/**
 * A small collection of short Sorani news items, written for these tests, to index and search.
 */
export interface SampleDoc {
  [meta: string]: unknown;
  id: string;
  title: string;
  date: string;
  url: string;
  text: string;
}

const items: Array<[string, string, string]> = [
  ['2026-09-03', 'بازاڕی سلێمانی نوێ دەکرێتەوە', 'شارەوانی سلێمانی ڕایگەیاند کە بازاڕی گەورەی شار نوێ دەکرێتەوە و کارەکە دوو ساڵ دەخایەنێت.'],
  ['2026-09-15', 'باران لە هەولێر', 'بارانێکی بەخوڕ لە هەولێر بارییەوە و چەند شەقامێک بۆ ماوەی چەند کاتژمێرێک داخران.'],
  ['2026-09-28', 'قوتابخانە نوێیەکانی دهۆک', 'پارێزگای دهۆک دە قوتابخانەی نوێ دەکاتەوە بۆ ساڵی خوێندنی نوێ.'],
  ['2026-10-02', 'حکوومەتی هەرێمی کوردستان و بودجە', 'حکوومەتی هەرێمی کوردستان پڕۆژەی بودجەی ساڵی داهاتووی پەسەند کرد.'],
  ['2026-10-11', 'ئازاد محەمەد دەربارەی بازاڕ', 'ئازاد محەمەد، بەرپرسی پڕۆژەکە، گوتی: «کارەکە بە خێرایی تەواو دەبێت.» بازاڕی سلێمانی ژمارەیەکی زۆر دووکانی هەیە.'],
  ['2026-10-20', 'فێستیڤاڵی کتێب لە هەولێر', 'فێستیڤاڵی کتێبی هەولێر بە بەشداری سەدان نووسەر دەستی پێکرد.'],
  ['2026-10-25', 'یاریی تۆپی پێ', 'تیپی هەولێر لە یارییەکی گرنگدا تیپی دهۆکی بردەوە.'],
  ['2026-11-01', 'ئاوی خواردنەوە لە سلێمانی', 'شارەوانی سلێمانی پڕۆژەیەکی نوێی ئاوی خواردنەوە بۆ گەڕەکەکانی باشووری شار دەست پێدەکات.'],
  ['2026-11-08', 'کوردستان و گەشتیاری', 'ژمارەی گەشتیاران لە هەرێمی کوردستان لەم ساڵدا زیادی کردووە بەتایبەتی لە هەولێر و سلێمانی.'],
  ['2026-11-14', 'شیلان عەبدوڵڵا و دووکانداران', 'شیلان عەبدوڵڵا، یەکێک لە دووکاندارانی بازاڕەکە، گوتی ئێمە چاوەڕێی کۆتایی کارەکەین.'],
  ['2026-11-20', 'زستان و سووتەمەنی', 'وەزارەتی سامانە سروشتییەکان نەوتی سپی بۆ زستان دابەش دەکات لە سلێمانی و هەولێر.'],
  ['2026-11-22', 'نەخۆشخانەی نوێ لە دهۆک', 'نەخۆشخانەیەکی نوێ لە دهۆک کرایەوە کە دووسەد جێگای تێدایە.'],
];

export const SAMPLE_DOCS: readonly SampleDoc[] = items.map(([date, title, text], i) => ({
  id: `n${String(i + 1).padStart(2, '0')}`,
  title,
  date,
  url: `https://news.example/${date}/${i + 1}`,
  text,
}));

/** Builds the sample index (zman/search-index, SQLite, with entities) in a temporary directory; returns its path. */
export async function buildSampleIndex(): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'zman-serve-')), 'news.db');
  const index = await openIndex(path, { analyze: true });
  await index.addMany(SAMPLE_DOCS);
  await index.close();
  return path;
}
