/**
 * Shows a finding's cell: activates its sheet and selects the cell, in one sync. Only when Excel
 * refuses does a second sync find out why (the sheet is gone or hidden), for a message that says so.
 */
import type { ExcelRun } from './book';
import { SelectFailedError, SheetHiddenError, SheetNotFoundError } from './errors';

export async function selectSheetCell(run: ExcelRun, sheet: string, cell: string): Promise<void> {
  try {
    await run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  } catch (e) {
    const visibility = await run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
      ws.load('visibility');
      await context.sync();
      return ws.isNullObject ? null : ws.visibility;
    }).catch(() => undefined);
    if (visibility === null) throw new SheetNotFoundError(sheet);
    if (visibility !== undefined && visibility !== 'Visible') throw new SheetHiddenError(sheet, cell);
    throw new SelectFailedError(sheet, cell, e);
  }
}
