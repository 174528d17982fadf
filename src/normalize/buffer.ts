/**
 * A growable buffer of UTF-16 code units, optionally with the `[start, end)` source range of
 * each unit. Normalization stages write into it; {@link CodeBuffer.toString} builds the string.
 *
 * @module
 */

export class CodeBuffer {
  codes: Uint16Array;
  starts: Uint32Array | null;
  ends: Uint32Array | null;
  length = 0;
  /** Set when a lone surrogate was copied (the fast UTF-16 decoder would replace it). */
  loneSurrogate = false;

  constructor(capacity: number, track: boolean) {
    const size = Math.max(16, capacity);
    this.codes = new Uint16Array(size);
    this.starts = track ? new Uint32Array(size) : null;
    this.ends = track ? new Uint32Array(size) : null;
  }

  /** Doubles the capacity. */
  grow(): void {
    const size = this.codes.length * 2;
    const codes = new Uint16Array(size);
    codes.set(this.codes);
    this.codes = codes;
    if (this.starts && this.ends) {
      const starts = new Uint32Array(size);
      starts.set(this.starts);
      this.starts = starts;
      const ends = new Uint32Array(size);
      ends.set(this.ends);
      this.ends = ends;
    }
  }

  /** Makes room for `more` code units beyond the current length. */
  reserve(more: number): void {
    while (this.length + more > this.codes.length) this.grow();
  }

  /** Removes the first `count` code units, moving the rest to the front. */
  dropFirst(count: number): void {
    this.codes.copyWithin(0, count, this.length);
    if (this.starts && this.ends) {
      this.starts.copyWithin(0, count, this.length);
      this.ends.copyWithin(0, count, this.length);
    }
    this.length -= count;
  }

  /** Appends one code unit that stands for the source range `[start, end)`. */
  push(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow();
    const n = this.length++;
    this.codes[n] = code;
    if (this.starts) {
      this.starts[n] = start;
      this.ends![n] = end;
    }
  }

  /** Replaces the last code unit, widening its source range to reach `end`. */
  replaceLast(code: number, end: number): void {
    const n = this.length - 1;
    this.codes[n] = code;
    if (this.ends && end > this.ends[n]!) this.ends[n] = end;
  }

  /** The code unit `back` places before the end (1 = the last), or -1. */
  last(back = 1): number {
    const n = this.length - back;
    return n >= 0 ? this.codes[n]! : -1;
  }

  toString(): string {
    const { codes, length } = this;
    if (UTF16 !== null && !this.loneSurrogate && length > 64) {
      return UTF16.decode(new Uint8Array(codes.buffer, codes.byteOffset, length * 2));
    }
    const CHUNK = 8192;
    if (length <= CHUNK) return String.fromCharCode.apply(null, codes.subarray(0, length) as unknown as number[]);
    const parts: string[] = [];
    for (let i = 0; i < length; i += CHUNK) {
      parts.push(
        String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]),
      );
    }
    return parts.join('');
  }
}

/** A UTF-16LE decoder when the platform is little-endian (as every current one is), else null. */
const UTF16: InstanceType<typeof TextDecoder> | null = (() => {
  try {
    if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) return null;
    return new TextDecoder('utf-16le', { ignoreBOM: true });
  } catch {
    return null;
  }
})();
