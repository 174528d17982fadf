/**
 * The character table of normalization pass 1: what to do with each UTF-16 code unit (keep,
 * drop, map to one or more units, an Arabic mark to compose or drop, a combining mark), built
 * once from the tables of `./tables.ts` and the runtime's Unicode data.
 *
 * @module
 */
import {
  ARABIC_MARK_RANGES,
  FORMAT_CHARS,
  LAM_ALEF_FATHA,
  LETTER_MAP,
  MARK_COMPOSITIONS,
  SPACE_CHARS,
} from './tables.js';

/** What pass 1 does with a character (values of the `ACTION` table). */
export const Act = {
  Keep: 0,
  Drop: 1,
  Space: 2,
  Map1: 3,
  MapN: 4,
  Mark: 5,
  Combining: 6,
  /** Not yet classified: see `classify`. */
  Lazy: 7,
  /** A UTF-16 surrogate: kept, and a lone one is remembered (see `CodeBuffer.loneSurrogate`). */
  Surrogate: 8,
} as const;
export type Act = (typeof Act)[keyof typeof Act];
export const KEEP = Act.Keep;

/** The action of each code unit. */
export const ACTION = new Uint8Array(0x10000);
/** The one code unit a {@link Act.Map1} character becomes. */
export const MAP1 = new Uint16Array(0x10000);
/** The string a {@link Act.MapN} character becomes. */
export const MAPN = new Map<number, string>();
/** Letter + Arabic mark compositions, keyed by `letter * 0x10000 + mark`. */
export const COMPOSE = new Map<number, number>();

function setMapping(code: number, to: string): void {
  if (to.length === 0) {
    ACTION[code] = Act.Drop;
  } else if (to.length === 1) {
    ACTION[code] = Act.Map1;
    MAP1[code] = to.charCodeAt(0);
  } else {
    ACTION[code] = Act.MapN;
    MAPN.set(code, to);
  }
}

function isArabicMark(code: number): boolean {
  for (const [a, b] of ARABIC_MARK_RANGES) if (code >= a && code <= b) return true;
  return code === 0x0653 || code === 0x0654 || code === 0x0655;
}

/** Maps the letters of an expansion (presentation form, NFC singleton) and drops Arabic marks. */
function cleanExpansion(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (isArabicMark(code)) continue;
    out += LETTER_MAP[ch] ?? ch;
  }
  return out;
}

// C0 and C1 controls except tab, line feed and carriage return; DEL.
for (let c = 0; c < 0x20; c++) if (c !== 0x09 && c !== 0x0a && c !== 0x0d) ACTION[c] = Act.Drop;
for (let c = 0x7f; c <= 0x9f; c++) ACTION[c] = Act.Drop;
for (const c of FORMAT_CHARS) ACTION[c] = Act.Drop;
for (const c of SPACE_CHARS) ACTION[c] = Act.Space;
// Non-Arabic combining marks and NFC singletons are read from the runtime's Unicode data the
// first time such a character is met (see `classify`), so that importing the module is cheap.
const LAZY_RANGES: readonly (readonly [number, number])[] = [
  [0x0300, 0x05ff],
  [0x0700, 0x074f],
  [0x0780, 0x089f],
  [0x0900, 0x1fff],
  [0x2000, 0x2fff],
  [0x3000, 0x30ff],
  [0xa600, 0xabff],
  [0xf900, 0xfaff],
  [0xfe00, 0xfe2f],
];
for (const [a, b] of LAZY_RANGES) for (let c = a; c <= b; c++) if (ACTION[c] === Act.Keep) ACTION[c] = Act.Lazy;
for (let c = 0xd800; c <= 0xdfff; c++) ACTION[c] = Act.Surrogate;
const MARK_RE = /^\p{M}$/u;
/** Classifies a character of the lazy ranges once: combining mark, NFC singleton, or kept. */
export function classify(c: number): Act {
  const ch = String.fromCharCode(c);
  if (MARK_RE.test(ch) || (c >= 0x1160 && c <= 0x11ff)) {
    ACTION[c] = Act.Combining;
  } else {
    ACTION[c] = Act.Keep;
    const nfc = ch.normalize('NFC');
    if (nfc !== ch) setMapping(c, nfc);
  }
  return ACTION[c] as Act;
}

// Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) to their base letters (NFKC).
for (const [a, b] of [
  [0xfb50, 0xfdff],
  [0xfe70, 0xfefe],
] as const) {
  for (let c = a; c <= b; c++) {
    const ch = String.fromCharCode(c);
    const base = ch.normalize('NFKC');
    if (base === ch) continue;
    const cleaned = cleanExpansion(base);
    setMapping(c, cleaned.trim() === '' ? '' : cleaned);
  }
}
for (const [from, to] of Object.entries(LETTER_MAP)) setMapping(from.charCodeAt(0), to);
for (const [a, b] of ARABIC_MARK_RANGES) for (let c = a; c <= b; c++) ACTION[c] = Act.Mark;
for (const c of [0x0653, 0x0654, 0x0655]) ACTION[c] = Act.Mark;
ACTION[0x0306] = Act.Mark; // combining breve, typed for the v of ێ ڕ ڵ ۆ
for (const [pair, to] of Object.entries({
  ...MARK_COMPOSITIONS,
  'ا\u0653': 'آ',
  'ا\u0654': 'أ',
  'ا\u0655': 'إ',
})) {
  COMPOSE.set(pair.charCodeAt(0) * 0x10000 + pair.charCodeAt(1), to.charCodeAt(0));
}
export const LAM = LAM_ALEF_FATHA.lam.charCodeAt(0);
export const ALEF = LAM_ALEF_FATHA.alef.charCodeAt(0);
export const FATHA = LAM_ALEF_FATHA.mark.charCodeAt(0);
export const HEAVY_LAM = LAM_ALEF_FATHA.result.charCodeAt(0);
