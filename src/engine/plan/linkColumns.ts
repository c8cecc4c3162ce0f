/**
 * Links from one column of every body row to a cell elsewhere (the check list links each nomination to
 * its source), stored by the column: the targets' sheet and cell strings (the analysis's own) in two
 * arrays, not an object per row.
 */
import type { PlanLinkColumn } from '../../workbook/plan';

/** The link from column `col` of each body row i (sheet row `start + i`) to targets[i]. */
export function linkColumn(col: number, start: number, targets: readonly { readonly sheet: string; readonly cell: string }[]): PlanLinkColumn {
  const sheets = new Array<string>(targets.length);
  const cells = new Array<string>(targets.length);
  copyTargets(targets, sheets, cells);
  return { col, r0: start, sheets, cells };
}

/**
 * The loop in a function of its own: compiled while it runs (on-stack replacement), it then meets no
 * code after it that it has not seen.
 */
function copyTargets(targets: readonly { readonly sheet: string; readonly cell: string }[], sheets: string[], cells: string[]): void {
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i]!;
    sheets[i] = target.sheet;
    cells[i] = target.cell;
  }
}
