/**
 * The corpus's workbooks as plain data, built by code (never hand-edited binaries): sheets of rows with
 * merges, hidden rows, visibility and protection, turned into an ExcelJS workbook and its .xlsx bytes.
 */
import { Workbook } from 'exceljs';

/** A cell as typed: a value, a Date (stored by Excel as a date serial), an error value or a formula. */
export type CellInput = string | number | boolean | null | Date | { error: string } | { formula: string; result?: number | string | { error: string } };

export interface SheetSpec {
  name: string;
  rows: CellInput[][];
  /** A1 ranges ("A1:C1"). */
  merges?: string[];
  /** 1-based row numbers. */
  hiddenRows?: number[];
  state?: 'visible' | 'hidden' | 'veryHidden';
  /** Protect Sheet (no password). */
  protect?: boolean;
}

export type BookSpec = SheetSpec[];

export function toWorkbook(book: BookSpec): Workbook {
  const wb = new Workbook();
  wb.creator = 'corpus';
  for (const s of book) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v as never;
      }),
    );
    for (const m of s.merges ?? []) ws.mergeCells(m);
    for (const r of s.hiddenRows ?? []) ws.getRow(r).hidden = true;
    if (s.state) ws.state = s.state;
    if (s.protect) void ws.protect('', {});
  }
  return wb;
}

export async function workbookBytes(wb: Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export async function bookBytes(book: BookSpec): Promise<Uint8Array> {
  return workbookBytes(toWorkbook(book));
}

/** A deep copy, so a case can change the base book without touching the shared one. */
export function cloneBook(book: BookSpec): BookSpec {
  return book.map((s) => ({ ...s, rows: s.rows.map((r) => [...r]), merges: [...(s.merges ?? [])], hiddenRows: [...(s.hiddenRows ?? [])] }));
}

export function sheetOf(book: BookSpec, name: string): SheetSpec {
  const s = book.find((x) => x.name === name);
  if (!s) throw new Error(`corpus: no sheet ${name}`);
  return s;
}

/** Sets one cell by A1 address. */
export function setCell(sheet: SheetSpec, address: string, v: CellInput): void {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`corpus: bad address ${address}`);
  let c = 0;
  for (const ch of m[1]!) c = c * 26 + (ch.charCodeAt(0) - 64);
  const r = Number(m[2]) - 1;
  while (sheet.rows.length <= r) sheet.rows.push([]);
  const row = sheet.rows[r]!;
  while (row.length < c) row.push(null);
  row[c - 1] = v;
}

/** A1 range → 0-based inclusive rectangle. */
export function parseRange(a1: string): { r0: number; c0: number; r1: number; c1: number } {
  const [a, b = a] = a1.split(':');
  const one = (x: string): [number, number] => {
    const m = /^([A-Z]+)(\d+)$/.exec(x)!;
    let c = 0;
    for (const ch of m[1]!) c = c * 26 + (ch.charCodeAt(0) - 64);
    return [Number(m[2]) - 1, c - 1];
  };
  const [r0, c0] = one(a!);
  const [r1, c1] = one(b);
  return { r0, c0, r1, c1 };
}
