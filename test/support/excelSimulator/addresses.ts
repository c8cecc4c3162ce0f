/** A1 addresses inside the simulator: rectangles are 0-based and inclusive. */
import { SimError } from './errors';

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface Rect {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

export const WHOLE_SHEET: Rect = { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 };

export function colLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function bad(address: string): SimError {
  return new SimError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: '${address}'.`);
}

/** Splits "'My sheet'!A1:B2" into the sheet name (unquoted) and the local address. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

/** "A1", "A1:C5", "$A$1", "3:5" (whole rows), "B:D" (whole columns). */
export function parseLocalAddress(address: string): Rect {
  const a = address.trim().replace(/\$/g, '');
  const parts = a.split(':');
  if (parts.length > 2 || parts[0] === '') throw bad(address);
  const cell = /^([A-Za-z]{1,3})(\d+)$/;
  const row = /^(\d+)$/;
  const col = /^([A-Za-z]{1,3})$/;
  const p0 = parts[0]!;
  const p1 = parts[1] ?? p0;
  let rect: Rect;
  const m0 = cell.exec(p0);
  const m1 = cell.exec(p1);
  if (m0 && m1) {
    rect = norm(Number(m0[2]) - 1, colIndex(m0[1]!), Number(m1[2]) - 1, colIndex(m1[1]!));
  } else if (parts.length === 2 && row.test(p0) && row.test(p1)) {
    rect = norm(Number(p0) - 1, 0, Number(p1) - 1, MAX_COLS - 1);
  } else if (parts.length === 2 && col.test(p0) && col.test(p1)) {
    rect = norm(0, colIndex(p0), MAX_ROWS - 1, colIndex(p1));
  } else throw bad(address);
  if (rect.r0 < 0 || rect.c0 < 0 || rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLS) throw bad(address);
  return rect;
}

function norm(r0: number, c0: number, r1: number, c1: number): Rect {
  return { r0: Math.min(r0, r1), c0: Math.min(c0, c1), r1: Math.max(r0, r1), c1: Math.max(c0, c1) };
}

/** Excel quotes a sheet name in an address unless it is a plain identifier. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function localAddress(r: Rect): string {
  const wholeRows = r.c0 === 0 && r.c1 === MAX_COLS - 1;
  const wholeCols = r.r0 === 0 && r.r1 === MAX_ROWS - 1;
  if (wholeRows && !wholeCols) return `${r.r0 + 1}:${r.r1 + 1}`;
  if (wholeCols && !wholeRows) return `${colLetters(r.c0)}:${colLetters(r.c1)}`;
  const a = `${colLetters(r.c0)}${r.r0 + 1}`;
  const b = `${colLetters(r.c1)}${r.r1 + 1}`;
  return a === b ? a : `${a}:${b}`;
}

export function sheetAddress(sheet: string, r: Rect): string {
  return `${quoteSheet(sheet)}!${localAddress(r)}`;
}

export function cellCount(r: Rect): number {
  return (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1);
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function contains(a: Rect, r: number, c: number): boolean {
  return r >= a.r0 && r <= a.r1 && c >= a.c0 && c <= a.c1;
}

/** A sub-rectangle given relative to `base` (getCell, getRow, getRangeByIndexes...), bounds-checked. */
export function subRect(base: Rect, row: number, col: number, rows: number, cols: number): Rect {
  const r: Rect = { r0: base.r0 + row, c0: base.c0 + col, r1: base.r0 + row + rows - 1, c1: base.c0 + col + cols - 1 };
  if (rows < 1 || cols < 1 || r.r0 < 0 || r.c0 < 0 || r.r1 >= MAX_ROWS || r.c1 >= MAX_COLS) {
    throw new SimError('InvalidArgument', `The argument is invalid or missing or has an incorrect format (row ${row}, column ${col}, ${rows}×${cols}).`);
  }
  return r;
}
