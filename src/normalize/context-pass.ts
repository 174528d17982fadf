/**
 * Normalization pass 2, with context: heh and ae at word ends, ZWNJ, tatweel, word-initial ڕ
 * and ئ, and the digit and punctuation options.
 *
 * @module
 */
import { DIGIT_ZERO, digitValue, isArabicLetter, isDigit, joinsBackward, joinsForward, TATWEEL, ZWNJ } from '../chars/index.js';
import type { CodeBuffer } from './buffer.js';
import { LAM } from './char-table.js';
import type { Resolved } from './options.js';
import { ARABIC_DECIMAL_SEPARATOR, ARABIC_THOUSANDS_SEPARATOR, PUNCTUATION_PAIRS } from './tables.js';

const HEH = 0x0647; // ه
const AE = 0x06d5; // ە
const HEH_DO = 0x06be; // ھ, the canonical spelling of a word-final consonant h
const REH = 0x0631; // ر
const HEAVY_REH = 0x0695; // ڕ
const YEH_HAMZA = 0x0626; // ئ
const YEH_V = 0x06ce; // ێ
const ALEF_BARE = 0x0627; // ا
const ALEF_MADDA = 0x0622; // آ
const VOWELISH = new Set([0x0627, 0x06d5, 0x0648, 0x06c6, 0x06cc, 0x06ce, 0x0626, 0x0622, 0x0623, 0x0625]);

const KURDISH_PUNCT = new Map<number, number>();
const LATIN_PUNCT = new Map<number, number>();
for (const [k, l] of PUNCTUATION_PAIRS) {
  KURDISH_PUNCT.set(l.charCodeAt(0), k.charCodeAt(0));
  LATIN_PUNCT.set(k.charCodeAt(0), l.charCodeAt(0));
}
LATIN_PUNCT.set(0x00ab, 0x22);
LATIN_PUNCT.set(0x00bb, 0x22);

/** Characters that pass 2 looks at: always, with a `digits` option, with a `punctuation` option. */
const CTX_ALWAYS = 1;
const CTX_DIGITS = 2;
const CTX_PUNCT = 4;
const CTX = new Uint8Array(0x10000);
for (const c of [TATWEEL, ZWNJ, HEH, HEH_DO, REH, YEH_HAMZA, ALEF_BARE, ALEF_MADDA]) CTX[c] = CTX_ALWAYS;
for (let d = 0; d < 10; d++) {
  for (const zero of Object.values(DIGIT_ZERO)) CTX[zero + d] = CTX_DIGITS;
}
for (const c of [ARABIC_DECIMAL_SEPARATOR, ARABIC_THOUSANDS_SEPARATOR, 0x2e, 0x2c]) CTX[c] = CTX[c]! | CTX_DIGITS;
for (const c of [...KURDISH_PUNCT.keys(), ...LATIN_PUNCT.keys(), 0x22]) CTX[c] = CTX[c]! | CTX_PUNCT;

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}

/** The code unit after index `k`, skipping tatweel (and ZWNJ when asked), or -1 at the end. */
function peek(A: Uint16Array, k: number, n: number, skipZwnj: boolean): number {
  for (let m = k + 1; m < n; m++) {
    const c = A[m]!;
    if (c !== TATWEEL && (c !== ZWNJ || !skipZwnj)) return c;
  }
  return -1;
}

/** Pass 2: context rules and options. */export function contextPass(a: CodeBuffer, upTo: number, o: Resolved, out: CodeBuffer): void {
  const n = a.length;
  const A = a.codes;
  const st = a.starts;
  const en = a.ends;
  const digitZero = o.digits === 'keep' ? -1 : DIGIT_ZERO[o.digits];
  const punct = o.punctuation;
  const mask = CTX_ALWAYS | (digitZero >= 0 ? CTX_DIGITS : 0) | (punct !== 'keep' ? CTX_PUNCT : 0);
  if (a.loneSurrogate) out.loneSurrogate = true;
  // Pass 2 lengthens the text only where it writes an ئ (see ALEF_BARE): room for `upTo`
  // more units is made here, and more only then.
  out.reserve(upTo);
  let codes = out.codes;
  let outStarts = out.starts;
  let outEnds = out.ends;
  for (let k = 0; k < upTo; k++) {
    const c = A[k]!;
    if ((CTX[c]! & mask) === 0) {
      const w = out.length++;
      codes[w] = c;
      if (outStarts !== null) {
        outStarts[w] = st![k]!;
        outEnds![w] = en![k]!;
      }
      continue;
    }
    const s0 = st ? st[k]! : 0;
    const e0 = en ? en[k]! : 0;
    if (c === TATWEEL || c === ZWNJ) {
      let m = k + 1;
      while (m < n && A[m] === c) m++;
      const next = m < n ? A[m]! : -1;
      const runEnd = en ? en[m - 1]! : 0;
      const prev = out.last();
      if (c === TATWEEL) {
        if (prev === HEH && !isArabicLetter(next) && next !== ZWNJ) {
          out.replaceLast(HEH_DO, runEnd); // هـ at a word end: consonant h
        } else if (isArabicLetter(next)) {
          // `١٠ ـی` → `١٠ی`: spaces between a number and a tatweel-joined suffix go too.
          let p = out.length;
          while (p > 0 && out.codes[p - 1] === 0x20) p--;
          if (p < out.length && p > 0 && isDigit(out.codes[p - 1]!)) out.length = p;
        }
      } else if (prev === HEH) {
        out.replaceLast(AE, runEnd); // heh + ZWNJ is the letter ە
      } else if (prev !== -1 && joinsForward(prev) && joinsBackward(peek(A, m - 1, n, true))) {
        out.push(ZWNJ, s0, runEnd); // kept only where it stops a join
      }
      k = m - 1;
      continue;
    }
    let code = c;
    switch (c) {
      case HEH: {
        const next = k + 1 < n ? A[k + 1]! : -1;
        if (next !== ZWNJ && next !== TATWEEL && !isArabicLetter(next)) code = AE;
        break;
      }
      case HEH_DO: {
        // (a ZWNJ after it is skipped: ھ + ZWNJ + letter reads as ه + ZWNJ, that is ە)
        const next = peek(A, k, n, true);
        if (isArabicLetter(next)) code = HEH;
        break;
      }
      case REH:
        if (o.initialReh && !isArabicLetter(out.last())) code = HEAVY_REH;
        break;
      case ALEF_BARE:
      case ALEF_MADDA:
        // A Sorani word never starts with a bare vowel letter: the glottal stop ئ is written.
        // Typed with a Persian keyboard, initial ا is the short vowel (ئە) and آ the long (ئا).
        if (o.initialAlef && !isArabicLetter(out.last())) {
          const next = peek(A, k, n, true);
          if (isArabicLetter(next) && next !== LAM && next !== ALEF_BARE) {
            out.push(YEH_HAMZA, s0, e0);
            if (out.length + (upTo - k) > codes.length) {
              out.reserve(upTo - k);
              codes = out.codes;
              outStarts = out.starts;
              outEnds = out.ends;
            }
            code = c === ALEF_BARE ? AE : ALEF_BARE;
          }
        }
        break;
      case YEH_HAMZA: {
        // ئ cannot end a Sorani word after a consonant: Arabic keyboards type it for ێ.
        const next = peek(A, k, n, true);
        const prev = out.last();
        if (
          !isArabicLetter(next) &&
          isArabicLetter(prev) &&
          !VOWELISH.has(prev)
        ) {
          code = YEH_V;
        }
        break;
      }
      default:
        if (digitZero >= 0) {
          const v = digitValue(c);
          if (v >= 0) {
            code = digitZero + v;
            break;
          }
          if (c === ARABIC_DECIMAL_SEPARATOR || c === ARABIC_THOUSANDS_SEPARATOR) {
            const next = peek(A, k, n, true);
            if (o.digits === 'latin' && isDigit(out.last()) && isDigit(next)) {
              code = c === ARABIC_DECIMAL_SEPARATOR ? 0x2e : 0x2c;
            }
            break;
          }
          if ((c === 0x2e || c === 0x2c) && o.digits !== 'latin') {
            const next = peek(A, k, n, true);
            if (isDigit(out.last()) && isDigit(next)) {
              code = c === 0x2e ? ARABIC_DECIMAL_SEPARATOR : ARABIC_THOUSANDS_SEPARATOR;
              break;
            }
          }
        }
        if (punct === 'latin') {
          const to = LATIN_PUNCT.get(c);
          // a comma between Arabic-script digits would read as a thousands separator
          if (to !== undefined && !(to === 0x2c && digitZero > 0x30 && isDigit(out.last()) && isDigit(peek(A, k, n, true)))) {
            code = to;
          }
        } else if (punct === 'kurdish') {
          if (c === 0x22) {
            const prev = out.last();
            const opening = prev === -1 || prev === 0x20 || prev === 0x0a || prev === 0x09 || prev === 0x28 || prev === 0x5b;
            code = opening ? 0x00ab : 0x00bb;
          } else {
            const to = KURDISH_PUNCT.get(c);
            if (to !== undefined) {
              let p = out.length - 1;
              while (p >= 0 && out.codes[p] === 0x20) p--;
              const prev = p >= 0 ? out.codes[p]! : -1;
              const next = peek(A, k, n, true);
              const numeric = isDigit(prev) && isDigit(next);
              if (!isAsciiAlnum(prev) && !numeric && !(c === 0x25 && !isDigit(prev) && !isDigit(next))) code = to;
            }
          }
        }
    }
    out.push(code, s0, e0);
  }
}

