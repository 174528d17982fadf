/**
 * The packed vocabulary format: one line per frequency band (band 0 first), each line the
 * band's words in code-unit order, front-coded: every word is written as one character giving
 * how many leading code units it shares with the previous word of the line (`'0'` + n), then
 * the rest of the word. Words contain no ASCII, so the count characters separate them.
 *
 * @module
 */

/** The longest shared prefix written by the packer (kept within one ASCII character). */
const MAX_SHARED = 40;

/** Packs words with their corpus counts (band = 0 for 0, else 1 + ⌊log2(count)⌋). */
export function packVocabulary(words: ReadonlyMap<string, number>): string {
  const bands: string[][] = [];
  for (const [w, n] of words) {
    const band = n <= 0 ? 0 : 1 + Math.floor(Math.log2(n));
    (bands[band] ??= []).push(w);
  }
  const lines: string[] = [];
  for (let b = 0; b < bands.length; b++) {
    const list = (bands[b] ?? []).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    let prev = '';
    let line = '';
    for (const w of list) {
      let k = 0;
      const max = Math.min(prev.length, w.length - 1, MAX_SHARED);
      while (k < max && prev.charCodeAt(k) === w.charCodeAt(k)) k++;
      line += String.fromCharCode(48 + k) + w.slice(k);
      prev = w;
    }
    lines.push(line);
  }
  return lines.join('\n');
}

/** Unpacks {@link packVocabulary}'s string: calls `add(word, band)` for every word. */
export function unpackVocabulary(packed: string, add: (word: string, band: number) => void): void {
  let band = 0;
  let prev = '';
  let i = 0;
  const n = packed.length;
  while (i < n) {
    const c = packed.charCodeAt(i);
    if (c === 10) {
      band++;
      prev = '';
      i++;
      continue;
    }
    const shared = c - 48;
    let j = i + 1;
    while (j < n) {
      const d = packed.charCodeAt(j);
      if (d === 10 || (d >= 48 && d < 48 + 64)) break;
      j++;
    }
    const w = prev.slice(0, shared) + packed.slice(i + 1, j);
    add(w, band);
    prev = w;
    i = j;
  }
}
