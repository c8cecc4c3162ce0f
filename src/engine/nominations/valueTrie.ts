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
 * The reading of each distinct combination of values in a fixed list of columns: one map per level,
 * walked with the row's values (one lookup per column). `compute` gets the row the combination was
 * first seen on; the reading must depend only on those columns' values.
 */
export class ValueTrie<T> {
  private readonly root = new Map<CellValue, unknown>();
  private readonly last: number;

  /** `cols`: the 0-based columns of the key, in order (none: every row shares one reading). */
  constructor(
    private readonly cols: readonly number[],
    private readonly compute: (r: number) => T,
  ) {
    this.last = cols.length - 1;
  }

  /** The reading of row `r`, whose values (merges resolved, errors excluded) are `values`. */
  rowReading(values: readonly CellValue[], r: number): T {
    let level = this.root;
    for (let i = 0; i < this.last; i++) {
      const k = values[this.cols[i]!] ?? null;
      let next = level.get(k) as Map<CellValue, unknown> | undefined;
      if (next === undefined) level.set(k, (next = new Map()));
      level = next;
    }
    const k = this.last < 0 ? null : (values[this.cols[this.last]!] ?? null);
    const x = level.get(k) as T | undefined;
    return x === undefined ? firstReading(level, k, this.compute, r) : x;
  }
}

/**
 * Reads a value seen for the first time and keeps the reading. Every dictionary's first readings go
 * through this one call site: seen calling many functions, it is never inlined, so the lookups (run on
 * every row) stay small to compile and the readings (run once per distinct value) are compiled apart,
 * if ever.
 */
function firstReading<A, T>(map: Map<CellValue, unknown>, key: CellValue, compute: (a: A) => T, a: A): T {
  const x = compute(a);
  map.set(key, x);
  return x;
}
