/**
 * The row heights of a sheet while its plan is built: one small integer per row in a typed array (the
 * number of the row's height among the sheet's few distinct heights, 0 = the default height), turned
 * into the plan's runs of equal heights at the end. No object and no dictionary key per row, and no
 * number boxed when the rows are read back: a 50,000-row list has a few runs of one height.
 */
import type { RowHeightRun } from '../../workbook/plan';
import { linesHeight } from './rowHeights';

export class RowHeights {
  /** By row: the number of its height in `heights` (0: default). */
  private ids: Int32Array;
  /** The distinct heights set, by number (from 1). */
  private readonly heights: number[] = [0];

  constructor(rows = 64) {
    this.ids = new Int32Array(Math.max(16, rows));
  }

  /** Row `r` (0-based) is `height` points tall (> 0). */
  set(r: number, height: number): void {
    if (r >= this.ids.length) this.grow(r);
    this.ids[r] = this.idOf(height);
  }

  /**
   * The height of each row `start + i` (i < count) that takes more than one line (`lines[i]`): one loop,
   * no call per row (the height's number is looked up when the lines change from the row before).
   */
  setLines(start: number, lines: ArrayLike<number>, count: number): void {
    if (count <= 0) return;
    if (start + count > this.ids.length) this.grow(start + count - 1);
    const ids = this.ids;
    let lastLines = 0;
    let lastId = 0;
    for (let i = 0; i < count; i++) {
      const n = lines[i]!;
      if (!(n > 1)) continue;
      if (n !== lastLines) {
        lastLines = n;
        lastId = this.idOf(linesHeight(n));
      }
      ids[start + i] = lastId;
    }
  }

  /** Row `r` is at least `height` points tall. */
  raise(r: number, height: number): void {
    const current = this.get(r);
    if (current === undefined || height > current) this.set(r, height);
  }

  /** Row `r` takes the default height again. */
  clear(r: number): void {
    if (r < this.ids.length) this.ids[r] = 0;
  }

  /** The height set for row `r`, or undefined. */
  get(r: number): number | undefined {
    const id = r < this.ids.length ? this.ids[r]! : 0;
    return id > 0 ? this.heights[id] : undefined;
  }

  /** Runs of consecutive rows of one height, ascending. */
  runs(): RowHeightRun[] {
    return heightRuns(this.ids, this.heights);
  }

  private idOf(height: number): number {
    const heights = this.heights;
    for (let id = 1; id < heights.length; id++) if (heights[id] === height) return id;
    heights.push(height);
    return heights.length - 1;
  }

  private grow(r: number): void {
    let size = this.ids.length * 2;
    while (size <= r) size *= 2;
    const next = new Int32Array(size);
    next.set(this.ids);
    this.ids = next;
  }
}

function heightRuns(ids: Int32Array, heights: readonly number[]): RowHeightRun[] {
  const out: RowHeightRun[] = [];
  const n = ids.length;
  let r = 0;
  while (r < n) {
    const id = ids[r]!;
    if (id === 0) {
      r++;
      continue;
    }
    let end = r + 1;
    while (end < n && ids[end] === id) end++;
    out.push({ r0: r, count: end - r, height: heights[id]! });
    r = end;
  }
  return out;
}
