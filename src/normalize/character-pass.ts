/**
 * Normalization pass 1, character by character: legacy-font mapping, presentation forms,
 * look-alike letters, format and control characters, spaces, Arabic marks (with the
 * font-residue compositions) and NFC of non-Arabic clusters.
 *
 * @module
 */
import { TATWEEL, ZWNJ } from '../chars/index.js';
import type { CodeBuffer } from './buffer.js';
import { Act, ACTION, ALEF, classify, COMPOSE, FATHA, HEAVY_LAM, KEEP, LAM, MAP1, MAPN } from './char-table.js';
import type { LegacyFontTable } from './legacy-fonts.js';

/**
 * Pass 1: character-level clean-up of `s` from index `from`, appended to `out`, stopping once
 * `out` holds about `chunk` code units; returns the next input index.
 */
export function characterPass(
  s: string,
  from: number,
  chunk: number,
  font: LegacyFontTable | null,
  out: CodeBuffer,
): number {
  const len = s.length;
  // Hot path: a kept character is copied with local variables; anything else goes through
  // `slowChar`, after which the locals are refreshed (the buffer may have grown).
  let codes = out.codes;
  let starts = out.starts;
  let ends = out.ends;
  let n = out.length;
  let i = from;
  for (; i < len && n < chunk; i++) {
    const c = s.charCodeAt(i);
    if (ACTION[c] === KEEP && (font === null || font.touches[c] === 0)) {
      if (n === codes.length) {
        out.length = n;
        out.grow();
        codes = out.codes;
        starts = out.starts;
        ends = out.ends;
      }
      codes[n] = c;
      if (starts !== null) {
        starts[n] = i;
        ends![n] = i + 1;
      }
      n++;
      continue;
    }
    out.length = n;
    i = slowChar(s, i, c, font, out);
    n = out.length;
    codes = out.codes;
    starts = out.starts;
    ends = out.ends;
  }
  out.length = n;
  return i;
}

/** Pass 1 for one character that is not simply kept; returns the last input index consumed. */
function slowChar(s: string, i: number, c: number, font: LegacyFontTable | null, out: CodeBuffer): number {
  if (font !== null) {
    if (fontChar(out, font, c, i, i + 1)) return i;
    const act = ACTION[c];
    if (c >= 0xfb50 && (act === Act.Map1 || act === Act.MapN)) {
      // A presentation form of a letter that the font reassigns: map its base letters too.
      const base = act === Act.Map1 ? String.fromCharCode(MAP1[c]!) : MAPN.get(c)!;
      for (let k = 0; k < base.length; k++) {
        const b = base.charCodeAt(k);
        if (!fontChar(out, font, b, i, i + 1)) processChar(out, b, i, i + 1);
      }
      return i;
    }
  }
  let act = ACTION[c] as Act;
  if (act === Act.Lazy) act = classify(c);
  if (act === Act.Surrogate) {
    const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
    if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out.push(c, i, i + 2);
      out.push(next, i, i + 2);
      return i + 1;
    }
    out.loneSurrogate = true;
    out.push(c, i, i + 1);
    return i;
  }
  if (act !== Act.Combining) {
    processChar(out, c, i, i + 1);
    return i;
  }
  // NFC of a non-Arabic cluster: the last base and the run of combining marks after it.
  const len = s.length;
  let j = i + 1;
  while (j < len) {
    const cj = s.charCodeAt(j);
    const aj = ACTION[cj] === Act.Lazy ? classify(cj) : ACTION[cj];
    if (aj !== Act.Combining) break;
    j++;
  }
  const prev = out.last();
  if (prev === TATWEEL || prev === ZWNJ) {
    // A mark on a tatweel or ZWNJ (both removed later) would land on the letter before it.
    if (out.ends) out.replaceLast(prev, j);
    return j - 1;
  }
  // The marks already written after the base belong to the cluster too (an Arabic mark dropped
  // between two runs of marks leaves them adjacent): NFC orders all of them at once, so that a
  // second normalization finds nothing to reorder. Looked back at most MAX_CLUSTER units.
  let marks = 0;
  while (marks < MAX_CLUSTER && marks < out.length) {
    const m = out.last(marks + 1);
    const am = ACTION[m] === Act.Lazy ? classify(m) : ACTION[m];
    if (am !== Act.Combining) break;
    marks++;
  }
  let baseLen = out.length > marks ? marks + 1 : marks;
  if (out.length > marks + 1) {
    const lo = out.last(marks + 1);
    const hi = out.last(marks + 2);
    if (lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff) baseLen = marks + 2;
  }
  let base = '';
  let baseStart = i;
  for (let k = baseLen; k >= 1; k--) base += String.fromCharCode(out.last(k));
  if (baseLen > 0 && out.starts) baseStart = out.starts[out.length - baseLen]!;
  const cluster = base + s.slice(i, j);
  const composed = cluster.normalize('NFC');
  if (composed === cluster) {
    for (let k = i; k < j; k++) out.push(s.charCodeAt(k), k, k + 1);
  } else {
    out.length -= baseLen;
    for (let k = 0; k < composed.length; k++) out.push(composed.charCodeAt(k), baseStart, j);
  }
  return j - 1;
}

/** The most code units of marks looked back over to find the base of a cluster. */
const MAX_CLUSTER = 64;

/**
 * Applies a legacy font to one code unit: a sequence rule that ends with it (replacing the
 * matched converted text, whose range it takes over), else its letter mapping. Returns false
 * when the font leaves the code unit to the normal rules.
 */
function fontChar(out: CodeBuffer, font: LegacyFontTable, c: number, start: number, end: number): boolean {
  if (font.touches[c] === 0) return false;
  const rules = font.sequences.get(c);
  if (rules !== undefined) {
    for (const [before, to] of rules) {
      const n = before.length;
      let k = 0;
      while (k < n && out.last(n - k) === before.charCodeAt(k)) k++;
      if (k < n) continue;
      const from = out.starts ? out.starts[out.length - n]! : start;
      out.length -= n;
      for (let m = 0; m < to.length; m++) processChar(out, to.charCodeAt(m), from, end);
      return true;
    }
  }
  const f = font.letters.get(c);
  if (f === undefined) return false;
  for (let k = 0; k < f.length; k++) processChar(out, f.charCodeAt(k), start, end);
  return true;
}

function processChar(out: CodeBuffer, c: number, start: number, end: number): void {
  let act = ACTION[c] as Act;
  if (act === Act.Lazy) act = classify(c);
  switch (act) {
    case Act.Keep:
    case Act.Combining:
    case Act.Surrogate:
      out.push(c, start, end);
      return;
    case Act.Drop:
      return;
    case Act.Space:
      out.push(0x20, start, end);
      return;
    case Act.Map1:
      out.push(MAP1[c]!, start, end);
      return;
    case Act.MapN: {
      const to = MAPN.get(c)!;
      for (let k = 0; k < to.length; k++) out.push(to.charCodeAt(k), start, end);
      return;
    }
    case Act.Mark: {
      const prev = out.last();
      if (prev < 0) return;
      const composed = COMPOSE.get(prev * 0x10000 + c);
      if (composed !== undefined) {
        out.replaceLast(composed, end);
      } else if (c === FATHA && prev === ALEF && out.last(2) === LAM) {
        out.codes[out.length - 2] = HEAVY_LAM;
        out.replaceLast(ALEF, end);
      } else if (out.ends) {
        // A dropped mark still belongs to the letter it sits on.
        out.replaceLast(prev, end);
      }
      return;
    }
  }
}
