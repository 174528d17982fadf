/**
 * Tokens of the scanner: kinds, flags and the growable parallel arrays that hold them.
 *
 * @module
 */

/** Token kinds of the scanner (finer than the public token types for punctuation). */
export const enum K {
  Word = 0,
  Number,
  Latin,
  Url,
  Email,
  Hashtag,
  Mention,
  Emoji,
  Symbol,
  Other,
  /** A sentence-final mark or a run of them (`؟`, `...`, `?!`), but not a single full stop. */
  End,
  /** A single full stop. */
  Dot,
  Open,
  Close,
  Quote,
  Dash,
  Punct,
}

/** Flags of a token. */
export const enum F {
  /** Whitespace between the previous token and this one. */
  SpaceBefore = 1,
  /** A line break between the previous token and this one. */
  NewlineBefore = 2,
  /** A suffix or clitic written joined to the number, Latin word or closing mark before it. */
  Attached = 4,
  /** A Latin token that starts with a lower-case letter. */
  Lower = 8,
}

/** Growable parallel arrays of tokens. */
export class TokenBuffer {
  starts: Int32Array;
  ends: Int32Array;
  kinds: Uint8Array;
  flags: Uint8Array;
  length = 0;

  constructor(capacity: number) {
    const n = Math.max(16, capacity);
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
    this.kinds = new Uint8Array(n);
    this.flags = new Uint8Array(n);
  }

  push(start: number, end: number, kind: K, flags: number): void {
    if (this.length === this.starts.length) this.grow();
    const i = this.length++;
    this.starts[i] = start;
    this.ends[i] = end;
    this.kinds[i] = kind;
    this.flags[i] = flags;
  }

  private grow(): void {
    const n = this.starts.length * 2;
    const s = new Int32Array(n);
    s.set(this.starts);
    this.starts = s;
    const e = new Int32Array(n);
    e.set(this.ends);
    this.ends = e;
    const k = new Uint8Array(n);
    k.set(this.kinds);
    this.kinds = k;
    const f = new Uint8Array(n);
    f.set(this.flags);
    this.flags = f;
  }
}
