/**
 * Read access to one sheet of a snapshot: merged areas read as their top-left value,
 * hidden rows known, addresses for messages.
 */
import type { CellValue, SheetSnapshot } from '../../workbook/snapshot';
import { sheetCell } from './address';

export class SheetGrid {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  private readonly mergeOwner = new Map<number, number>();
  /** Rows holding merge tails lie in firstTailRow..lastTailRow: other rows skip the map lookup. */
  private firstTailRow = Infinity;
  private lastTailRow = -Infinity;
  private readonly hidden: ReadonlySet<number>;
  private readonly tails: { readonly first: number; readonly last: number };

  constructor(readonly sheet: SheetSnapshot) {
    this.name = sheet.name;
    this.rowCount = sheet.values.length;
    let cols = 0;
    for (const row of sheet.values) if (row.length > cols) cols = row.length;
    this.colCount = cols;
    for (const m of sheet.merges) {
      // Only the cells that are not the top-left point elsewhere; merges are few, areas small.
      const area = (m.r1 - m.r0 + 1) * (m.c1 - m.c0 + 1);
      if (area > 10000) continue;
      if (area > 1) {
        this.firstTailRow = Math.min(this.firstTailRow, m.r0);
        this.lastTailRow = Math.max(this.lastTailRow, m.r1);
      }
      for (let r = m.r0; r <= m.r1; r++)
        for (let c = m.c0; c <= m.c1; c++) if (r !== m.r0 || c !== m.c0) this.mergeOwner.set(this.key(r, c), this.key(m.r0, m.c0));
    }
    this.hidden = new Set(sheet.hiddenRows ?? []);
    this.tails = { first: this.firstTailRow, last: this.lastTailRow };
  }

  private key(r: number, c: number): number {
    return r * 16384 + c;
  }

  /** The cell's own value, ignoring merges. */
  raw(r: number, c: number): CellValue {
    return this.sheet.values[r]?.[c] ?? null;
  }

  /** The value as the user sees it: a merged cell reads as its top-left value. */
  get(r: number, c: number): CellValue {
    const own = this.raw(r, c);
    if ((own !== null && own !== '') || r < this.firstTailRow || r > this.lastTailRow) return own;
    const owner = this.mergeOwner.get(this.key(r, c));
    if (owner === undefined) return own;
    return this.raw(Math.floor(owner / 16384), owner % 16384);
  }

  /** True when (r, c) is inside a merged area but not its top-left cell. */
  isMergedTail(r: number, c: number): boolean {
    return r >= this.firstTailRow && r <= this.lastTailRow && this.mergeOwner.has(this.key(r, c));
  }

  /**
   * First and last row that can hold a merged area's tail cell (empty when first > last): every other
   * row reads as its raw values, merges aside. For loops over many cells.
   */
  tailRows(): { readonly first: number; readonly last: number } {
    return this.tails;
  }

  isHiddenRow(r: number): boolean {
    return this.hidden.has(r);
  }

  isEmptyRow(r: number): boolean {
    const row = this.sheet.values[r];
    if (!row) return true;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v !== null && !(typeof v === 'string' && v.trim() === '')) return false;
    }
    return true;
  }

  /** "Khối THCS!F7". */
  cell(r: number, c: number): string {
    return sheetCell(this.name, r, c);
  }
}
