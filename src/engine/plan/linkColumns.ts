/**
 * Links from one column of every body row to a cell elsewhere (the check list links each nomination to
 * its source), stored by the column: the links to one sheet and one column become one `PlanLinkColumn`
 * of typed arrays, not an object per row. A target whose address is not a plain "B7" stays a one-by-one
 * link.
 */
import type { PlanHyperlink, PlanLinkColumn } from '../../workbook/plan';

const MAX_COLS = 16384;
const MAX_ROWS = 1048576;

/**
 * 0-based row · 16384 + column of a plain upper-case A1 address ("B7", no "$", no leading zero: the
 * form `columnLetters` and a row number write back), or -1.
 */
export function packedCell(cell: string): number {
  const n = cell.length;
  let i = 0;
  let col = 0;
  for (; i < n && i < 3; i++) {
    const ch = cell.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    col = col * 26 + (ch - 64);
  }
  if (i === 0 || i === n) return -1;
  let row = 0;
  const first = cell.charCodeAt(i);
  if (first < 49 || first > 57) return -1;
  for (; i < n; i++) {
    const ch = cell.charCodeAt(i);
    if (ch < 48 || ch > 57 || row > MAX_ROWS) return -1;
    row = row * 10 + (ch - 48);
  }
  if (col > MAX_COLS || row > MAX_ROWS) return -1;
  return (row - 1) * MAX_COLS + (col - 1);
}

interface Group {
  readonly sheet: string;
  readonly targetCol: number;
  count: number;
}

/**
 * The link from column `col` of each body row i (sheet row `start + i`) to targets[i], by the column:
 * one column per target sheet and column, in the order first met. Targets that are not plain addresses
 * are pushed to `oneByOne`. Two passes: each row's target and group, then the groups' arrays at their size.
 */
export function linkColumns(
  col: number,
  start: number,
  targets: readonly { readonly sheet: string; readonly cell: string }[],
  oneByOne: PlanHyperlink[],
): PlanLinkColumn[] {
  const groups: Group[] = [];
  const packed = new Float64Array(targets.length);
  const groupOf = new Int32Array(targets.length);
  let current = -1;
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i]!;
    const p = packedCell(target.cell);
    packed[i] = p;
    if (p < 0) {
      groupOf[i] = -1;
      oneByOne.push({ row: start + i, col, sheet: target.sheet, cell: target.cell });
      continue;
    }
    const targetCol = p % MAX_COLS;
    if (current < 0 || groups[current]!.sheet !== target.sheet || groups[current]!.targetCol !== targetCol) current = groupIndex(groups, target.sheet, targetCol);
    groupOf[i] = current;
    groups[current]!.count++;
  }
  const out: PlanLinkColumn[] = groups.map((g) => ({ col, sheet: g.sheet, targetCol: g.targetCol, rows: new Int32Array(g.count), targetRows: new Int32Array(g.count) }));
  const filled = new Int32Array(groups.length);
  for (let i = 0; i < targets.length; i++) {
    const gi = groupOf[i]!;
    if (gi < 0) continue;
    const g = out[gi]!;
    const k = filled[gi]!++;
    g.rows[k] = start + i;
    g.targetRows[k] = (packed[i]! - g.targetCol) / MAX_COLS;
  }
  return out;
}

function groupIndex(groups: Group[], sheet: string, targetCol: number): number {
  for (let gi = 0; gi < groups.length; gi++) if (groups[gi]!.sheet === sheet && groups[gi]!.targetCol === targetCol) return gi;
  groups.push({ sheet, targetCol, count: 0 });
  return groups.length - 1;
}
