/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- ExcelJS cells, not Office.js proxies: nothing to load or sync. */
/**
 * WritePlan → ExcelJS workbook, 1:1: deletes the owned sheets the plan names, creates or replaces
 * (in place, same tab position) the planned sheets, and rewrites the very-hidden `_thidua`. No other
 * sheet is touched. Strings are always written as text cells, never as formulas.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { PlanValue, SheetPlan, WritePlan } from '../workbook/plan';
import { forEachLink } from '../workbook/plan';
import type { ApplyResult } from '../workbook/port';
import { cellAddress, sameSheetName } from '../engine';
import { cellKey, cellStyles, toExcelStyle } from './styles';
import { hyperlinkFormula } from '../workbook/hyperlinkFormula';

/** Excel's paper size code for A4. */
const PAPER_A4 = 9;

export class PlanApplyError extends Error {
  override readonly name = 'PlanApplyError';
}

export function findWorksheet(wb: Workbook, name: string): Worksheet | undefined {
  return wb.worksheets.find((ws) => sameSheetName(ws.name, name));
}

/** Kept here for callers of the .xlsx writer; it lives with the HYPERLINK formula builder now. */
export { sheetRef } from '../workbook/hyperlinkFormula';

function displayText(v: PlanValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/**
 * Writes one plan into an empty worksheet. Each folded plan style becomes one ExcelJS style object shared
 * by its cells: ExcelJS registers a style object once when it writes the file (it remembers the objects
 * it has seen), where a fresh object per cell is looked up font by font, border by border — most of the
 * time of a 50,000-row write. Nothing changes a cell's style object afterwards (cells get whole objects).
 */
export function writeSheetPlan(ws: Worksheet, plan: SheetPlan): void {
  plan.columnWidths.forEach((w, c) => {
    const col = ws.getColumn(c + 1);
    col.width = w;
    col.font = { name: plan.font.name, size: plan.font.size };
  });
  for (const m of plan.merges) ws.mergeCells(m.r0 + 1, m.c0 + 1, m.r1 + 1, m.c1 + 1);

  const styles = cellStyles(plan);
  const excelStyles = styles.styles.map((s) => toExcelStyle(s, plan.font));
  const plain = toExcelStyle(undefined, plan.font);
  const formulas = new Map(plan.formulas.map((f) => [cellKey(f.row, f.col), f]));
  const links = new Map<number, { sheet: string; cell: string }>();
  forEachLink(plan, (row, col, sheet, cell) => links.set(cellKey(row, col), { sheet, cell }));
  let rows = plan.values.length;
  let cols = plan.columnWidths.length;
  for (const r of plan.values) cols = Math.max(cols, r.length);
  for (const s of plan.styles) {
    rows = Math.max(rows, s.range.r1 + 1);
    cols = Math.max(cols, s.range.c1 + 1);
  }
  for (const f of plan.formulas) rows = Math.max(rows, f.row + 1);

  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      const k = cellKey(r, c);
      const tail = cell.isMerged && cell.master !== cell;
      if (!tail) {
        const v = plan.values[r]?.[c];
        const f = formulas.get(k);
        const link = links.get(k);
        if (f) cell.value = { formula: f.formula, result: f.result } as never;
        else if (link) {
          const text = displayText(v);
          const formula = text !== '' ? hyperlinkFormula(text, link.sheet, link.cell) : null;
          cell.value = formula ? ({ formula, result: typeof v === 'number' ? v : text } as never) : v ?? null;
        } else if (v !== null && v !== undefined && v !== '') cell.value = v;
      }
      const id = styles.ids.get(k);
      cell.style = id === undefined ? plain : excelStyles[id]!;
    }
  }

  for (const { r0, count, height } of plan.rowHeights ?? []) for (let r = r0; r < r0 + count; r++) ws.getRow(r + 1).height = height;
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0)) {
    ws.views = [{ state: 'frozen', xSplit: plan.freeze.cols, ySplit: plan.freeze.rows, topLeftCell: cellAddress(plan.freeze.rows, plan.freeze.cols), activeCell: 'A1' }];
  }
  const p = plan.print;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: PAPER_A4,
    orientation: p.orientation,
    fitToPage: true,
    fitToWidth: p.fitToWidth,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { ...p.margins, header: 0.3, footer: 0.3 },
    ...(p.repeatRows ? { printTitlesRow: `${p.repeatRows.r0 + 1}:${p.repeatRows.r1 + 1}` } : {}),
  };
  ws.headerFooter = { ...ws.headerFooter, oddFooter: p.footer, evenFooter: p.footer, firstFooter: p.footer };
}

/** Writes plain values (the ownership table, the memory sheet, the settings form) as text-safe cells. */
export function writeValues(ws: Worksheet, values: readonly (readonly PlanValue[])[]): void {
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== '') ws.getCell(r + 1, c + 1).value = v;
    }),
  );
}

function replaceWorksheet(wb: Workbook, old: Worksheet, name: string): Worksheet {
  const orderNo = (old as unknown as { orderNo: number }).orderNo;
  wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(name);
  (ws as unknown as { orderNo: number }).orderNo = orderNo;
  return ws;
}

/** Replaces (or creates, very hidden, as the last tab) a system sheet such as `_thidua` with plain values. */
export function writeHiddenTable(wb: Workbook, name: string, values: readonly (readonly PlanValue[])[]): void {
  const old = findWorksheet(wb, name);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(name);
  ws.state = 'veryHidden';
  writeValues(ws, values);
}

export function applyPlanToWorkbook(wb: Workbook, plan: WritePlan, onProgress?: (done: number, total: number) => void): ApplyResult {
  // Check everything first so a bad plan changes nothing.
  for (const a of plan.actions) {
    const existing = findWorksheet(wb, a.name);
    const deletedBefore = plan.deletions.some((d) => sameSheetName(d, a.name));
    if (a.kind === 'create' && existing && !deletedBefore) throw new PlanApplyError(`Trang tính «${a.name}» đã có trong sổ tính; kế hoạch ghi không khớp sổ tính này.`);
    if (a.kind === 'replace' && !existing) throw new PlanApplyError(`Không tìm thấy trang tính «${a.name}» để ghi đè.`);
  }
  const total = plan.actions.length + 1;
  const deleted: string[] = [];
  for (const name of plan.deletions) {
    const ws = findWorksheet(wb, name);
    if (ws) {
      wb.removeWorksheet(ws.id);
      deleted.push(ws.name);
    }
  }
  const written: string[] = [];
  plan.actions.forEach((a, i) => {
    const old = a.kind === 'replace' ? findWorksheet(wb, a.name) : undefined;
    const ws = old ? replaceWorksheet(wb, old, a.name) : wb.addWorksheet(a.name);
    writeSheetPlan(ws, a.plan);
    written.push(a.name);
    onProgress?.(i + 1, total);
  });
  writeHiddenTable(wb, plan.ownershipSheet, plan.ownershipValues);
  keepActiveTabVisible(wb);
  onProgress?.(total, total);
  return { written, deleted, degraded: [] };
}

/** Adds the example sheets; sheets whose name exists are left alone. Returns the names added. */
export function addTemplateSheets(wb: Workbook, plans: readonly SheetPlan[]): string[] {
  const added: string[] = [];
  for (const p of plans) {
    if (findWorksheet(wb, p.name)) continue;
    writeSheetPlan(wb.addWorksheet(p.name), p);
    added.push(p.name);
  }
  return added;
}

/** Excel refuses to open a workbook whose active tab is a hidden sheet. */
function keepActiveTabVisible(wb: Workbook): void {
  const sheets = wb.worksheets;
  const views = wb.views ?? [];
  const active = views[0]?.activeTab ?? 0;
  if (sheets[active] && sheets[active]!.state !== 'visible') {
    const firstVisible = sheets.findIndex((s) => s.state === 'visible');
    if (views[0] && firstVisible >= 0) views[0].activeTab = firstVisible;
  }
}
