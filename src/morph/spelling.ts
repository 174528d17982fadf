/**
 * Common non-standard spellings (و for وو, ل for ڵ, ر for ڕ, یە for ییە), tried when a word has
 * only far-fetched analyses.
 *
 * @module
 */

/** An analysis at least this costly is far-fetched: spelling variants get a chance. */
export const FAR_FETCHED = 3;

const SINGLE_WAW = /(?<!و)و(?!و)/g;

/** At most a few respellings of a word written with common non-standard spellings. */
export function spellingVariants(w: string): string[] {
  const out = new Set<string>();
  const singles = [...w.matchAll(SINGLE_WAW)].map((m) => m.index);
  if (singles.length > 0 && singles.length <= 3) {
    out.add(w.replace(SINGLE_WAW, 'وو'));
    for (const i of singles) out.add(`${w.slice(0, i)}و${w.slice(i)}`);
  }
  if (w.startsWith('وو')) out.add(w.slice(1));
  if (w.includes('ل')) out.add(w.replace(/ل/g, 'ڵ'));
  // ر for ڕ (شەر, بیرورا): one at a time, as a word may have both
  const rehs = [...w.matchAll(/ر/g)].map((m) => m.index);
  if (rehs.length > 0 && rehs.length <= 3) for (const i of rehs) out.add(`${w.slice(0, i)}ڕ${w.slice(i + 1)}`);
  const ye = w.search(/[^اەۆێوی]ی[اە]/);
  if (ye >= 0) out.add(`${w.slice(0, ye + 1)}ی${w.slice(ye + 1)}`);
  out.delete(w);
  return [...out].slice(0, 6);
}
