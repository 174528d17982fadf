/**
 * The forms a name can hide behind in running text: `ئۆکرایناوە` → `ئۆکراینا`, `بایدنی` →
 * `بایدن`, `هەولێریش` → `هەولێر`.
 *
 * TODO(morph): replace the suffix list with morph's `segment` when it lands on main.
 *
 * @module
 */

/**
 * Sorani suffixes and clitics that attach to a noun or a name, longest first. Source of facts:
 * W. M. Thackston, *Sorani Kurdish: A Reference Grammar* (definite, indefinite, plural, ezafe,
 * pronominal clitics, the additive -یش, the postpositions -دا, -ەوە, -ە).
 */
const NAME_SUFFIXES = [
  'ەکانیان', 'ەکانی', 'ەکاندا', 'ەکانەوە', 'ەکان', 'ەکەیان', 'ەکەی', 'ەکەدا', 'ەکەوە', 'ەکە',
  'ییەکان', 'یەکان', 'ییەکە', 'یەکە', 'ێکی', 'ێک', 'یەک', 'ەوە', 'وە', 'یدا', 'دا', 'یش', 'ش',
  'یان', 'ان', 'ی', 'ێ', 'ە',
] as const;

/** A stem shorter than this is only matched exactly (so `وانە` does not become `وان`). */
const MIN_STEM = 3;

/**
 * The forms to look a word up under, the word itself first, then with one or two suffixes
 * removed.
 *
 * @example
 * nameCandidates('ئۆکرایناوە'); // ['ئۆکرایناوە', 'ئۆکراینا', …]
 */
export function nameCandidates(word: string): string[] {
  const out = [word];
  if (word.length > 40 || word.length <= MIN_STEM) return out;
  // one suffix, then a second one under it (ئێرانیشەوە → ئێرانیش → ئێران)
  for (let depth = 0, from = 0; depth < 2; depth++) {
    const to = out.length;
    for (let k = from; k < to; k++) {
      const w = out[k]!;
      for (const suffix of NAME_SUFFIXES) {
        if (w.length - suffix.length >= MIN_STEM && w.endsWith(suffix)) {
          const stem = w.slice(0, w.length - suffix.length);
          if (!out.includes(stem)) out.push(stem);
        }
      }
    }
    from = to;
  }
  return out;
}
