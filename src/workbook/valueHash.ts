/**
 * Value hash version 2: the digest of a sheet's non-empty cells in row-major order, as two streams of
 * 32-bit words hashed apart and joined at the end:
 *
 * - structure: a word per row that has a value (its index) and per non-empty cell (its column and
 *   type), then the value: an int32 as itself, any other number as its IEEE-754 bits, a string's (or
 *   an error's) length in UTF-16 units after CRLF / CR → LF;
 * - content: those strings' UTF-16 units, two per word (an odd length ends with a half word).
 *
 * Version 1 built a token string per cell ("n12.5;", "s7:…") and spent four multiplications per UTF-16
 * unit; here nothing is turned into text and two units cost two multiplications. What is left is
 * reading the units (`charCodeAt`, the bulk of the time) and a few operations per cell.
 *
 * Each stream keeps two 32-bit lanes (64 bits of state) and every word enters both. For a fixed word a
 * lane's step (xor or add, multiplication by an odd constant, rotation) is a bijection of the lane, so
 * a difference in one word always survives to the end, and two differences cancel only if they match
 * both lanes at once (about 2^-64 for unrelated data). The final mix runs MurmurHash3's block mix and
 * fmix32 over the four lanes and the stream sizes once per 32-bit output word, with its own seed, so
 * one changed bit changes about half of the 128 output bits. The digest is "v2:" and 32 hex digits.
 */
import type { CellValue } from './snapshot';
import type { PlanValue } from './plan';

export type AnyValue = CellValue | PlanValue | undefined;

export const VALUE_HASH_V2 = 'v2:';

/** See hashLegacy.ts: `Math.imul` bound once is much faster inside jest's vm context. */
const imul = Math.imul;

/**
 * Called as `charCodeAt.call(s, i)`, not `s.charCodeAt(i)`: a sheet's texts come in many string
 * representations (flat, concatenated, sliced, internalised; one or two bytes per unit), so looking the
 * method up on each text finds many maps, and the optimised loop would do a generic (megamorphic)
 * property lookup and call per unit. Taken from String.prototype it compiles to a plain read.
 */
const charCodeAt = String.prototype.charCodeAt;

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

/** Streams a grid's cells in row-major order; empty cells (null, undefined, '') do not count. */
class ValueHasher {
  // The structure stream: words wait in `buffer` (n of them), then go into lanes s1, s2.
  private readonly buffer = new Int32Array(CAPACITY);
  private n = 0;
  private words = 0;
  private s1 = 0xa4093822 | 0;
  private s2 = 0x299f31d0 | 0;
  // The content stream's lanes and size in UTF-16 units.
  private c1 = 0x13198a2e | 0;
  private c2 = 0x03707344 | 0;
  private units = 0;
  private readonly bits = new DataView(new ArrayBuffer(8));

  /**
   * All the rows of a grid. The work is per row, in `row`: V8 compiles this long loop while it runs
   * (on-stack replacement) and any code in or after it that had not run by then would throw the
   * compiled code away at every later sheet; a call per row has run from the first row on.
   */
  rows(values: readonly (readonly AnyValue[])[]): void {
    for (let r = 0; r < values.length; r++) this.row(r, values[r]!);
  }

  digest(): string {
    this.flush();
    const state = [this.s1, this.s2, this.c1, this.c2, this.words, this.units];
    let hex = VALUE_HASH_V2;
    for (const seed of [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a]) hex += (finalMix(seed, state) >>> 0).toString(16).padStart(8, '0');
    return hex;
  }

  /** One row's cells; the content lanes and the buffer's count stay in local variables meanwhile. */
  private row(r: number, cells: readonly AnyValue[]): void {
    const buf = this.buffer;
    let n = this.n;
    let c1 = this.c1;
    let c2 = this.c2;
    let open = false;
    for (let col = 0; col < cells.length; col++) {
      const v = cells[col];
      if (v === null || v === undefined || v === '') continue;
      if (!open) {
        buf[n++] = (r << 3) | TAG_ROW;
        open = true;
      }
      if (typeof v === 'number') {
        if ((v | 0) === v) {
          // Integers, and -0 (as 0).
          buf[n++] = (col << 3) | TAG_INT;
          buf[n++] = v;
        } else {
          const bits = this.bits;
          bits.setFloat64(0, v === v ? v : NaN, true);
          buf[n++] = (col << 3) | TAG_DOUBLE;
          buf[n++] = bits.getInt32(0, true);
          buf[n++] = bits.getInt32(4, true);
        }
      } else if (typeof v === 'boolean') {
        buf[n++] = (col << 3) | (v ? TAG_TRUE : TAG_FALSE);
      } else {
        // A string or an error's text goes to the content lanes; its length (after CRLF / CR → LF) is a structure word.
        buf[n++] = (col << 3) | (typeof v === 'string' ? TAG_STRING : TAG_ERROR);
        // A string cell as it is (no call): `typeof` has told the compiler it is one, so `s.length` is a
        // plain read. `String(…)` of the ternary's result was a call to the String constructor per cell.
        let s = typeof v === 'string' ? v : String(v.error);
        let length = 0;
        for (;;) {
          const end = s.length;
          let i = 0;
          for (; i + 1 < end; i += 2) {
            const lo = charCodeAt.call(s, i);
            const hi = charCodeAt.call(s, i + 1);
            if (lo === CR || hi === CR) break;
            const w = lo | (hi << 16);
            c1 = imul(c1 ^ w, 0x9e3779b1);
            c1 = (c1 << 15) | (c1 >>> 17);
            c2 = imul((c2 + w) | 0, 0x85ebca77);
            c2 = (c2 << 13) | (c2 >>> 19);
          }
          if (i + 1 < end) {
            // A CR ahead (rare): the rest, its line breaks made LF, goes on from this even offset.
            length += i;
            s = lineBreaksToLf(s.slice(i));
            continue;
          }
          if (i < end) {
            const last = charCodeAt.call(s, i);
            const w = last === CR ? LF : last;
            c1 = imul(c1 ^ w, 0x9e3779b1);
            c1 = (c1 << 15) | (c1 >>> 17);
            c2 = imul((c2 + w) | 0, 0x85ebca77);
            c2 = (c2 << 13) | (c2 >>> 19);
          }
          length += end;
          break;
        }
        buf[n++] = length;
        this.units += length;
      }
      if (n > CAPACITY - 4) {
        this.n = n;
        this.flush();
        n = 0;
      }
    }
    this.n = n;
    this.c1 = c1;
    this.c2 = c2;
  }

  /** The buffered structure words into lanes s1, s2. */
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

function lineBreaksToLf(s: string): string {
  return s.replace(/\r\n?/g, '\n');
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

/** The version-2 digest of a grid. */
export function hashRows(values: readonly (readonly AnyValue[])[]): string {
  const h = new ValueHasher();
  h.rows(values);
  return h.digest();
}
