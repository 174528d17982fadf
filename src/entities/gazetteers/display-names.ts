/**
 * Country and language names from the CLDR `ckb` data that the JavaScript runtime already
 * carries (`Intl.DisplayNames`), read at run time rather than copied into the repository.
 *
 * Region codes are enumerated (every two-letter code the runtime names) and normalized with
 * zman's own normalizer (CLDR writes ھ inside some words). Language codes are listed here: the
 * languages met in the region's news.
 *
 * @module
 */
import { normalize } from '../../normalize/index.js';

/** Language codes whose Sorani names are read from CLDR (sources: ISO 639, the region's languages). */
export const LANGUAGE_CODES = [
  'ku', 'ckb', 'sdh', 'zza', 'ar', 'fa', 'en', 'tr', 'fr', 'de', 'ru', 'zh', 'ja', 'es', 'it', 'he', 'hy',
  'az', 'sv', 'nl', 'el', 'hi', 'ur', 'syr', 'tk', 'uk', 'pl', 'pt', 'ko', 'ps', 'ka', 'sq', 'ro', 'hu',
  'da', 'no', 'fi', 'cs', 'sr', 'bg', 'id', 'bn',
] as const;

/** Codes the runtime names that are not countries: unknown region, outlying Oceania, euro area. */
const NOT_COUNTRIES = new Set(['ZZ', 'QO', 'EZ', 'UN', 'EU']);

function displayNames(type: 'region' | 'language'): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames(['ckb'], { type, fallback: 'none' });
  } catch {
    return undefined; // a runtime without ICU data
  }
}

/** Every country the runtime names in Sorani: `[code, normalized name]`. */
export function cldrCountries(): Array<[code: string, name: string]> {
  const names = displayNames('region');
  if (!names) return [];
  const out: Array<[string, string]> = [];
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of letters) {
    for (const b of letters) {
      const code = a + b;
      if (NOT_COUNTRIES.has(code)) continue;
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        continue;
      }
      if (name && name !== code && !/[()]/.test(name)) out.push([code, normalize(name)]);
    }
  }
  return out;
}

/** The Sorani names of the languages in {@link LANGUAGE_CODES}, normalized. */
export function cldrLanguages(): string[] {
  const names = displayNames('language');
  if (!names) return [];
  const out: string[] = [];
  for (const code of LANGUAGE_CODES) {
    const name = names.of(code);
    if (name && name !== code) out.push(normalize(name));
  }
  return out;
}
