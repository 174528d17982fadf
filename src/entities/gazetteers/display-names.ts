/**
 * Country and language names in Sorani: zman's own tables of the CLDR `ckb` facts
 * (`cldr-names.ts`), so a browser without `ckb` in `Intl.DisplayNames` finds the same names as
 * Node; and, only as an extra, a name the runtime's CLDR `ckb` data has for a code the tables lack
 * (a newer CLDR). A runtime without `ckb` (it falls back to English) adds nothing.
 * All names are normalized with zman's own normalizer (CLDR writes ھ inside some words).
 *
 * @module
 */
import { normalize } from '../../normalize/index.js';
import { COUNTRY_NAMES, LANGUAGE_NAMES } from './cldr-names.js';

/** Language codes whose Sorani names are read from CLDR (sources: ISO 639, the region's languages). */
export const LANGUAGE_CODES = [
  'ku', 'ckb', 'sdh', 'zza', 'ar', 'fa', 'en', 'tr', 'fr', 'de', 'ru', 'zh', 'ja', 'es', 'it', 'he', 'hy',
  'az', 'sv', 'nl', 'el', 'hi', 'ur', 'syr', 'tk', 'uk', 'pl', 'pt', 'ko', 'ps', 'ka', 'sq', 'ro', 'hu',
  'da', 'no', 'fi', 'cs', 'sr', 'bg', 'id', 'bn',
] as const;

/** Codes the runtime names that are not countries: unknown region, outlying Oceania, euro area. */
const NOT_COUNTRIES = new Set(['ZZ', 'QO', 'EZ', 'UN', 'EU']);

/** The runtime's CLDR display names in Sorani, or undefined when it has no `ckb` data. */
function displayNames(type: 'region' | 'language'): Intl.DisplayNames | undefined {
  try {
    if (typeof Intl === 'undefined' || typeof Intl.DisplayNames !== 'function') return undefined;
    const names = new Intl.DisplayNames(['ckb'], { type, fallback: 'none' });
    // a runtime without ckb resolves to another locale (Chromium: English): not an extra
    return names.resolvedOptions().locale.startsWith('ckb') ? names : undefined;
  } catch {
    return undefined; // a runtime without ICU data
  }
}

/** Every country zman names in Sorani: `[code, normalized name]`, the tables first. */
export function cldrCountries(): Array<[code: string, name: string]> {
  const out: Array<[string, string]> = [];
  for (const [code, name] of Object.entries(COUNTRY_NAMES)) out.push([code, normalize(name)]);
  const names = displayNames('region');
  if (!names) return out;
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of letters) {
    for (const b of letters) {
      const code = a + b;
      if (NOT_COUNTRIES.has(code) || Object.hasOwn(COUNTRY_NAMES, code)) continue;
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
  const table: Readonly<Record<string, string>> = LANGUAGE_NAMES;
  const names = displayNames('language');
  const out: string[] = [];
  for (const code of LANGUAGE_CODES) {
    let name: string | undefined = table[code];
    if (name === undefined && names) {
      try {
        name = names.of(code);
      } catch {
        name = undefined;
      }
    }
    if (name && name !== code) out.push(normalize(name));
  }
  return out;
}
