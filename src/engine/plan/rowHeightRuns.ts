/**
 * The row heights of a sheet while its plan is built: one number per row in a typed array (0 = the
 * default height), turned into the plan's runs of equal heights at the end. No object and no
 * dictionary key per row: a 50,000-row list has a few runs of one height.
 */
import type { RowHeightRun } from '../../workbook/plan';

export class RowHeights {
  private heights: Float64Array;

  constructor(rows = 64) {
    this.heights = new Float64Array(Math.max(16, rows));
  }

  /** Row `r` (0-based) is `height` points tall (> 0). */
  set(r: number, height: number): void {
    if (r >= this.heights.length) this.grow(r);
    this.heights[r] = height;
  }

  /** Row `r` is at least `height` points tall. */
  raise(r: number, height: number): void {
    if (r >= this.heights.length) this.grow(r);
    if (height > this.heights[r]!) this.heights[r] = height;
  }

  /** Row `r` takes the default height again. */
  clear(r: number): void {
    if (r < this.heights.length) this.heights[r] = 0;
  }

  /** The height set for row `r`, or undefined. */
  get(r: number): number | undefined {
    const h = r < this.heights.length ? this.heights[r]! : 0;
    return h > 0 ? h : undefined;
  }

  /** Runs of consecutive rows of one height, ascending. */
  runs(): RowHeightRun[] {
    const out: RowHeightRun[] = [];
    const h = this.heights;
    let r = 0;
    while (r < h.length) {
      const height = h[r]!;
      if (height > 0) {
        let end = r + 1;
        while (end < h.length && h[end] === height) end++;
        out.push({ r0: r, count: end - r, height });
        r = end;
      } else r++;
    }
    return out;
  }

  private grow(r: number): void {
    let size = this.heights.length * 2;
    while (size <= r) size *= 2;
    const next = new Float64Array(size);
    next.set(this.heights);
    this.heights = next;
  }
}
