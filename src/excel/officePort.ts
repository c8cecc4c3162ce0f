/**
 * The WorkbookPort over Office.js. `run` is injected (Excel.run in the add-in, the simulator's run in
 * tests) and so is `isSetSupported` (Office.context.requirements.isSetSupported), so a test chooses
 * both the workbook and the host's requirement sets.
 */
import type { Lang } from '../engine';
import type { PlanValue, SheetPlan, WritePlan } from '../workbook/plan';
import type { ApplyResult, WorkbookPort } from '../workbook/port';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { addPlainSheets } from './addSheets';
import type { ApplyDeps } from './applyPlan';
import { applyWritePlan } from './applyPlan';
import type { ExcelRun } from './book';
import { selectSheetCell } from './navigation';
import { readWorkbookSnapshot } from './readSnapshot';
import type { IsSetSupported } from './requirements';
import { apiSupport, officeIsSetSupported } from './requirements';
import { loadWorkbookMemory, saveWorkbookMemory, writeSheetValues } from './sheetValues';

export interface OfficePortOptions {
  /** Default: Office.context.requirements.isSetSupported. */
  readonly isSetSupported?: IsSetSupported;
  /** Language of `degraded` notes (errors carry both). Default: Vietnamese. */
  readonly lang?: Lang;
  /** Default: "Excel". */
  readonly label?: string;
}

export interface OfficePort extends WorkbookPort {
  /** Notes of the last addSheets call (print setup this host could not do), in the port's language. */
  readonly lastDegraded: readonly string[];
}

export function createOfficePort(run: ExcelRun = Excel.run, options: OfficePortOptions = {}): OfficePort {
  const lang = options.lang ?? 'vi';
  // Requirement sets are asked once per call: office.js answers only after Office.onReady.
  const deps = (): ApplyDeps => ({ run, api: apiSupport(options.isSetSupported ?? officeIsSetSupported), lang });
  let lastDegraded: readonly string[] = [];
  return {
    label: options.label ?? 'Excel',
    get lastDegraded() {
      return lastDegraded;
    },
    readSnapshot(): Promise<WorkbookSnapshot> {
      const d = deps();
      return readWorkbookSnapshot(run, d.api, lang);
    },
    applyPlan(plan: WritePlan, onProgress?: (done: number, total: number) => void): Promise<ApplyResult> {
      return applyWritePlan(plan, deps(), onProgress);
    },
    async addSheets(sheets: readonly SheetPlan[]): Promise<readonly string[]> {
      const r = await addPlainSheets(sheets, deps());
      lastDegraded = r.degraded;
      return r.names;
    },
    writeValues(sheet: string, values: readonly (readonly PlanValue[])[]): Promise<void> {
      return writeSheetValues(sheet, values, deps());
    },
    selectCell(sheet: string, cell: string): Promise<void> {
      return selectSheetCell(run, sheet, cell);
    },
    loadMemory(): Promise<Record<string, string>> {
      return loadWorkbookMemory(deps());
    },
    saveMemory(memory: Record<string, string>): Promise<void> {
      return saveWorkbookMemory(memory, deps());
    },
  };
}
