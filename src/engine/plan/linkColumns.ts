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
 * are pushed to `oneByOne`. One pass; the arrays are split by group only when there is more than one.
 */
export function linkColumns(
  col: number,
  start: number,
  targets: readonly { readonly sheet: string; readonly cell: string }[],
  oneByOne: PlanHyperlink[],
): PlanLinkColumn[] {
  const groups: Group[] = [];
  const rows = new Int32Array(targets.length);
  const targetRows = new Int32Array(targets.length);
  const groupOf = new Int32Array(targets.length);
  const n = collect(col, start, targets, oneByOne, groups, rows, targetRows, groupOf);
  if (groups.length === 1) {
    const g = groups[0]!;
    return [{ col, sheet: g.sheet, targetCol: g.targetCol, rows: n === rows.length ? rows : rows.slice(0, n), targetRows: n === rows.length ? targetRows : targetRows.slice(0, n) }];
  }
  return split(col, groups, rows, targetRows, groupOf, n);
}

/**
 * The loop in a function of its own: compiled while it runs (on-stack replacement), it then meets no
 * code after it that it has not seen. Returns how many links were plain addresses.
 */
function collect(
  col: number,
  start: number,
  targets: readonly { readonly sheet: string; readonly cell: string }[],
  oneByOne: PlanHyperlink[],
  groups: Group[],
  rows: Int32Array,
  targetRows: Int32Array,
  groupOf: Int32Array,
): number {
  let n = 0;
  let current = -1;
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i]!;
    const packed = packedCell(target.cell);
    if (packed < 0) {
      oneByOne.push({ row: start + i, col, sheet: target.sheet, cell: target.cell });
      continue;
    }
    const targetCol = packed % MAX_COLS;
    if (current < 0 || groups[current]!.sheet !== target.sheet || groups[current]!.targetCol !== targetCol) current = groupIndex(groups, target.sheet, targetCol);
    groups[current]!.count++;
    rows[n] = start + i;
    targetRows[n] = (packed - targetCol) / MAX_COLS;
    groupOf[n++] = current;
  }
  return n;
}

/** The first `n` links, group by group (each keeps the rows' order). */
function split(col: number, groups: readonly Group[], rows: Int32Array, targetRows: Int32Array, groupOf: Int32Array, n: number): PlanLinkColumn[] {
  const out = groups.map((g) => ({ col, sheet: g.sheet, targetCol: g.targetCol, rows: new Int32Array(g.count), targetRows: new Int32Array(g.count) }));
  const filled = new Int32Array(groups.length);
  for (let k = 0; k < n; k++) {
    const gi = groupOf[k]!;
    const at = filled[gi]!++;
    out[gi]!.rows[at] = rows[k]!;
    out[gi]!.targetRows[at] = targetRows[k]!;
  }
  return out;
}

function groupIndex(groups: Group[], sheet: string, targetCol: number): number {
  for (let gi = 0; gi < groups.length; gi++) if (groups[gi]!.sheet === sheet && groups[gi]!.targetCol === targetCol) return gi;
  groups.push({ sheet, targetCol, count: 0 });
  return groups.length - 1;
}
