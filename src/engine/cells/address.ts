/** A1-style addresses from 0-based row/column indexes. */

/** Letters of the first 702 columns (A … ZZ), computed once: addresses are built for every row read. */
const LETTERS: readonly string[] = Array.from({ length: 702 }, (_, c) => lettersOf(c));

export function columnLetter(col: number): string {
  return (col >= 0 && col < 702 ? LETTERS[col] : undefined) ?? lettersOf(col);
}

function lettersOf(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "F7" for row 6, column 5. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** "C5:E9". */
export function rangeAddress(r0: number, c0: number, r1: number, c1: number): string {
  return `${cellAddress(r0, c0)}:${cellAddress(r1, c1)}`;
}

/** Parses "F7" into 0-based row/col; null when it is not a plain A1 address. */
export function parseCellAddress(a: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(a.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** "Khối THCS!F7" — how a cell is named in messages. */
export function sheetCell(sheet: string, row: number, col: number): string {
  return `${sheet}!${cellAddress(row, col)}`;
}
