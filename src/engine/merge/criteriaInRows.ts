/**
 * A criteria-in-rows scoring sheet (§3.3, the form schools fill): the criteria columns, then per unit
 * one score column (header = unit name) or a group under a merged unit-name header
 * (Tự chấm | Khối chấm …). A one-school form often names no unit in its header: the unit is then read
 * from a title line ("Đơn vị: …", "TRƯỜNG …") or, failing that, from the file name.
 */
import type { SheetGrid } from '../cells/grid';
import type { HeaderMatch } from '../cells/headers';
import { cellText } from '../cells/values';
import { foldKey, cleanText, looseKey } from '../cells/text';
import { cellAddress } from '../cells/address';
import type { CriteriaRow } from './criteriaRows';
import { isBlocLabel, isScoreLabel, isSelfLabel, readCriteriaRows } from './criteriaRows';
import { blocFromText } from './blocName';

export type ScoreKind = 'self' | 'bloc' | 'single';

export interface UnitColumn {
  readonly c: number;
  /** The sub-header as typed ("Tự chấm"), or the unit name for a single score column. */
  readonly label: string;
  readonly kind: ScoreKind;
}

export interface UnitGroup {
  readonly name: string;
  /** Where the name was read: a header cell, a title line, or the file name. */
  readonly nameFrom: 'header' | 'title' | 'file';
  readonly cell: string;
  readonly cols: readonly UnitColumn[];
}

export interface CriteriaInRowsSheet {
  readonly header: HeaderMatch;
  /** Row of the unit-name headers' sub-labels, when the header has two rows. */
  readonly subRow: number | null;
  readonly firstDataRow: number;
  readonly criteria: readonly CriteriaRow[];
  readonly hidden: number;
  readonly units: readonly UnitGroup[];
}

function kindOf(label: string, name: string): ScoreKind {
  if (isSelfLabel(label)) return 'self';
  if (isBlocLabel(label)) return 'bloc';
  return label === name ? 'single' : 'self';
}

/** A score column without a unit name: "Điểm đạt", "Điểm tự chấm", "Kết quả". */
function isGenericScore(label: string): boolean {
  const k = looseKey(label);
  return isScoreLabel(label) || k === 'diem' || k.startsWith('diem ') || k === 'ket qua' || k === 'so diem';
}

/** "Đơn vị: THCS Đầm Hà" / "TRƯỜNG THCS ĐẦM HÀ" above the header. */
export function unitFromTitle(grid: SheetGrid, beforeRow: number): string | null {
  for (let r = 0; r < beforeRow; r++) {
    for (let c = 0; c < grid.colCount; c++) {
      if (grid.isMergedTail(r, c)) continue;
      const text = cleanText(cellText(grid.raw(r, c)));
      const m = /^(tên đơn vị|đơn vị|don vi|ten don vi|trường|truong)\s*[:：]\s*(.+)$/i.exec(text);
      if (m) return m[2]!.trim();
      const f = foldKey(text);
      if (/^truong\s+\S/.test(f) && !blocFromText(text) && text.length <= 80) return text;
    }
  }
  return null;
}

/** The name cell of a unit group when it is one: not a title merged over the criteria columns. */
function nameAt(grid: SheetGrid, row: number, c: number, criteriaCols: readonly number[]): string {
  if (row < 0) return '';
  const merge = grid.sheet.merges.find((m) => m.r0 <= row && row <= m.r1 && m.c0 <= c && c <= m.c1);
  if (merge && criteriaCols.some((k) => k >= merge.c0 && k <= merge.c1)) return '';
  const text = cellText(grid.get(row, c));
  if (!text || isGenericScore(text) || blocFromText(text)) return '';
  return text;
}

export function parseCriteriaInRows(grid: SheetGrid, header: HeaderMatch, file: string): CriteriaInRowsSheet {
  const criteriaCols = Object.values(header.columns);
  const left = Math.min(header.columns.code!, header.columns.content!);
  const extra: number[] = [];
  for (let c = left + 1; c < grid.colCount; c++) if (!criteriaCols.includes(c)) extra.push(c);
  const r = header.row;
  const labelsAt = (row: number): boolean => row >= 0 && row < grid.rowCount && extra.some((c) => isScoreLabel(cellText(grid.get(row, c))));
  let subRow: number | null = null;
  let nameRow = -1;
  if (labelsAt(r + 1)) {
    subRow = r + 1;
    nameRow = r;
  } else if (labelsAt(r)) {
    subRow = r;
    nameRow = r - 1;
  }
  const firstDataRow = (subRow ?? r) + 1;
  const { rows: criteria, hidden } = readCriteriaRows(grid, header, firstDataRow);
  const hasData = (c: number): boolean => criteria.some((row) => cellText(grid.get(row.r, c)) !== '');

  const groups: { name: string; cell: string; cols: UnitColumn[] }[] = [];
  for (const c of extra) {
    const label = cellText(grid.get(subRow ?? r, c));
    const name = subRow !== null ? nameAt(grid, nameRow, c, criteriaCols) : isGenericScore(label) ? '' : label;
    if (!label && !name && !hasData(c)) continue;
    if (!label && !name) continue;
    const kind = kindOf(label, name);
    const cur = groups[groups.length - 1];
    const sameGroup = cur && cur.name === name && kind !== 'single' && !cur.cols.some((x) => x.kind === kind || x.kind === 'single');
    if (sameGroup) cur.cols.push({ c, label, kind });
    else groups.push({ name, cell: cellAddress(name && subRow !== null ? nameRow : r, c), cols: [{ c, label, kind }] });
  }
  const units: UnitGroup[] = groups.map((g) => {
    if (g.name) return { name: g.name, nameFrom: 'header', cell: g.cell, cols: g.cols };
    const title = unitFromTitle(grid, r);
    return title
      ? { name: title, nameFrom: 'title', cell: g.cell, cols: g.cols }
      : { name: file.replace(/^.*[\\/]/, '').replace(/\.xlsx$/i, ''), nameFrom: 'file', cell: g.cell, cols: g.cols };
  });
  return { header, subRow, firstDataRow, criteria, hidden, units };
}
