/**
 * The criteria rows of a criteria sheet or of a criteria-in-rows scoring sheet (§3.2, §3.3), as the
 * merge needs them: a key per criterion to line rows up across files, and what is compared (code,
 * text, maximum, type). Reading is the bloc engine's (`parseCriteriaRows`, silent mode), so the merge
 * and `score` agree on codes, hierarchy and keys.
 */
import type { HeaderMatch } from '../cells/headers';
import { findHeaderRow } from '../cells/headers';
import type { SheetGrid } from '../cells/grid';
import { cellText } from '../cells/values';
import { containsAny, looseKey } from '../cells/text';
import { FindingSink } from '../findings/types';
import type { CriterionType } from '../model';
import { CRITERIA_COLUMNS, criteriaColumnsOf } from '../criteria/columns';
import { parseCriteriaRows } from '../criteria/parseCriteria';

export { CRITERIA_COLUMNS };

export interface CriteriaRow {
  /** 0-based sheet row. */
  readonly r: number;
  /** Hierarchical key ("II.1.2", "II.1.a"): the same as `score` gives the criterion. */
  readonly key: string;
  readonly code: string;
  readonly content: string;
  readonly max: number | null;
  readonly type: CriterionType;
}

/** Labels of a total line ("Tổng cộng"): layout, recomputed by `score`, never a criterion. */
export const TOTAL_LABELS = ['tong', 'tong cong', 'cong', 'tong diem', 'tong so diem', 'trung binh', 'binh quan'];

/** Lines under the table that end it (the signature block of a form). */
const FOOTER_WORDS = ['người lập', 'người lập biểu', 'hiệu trưởng', 'thủ trưởng', 'thủ trưởng đơn vị', 'xác nhận', 'khối trưởng', 'cụm trưởng', 'chủ tịch', 't/m', 'tm.', 'ký tên'];

/** True when a cell's text is a signature title ("Người lập biểu", "HIỆU TRƯỞNG", "T/M …"). */
function isFooterText(text: string): boolean {
  const t = looseKey(text);
  return t !== '' && FOOTER_WORDS.some((w) => t === looseKey(w) || t.startsWith(`${looseKey(w)} `));
}

/**
 * True when the row starts the signature block under a table: its key columns (a code, a name) are
 * empty or hold a signature title, and some cell holds one. "Chủ tịch công đoàn" in the Chức vụ column
 * of a filled row is data, not a footer.
 */
export function isFooterRow(grid: SheetGrid, r: number, keyCols: readonly number[]): boolean {
  for (const c of keyCols) {
    const t = cellText(grid.get(r, c));
    if (t !== '' && !isFooterText(t)) return false;
  }
  for (let c = 0; c < grid.colCount; c++) {
    if (!grid.isMergedTail(r, c) && isFooterText(cellText(grid.raw(r, c)))) return true;
  }
  return false;
}

export function findCriteriaHeader(grid: SheetGrid): HeaderMatch | null {
  return findHeaderRow(grid, CRITERIA_COLUMNS);
}

/** Column of the maximum points: `Điểm chuẩn`… or a bare `Điểm`. */
export function maxColumn(header: HeaderMatch): number | null {
  return criteriaColumnsOf(header).max;
}

/** Reads the criteria under `firstRow`; hidden rows are skipped and counted. */
export function readCriteriaRows(grid: SheetGrid, header: HeaderMatch, firstRow: number): { rows: CriteriaRow[]; hidden: number } {
  const parse = parseCriteriaRows(grid, criteriaColumnsOf(header), firstRow, new FindingSink(), { report: false });
  const rows: CriteriaRow[] = [...parse.byRow.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([r, c]) => ({ r, key: c.key, code: c.code, content: c.title, max: c.max, type: c.type }));
  let hidden = 0;
  for (let r = firstRow; r < grid.rowCount; r++) if (grid.isHiddenRow(r) && !grid.isEmptyRow(r)) hidden++;
  return { rows, hidden };
}

/** A human label of a row for messages: its code, or its text when it has none. */
export function rowLabel(row: CriteriaRow): string {
  return row.key.replace(/#\d+$/, '');
}

/** True when a header label names a self score (Tự chấm …). */
export function isSelfLabel(label: string): boolean {
  return containsAny(label, ['tự chấm', 'tự đánh giá', 'tự kiểm tra', 'đơn vị chấm']);
}

/** True when a header label names the bloc's score (Khối chấm, Điểm thống nhất …). */
export function isBlocLabel(label: string): boolean {
  return containsAny(label, ['khối chấm', 'cụm chấm', 'kiểm tra chéo', 'điểm kiểm tra', 'thống nhất', 'hội đồng chấm', 'đoàn kiểm tra', 'khối đánh giá', 'cụm đánh giá']);
}

export function isScoreLabel(label: string): boolean {
  return isSelfLabel(label) || isBlocLabel(label);
}
