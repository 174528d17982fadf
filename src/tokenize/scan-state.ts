/**
 * The state of one scan: the text, the token buffer, the whitespace seen since the last token
 * and the look-ahead memos; {@link emit} writes a token with its flags.
 *
 * @module
 */
import { C, cls } from './classes.js';
import { F, K, type TokenBuffer } from './token-buffer.js';

/** The state of one scan over `text`. */
export interface ScanState {
  readonly text: string;
  readonly n: number;
  readonly out: TokenBuffer;
  /** `F.SpaceBefore | F.NewlineBefore` seen since the last token. */
  gap: number;
  /** An e-mail local part starting before this index is known to fail. */
  emailFailUntil: number;
  /** A bare domain starting before this index is known to fail. */
  domainFailUntil: number;
  /** Separator positions of the current digit chain (one array reused for the whole scan). */
  readonly seps: number[];
}

export function createState(text: string, out: TokenBuffer): ScanState {
  return { text, n: text.length, out, gap: 0, emailFailUntil: 0, domainFailUntil: 0, seps: [] };
}

/** True when a word of `kind` starting at `start` is a suffix joined to the token before. */
export function attaches(st: ScanState, start: number, kind: K): boolean {
  const out = st.out;
  if (st.gap !== 0 || out.length === 0 || out.ends[out.length - 1] !== start) return false;
  const prev = out.kinds[out.length - 1]!;
  return (
    prev === K.Number ||
    prev === K.Close ||
    (prev === K.Latin && kind === K.Word) ||
    (prev === K.Quote && (out.flags[out.length - 1]! & F.SpaceBefore) === 0)
  );
}

/** Writes a token `[start, end)` of `kind` with the gap flags, `extra` flags and `Attached`. */
export function emit(st: ScanState, start: number, end: number, kind: K, extra: number): void {
  let flags = st.gap | extra;
  if ((kind === K.Word || kind === K.Latin) && attaches(st, start, kind)) flags |= F.Attached;
  st.out.push(start, end, kind, flags);
  st.gap = 0;
}

/** Index after the combining marks at `j`. */
export function marks(st: ScanState, j: number): number {
  const { text, n } = st;
  while (j < n && cls(text.charCodeAt(j)) === C.Mark) j++;
  return j;
}
