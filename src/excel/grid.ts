/** Sizes of plan grids without spreading large arrays into Math.max (V8 caps the argument count). */
import type { PlanFormula } from '../workbook/plan';

/** The widest row. */
export function widthOf(rows: readonly (readonly unknown[])[]): number {
  let w = 0;
  for (const r of rows) if (r.length > w) w = r.length;
  return w;
}

/** Rows and columns a plan's values and formulas cover. */
export function extentOf(values: readonly (readonly unknown[])[], formulas: readonly PlanFormula[]): { rows: number; cols: number } {
  let rows = values.length;
  let cols = widthOf(values);
  for (const f of formulas) {
    if (f.row + 1 > rows) rows = f.row + 1;
    if (f.col + 1 > cols) cols = f.col + 1;
  }
  return { rows, cols };
}
