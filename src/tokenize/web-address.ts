/**
 * Scanners for web addresses, bare domains and e-mail addresses. Each takes the scan state and
 * a start index and returns an end index (or -1); a failed e-mail look-ahead is remembered so
 * that no stretch of text is scanned more than a few times.
 *
 * @module
 */
import { AT, DOT, isAsciiAlnum, UNDERSCORE } from './ascii.js';
import { C, cls } from './classes.js';
import type { ScanState } from './scan-state.js';
import { TOP_LEVEL_DOMAINS, URL_PREFIXES } from './tables.js';

function isEmailLocal(c: number): boolean {
  // letters, digits and . _ % + -
  return isAsciiAlnum(c) || c === DOT || c === UNDERSCORE || c === 0x25 || c === 0x2b || c === 0x2d;
}
function isLabelChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 0x2d;
}
/** A character that ends a web address (besides whitespace). */
function endsUrl(c: number): boolean {
  return c === 0x22 || c === 0x3c || c === 0x3e || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d;
}
/** A character trimmed from the end of a web address (sentence punctuation after it). */
function trimmedFromUrl(c: number): boolean {
  return (
    c === DOT || c === 0x2c || c === 0x3a || c === 0x3b || c === 0x21 || c === 0x3f || c === 0x27 ||
    c === 0x061f || c === 0x060c || c === 0x061b || c === 0x2026
  );
}

/** The end of a web address starting at `from`, without the punctuation after it. */
export function urlEnd(st: ScanState, from: number): number {
  const { text, n } = st;
  let j = from;
  let open = 0;
  let close = 0;
  while (j < n) {
    const c = text.charCodeAt(j);
    const k = cls(c);
    if (k === C.Space || k === C.Newline || endsUrl(c)) break;
    if (c === 0x28) open++;
    else if (c === 0x29) close++;
    j++;
  }
  for (;;) {
    const c = text.charCodeAt(j - 1);
    if (j - 1 > from && trimmedFromUrl(c)) j--;
    else if (j - 1 > from && c === 0x29 && close > open) {
      close--;
      j--;
    } else break;
  }
  return j;
}

/** The end of a dotted domain `a.b.c` starting at `from` (-1 when it is not one) and of its last label. */
export function domainEnd(st: ScanState, from: number): { end: number; tldStart: number } {
  const { text, n } = st;
  let j = from;
  let labels = 0;
  let lastStart = from;
  for (;;) {
    const labelStart = j;
    while (j < n && isLabelChar(text.charCodeAt(j))) j++;
    if (j === labelStart) break; // only at `from`: a dot is taken only before a label
    labels++;
    lastStart = labelStart;
    if (j + 1 < n && text.charCodeAt(j) === DOT && isLabelChar(text.charCodeAt(j + 1))) j++;
    else break;
  }
  return { end: labels >= 2 ? j : -1, tldStart: lastStart };
}

/** True when `[start, end)` is a known top-level domain in lower-case ASCII. */
export function isTld(text: string, start: number, end: number): boolean {
  if (end - start < 2 || end - start > 6) return false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x61 || c > 0x7a) return false; // lower-case ASCII letters only
  }
  return TOP_LEVEL_DOMAINS.has(text.slice(start, end));
}

/** Tries an e-mail address at `from`; returns its end or -1. */
export function email(st: ScanState, from: number): number {
  if (from < st.emailFailUntil) return -1;
  const { text, n } = st;
  let j = from;
  while (j < n && isEmailLocal(text.charCodeAt(j))) j++;
  if (j < n && text.charCodeAt(j) === AT && j > from) {
    const d = domainEnd(st, j + 1);
    if (d.end > 0 && isTld(text, d.tldStart, d.end)) return d.end;
  }
  st.emailFailUntil = j;
  return -1;
}

/** True when a URL prefix (`http://`, `www.` …) starts at `from`, ignoring ASCII case. */
export function startsWithUrlPrefix(text: string, from: number): boolean {
  const n = text.length;
  for (const p of URL_PREFIXES) {
    if (from + p.length > n) continue;
    let ok = true;
    for (let k = 0; k < p.length; k++) {
      const want = p.charCodeAt(k);
      const got = text.charCodeAt(from + k);
      if ((want >= 0x61 ? got | 0x20 : got) !== want) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  return false;
}
