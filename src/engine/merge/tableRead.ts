/**
 * A table under a header as the merge needs it: the header block (one row, or two when the key
 * column's header is merged down over a second row of sub-headers), a label per column that joins
 * the header block's texts, and the data rows (not hidden, not the signature block, not a row of
 * column numbers). Used for the lists and the units-in-rows scoring sheets.
 */
import type { SheetGrid } from '../cells/grid';
import type { HeaderMatch } from '../cells/headers';
import { cellText } from '../cells/values';
import { looseKey } from '../cells/text';
import { isFooterRow } from './criteriaRows';

export interface TableColumn {
  readonly c: number;
  /** The header texts of the column, top to bottom, distinct, joined by " / ". */
  readonly label: string;
  /** Folded label: how columns are matched across files. */
  readonly key: string;
}

export interface TableRead {
  readonly top: number;
  readonly bottom: number;
  /** Every column of the header block up to the last labelled one (label may be empty). */
  readonly columns: readonly TableColumn[];
  readonly rows: readonly number[];
  readonly hidden: number;
}

function columnLabel(grid: SheetGrid, top: number, bottom: number, c: number): string {
  const parts: string[] = [];
  for (let r = top; r <= bottom; r++) {
    const t = cellText(grid.get(r, c));
    if (t && !parts.includes(t)) parts.push(t);
  }
  return parts.join(' / ');
}

/** A row of column numbers under a header: (1) (2) (3) … or 1 2 3 …, increasing. */
export function isNumberingRow(grid: SheetGrid, r: number): boolean {
  const nums: number[] = [];
  for (let c = 0; c < grid.colCount; c++) {
    if (grid.isMergedTail(r, c)) continue;
    const t = cellText(grid.raw(r, c));
    if (!t) continue;
    const m = /^\(?(\d{1,2})\)?$/.exec(t);
    if (!m) return false;
    nums.push(Number(m[1]));
  }
  return nums.length >= 2 && nums.every((n, i) => i === 0 || n > nums[i - 1]!);
}

export function readTable(grid: SheetGrid, header: HeaderMatch, keyCol: number): TableRead {
  const top = header.row;
  let bottom = top;
  while (bottom + 1 < grid.rowCount && bottom - top < 2 && grid.isMergedTail(bottom + 1, keyCol)) bottom++;
  const all: TableColumn[] = [];
  let last = -1;
  for (let c = 0; c < grid.colCount; c++) {
    const label = columnLabel(grid, top, bottom, c);
    all.push({ c, label, key: looseKey(label) });
    if (label) last = c;
  }
  const columns = all.slice(0, last + 1);
  const rows: number[] = [];
  let hidden = 0;
  const headerKey = looseKey(cellText(grid.get(top, keyCol)));
  for (let r = bottom + 1; r < grid.rowCount; r++) {
    if (grid.isEmptyRow(r)) continue;
    if (isFooterRow(grid, r, [keyCol])) break;
    const key = cellText(grid.get(r, keyCol));
    if (!key) continue;
    // A row of column numbers under the header, or the header repeated on a printed page break.
    if (isNumberingRow(grid, r) || looseKey(key) === headerKey) continue;
    if (grid.isHiddenRow(r)) {
      hidden++;
      continue;
    }
    rows.push(r);
  }
  return { top, bottom, columns, rows, hidden };
}
