/**
 * When a units-in-rows sheet has no criteria sheet to refer to, its columns are the criteria: each code
 * column a leaf (grouped under its first code when the header has two levels), maxima from a
 * "Điểm chuẩn" row under the header or from "(20 điểm)" in the header text, types from the titles.
 * Also the synthetic items standing for the `Điểm cộng` / `Điểm trừ` summary columns.
 */
import type { Criterion, CriteriaTable, CriterionType } from '../model';
import { typeFromTitle } from '../criteria/criterionType';
import type { ColumnItem } from './unitsInRowsHeader';

interface MutableCriterion extends Criterion {
  children: Criterion[];
}

function node(code: string, key: string, title: string, max: number | null, type: CriterionType, level: number, sheet: string, row: number): MutableCriterion {
  return { code, key, title, max, type, level, children: [], sheet, row };
}

/** Builds the table; `maxOf(item)` gives the maximum read for a column (max row, header text) or null. */
export function pseudoCriteria(
  sheet: string,
  headerRow: number,
  items: readonly ColumnItem[],
  maxOf: (item: ColumnItem) => number | null,
): { table: CriteriaTable; nodeOf: Map<ColumnItem, Criterion> } {
  const roots: MutableCriterion[] = [];
  const groups = new Map<string, MutableCriterion>();
  const leaves: Criterion[] = [];
  const nodeOf = new Map<ColumnItem, Criterion>();
  for (const it of items) {
    const groupCode = it.codes.length > 1 ? it.codes[0]!.code : null;
    let parent: MutableCriterion | null = null;
    if (groupCode) {
      parent = groups.get(groupCode) ?? null;
      if (!parent) {
        parent = node(groupCode, groupCode, it.groupTitle, null, typeFromTitle(it.groupTitle) ?? 'CHUAN', 0, sheet, headerRow + 1);
        groups.set(groupCode, parent);
        roots.push(parent);
      }
    }
    const type = typeFromTitle(it.title) ?? parent?.type ?? 'CHUAN';
    const leaf = node(it.codes[it.codes.length - 1]!.code, it.path, it.title, maxOf(it), type, parent ? 1 : 0, sheet, it.where.r + 1);
    (parent ? parent.children : roots).push(leaf);
    leaves.push(leaf);
    nodeOf.set(it, leaf);
  }
  let scale = 0;
  for (const l of leaves) if (l.type === 'CHUAN' && l.max !== null) scale += l.max;
  return { table: { sheet, roots, leaves, scale: Math.round(scale * 100) / 100 }, nodeOf };
}

/** The node standing for a `Điểm cộng` (CONG) or `Điểm trừ` (TRU) summary column. */
export function syntheticNode(type: 'CONG' | 'TRU', max: number | null, sheet: string, row: number): Criterion {
  return type === 'CONG'
    ? node('+', '__BONUS', 'Điểm cộng', max, 'CONG', 0, sheet, row)
    : node('−', '__DEDUCTION', 'Điểm trừ', max, 'TRU', 0, sheet, row);
}
