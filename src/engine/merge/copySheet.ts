/** A sheet taken whole from one file (the settings, a criteria table): values and merges as they are. */
import type { PlanValue } from '../../workbook/plan';
import type { SheetGrid } from '../cells/grid';
import type { MergedRole, MergedSheet } from './types';
import { columnWidths, toPlanValue } from './values';

export function copySheet(name: string, role: MergedRole, grid: SheetGrid, headerRow: number): MergedSheet {
  const rows: PlanValue[][] = grid.sheet.values.map((row) => row.map((v) => toPlanValue(v)));
  return {
    name,
    role,
    rows,
    merges: grid.sheet.merges.map((m) => ({ ...m })),
    widths: columnWidths(rows, 6, 60),
    headerRow,
    headerRowCount: 1,
    dateColumns: [],
  };
}
