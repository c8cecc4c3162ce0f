/**
 * What the engine asks the adapters to write: whole sheets as plain data.
 * Writers (Office.js, ExcelJS) translate a plan 1:1 and decide nothing.
 */
import type { CellRange } from './snapshot';

/**
 * A value to write. Strings are always literal text: writers must make sure Excel never
 * parses them as formulas (see `needsTextGuard`). Formulas are given separately as `PlanFormula`.
 */
export type PlanValue = string | number | boolean | null;

export interface PlanFormula {
  readonly row: number;
  readonly col: number;
  /** Formula text without the leading '=' , in A1 style, English function names (e.g. "SUM(C5:E5)"). */
  readonly formula: string;
  /** The value the engine computed, written as the cached result. */
  readonly result: number | string;
}

export type HAlign = 'left' | 'center' | 'right';
export type VAlign = 'top' | 'middle' | 'bottom';

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly fontSize?: number;
  readonly fontName?: string;
  readonly hAlign?: HAlign;
  readonly vAlign?: VAlign;
  readonly wrap?: boolean;
  /** Thin borders on every cell of the range. */
  readonly border?: boolean;
  /** Fill colour, "#RRGGBB". */
  readonly fill?: string;
  /** Font colour, "#RRGGBB". */
  readonly color?: string;
  /** Excel number format, e.g. "0.00" or "@". */
  readonly numberFormat?: string;
}

export interface StyledRange {
  readonly range: CellRange;
  readonly style: CellStyle;
}

export interface PlanHyperlink {
  readonly row: number;
  readonly col: number;
  /** Sheet and cell inside the same workbook, e.g. sheet "Đề nghị khen thưởng", cell "B7". */
  readonly sheet: string;
  readonly cell: string;
}

/**
 * A link from each cell of one column down consecutive rows (a long list whose every row links to its
 * source): the cell on plan row `r0 + i`, column `col`, opens cell `cells[i]` (A1, e.g. "B7") of sheet
 * `sheets[i]`. Two arrays of strings the engine already holds rather than an object per link.
 */
export interface PlanLinkColumn {
  readonly col: number;
  readonly r0: number;
  readonly sheets: readonly string[];
  readonly cells: readonly string[];
}

/** Rows `r0` … `r0 + count - 1` are `height` points tall. */
export interface RowHeightRun {
  readonly r0: number;
  readonly count: number;
  readonly height: number;
}

export interface PrintSetup {
  readonly paperSize: 'A4';
  readonly orientation: 'portrait' | 'landscape';
  /** Fit to one page wide, as many pages tall as needed. */
  readonly fitToWidth: 1;
  /** 0-based inclusive rows repeated at the top of each printed page. */
  readonly repeatRows?: { readonly r0: number; readonly r1: number };
  /** Footer text in Excel's header/footer codes, e.g. "&CTrang &P/&N". */
  readonly footer: string;
  /** Margins in inches. */
  readonly margins: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
}

export interface SheetPlan {
  /** Stable identity of this output across runs, e.g. "summary", "bloc:Khối THCS", "log". */
  readonly key: string;
  /** Desired sheet name (≤ 31 chars, legal). The ownership step may change it ("… (2)"). */
  readonly name: string;
  readonly values: readonly (readonly PlanValue[])[];
  readonly formulas: readonly PlanFormula[];
  readonly styles: readonly StyledRange[];
  readonly merges: readonly CellRange[];
  /** Column widths in characters (Excel's width unit), index = column. */
  readonly columnWidths: readonly number[];
  /**
   * Row heights in points, as runs of rows of one height: ascending, not overlapping, two adjacent runs
   * never of the same height. A row in no run keeps the default height.
   */
  readonly rowHeights?: readonly RowHeightRun[];
  /** Freeze panes: rows above / columns left of this cell stay visible. */
  readonly freeze?: { readonly rows: number; readonly cols: number };
  readonly print: PrintSetup;
  /** Links one by one; the long regular lists of links are in `linkColumns`. */
  readonly hyperlinks: readonly PlanHyperlink[];
  /** Links by the column (a cell has one link at most, in `hyperlinks` or here). */
  readonly linkColumns?: readonly PlanLinkColumn[];
  /** Default font of the sheet (the print-ready convention is Times New Roman 13). */
  readonly font: { readonly name: string; readonly size: number };
}

/** The ownership record kept in the very-hidden sheet `_thidua`. */
export interface OwnedSheet {
  readonly name: string;
  readonly key: string;
  readonly writtenAt: string;
  readonly paramsHash: string;
  /** Hash of the sheet's values as written (see `hashValues`). */
  readonly valuesHash: string;
}

export interface OwnershipRecord {
  readonly version: 1;
  readonly sheets: readonly OwnedSheet[];
}

/** What a writer does with one planned sheet, after ownership was resolved. */
export interface SheetAction {
  readonly kind: 'create' | 'replace';
  /** Final name to write under. */
  readonly name: string;
  readonly plan: SheetPlan;
}

export interface WritePlan {
  /** Sheets in the order they should appear (after the existing sheets). */
  readonly actions: readonly SheetAction[];
  /** Owned sheets from earlier runs that this run no longer produces and that are unedited: delete them. */
  readonly deletions: readonly string[];
  /** The new content of `_thidua`. */
  readonly ownership: OwnershipRecord;
  /** Name of the very-hidden ownership sheet. */
  readonly ownershipSheet: string;
  /** Values to write into the ownership sheet (it is a table so it survives any adapter). */
  readonly ownershipValues: readonly (readonly PlanValue[])[];
}

/** How many links a plan has, one by one and by the column. */
export function linkCount(plan: SheetPlan): number {
  let n = plan.hyperlinks.length;
  for (const c of plan.linkColumns ?? []) n += c.cells.length;
  return n;
}

/** Every link of a plan, the one-by-one links first, then each link column's in row order. */
export function forEachLink(plan: SheetPlan, fn: (row: number, col: number, sheet: string, cell: string) => void): void {
  for (const h of plan.hyperlinks) fn(h.row, h.col, h.sheet, h.cell);
  for (const c of plan.linkColumns ?? []) for (let i = 0; i < c.cells.length; i++) fn(c.r0 + i, c.col, c.sheets[i]!, c.cells[i]!);
}

/** True for text that a spreadsheet would parse as a formula if typed: starts with = + - @. */
export function needsTextGuard(v: string): boolean {
  return /^[=+\-@]/.test(v);
}
