/**
 * Value hash version 2: the digest of a sheet's non-empty cells in row-major order, as two streams of
 * 32-bit words hashed apart and joined at the end:
 *
 * - structure: a word per row that has a value (its index) and per non-empty cell (its column and
 *   type), then the value: an int32 as itself, any other number as its IEEE-754 bits, a string's length
 *   (in UTF-16 units, after CRLF / CR → LF);
 * - content: the strings' UTF-16 units, two per word (a string of odd length ends with a half word).
 *
 * Nothing is turned into text and the content costs two multiplications per two UTF-16 units, where
 * version 1 built a token string per cell and spent four multiplications per unit. Each stream keeps
 * two 32-bit lanes (64 bits) and every word enters both; for a fixed word a lane's step (xor or add,
 * multiply by an odd constant, rotate) is a bijection of its state, so a difference never vanishes by
 * itself, and the final mix (MurmurHash3's block mix and fmix32 over the four lanes and the stream
 * sizes, once per 32-bit output word with its own seed) gives the avalanche. The digest is "v2:" and
 * 32 hex digits.
 */
import type { CellValue } from './snapshot';
import type { PlanValue } from './plan';

export type AnyValue = CellValue | PlanValue | undefined;

export const VALUE_HASH_V2 = 'v2:';

/** See hashLegacy.ts: `Math.imul` bound once is much faster inside jest's vm context. */
const imul = Math.imul;

// A structure word is a row or column index shifted left by 3, with one of these tags.
const TAG_ROW = 0;
const TAG_INT = 1;
const TAG_DOUBLE = 2;
const TAG_STRING = 3;
const TAG_FALSE = 4;
const TAG_TRUE = 5;
const TAG_ERROR = 6;

const CAPACITY = 256;
const CR = 13;
const LF = 10;

/** Streams cells in row-major order; empty cells (null, undefined, '') do not count. */
class ValueHasher {
  // The structure stream: words buffered, then mixed into two lanes.
  private readonly buffer = new Int32Array(CAPACITY);
  private n = 0;
  private words = 0;
  private s1 = 0xa4093822;
  private s2 = 0x299f31d0;
  // The content stream's lanes and size.
  private c1 = 0x13198a2e;
  private c2 = 0x03707344;
  private units = 0;
  private lastRow = -1;
  private readonly bits = new DataView(new ArrayBuffer(8));

  /**
   * All the cells of a grid. Nothing follows the loop: V8 compiles a long loop while it runs, and code
   * after it that had not run yet would throw that compiled code away on every later call.
   */
  rows(values: readonly (readonly AnyValue[])[]): void {
    for (let r = 0; r < values.length; r++) {
      const row = values[r]!;
      for (let c = 0; c < row.length; c++) this.cell(r, c, row[c]);
    }
  }

  /** One cell at (row, col); rows come in increasing order, columns increasing within a row. */
  private cell(row: number, col: number, v: AnyValue): void {
    if (v === null || v === undefined || v === '') return;
    const buf = this.buffer;
    if (row !== this.lastRow) {
      buf[this.n++] = (row << 3) | TAG_ROW;
      this.lastRow = row;
    }
    if (typeof v === 'string' || typeof v === 'object') {
      buf[this.n++] = (col << 3) | (typeof v === 'string' ? TAG_STRING : TAG_ERROR);
      buf[this.n++] = this.text(typeof v === 'string' ? v : v.error);
    } else if (typeof v === 'number') {
      if ((v | 0) === v) {
        // Integers, and -0 (as 0).
        buf[this.n++] = (col << 3) | TAG_INT;
        buf[this.n++] = v;
      } else {
        const bits = this.bits;
        bits.setFloat64(0, v === v ? v : NaN, true);
        buf[this.n++] = (col << 3) | TAG_DOUBLE;
        buf[this.n++] = bits.getInt32(0, true);
        buf[this.n++] = bits.getInt32(4, true);
      }
    } else {
      buf[this.n++] = (col << 3) | (v ? TAG_TRUE : TAG_FALSE);
    }
    if (this.n > CAPACITY - 4) this.flush();
  }

  digest(): string {
    this.flush();
    const state = [this.s1, this.s2, this.c1, this.c2, this.words, this.units];
    let hex = VALUE_HASH_V2;
    for (const seed of [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a]) hex += (finalMix(seed, state) >>> 0).toString(16).padStart(8, '0');
    return hex;
  }

  /** Mixes a string into the content stream; returns its length after CRLF / CR → LF. */
  private text(s: string): number {
    let a = this.c1;
    let b = this.c2;
    const n = s.length;
    let i = 0;
    for (; i + 1 < n; i += 2) {
      const lo = s.charCodeAt(i);
      const hi = s.charCodeAt(i + 1);
      if (lo === CR || hi === CR) break;
      const w = lo | (hi << 16);
      a = imul(a ^ w, 0x9e3779b1);
      a = (a << 15) | (a >>> 17);
      b = imul((b + w) | 0, 0x85ebca77);
      b = (b << 13) | (b >>> 19);
    }
    if (i + 1 < n) return this.textWithBreaks(s, i, a, b);
    if (i < n) {
      const last = s.charCodeAt(i);
      const w = last === CR ? LF : last;
      a = imul(a ^ w, 0x9e3779b1);
      a = (a << 15) | (a >>> 17);
      b = imul((b + w) | 0, 0x85ebca77);
      b = (b << 13) | (b >>> 19);
    }
    this.c1 = a;
    this.c2 = b;
    this.units += n;
    return n;
  }

  /** A CR at or after the even offset `i` (rare): the rest, its line breaks made LF, continues from there. */
  private textWithBreaks(s: string, i: number, a: number, b: number): number {
    this.c1 = a;
    this.c2 = b;
    this.units += i;
    return i + this.text(s.slice(i).replace(/\r\n?/g, '\n'));
  }

  private flush(): void {
    let a = this.s1;
    let b = this.s2;
    const buf = this.buffer;
    for (let i = 0; i < this.n; i++) {
      const w = buf[i]!;
      a = imul(a ^ w, 0x9e3779b1);
      a = (a << 15) | (a >>> 17);
      b = imul((b + w) | 0, 0x85ebca77);
      b = (b << 13) | (b >>> 19);
    }
    this.s1 = a;
    this.s2 = b;
    this.words += this.n;
    this.n = 0;
  }
}

/** MurmurHash3 (x86, 32-bit) of a few words: its block mix, then fmix32. */
function finalMix(seed: number, words: readonly number[]): number {
  let h = seed;
  for (const w of words) {
    let k = imul(w | 0, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= imul(k, 0x1b873593);
    h = (h << 13) | (h >>> 19);
    h = (imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= words.length * 4;
  h = imul(h ^ (h >>> 16), 0x85ebca6b);
  h = imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** The version-2 digest of a grid, row by row. */
export function hashRows(values: readonly (readonly AnyValue[])[]): string {
  const h = new ValueHasher();
  h.rows(values);
  return h.digest();
}
