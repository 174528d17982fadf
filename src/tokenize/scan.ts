/**
 * The tokenizer's core: one linear scan over a string that writes token boundaries, kinds and
 * flags into typed arrays. It runs on normalized text (for {@link tokenize}) and on raw text
 * (for the fast path of {@link sentences}), so it also accepts what normalization removes:
 * format characters, Arabic marks, tatweel and presentation forms.
 *
 * This file holds the dispatch loop and the word scanners; numbers (`./scan-number.ts`),
 * web addresses and e-mail (`./web-address.ts`), abbreviations (`./abbreviation.ts`), hashtags
 * and mentions (`./scan-tag.ts`) and emoji (`./scan-astral.ts`) have their own files.
 * Every loop advances its index; look-aheads that may fail (e-mail local parts, bare domains)
 * remember where they failed, so that no stretch of text is scanned more than a few times.
 *
 * @module
 */
import { WORK } from '../chars/work.js';
import { chainAbbreviation, isArabicAbbreviation, isInitial } from './abbreviation.js';
import { DOT, HASH, AT, isAsciiAlnum, isAsciiDigit } from './ascii.js';
import { C, cls, isLower, P, punctKind } from './classes.js';
import { scanAstral } from './scan-astral.js';
import { scanNumber } from './scan-number.js';
import { attaches, createState, emit, marks, type ScanState } from './scan-state.js';
import { scanTag } from './scan-tag.js';
import { F, K, type TokenBuffer } from './token-buffer.js';
import { LATIN_ABBREVIATIONS } from './tables.js';
import { domainEnd, email, isTld, startsWithUrlPrefix, urlEnd } from './web-address.js';


/** Scans an Arabic-script word at `i` (joined across ZWNJ, marks and tatweel); returns its end. */
function scanArabicWord(st: ScanState, i: number, k: C): number {
  const { text, n } = st;
  let j = i + 1;
  let letters = k === C.Arabic ? 1 : 0;
  for (;;) {
    while (j < n) {
      const kk = cls(text.charCodeAt(j));
      if (kk === C.Arabic) letters++;
      else if (kk !== C.ArabicMark && kk !== C.Tatweel && kk !== C.Mark) break;
      j++;
    }
    if (j >= n) break;
    const kk = cls(text.charCodeAt(j));
    if (kk !== C.Zwnj && kk !== C.Ignorable) break;
    let m = j;
    while (m < n && (cls(text.charCodeAt(m)) === C.Zwnj || cls(text.charCodeAt(m)) === C.Ignorable)) m++;
    const after = m < n ? cls(text.charCodeAt(m)) : C.Other;
    if (after !== C.Arabic && after !== C.Tatweel && after !== C.ArabicMark) break;
    j = m;
  }
  // heh + ZWNJ is the letter ە: normalization gives the ZWNJ to the letter, and so does the word
  if (j < n && text.charCodeAt(j - 1) === 0x0647) while (j < n && text.charCodeAt(j) === 0x200c) j++;
  // د. پ.ز. هتد. — an abbreviation keeps its dot (not a word joined to a number: ١٠ی.); a ZWNJ
  // or format character before the dot is looked through, as normalization removes it there
  let dot = j;
  while (dot < n && (cls(text.charCodeAt(dot)) === C.Zwnj || cls(text.charCodeAt(dot)) === C.Ignorable)) dot++;
  if (dot < n && text.charCodeAt(dot) === DOT && (dot + 1 === n || text.charCodeAt(dot + 1) !== DOT)) {
    if (
      !attaches(st, i, K.Word) &&
      letters > 0 &&
      (letters === 1 ? isInitial(text, i, j) : letters <= 5 && isArabicAbbreviation(text, i, dot))
    ) {
      j = chainAbbreviation(text, dot + 1, C.Arabic);
    }
  }
  emit(st, i, j, K.Word, 0);
  return j;
}

/** Scans a Latin-script token at `i`: a web address, an e-mail, a domain, an abbreviation or a word. */
function scanLatin(st: ScanState, i: number, c: number): number {
  const { text, n } = st;
  if (c === 0x68 || c === 0x48 || c === 0x66 || c === 0x46 || c === 0x77 || c === 0x57) {
    if (startsWithUrlPrefix(text, i)) {
      const e = urlEnd(st, i);
      emit(st, i, e, K.Url, 0);
      return e;
    }
  }
  if (isAsciiAlnum(c)) {
    const e = email(st, i);
    if (e > 0) {
      emit(st, i, e, K.Email, 0);
      return e;
    }
  }
  let j = i + 1;
  let letters = 1;
  let digits = 0;
  while (j < n) {
    const cc = text.charCodeAt(j);
    const kk = cls(cc);
    if (kk === C.Latin) letters++;
    else if (isAsciiDigit(cc)) digits++;
    else if (kk === C.Mark) {
      // part of the letter before it
    } else if ((cc === 0x27 || cc === 0x2019) && j + 1 < n && cls(text.charCodeAt(j + 1)) === C.Latin) {
      // an apostrophe inside a word: don't, Kurdistan's
    } else break;
    j++;
  }
  // a bare domain: rudaw.net, kurdistan24.net/en
  if (j + 1 < n && text.charCodeAt(j) === DOT && i >= st.domainFailUntil && isAsciiAlnum(c)) {
    const d = domainEnd(st, i);
    if (d.end > 0 && isTld(text, d.tldStart, d.end)) {
      const e = d.end < n && text.charCodeAt(d.end) === 0x2f ? urlEnd(st, d.end) : d.end;
      emit(st, i, e, K.Url, 0);
      return e;
    }
    st.domainFailUntil = d.end > 0 ? d.end : j + 1;
  }
  // Dr. Prof. J. e.g. U.S.
  if (j < n && text.charCodeAt(j) === DOT && (j + 1 === n || text.charCodeAt(j + 1) !== DOT)) {
    if (
      !attaches(st, i, K.Latin) &&
      digits === 0 &&
      (letters === 1 || (letters <= 7 && LATIN_ABBREVIATIONS.has(text.slice(i, j).toLowerCase())))
    ) {
      j = chainAbbreviation(text, j + 1, C.Latin);
    }
  }
  emit(st, i, j, K.Latin, isLower(c) ? F.Lower : 0);
  return j;
}

/** Scans a punctuation token at `i`: a run of sentence-final marks, a bracket, a quote, a dash run. */
function scanPunct(st: ScanState, i: number, c: number): number {
  const { text, n } = st;
  const pk = punctKind(c);
  let j = i + 1;
  let kind: K;
  if (pk === P.End) {
    while (j < n && cls(text.charCodeAt(j)) === C.Punct && punctKind(text.charCodeAt(j)) === P.End) j++;
    kind = j === i + 1 && c === DOT ? K.Dot : K.End;
  } else if (pk === P.Open || pk === P.Close || pk === P.Quote) {
    kind = pk === P.Open ? K.Open : pk === P.Close ? K.Close : K.Quote;
  } else {
    while (j < n && text.charCodeAt(j) === c) j++;
    kind = pk === P.Dash ? K.Dash : K.Punct;
  }
  j = marks(st, j);
  emit(st, i, j, kind, 0);
  return j;
}

/** Scans `text` into `out`. */
export function scan(text: string, out: TokenBuffer): void {
  WORK.tokenized += text.length;
  const st = createState(text, out);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = cls(c);
    switch (k) {
      case C.Space:
        st.gap |= F.SpaceBefore;
        i++;
        continue;
      case C.Newline:
        st.gap |= F.SpaceBefore | F.NewlineBefore;
        i++;
        continue;
      case C.Ignorable:
      case C.Zwnj:
        i++;
        continue;
      case C.Arabic:
      case C.ArabicMark:
      case C.Tatweel:
        i = scanArabicWord(st, i, k);
        continue;
      case C.Digit: {
        if (isAsciiDigit(c)) {
          const e = email(st, i);
          if (e > 0) {
            emit(st, i, e, K.Email, 0);
            i = e;
            continue;
          }
        }
        i = scanNumber(st, i);
        continue;
      }
      case C.Latin:
        i = scanLatin(st, i, c);
        continue;
      case C.Punct:
        i = scanPunct(st, i, c);
        continue;
      case C.Symbol: {
        if (c === HASH || c === AT) {
          const e = scanTag(st, i, c);
          if (e > 0) {
            i = e;
            continue;
          }
        }
        let j = i + 1;
        while (j < n && text.charCodeAt(j) === c) j++;
        j = marks(st, j);
        emit(st, i, j, K.Symbol, 0);
        i = j;
        continue;
      }
      case C.Emoji:
      case C.High:
        i = scanAstral(st, i, c, k);
        continue;
      case C.Letter: {
        let j = i + 1;
        while (j < n) {
          const kk = cls(text.charCodeAt(j));
          if (kk === C.Mark || kk === C.Letter) j++;
          else break;
        }
        emit(st, i, j, K.Other, 0);
        i = j;
        continue;
      }
      case C.Mark: {
        const j = marks(st, i + 1);
        // a combining mark with no base: joins the token it touches
        if (st.gap === 0 && out.length > 0 && out.ends[out.length - 1] === i) out.ends[out.length - 1] = j;
        else emit(st, i, j, K.Other, 0);
        i = j;
        continue;
      }
      default: {
        // lone low surrogates, unassigned and private-use code points
        emit(st, i, i + 1, K.Other, 0);
        i++;
      }
    }
  }
}
