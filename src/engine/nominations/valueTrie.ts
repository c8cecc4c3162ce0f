/**
 * Readings of raw cell values, worked out once per DISTINCT value (or combination of values) of a sheet:
 * a 50,000-row list holds a few thousand distinct units, dates of birth or rating/leave/initiative
 * combinations, so a row costs one map lookup per cell instead of cleaning, folding and parsing its text
 * again. Keys are the raw values as the snapshot holds them (`''` and `null` are distinct keys that read
 * alike). Both classes live for one sheet read: no state outlives it.
 */
import type { CellValue } from '../../workbook/snapshot';

/** The reading of each distinct value of one column. */
export class ValueDict<T> {
  private readonly map = new Map<CellValue, T>();

  constructor(private readonly compute: (v: CellValue) => T) {}

  readingOf(v: CellValue | undefined): T {
    const k = v === undefined ? null : v;
    const x = this.map.get(k);
    return x === undefined ? firstReading(this.map, k, this.compute, k) : x;
  }

  get size(): number {
    return this.map.size;
  }
}

/**
 * The reading of each distinct combination of values in a fixed list of columns. Most of a row's key
 * cells are usually empty: a row is keyed by which of the columns hold a value (a bit mask, read
 * without any lookup) and then by those values only, one map per filled column, so a row with one
 * filled key cell costs one or two lookups however many columns the key has, and a row with none costs
 * none (its reading is kept apart). Empty means `null`, `undefined` (past the row's end) or `''`: `compute` gets the row the
 * combination was first seen on and must read those alike (as every cell reader does), and the reading
 * must depend only on the key columns' values.
 */
export class ValueTrie<T> {
  /** By mask: the first level of the filled columns' values (under `null` for the empty mask's reading). */
  private readonly roots = new Map<number, Map<CellValue, unknown>>();
  private lastMask = -1;
  private lastRoot: Map<CellValue, unknown> = new Map();
  /** The reading of the rows with every key cell empty (none yet: undefined). */
  private none: T | undefined = undefined;
  /** More key columns than a mask holds: every column is a level, its empty values included. */
  private readonly wide: boolean;

  /** `cols`: the 0-based columns of the key, in order (none: every row shares one reading). */
  constructor(
    private readonly cols: readonly number[],
    private readonly compute: (r: number) => T,
  ) {
    this.wide = cols.length > MASK_BITS;
  }

  /** The reading of row `r`, whose values (merges resolved, errors excluded) are `values`. */
  rowReading(values: readonly CellValue[], r: number): T {
    if (this.wide) return this.wideReading(values, r);
    const cols = this.cols;
    let mask = 0;
    for (let i = 0; i < cols.length; i++) {
      const v = values[cols[i]!];
      if (v !== null && v !== undefined && v !== '') mask |= 1 << i;
    }
    if (mask === 0) return this.none ?? this.noneReading(r);
    let level = this.lastRoot;
    if (mask !== this.lastMask) {
      level = this.rootOf(mask);
      this.lastMask = mask;
      this.lastRoot = level;
    }
    // Each filled column but the last is a level; the last one's value keys the reading.
    let k: CellValue = null;
    for (let m = mask; m !== 0; ) {
      const bit = m & -m;
      m ^= bit;
      k = values[cols[31 - Math.clz32(bit)]!]!;
      if (m === 0) break;
      let next = level.get(k) as Map<CellValue, unknown> | undefined;
      if (next === undefined) level.set(k, (next = new Map()));
      level = next;
    }
    const x = level.get(k) as T | undefined;
    return x === undefined ? firstReading(level, k, this.compute, r) : x;
  }

  /** The reading of the rows with every key cell empty, first read on row `r`. */
  private noneReading(r: number): T {
    return (this.none = firstReading(this.rootOf(0), null, this.compute, r));
  }

  private rootOf(mask: number): Map<CellValue, unknown> {
    let root = this.roots.get(mask);
    if (root === undefined) this.roots.set(mask, (root = new Map()));
    return root;
  }

  /** Every key column a level (`''` and `null` distinct keys that read alike). */
  private wideReading(values: readonly CellValue[], r: number): T {
    let level = this.rootOf(-1);
    const last = this.cols.length - 1;
    for (let i = 0; i < last; i++) {
      const k = values[this.cols[i]!] ?? null;
      let next = level.get(k) as Map<CellValue, unknown> | undefined;
      if (next === undefined) level.set(k, (next = new Map()));
      level = next;
    }
    const k = values[this.cols[last]!] ?? null;
    const x = level.get(k) as T | undefined;
    return x === undefined ? firstReading(level, k, this.compute, r) : x;
  }
}

/** Key columns a mask holds (bit 31 left alone: masks stay small non-negative integers). */
const MASK_BITS = 30;

/**
 * Reads a value seen for the first time and keeps the reading. Every dictionary's first readings (and
 * the unit keys' memo's, ./unitKey) go through this one call site: seen calling many functions, it is never inlined, so the lookups (run on
 * every row) stay small to compile and the readings (run once per distinct value) are compiled apart,
 * if ever.
 */
export function firstReading<K, A, T>(map: Map<K, unknown>, key: K, compute: (a: A) => T, a: A): T {
  const x = compute(a);
  map.set(key, x);
  return x;
}
