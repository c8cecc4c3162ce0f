/**
 * An in-memory WorkbookPort over a snapshot, for component tests: it applies write plans the way an
 * adapter would (sheets created/replaced/deleted, `_thidua` very hidden), and records what it was asked.
 */
import type { PlanValue, SheetPlan, WritePlan } from '../../../src/workbook/plan';
import type { ApplyResult, WorkbookPort } from '../../../src/workbook/port';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../src/workbook/snapshot';
import { MEMORY_SHEET, memoryFromValues, memoryToValues } from '../../../src/workbook/memory';

function values(rows: readonly (readonly PlanValue[])[]): CellValue[][] {
  return rows.map((r) => [...r]);
}

function planSheet(p: SheetPlan, name: string): SheetSnapshot {
  const grid = values(p.values);
  for (const f of p.formulas) {
    while (grid.length <= f.row) grid.push([]);
    const row = grid[f.row]!;
    while (row.length <= f.col) row.push(null);
    row[f.col] = f.result;
  }
  return { name, visibility: 'visible', values: grid, merges: [...p.merges] };
}

export class FakePort implements WorkbookPort {
  sheets: SheetSnapshot[];
  readonly calls: string[] = [];
  selections: { sheet: string; cell: string }[] = [];
  /** Set to make the next call fail, to test error display. */
  failNext: Error | null = null;

  constructor(
    snapshot: WorkbookSnapshot,
    readonly label = 'Sổ thử.xlsx',
  ) {
    this.sheets = snapshot.sheets.map((s) => ({ ...s }));
  }

  private enter(name: string): void {
    this.calls.push(name);
    if (this.failNext) {
      const e = this.failNext;
      this.failNext = null;
      throw e;
    }
  }

  sheet(name: string): SheetSnapshot | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    this.enter('readSnapshot');
    return { sheets: this.sheets.map((s) => ({ ...s })), source: this.label };
  }

  async applyPlan(plan: WritePlan, onProgress?: (done: number, total: number) => void): Promise<ApplyResult> {
    this.enter('applyPlan');
    this.sheets = this.sheets.filter((s) => !plan.deletions.includes(s.name));
    plan.actions.forEach((a, i) => {
      const next = planSheet(a.plan, a.name);
      const at = this.sheets.findIndex((s) => s.name === a.name);
      if (at >= 0) this.sheets[at] = next;
      else this.sheets.push(next);
      onProgress?.(i + 1, plan.actions.length);
    });
    const own: SheetSnapshot = { name: plan.ownershipSheet, visibility: 'veryHidden', values: values(plan.ownershipValues), merges: [] };
    const at = this.sheets.findIndex((s) => s.name === plan.ownershipSheet);
    if (at >= 0) this.sheets[at] = own;
    else this.sheets.push(own);
    return { written: plan.actions.map((a) => a.name), deleted: [...plan.deletions], degraded: [] };
  }

  async addSheets(sheets: readonly SheetPlan[]): Promise<readonly string[]> {
    this.enter('addSheets');
    const added: string[] = [];
    for (const p of sheets) {
      if (this.sheet(p.name)) continue;
      this.sheets.push(planSheet(p, p.name));
      added.push(p.name);
    }
    return added;
  }

  async writeValues(sheet: string, rows: readonly (readonly PlanValue[])[]): Promise<void> {
    this.enter(`writeValues:${sheet}`);
    const next: SheetSnapshot = { name: sheet, visibility: 'visible', values: values(rows), merges: [] };
    const at = this.sheets.findIndex((s) => s.name === sheet);
    if (at >= 0) this.sheets[at] = { ...this.sheets[at]!, values: next.values };
    else this.sheets.push(next);
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.enter('selectCell');
    this.selections.push({ sheet, cell });
  }

  async loadMemory(): Promise<Record<string, string>> {
    this.enter('loadMemory');
    const s = this.sheet(MEMORY_SHEET);
    return s ? memoryFromValues(s.values) : {};
  }

  async saveMemory(memory: Record<string, string>): Promise<void> {
    this.enter('saveMemory');
    const s: SheetSnapshot = { name: MEMORY_SHEET, visibility: 'veryHidden', values: values(memoryToValues(memory)), merges: [] };
    const at = this.sheets.findIndex((x) => x.name === MEMORY_SHEET);
    if (at >= 0) this.sheets[at] = s;
    else this.sheets.push(s);
  }
}
