/** A sheet of the example workbook (`thidua template`, the task pane's "Tạo mẫu"): plain rows as typed by a user. */
import type { CellRange } from '../../workbook/snapshot';
import type { PlanValue } from '../../workbook/plan';

export interface TemplateSheet {
  readonly name: string;
  readonly rows: PlanValue[][];
  readonly merges?: CellRange[];
  /** Column widths in Excel character units. */
  readonly widths?: number[];
  /** 0-based row of the table header (bold, bordered); rows above it are a title block. */
  readonly headerRow?: number;
  /** How many header rows (a merged unit name over Tự chấm | Khối chấm takes two); default 1. */
  readonly headerRowCount?: number;
}
