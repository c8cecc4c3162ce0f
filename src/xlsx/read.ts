/**
 * ExcelJS → WorkbookSnapshot. Works in Node and in the browser (no fs here). Formula cells give their
 * cached result, rich text its plain text, dates their Excel serial, error values {error}; merged
 * cells other than the top-left read as empty (the engine reads a merged area as its top-left value).
 */
import { Workbook } from 'exceljs';
import type { Cell, Worksheet } from 'exceljs';
import type { CellRange, CellValue, SheetSnapshot, SheetVisibility, WorkbookSnapshot } from '../workbook/snapshot';

/** Excel's serial of 1970-01-01 (1900 date system). */
const EPOCH_SERIAL = 25569;

export function dateToExcelSerial(d: Date): number {
  // ExcelJS turns a serial into a UTC Date; undo exactly that (a date cell has no time zone).
  return d.getTime() / 86400000 + EPOCH_SERIAL;
}

function richTextOf(v: { richText: { text: string }[] }): string {
  return v.richText.map((r) => r.text).join('');
}

/** Converts any value ExcelJS can hold into the snapshot's CellValue. */
export function toCellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : dateToExcelSerial(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.error === 'string') return { error: o.error };
    if (Array.isArray(o.richText)) return richTextOf(o as { richText: { text: string }[] });
    if ('formula' in o || 'sharedFormula' in o) return 'result' in o ? toCellValue(o.result) : null;
    if ('hyperlink' in o) return toCellValue(o.text);
    if ('text' in o) return toCellValue(o.text);
  }
  return null;
}

/** ExcelJS's `cell.value` drops a falsy cached result (0, "", false); `cell.result` keeps it. */
function cellValueOf(cell: Cell): CellValue {
  const v = cell.value as unknown;
  if (v !== null && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) return toCellValue(cell.result ?? null);
  return toCellValue(v);
}

function isMergeTail(cell: Cell): boolean {
  return cell.isMerged && cell.master !== cell;
}

function mergesOf(ws: Worksheet): CellRange[] {
  const out: CellRange[] = [];
  const merges = (ws as unknown as { _merges: Record<string, { model: { top: number; left: number; bottom: number; right: number } }> })._merges;
  for (const m of Object.values(merges ?? {})) {
    const { top, left, bottom, right } = m.model;
    out.push({ r0: top - 1, c0: left - 1, r1: bottom - 1, c1: right - 1 });
  }
  return out.sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
}

export function sheetSnapshot(ws: Worksheet): SheetSnapshot {
  const values: CellValue[][] = [];
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (row.hidden) hiddenRows.push(rowNumber - 1);
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (isMergeTail(cell)) return;
      const v = cellValueOf(cell);
      if (v === null || v === '') return;
      while (cells.length < colNumber - 1) cells.push(null);
      cells[colNumber - 1] = v;
    });
    if (cells.length === 0) return;
    while (values.length < rowNumber - 1) values.push([]);
    values[rowNumber - 1] = cells;
  });
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  return {
    name: ws.name,
    visibility: (ws.state === 'hidden' || ws.state === 'veryHidden' ? ws.state : 'visible') as SheetVisibility,
    values,
    merges: mergesOf(ws),
    hiddenRows,
    protected: !!protection?.sheet,
  };
}

export function snapshotFromWorkbook(wb: Workbook, source?: string): WorkbookSnapshot {
  return { sheets: wb.worksheets.map(sheetSnapshot), ...(source !== undefined ? { source } : {}) };
}

/** Loads an .xlsx from bytes; throws what ExcelJS throws on a broken file (callers translate). */
export async function loadWorkbook(buf: ArrayBuffer | Uint8Array): Promise<Workbook> {
  const wb = new Workbook();
  const bytes = buf instanceof Uint8Array ? buf : new Uint8Array(buf);
  // ExcelJS accepts a Node Buffer or an ArrayBuffer; hand it an exact ArrayBuffer slice in both worlds.
  const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  await wb.xlsx.load(ab);
  return wb;
}

export async function readSnapshotFromBuffer(buf: ArrayBuffer | Uint8Array, source?: string): Promise<WorkbookSnapshot> {
  return snapshotFromWorkbook(await loadWorkbook(buf), source);
}
