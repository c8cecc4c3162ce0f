/** Reading the cells of one table row by column key, reporting formula errors once, naming the cell. */
import type { CellValue } from '../../workbook/snapshot';
import { isCellError } from '../../workbook/snapshot';
import type { SheetGrid } from '../cells/grid';
import { cellAddress } from '../cells/address';
import { cleanText, toNfc } from '../cells/text';
import { cellText, readNumber } from '../cells/values';
import type { FindingSink } from '../findings/types';
import type { CountRead } from './types';

export class RowCells {
  private reported: Set<string> | null = null;

  constructor(
    private readonly grid: SheetGrid,
    readonly row: number,
    private readonly columns: Readonly<Record<string, number>>,
    private readonly sink: FindingSink,
  ) {}

  /** 0-based column of the key, undefined when the sheet has no such column. */
  col(key: string): number | undefined {
    return this.columns[key];
  }

  has(key: string): boolean {
    return this.columns[key] !== undefined;
  }

  /** A1 address of the column's cell in this row; null when the sheet has no such column. */
  addr(key: string): string | null {
    const c = this.columns[key];
    return c === undefined ? null : cellAddress(this.row, c);
  }

  /** The raw value; a formula error is reported (error naming the cell) and returned as is. */
  value(key: string): CellValue {
    const c = this.columns[key];
    if (c === undefined) return null;
    const v = this.grid.get(this.row, c);
    if (isCellError(v) && !this.reported?.has(key)) {
      (this.reported ??= new Set()).add(key);
      this.sink.error('NOMINATION_CELL_ERROR', { sheet: this.grid.name, cell: cellAddress(this.row, c) }, { error: v.error });
    }
    return v;
  }

  /** Display text, cleaned; '' for empty. Raw line breaks are kept when `keepLines`. */
  text(key: string, keepLines = false): string {
    const v = this.value(key);
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
