/**
 * Checks of a criteria table (SPEC §3.2): a group's Điểm chuẩn must equal the sum of its children (else a
 * warning; the leaves win), groups without anything to score, Chuẩn leaves without a maximum, a table
 * without leaves or with a 0-point scale, and a typed "Tổng cộng" that disagrees with the scale.
 */
import type { Criterion, CriteriaTable } from '../model';
import type { FindingSink } from '../findings/types';
import { cellAddress } from '../cells/address';
import { compare2, round2 } from '../cells/values';

export interface CriteriaLocation {
  readonly sheet: string;
  readonly codeCol: number;
  readonly maxCol: number | null;
  /** 0-based header row (for table-wide findings). */
  readonly headerRow: number;
}

/** Σ of the Chuẩn children: a child counts with its own maximum when given, else with its children's sum. */
function childrenSum(node: Criterion): number {
  let sum = 0;
  for (const c of node.children) {
    if (c.type !== 'CHUAN') continue;
    sum += c.max ?? childrenSum(c);
  }
  return round2(sum);
}

export function validateCriteria(
  table: CriteriaTable,
  totalRow: { readonly row: number; readonly max: number | null } | null,
  maxTexts: ReadonlyMap<number, string>,
  loc: CriteriaLocation,
  sink: FindingSink,
): void {
  const leafSet = new Set(table.leaves);
  const maxCell = (row1: number): string => cellAddress(row1 - 1, loc.maxCol ?? loc.codeCol);
  const codeCell = (row1: number): string => cellAddress(row1 - 1, loc.codeCol);
  const visit = (n: Criterion): void => {
    if (n.children.length) {
      if (n.type === 'CHUAN' && n.max !== null) {
        const sum = childrenSum(n);
        if (compare2(sum, n.max) !== 0) sink.warning('CRITERIA_GROUP_SUM_MISMATCH', { sheet: loc.sheet, cell: maxCell(n.row) }, { code: n.code, max: n.max, sum });
      }
      n.children.forEach(visit);
      return;
    }
    if (!leafSet.has(n)) {
      sink.warning('CRITERIA_GROUP_EMPTY', { sheet: loc.sheet, cell: codeCell(n.row) }, { code: n.code });
      return;
    }
    if (n.type === 'CHUAN' && n.max === null) {
      const text = maxTexts.get(n.row);
      if (text) sink.warning('CRITERIA_BAD_MAX', { sheet: loc.sheet, cell: maxCell(n.row) }, { value: text, code: n.code });
      else sink.warning('CRITERIA_LEAF_NO_MAX', { sheet: loc.sheet, cell: maxCell(n.row) }, { code: n.code });
    }
  };
  table.roots.forEach(visit);
  const headerCell = cellAddress(Math.max(0, loc.headerRow), loc.codeCol);
  if (!table.leaves.length) {
    sink.error('CRITERIA_NO_LEAVES', { sheet: loc.sheet, cell: headerCell });
    return;
  }
  if (table.scale <= 0) sink.error('CRITERIA_ZERO_SCALE', { sheet: loc.sheet, cell: headerCell });
  if (totalRow && totalRow.max !== null && compare2(totalRow.max, table.scale) !== 0)
    sink.warning('CRITERIA_TOTAL_MISMATCH', { sheet: loc.sheet, cell: cellAddress(totalRow.row, loc.maxCol ?? loc.codeCol) }, { typed: totalRow.max, scale: table.scale });
}
