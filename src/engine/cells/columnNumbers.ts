/**
 * The row of column numbers that Vietnamese administrative tables often put under their header
 * ("(1) | (2) | (3)…" or "A | B | 1 | 2…"): part of the header, never data.
 */
import type { SheetGrid } from './grid';
import { cleanText } from './text';

const NUMBER_MARK = /^\(?(\d{1,2})\)?$/;
const LETTER_MARK = /^\(?([A-Z])\)?$/;

/**
 * True when every filled cell of row r (at least 3) is a column mark: numbers counting up by one from
 * 1–3, letters counting up by one (A, B, …).
 */
export function isColumnNumberRow(grid: SheetGrid, r: number): boolean {
  if (r < 0 || r >= grid.rowCount) return false;
  let filled = 0;
  let last: number | null = null;
  let lastLetter: number | null = null;
  for (let c = 0; c < grid.colCount; c++) {
    if (grid.isMergedTail(r, c)) continue;
    const v = grid.raw(r, c);
    if (v === null || v === '') continue;
    const t = typeof v === 'number' ? String(v) : typeof v === 'string' ? cleanText(v) : '';
    if (!t) continue;
    filled++;
    const n = NUMBER_MARK.exec(t);
    const l = n ? null : LETTER_MARK.exec(t);
    if (n) {
      const x = Number(n[1]);
      if (last === null ? x > 3 : x !== last + 1) return false;
      last = x;
    } else if (l) {
      const x = l[1]!.charCodeAt(0);
      if (lastLetter !== null && x !== lastLetter + 1) return false;
      lastLetter = x;
    } else return false;
  }
  return filled >= 3;
}

/** The first data row after a header ending at `lastHeaderRow`, skipping a column-number row. */
export function firstDataRow(grid: SheetGrid, lastHeaderRow: number): number {
  return isColumnNumberRow(grid, lastHeaderRow + 1) ? lastHeaderRow + 2 : lastHeaderRow + 1;
}
