/**
 * The port between the adapters and the engine: a workbook as plain data.
 * Adapters (Office.js, ExcelJS) produce it; the engine only ever reads it.
 */

/** An Excel error value such as #N/A or #REF!, kept as data so the engine can name the cell. */
export interface CellError {
  readonly error: string;
}

/**
 * One cell's value. Dates arrive as Excel serial numbers (what Office.js returns);
 * the ExcelJS adapter converts JS Dates to serials so both sources agree.
 */
export type CellValue = string | number | boolean | null | CellError;

/** A rectangle of cells, 0-based, inclusive. */
export interface CellRange {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

export interface SheetSnapshot {
  readonly name: string;
  readonly visibility: SheetVisibility;
  /**
   * Values from A1 (row 0, column 0) to the bottom-right of the used range. Rows may be ragged
   * (shorter rows mean trailing empty cells).
   */
  readonly values: readonly (readonly CellValue[])[];
  /** Merged areas, 0-based. The engine reads a merged area as its top-left value. */
  readonly merges: readonly CellRange[];
  /** 0-based indexes of hidden rows, when the adapter knows them. */
  readonly hiddenRows?: readonly number[];
  /** True when the sheet is protected (writing to it would fail). */
  readonly protected?: boolean;
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
  /** Where it came from, for messages ("tệp …"); optional. */
  readonly source?: string;
  /** True when the workbook structure is protected (no sheet can be added). */
  readonly structureProtected?: boolean;
  /**
   * What the reader could not read in this host, in the user's language (e.g. merged cells below
   * ExcelApi 1.13); absent when everything was read. For the task pane to show, never for the engine.
   */
  readonly degraded?: readonly string[];
}

export function isCellError(v: CellValue | undefined): v is CellError {
  return typeof v === 'object' && v !== null && typeof (v as CellError).error === 'string';
}
