/**
 * Which keyboard a Sorani text was typed on: the standard Sorani layout, an Arabic one or a
 * Persian one — from the letters only each of them has.
 *
 * Facts: the Arabic keyboard (Windows 101) has ي ك ة ى ؤ أ إ and no ە ێ ۆ ڕ ڵ ڤ پ چ ژ گ, so
 * Sorani typed on it shows ي ك and ة or ه for ە; the Persian keyboard (ISIRI 9147) has ی ک پ چ
 * ژ گ but no ە ێ ۆ ڕ ڵ ڤ, so Sorani typed on it shows ه for ە (often with ZWNJ), ی for ێ,
 * و for ۆ; a Sorani keyboard types ە ێ ۆ ڕ ڵ directly.
 *
 * @module
 */

/** The result of {@link detectKeyboard}. */
export interface KeyboardGuess {
  /**
   * `'sorani'`: typed with the Sorani letters; `'arabic'` or `'persian'`: typed on that
   * keyboard (Sorani letters missing); `'none'`: no Arabic-script letters to judge by.
   */
  readonly keyboard: 'sorani' | 'arabic' | 'persian' | 'none';
  /** How sure the guess is, from 0 to 1. */
  readonly confidence: number;
}

/** Letters only a Sorani keyboard types. */
const SORANI_ONLY = new Set([...'ەێۆڕڵڤ'].map((c) => c.charCodeAt(0)));
/** Letters only an Arabic keyboard types. */
const ARABIC_ONLY = new Set([...'يكةىؤأإ'].map((c) => c.charCodeAt(0)));
/** Letters a Persian or Sorani keyboard types and an Arabic one does not. */
const PERSIAN_LETTERS = new Set([...'یکپچژگ'].map((c) => c.charCodeAt(0)));
const HEH = 'ه'.charCodeAt(0);
const ZWNJ = 0x200c;

/** At most this many code units are looked at. */
const SAMPLE = 1 << 14;

/**
 * Guesses the keyboard a Sorani text was typed on, from the letters only one layout has. The
 * text is taken to be Sorani: use `detectLanguage` first on text that may be Arabic or Persian.
 * Never throws.
 *
 * @example
 * detectKeyboard('بةرهةمةكاني ئةفين').keyboard; // 'arabic'
 * detectKeyboard('دستان خوش بیت').keyboard; // 'persian'
 * detectKeyboard('دەستان خۆش بێت').keyboard; // 'sorani'
 */
export function detectKeyboard(text: string): KeyboardGuess {
  const s = typeof text === 'string' ? (text.length > SAMPLE ? text.slice(0, SAMPLE) : text) : '';
  let sorani = 0;
  let arabic = 0;
  let persian = 0;
  let heh = 0;
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x0620 || c > 0x06ff) continue;
    letters++;
    if (SORANI_ONLY.has(c)) sorani++;
    else if (ARABIC_ONLY.has(c)) arabic++;
    else if (PERSIAN_LETTERS.has(c)) persian++;
    else if (c === HEH) {
      // ه + ZWNJ is how a Persian keyboard writes ە
      heh++;
      if (s.charCodeAt(i + 1) === ZWNJ) heh++;
    }
  }
  if (letters === 0) return { keyboard: 'none', confidence: 0 };
  // ە alone is a fifth of Sorani letters: a text without the Sorani letters, or with far
  // fewer than its ه, was not typed with them
  const missing = heh + arabic + persian * 0.2;
  if (arabic > 0 && arabic >= sorani) return { keyboard: 'arabic', confidence: round(arabic / (arabic + sorani + 1)) };
  if (sorani * 2 < heh || sorani === 0) {
    if (arabic > 0) return { keyboard: 'arabic', confidence: round(arabic / (arabic + sorani + 1)) };
    return { keyboard: 'persian', confidence: round(Math.min(1, missing / (missing + sorani * 3 + 1))) };
  }
  return { keyboard: 'sorani', confidence: round(sorani / (sorani + missing + 1)) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
