/**
 * Queues everything of one SheetPlan on a worksheet, except print setup (see printSetup.ts): the sheet
 * font, the cells as whole 2-D arrays (formulas through `formulas`), styles, merges, column widths and
 * row heights, frozen panes and internal hyperlinks.
 *
 * Internal hyperlinks on text cells are HYPERLINK("#'Sheet'!B7","text") formulas inside the formula grid
 * (as the .xlsx writer does, src/workbook/hyperlinkFormula.ts), not one `hyperlink` operation each: the
 * cell reads back its text, which is what the ownership hash expects. Only a link on a number, a
 * boolean, an empty cell or a text too long for a formula string is set through `Range.hyperlink`.
 * Row heights come as runs of equal heights: one operation per distinct height over all its runs
 * (`getRanges`, ExcelApi 1.9), in address lists of at most AREAS_ADDRESS_CHARS characters; below 1.9,
 * one per run.
 * No area spans more than MAX_FORMAT_ROWS rows (a longer run of equal heights is cut).
 *
 * Column widths: the plan gives Excel's character unit; a .xlsx `<col width="w">` shows as about 7·w
 * pixels with the default Calibri 11 (its digit is 7 px wide and the unit already includes the cell
 * padding), and Office.js takes points (¾ of a pixel), so points = round(7·w) · 0.75.
 */
import type { PlanFormula, PlanValue, SheetPlan } from '../workbook/plan';
import { forEachLink, linkCount } from '../workbook/plan';
import { hyperlinkFormula } from '../workbook/hyperlinkFormula';
import { documentReference } from './addresses';
import type { SyncBudget } from './budget';
import { toOffice } from './cellValues';
import { extentOf } from './grid';
import { MAX_FORMAT_ROWS } from './limits';
import { writeGridInChunks } from './gridWrite';
import type { ApiSupport } from './requirements';
import { addressLists, queueStyles } from './styles';

export type OfficeCell = string | number | boolean;

export function columnWidthPoints(width: number): number {
  return Math.round(width * 7) * 0.75;
}

/** A formula that names another sheet; written after the sheets have their final names. */
export function isCrossSheet(f: PlanFormula): boolean {
  return f.formula.includes('!');
}

/** The plan's cells as one grid of Office.js input: guarded text, numbers, booleans and "=…" formulas. */
export function planGrid(plan: SheetPlan, skipFormula: (f: PlanFormula) => boolean, linkFormulas: ReadonlyMap<number, string> = new Map()): { rows: OfficeCell[][]; cols: number; formulaRows: Set<number> } {
  const { rows: nrows, cols } = extentOf(plan.values, plan.formulas);
  const rows: OfficeCell[][] = [];
  for (let r = 0; r < nrows; r++) {
    const src: readonly PlanValue[] = plan.values[r] ?? [];
    const row = new Array<OfficeCell>(cols);
    for (let c = 0; c < cols; c++) row[c] = toOffice(src[c]);
    rows.push(row);
  }
  const formulaRows = new Set<number>();
  for (const [k, formula] of linkFormulas) {
    const r = Math.floor(k / LINK_KEY);
    rows[r]![k % LINK_KEY] = `=${formula}`;
    formulaRows.add(r);
  }
  for (const f of plan.formulas) {
    if (skipFormula(f)) {
      // Its cell stays empty until the formula is written; the cached result is not text to keep.
      rows[f.row]![f.col] = '';
    } else {
      rows[f.row]![f.col] = `=${f.formula}`;
      formulaRows.add(f.row);
    }
  }
  return { rows, cols, formulaRows };
}

const LINK_KEY = 1 << 14;

/**
 * The plan's links that travel as HYPERLINK formulas (key row·2^14 + col): those on a non-empty text
 * cell without a formula of its own, when the host has hyperlinks at all (ExcelApi 1.7).
 */
export function hyperlinkFormulas(plan: SheetPlan, api: ApiSupport): Map<number, string> {
  const out = new Map<number, string>();
  if (!api.v1_7 || linkCount(plan) === 0) return out;
  const formulaCells = new Set(plan.formulas.map((f) => f.row * LINK_KEY + f.col));
  forEachLink(plan, (row, col, sheet, cell) => {
    const k = row * LINK_KEY + col;
    const v = plan.values[row]?.[col];
    if (formulaCells.has(k) || typeof v !== 'string' || v === '') return;
    const formula = hyperlinkFormula(v, sheet, cell);
    if (formula !== null) out.set(k, formula);
  });
  return out;
}

/** Writes the cells in pieces; a piece that holds a formula goes through `formulas`, the rest `values`. */
export async function queueCells(ws: Excel.Worksheet, plan: SheetPlan, budget: SyncBudget, skipFormula: (f: PlanFormula) => boolean, linkFormulas: ReadonlyMap<number, string> = new Map()): Promise<void> {
  const { rows, cols, formulaRows } = planGrid(plan, skipFormula, linkFormulas);
  await writeGridInChunks(ws, { row: 0, col: 0, rows: rows.length, cols, rowAt: (i) => rows[i]! }, budget, (range, grid, start, end) => {
    let hasFormula = false;
    for (let r = start; r < end && !hasFormula; r++) hasFormula = formulaRows.has(r);
    if (hasFormula) range.formulas = grid;
    else range.values = grid;
  });
}

/** Consecutive equal values as runs: [start, length, value]. */
function runs(get: (i: number) => number | undefined, n: number): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let i = 0; i < n; i++) {
    const v = get(i);
    if (v !== undefined) addRun(out, i, 1, v);
  }
  return out;
}

/** The plan's runs of row heights as [start, length, height], adjacent runs of one height joined. */
function heightRuns(plan: SheetPlan): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (const { r0, count, height } of plan.rowHeights ?? []) addRun(out, r0, count, height);
  return out;
}

/** Appends a run of `length` items of `value` from `start`, joined to the last run when it continues it; invalid sizes skipped. */
function addRun(out: [number, number, number][], start: number, length: number, value: number): void {
  if (!Number.isFinite(value) || value < 0 || length <= 0) return;
  const last = out[out.length - 1];
  if (last && last[0] + last[1] === start && last[2] === value) last[1] += length;
  else out.push([start, length, value]);
}

/** Everything but the cells and print setup. Returns notes of what this host could not do. */
export async function queueLayout(ws: Excel.Worksheet, plan: SheetPlan, budget: SyncBudget, api: ApiSupport, linkFormulas: ReadonlyMap<number, string> = new Map()): Promise<('FREEZE_UNSUPPORTED' | 'HYPERLINKS_UNSUPPORTED')[]> {
  const notes: ('FREEZE_UNSUPPORTED' | 'HYPERLINKS_UNSUPPORTED')[] = [];
  await queueStyles(ws, plan.styles, budget, api.v1_9);
  for (const m of plan.merges) {
    if (m.r1 < m.r0 || m.c1 < m.c0 || (m.r0 === m.r1 && m.c0 === m.c1)) continue;
    await budget.reserve();
    ws.getRangeByIndexes(m.r0, m.c0, m.r1 - m.r0 + 1, m.c1 - m.c0 + 1).merge(false);
  }
  for (const [c, n, w] of runs((i) => plan.columnWidths[i], plan.columnWidths.length)) {
    await budget.reserve();
    ws.getRangeByIndexes(0, c, 1, n).format.columnWidth = columnWidthPoints(w);
  }
  await queueRowHeights(ws, plan, budget, api);
  const freeze = plan.freeze;
  if (freeze && (freeze.rows > 0 || freeze.cols > 0)) {
    if (!api.v1_7) notes.push('FREEZE_UNSUPPORTED');
    else {
      await budget.reserve();
      if (freeze.cols === 0) ws.freezePanes.freezeRows(freeze.rows);
      else if (freeze.rows === 0) ws.freezePanes.freezeColumns(freeze.cols);
      else ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, freeze.rows, freeze.cols));
    }
  }
  if (linkCount(plan) && !api.v1_7) notes.push('HYPERLINKS_UNSUPPORTED');
  else {
    const operations: { row: number; col: number; sheet: string; cell: string }[] = [];
    forEachLink(plan, (row, col, sheet, cell) => {
      if (!linkFormulas.has(row * LINK_KEY + col)) operations.push({ row, col, sheet, cell });
    });
    for (const h of operations) {
      await budget.reserve(h.sheet.length * 3 + h.cell.length + 40);
      ws.getRangeByIndexes(h.row, h.col, 1, 1).hyperlink = { documentReference: documentReference(h.sheet, h.cell) };
    }
  }
  return notes;
}

/** Runs of at most `max` items: a longer run is cut into consecutive pieces. */
export function cutRuns(all: readonly [number, number, number][], max: number): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (const [start, n, v] of all) for (let i = 0; i < n; i += max) out.push([start + i, Math.min(max, n - i), v]);
  return out;
}

async function queueRowHeights(ws: Excel.Worksheet, plan: SheetPlan, budget: SyncBudget, api: ApiSupport): Promise<void> {
  const all = cutRuns(heightRuns(plan), MAX_FORMAT_ROWS);
  if (!api.v1_9) {
    for (const [r, n, h] of all) {
      await budget.reserve();
      ws.getRangeByIndexes(r, 0, n, 1).format.rowHeight = h;
    }
    return;
  }
  const byHeight = new Map<number, string[]>();
  for (const [r, n, h] of all) {
    const list = byHeight.get(h) ?? [];
    list.push(`${r + 1}:${r + n}`);
    byHeight.set(h, list);
  }
  for (const [h, list] of byHeight) {
    for (const address of addressLists(list)) {
      await budget.reserve(address.length);
      ws.getRanges(address).format.rowHeight = h;
    }
  }
}

/** The sheet's default font: set on the whole sheet, so every cell that a style does not change has it. */
export async function queueFont(ws: Excel.Worksheet, plan: SheetPlan, budget: SyncBudget): Promise<void> {
  await budget.reserve(0, 2);
  const font = ws.getRange().format.font;
  font.name = plan.font.name;
  font.size = plan.font.size;
}
