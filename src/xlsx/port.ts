/**
 * The WorkbookPort over an in-memory ExcelJS workbook: what the browser preview uses in place of
 * Excel, and what the CLI can use too. `toBuffer()` gives the .xlsx to download.
 */
import { Workbook } from 'exceljs';
import type { PlanValue, SheetPlan, WritePlan } from '../workbook/plan';
import type { ApplyResult, WorkbookPort } from '../workbook/port';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { MEMORY_SHEET, memoryFromValues, memoryToValues } from '../workbook/memory';
import { parseCellAddress } from '../engine';
import { loadWorkbook, sheetSnapshot, snapshotFromWorkbook } from './read';
import { addTemplateSheets, applyPlanToWorkbook, findWorksheet, writeHiddenTable, writeValues } from './write';

export class XlsxWorkbookPort implements WorkbookPort {
  /** The last cell selected through `selectCell` (the preview shows it). */
  selection: { sheet: string; cell: string } | null = null;

  constructor(
    private wb: Workbook,
    readonly label: string,
  ) {}

  static async fromBuffer(buf: ArrayBuffer | Uint8Array, label: string): Promise<XlsxWorkbookPort> {
    return new XlsxWorkbookPort(await loadWorkbook(buf), label);
  }

  /** A new workbook with one empty sheet, like Excel's "Blank workbook". */
  static blank(label = 'Book1.xlsx'): XlsxWorkbookPort {
    const wb = new Workbook();
    wb.addWorksheet('Sheet1');
    return new XlsxWorkbookPort(wb, label);
  }

  get workbook(): Workbook {
    return this.wb;
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    return snapshotFromWorkbook(this.wb, this.label);
  }

  async applyPlan(plan: WritePlan, onProgress?: (done: number, total: number) => void): Promise<ApplyResult> {
    // All or nothing: on failure, go back to the workbook as it was.
    const backup = await this.toBuffer();
    try {
      return applyPlanToWorkbook(this.wb, plan, onProgress);
    } catch (e) {
      this.wb = await loadWorkbook(backup);
      throw e;
    }
  }

  async addSheets(sheets: readonly SheetPlan[]): Promise<readonly string[]> {
    return addTemplateSheets(this.wb, sheets);
  }

  async writeValues(sheet: string, values: readonly (readonly PlanValue[])[]): Promise<void> {
    const existing = findWorksheet(this.wb, sheet);
    const ws = existing ?? this.wb.addWorksheet(sheet);
    if (existing) {
      // Clear the old values (not the formatting) so a shorter table leaves no stale rows.
      ws.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (cell) => {
          if (!(cell.isMerged && cell.master !== cell)) cell.value = null;
        }),
      );
    }
    writeValues(ws, values);
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    const ws = findWorksheet(this.wb, sheet);
    const addr = parseCellAddress(cell.split(':')[0] ?? '');
    if (!ws || !addr) return;
    const index = this.wb.worksheets.indexOf(ws);
    this.wb.views = [{ ...(this.wb.views?.[0] ?? { x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, visibility: 'visible' }), activeTab: index }];
    const view = ws.views?.[0];
    ws.views = [{ ...(view ?? { state: 'normal' }), activeCell: cell.split(':')[0]!.toUpperCase() } as never];
    this.selection = { sheet: ws.name, cell: cell.toUpperCase() };
  }

  async loadMemory(): Promise<Record<string, string>> {
    const ws = findWorksheet(this.wb, MEMORY_SHEET);
    return ws ? memoryFromValues(sheetSnapshot(ws).values) : {};
  }

  async saveMemory(memory: Record<string, string>): Promise<void> {
    writeHiddenTable(this.wb, MEMORY_SHEET, memoryToValues(memory));
  }

  async toBuffer(): Promise<Uint8Array> {
    const buf = await this.wb.xlsx.writeBuffer();
    return new Uint8Array(buf as ArrayBuffer);
  }
}
