/**
 * What the task pane needs from a workbook, whichever adapter provides it: Office.js inside Excel,
 * or ExcelJS over an .xlsx file in the browser preview. Components receive a port; none touches Excel.
 */
import type { WorkbookSnapshot } from './snapshot';
import type { PlanValue, SheetPlan, WritePlan } from './plan';

export interface ApplyResult {
  /** Names of the sheets written, in order. */
  readonly written: readonly string[];
  /** Owned sheets deleted because this run no longer produces them. */
  readonly deleted: readonly string[];
  /** Things the writer could not do in this host (e.g. print setup below ExcelApi 1.9), in Vietnamese. */
  readonly degraded: readonly string[];
}

export interface WorkbookPort {
  /** A short name for the host: "Excel" or the .xlsx file name. */
  readonly label: string;
  readSnapshot(): Promise<WorkbookSnapshot>;
  /** Writes a resolved plan; all or nothing (a failure leaves no half-written output). */
  applyPlan(plan: WritePlan, onProgress?: (done: number, total: number) => void): Promise<ApplyResult>;
  /** Adds plain sheets (the example template); refuses names that exist. */
  addSheets(sheets: readonly SheetPlan[]): Promise<readonly string[]>;
  /** Writes the values of a user sheet (the `Cấu hình` form), creating it if missing. */
  writeValues(sheet: string, values: readonly (readonly PlanValue[])[]): Promise<void>;
  /** Activates the sheet and selects the cell (a finding's location). */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Small per-workbook memory (sheet roles confirmed by the user), stored in the workbook. */
  loadMemory(): Promise<Record<string, string>>;
  saveMemory(memory: Record<string, string>): Promise<void>;
}
