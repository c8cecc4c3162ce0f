/**
 * A data cell as the engine trusts it: a merged area's value belongs to its top-left cell only, so the
 * other cells of the area read as empty (some readers copy the value into every cell of a merge, and a
 * score merged over two rows must not count twice). Header labels use SheetGrid.get instead.
 */
import type { CellValue } from '../../workbook/snapshot';
import type { SheetGrid } from '../cells/grid';

export function dataCell(grid: SheetGrid, r: number, c: number): CellValue {
  return grid.isMergedTail(r, c) ? null : grid.raw(r, c);
}
