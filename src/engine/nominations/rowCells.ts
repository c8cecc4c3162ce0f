/** Reading the cells of one table row by column key, reporting formula errors once, naming the cell. */
import type { CellValue } from '../../workbook/snapshot';
import { isCellError } from '../../workbook/snapshot';
import type { SheetGrid } from '../cells/grid';
import { columnLetter } from '../cells/address';
import { cleanText, toNfc } from '../cells/text';
import { cellText, readNumber } from '../cells/values';
import type { FindingSink } from '../findings/types';
import type { CountRead } from './types';

/**
 * One row of a list. Cells are read by column key (`text('name')`) or, in the hot paths that resolved
 * their columns once per sheet, by 0-based column (`textAt(c)`, -1 for a column the sheet lacks).
 */
export class RowCells {
  /** Columns whose formula error was already reported for this row. */
  private reported: Set<number> | null = null;
  private rowText: string | null = null;

  constructor(
    readonly grid: SheetGrid,
    private r: number,
    private readonly columns: Readonly<Record<string, number>>,
    private readonly sink: FindingSink,
  ) {}

  get row(): number {
    return this.r;
  }

  /** The same reader on another row (a list walk reuses one reader for all its rows). */
  moveTo(r: number): this {
    this.r = r;
    this.reported = null;
    this.rowText = null;
    return this;
  }

  /** 0-based column of the key, undefined when the sheet has no such column. */
  col(key: string): number | undefined {
    return this.columns[key];
  }

  has(key: string): boolean {
    return this.columns[key] !== undefined;
  }

  /** A1 address of the column's cell in this row; null when the sheet has no such column. */
  addr(key: string): string | null {
    return this.addrAt(this.columns[key] ?? -1);
  }

  addrAt(c: number): string | null {
    if (c < 0) return null;
    return columnLetter(c) + (this.rowText ??= String(this.row + 1));
  }

  /** The raw value; a formula error is reported (error naming the cell) and returned as is. */
  value(key: string): CellValue {
    return this.valueAt(this.columns[key] ?? -1);
  }

  valueAt(c: number): CellValue {
    if (c < 0) return null;
    const v = this.grid.get(this.row, c);
    if (isCellError(v) && !this.reported?.has(c)) {
      (this.reported ??= new Set()).add(c);
      this.sink.error('NOMINATION_CELL_ERROR', { sheet: this.grid.name, cell: this.addrAt(c)! }, { error: v.error });
    }
    return v;
  }

  /** Display text, cleaned; '' for empty. Raw line breaks are kept when `keepLines`. */
  text(key: string, keepLines = false): string {
    return this.textAt(this.columns[key] ?? -1, keepLines);
  }

  textAt(c: number, keepLines = false): string {
    const v = this.valueAt(c);
    if (keepLines && typeof v === 'string') return toNfc(v).trim();
    return cellText(v);
  }

  count(key: string): CountRead {
    const v = this.value(key);
    const n = readNumber(v);
    if (n.kind === 'empty') return { kind: 'empty' };
    if (n.kind === 'number' && Number.isInteger(n.value) && n.value >= 0) return { kind: 'count', n: n.value };
    return { kind: 'unreadable', text: isCellError(v) ? v.error : cleanText(cellText(v)) };
  }
}
