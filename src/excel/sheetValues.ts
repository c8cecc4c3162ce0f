/**
 * A user sheet written as a plain table (the `Cấu hình` form) and the workbook's memory, kept in the
 * very-hidden sheet `_thidua_memory` (src/workbook/memory.ts) rather than in Office.js settings, so the
 * same workbook remembers its answers in Excel and in the browser preview (which reads the .xlsx).
 */
import { MEMORY_SHEET, memoryFromValues, memoryToValues } from '../workbook/memory';
import type { PlanValue } from '../workbook/plan';
import type { ApplyDeps } from './applyPlan';
import { assertSheetNames, removeSheets } from './book';
import { SyncBudget } from './budget';
import { fromOffice, toOffice } from './cellValues';
import { BatchFailedError, SheetProtectedError, WorkbookProtectedError } from './errors';
import { widthOf } from './grid';
import { writeGridInChunks } from './gridWrite';
import { MAX_COLUMNS, MAX_ROWS } from './limits';

/**
 * Writes `values` from A1 and empties the cells outside them (formats stay), creating the sheet when
 * missing. Two syncs: look the sheet up, write. New values are written before old ones are cleared, so
 * a failure never leaves the sheet blank.
 */
export async function writeSheetValues(name: string, values: readonly (readonly PlanValue[])[], deps: ApplyDeps, opts: { veryHidden?: boolean } = {}): Promise<void> {
  let created = false;
  let writing = false;
  try {
    await deps.run(async (context) => {
      const found = context.workbook.worksheets.getItemOrNullObject(name);
      found.load('name,visibility,protection/protected');
      const bookProtection = deps.api.v1_7 ? context.workbook.protection : null;
      if (bookProtection) bookProtection.load('protected');
      await context.sync();

      let ws: Excel.Worksheet;
      if (found.isNullObject) {
        if (bookProtection?.protected) throw new WorkbookProtectedError();
        assertSheetNames([name]);
        writing = true;
        ws = context.workbook.worksheets.add(name);
        created = true;
      } else {
        if (found.protection.protected) throw new SheetProtectedError([found.name]);
        writing = true;
        ws = found;
      }
      const rows = values.length;
      const cols = widthOf(values);
      const budget = new SyncBudget(context);
      await writeGridInChunks(ws, { row: 0, col: 0, rows, cols, rowAt: (i) => Array.from({ length: cols }, (_, c) => toOffice(values[i]![c])) }, budget, (range, grid) => (range.values = grid));
      if (!created) {
        await budget.reserve(0, 2);
        if (rows < MAX_ROWS) ws.getRange(`${rows + 1}:${MAX_ROWS}`).clear('Contents');
        if (rows > 0 && cols < MAX_COLUMNS) ws.getRangeByIndexes(0, cols, rows, MAX_COLUMNS - cols).clear('Contents');
      }
      if (opts.veryHidden && (created || found.visibility !== 'VeryHidden')) ws.visibility = 'VeryHidden';
      await context.sync();
    });
  } catch (e) {
    if (!writing) throw e;
    const { removed, leftOver } = created ? await removeSheets(deps.run, [name]) : { removed: [], leftOver: [] };
    throw new BatchFailedError(e, removed, leftOver);
  }
}

/** The memory table; {} when the workbook has none. One sync, two when the sheet exists. */
export async function loadWorkbookMemory(deps: ApplyDeps): Promise<Record<string, string>> {
  return deps.run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(MEMORY_SHEET);
    ws.load('name');
    await context.sync();
    if (ws.isNullObject) return {};
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('values,rowIndex,columnIndex');
    await context.sync();
    if (used.isNullObject) return {};
    const grid: unknown[][] = [];
    for (let r = 0; r < used.rowIndex; r++) grid.push([]);
    for (const row of used.values) grid.push([...new Array<null>(used.columnIndex).fill(null), ...row.map(fromOffice)]);
    return memoryFromValues(grid);
  });
}

export async function saveWorkbookMemory(memory: Record<string, string>, deps: ApplyDeps): Promise<void> {
  await writeSheetValues(MEMORY_SHEET, memoryToValues(memory), deps, { veryHidden: true });
}
