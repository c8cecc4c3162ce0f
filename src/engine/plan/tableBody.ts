/**
 * The loops over every cell of a printable table (tens of thousands of rows for the nomination
 * sheets), apart from the page layout around them, with no closure or temporary object per cell.
 * A row's work sits in a small function called once per row: the engine optimises it after a few
 * hundred rows, and every later row of every sheet runs the optimised code, where a loop doing the
 * work itself would run in the interpreter until compiled while running (and again after each
 * deoptimisation).
 */
import type { CellStyle, PlanHyperlink, PlanLinkColumn, PlanValue, StyledRange } from '../../workbook/plan';
import { ColumnLines, linesHeight } from './rowHeights';
import type { RowHeights } from './rowHeightRuns';
import { linkColumn } from './linkColumns';

/** Excel's Hyperlink style; one object for every link of a sheet (plans are read-only). */
const LINK_STYLE: CellStyle = { color: '#0563C1', underline: true };

/**
 * A body row with exactly `ncols` cells, `undefined` written as an empty cell. A row that already has
 * that shape is used as it is (the layout takes its rows over); others are cut or padded in a copy.
 */
function bodyRow(row: PlanValue[], tableCols: number, ncols: number): PlanValue[] {
  const cells = row.length === ncols && tableCols === ncols ? row : row.slice(0, tableCols);
  for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
  while (cells.length < ncols) cells.push(null);
  return cells;
}

/** The lines the tallest text cell of a body row takes (1 at least). */
function rowLines(row: readonly PlanValue[], columns: readonly ColumnLines[]): number {
  let lines = 1;
  const n = Math.min(row.length, columns.length);
  for (let c = 0; c < n; c++) {
    const v = row[c];
    if (typeof v === 'string') lines = Math.max(lines, columns[c]!.lines(v));
  }
  return lines;
}

/**
 * Appends the body rows to `values` (from sheet row `start`) and sets the height of rows that wrap:
 * from `lines` when the caller estimated them (the lines of row i), else from the rows' texts. Rows
 * the caller made `complete` (a cell per column, none undefined, as many columns as the sheet) are
 * appended as they are, with no look at their cells.
 */
export function addBodyRows(
  values: PlanValue[][],
  rowHeights: RowHeights,
  rows: PlanValue[][],
  widths: readonly number[],
  ncols: number,
  start: number,
  lines?: ArrayLike<number>,
  complete = false,
): void {
  const tableCols = Math.max(1, widths.length);
  if (lines && complete && tableCols === ncols) {
    appendRows(values, rows);
    rowHeights.setLines(start, lines, rows.length);
    return;
  }
  // Two loops in functions of their own: each is compiled for the one kind of table it serves (the
  // long nomination lists come with their lines, the others are measured here), rather than one
  // function compiled for one kind, thrown away at the first table of the other and compiled again.
  // The columns are made here: the widths come in arrays of more than one shape (whole or fractional
  // numbers), which the measuring loop would otherwise meet, and be compiled again for, one by one.
  if (lines) addEstimatedRows(values, rowHeights, rows, lines, tableCols, ncols, start);
  else addMeasuredRows(values, rowHeights, rows, columnsOf(widths), tableCols, ncols, start);
}

/** Rows per native `push` call (its arguments go on the stack). */
const PUSH_CHUNK = 8192;

/** `rows` appended to `values` as they are, by the engine's own `push`, a chunk of rows per call. */
function appendRows(values: PlanValue[][], rows: PlanValue[][]): void {
  for (let i = 0; i < rows.length; i += PUSH_CHUNK) Array.prototype.push.apply(values, rows.slice(i, i + PUSH_CHUNK));
}

function columnsOf(widths: readonly number[]): ColumnLines[] {
  const columns: ColumnLines[] = [];
  for (let c = 0; c < widths.length; c++) columns.push(new ColumnLines(widths[c]!, false));
  return columns;
}

function addEstimatedRows(
  values: PlanValue[][],
  rowHeights: RowHeights,
  rows: PlanValue[][],
  lines: ArrayLike<number>,
  tableCols: number,
  ncols: number,
  start: number,
): void {
  for (let i = 0; i < rows.length; i++) addEstimatedRow(values, rowHeights, rows[i]!, lines[i]!, tableCols, ncols, start + i);
}

function addMeasuredRows(
  values: PlanValue[][],
  rowHeights: RowHeights,
  rows: PlanValue[][],
  columns: readonly ColumnLines[],
  tableCols: number,
  ncols: number,
  start: number,
): void {
  for (let i = 0; i < rows.length; i++) addBodyRow(values, rowHeights, rows[i]!, columns, tableCols, ncols, start + i);
}

function addBodyRow(
  values: PlanValue[][],
  rowHeights: RowHeights,
  row: PlanValue[],
  columns: readonly ColumnLines[],
  tableCols: number,
  ncols: number,
  r: number,
): void {
  addEstimatedRow(values, rowHeights, row, rowLines(row, columns), tableCols, ncols, r);
}

function addEstimatedRow(values: PlanValue[][], rowHeights: RowHeights, row: PlanValue[], lines: number, tableCols: number, ncols: number, r: number): void {
  values.push(bodyRow(row, tableCols, ncols));
  if (lines > 1) rowHeights.set(r, linesHeight(lines));
}

/** Links from body cells (row indexes from sheet row `start`), styled as links whichever adapter writes them. */
export function addLinks(
  links: readonly { index: number; col: number; sheet: string; cell: string }[],
  start: number,
  hyperlinks: PlanHyperlink[],
  styles: StyledRange[],
): void {
  for (let i = 0; i < links.length; i++) addLink(hyperlinks, styles, start + links[i]!.index, links[i]!.col, links[i]!);
}

/**
 * A link from column `col` of each body row i (from sheet row `start`) to targets[i], by the column (see
 * ./linkColumns). Every body row has a link, so the link look is one style range down the column (not a
 * style per cell, and one format operation for the add-in's writer instead of a long list of cell areas).
 */
export function addRowLinks(col: number, targets: readonly { readonly sheet: string; readonly cell: string }[], start: number, styles: StyledRange[]): PlanLinkColumn[] {
  if (targets.length === 0) return [];
  styles.push({ range: { r0: start, c0: col, r1: start + targets.length - 1, c1: col }, style: LINK_STYLE });
  return [linkColumn(col, start, targets)];
}

function addLink(hyperlinks: PlanHyperlink[], styles: StyledRange[], row: number, col: number, target: { readonly sheet: string; readonly cell: string }): void {
  hyperlinks.push({ row, col, sheet: target.sheet, cell: target.cell });
  styles.push({ range: { r0: row, c0: col, r1: row, c1: col }, style: LINK_STYLE });
}
