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
  /**
   * Per row crossed by a merged area: its areas as (c0, c1, r0) triples, in the sheet's merge order. A
   * cell is the tail of the last area holding it other than at its top-left (as a cell-by-cell map, with
   * later areas overwriting earlier ones, would say), built in one step per row rather than per cell.
   */
  private readonly rowMerges: Map<number, number[]>;
  /** Per row looked at: for each column, the index in rowMerges of the area it is a tail of, or −1. */
  private readonly rowTails: Map<number, Int32Array>;
  /** Rows holding merge tails lie in firstTailRow..lastTailRow: other rows skip the lookup. */
  private readonly firstTailRow: number;
  private readonly lastTailRow: number;
  private readonly hidden: ReadonlySet<number>;
  private readonly tails: { readonly first: number; readonly last: number };
  /** Per row that can hold a merge tail, once asked for: the row as `get` reads it (see seenRow). */
  private readonly seenRows: Map<number, readonly CellValue[]>;

  /**
   * Every field is set here, once, in one order and with its final kind (one shape for every grid); the
   * loops over rows and merges are small functions of their own, optimised on their own.
   */
  constructor(readonly sheet: SheetSnapshot) {
    this.name = sheet.name;
    this.rowCount = sheet.values.length;
    this.colCount = widestRow(sheet.values);
    this.rowMerges = new Map();
    // A sheet without merges skips the loop: its empty list is an array of another kind, which the loop,
    // once optimised on lists of areas, would be thrown away on.
    this.tails = sheet.merges.length ? indexMerges(sheet.merges, this.rowMerges) : NO_TAILS;
    this.rowTails = new Map();
    this.firstTailRow = this.tails.first;
    this.lastTailRow = this.tails.last;
    this.hidden = new Set(sheet.hiddenRows ?? []);
    this.seenRows = new Map();
  }

  /** Index in rowMerges of the area (r, c) is a tail of, −1 when none. */
  private areaOf(r: number, c: number): number {
    if (r < this.firstTailRow || r > this.lastTailRow) return -1;
    let tails = this.rowTails.get(r);
    if (!tails) this.rowTails.set(r, (tails = this.tailsOf(r)));
    return c >= 0 && c < tails.length ? tails[c]! : -1;
  }

  /** The row's tail columns, each marked with its area (a later area overwrites an earlier one). */
  private tailsOf(r: number): Int32Array {
    const list = this.rowMerges.get(r);
    if (!list) return new Int32Array(0);
    let width = 0;
    for (let k = 0; k < list.length; k += 3) width = Math.max(width, list[k + 1]! + 1);
    const tails = new Int32Array(width).fill(-1);
    for (let k = 0; k < list.length; k += 3)
      for (let c = Math.max(0, list[k]!); c <= list[k + 1]!; c++) if (r !== list[k + 2]! || c !== list[k]!) tails[c] = k;
    return tails;
  }

  /** The cell's own value, ignoring merges. */
  raw(r: number, c: number): CellValue {
    return this.sheet.values[r]?.[c] ?? null;
  }

  /** The value as the user sees it: a merged cell reads as its top-left value. */
  get(r: number, c: number): CellValue {
    const own = this.raw(r, c);
    if ((own !== null && own !== '') || r < this.firstTailRow || r > this.lastTailRow) return own;
    const k = this.areaOf(r, c);
    if (k < 0) return own;
    const list = this.rowMerges.get(r)!;
    return this.raw(list[k + 2]!, list[k]!);
  }

  /**
   * Row r as the user sees it: `get(r, c)` at index c, for loops over a whole row (the header readers) that
   * would otherwise make a call per cell. A row without merge tails is the sheet's own row (read past its
   * end as undefined: `?? null`); any other is made once per grid. Shared: never to be changed.
   */
  seenRow(r: number): readonly (CellValue | undefined)[] {
    const own = this.ownRow(r);
    if (own !== null) return own;
    let row = this.seenRows.get(r);
    if (!row) this.seenRows.set(r, (row = this.mergedRow(r)));
    return row;
  }

  /**
   * Row r's own values when no merge tail can be in it (each cell then reads the same through `raw`,
   * `get` and a data-cell read; past the row's end as undefined: `?? null`), null for a row that may hold
   * one: for loops over a row that would otherwise make a call per cell. Shared: never to be changed.
   */
  ownRow(r: number): readonly (CellValue | undefined)[] | null {
    return r < this.firstTailRow || r > this.lastTailRow ? (this.sheet.values[r] ?? NO_VALUES) : null;
  }

  /** `get(r, c)` for every column of a row that can hold merge tails, in one loop. */
  private mergedRow(r: number): CellValue[] {
    const own = this.sheet.values[r];
    let tails = this.rowTails.get(r);
    if (!tails) this.rowTails.set(r, (tails = this.tailsOf(r)));
    const list = this.rowMerges.get(r);
    const out: CellValue[] = [];
    for (let c = 0; c < this.colCount; c++) {
      const v = own?.[c] ?? null;
      const k = v === null || v === '' ? (c < tails.length ? tails[c]! : -1) : -1;
      out.push(k < 0 || !list ? v : this.raw(list[k + 2]!, list[k]!));
    }
    return out;
  }

  /** True when (r, c) is inside a merged area but not its top-left cell. */
  isMergedTail(r: number, c: number): boolean {
    return this.areaOf(r, c) >= 0;
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

/** `first` of a sheet without merged areas: above every row (and still a small integer). */
const NO_TAIL_ROW = 0x3fffffff;
const NO_TAILS = { first: NO_TAIL_ROW, last: -1 } as const;
/** The row of a sheet with fewer rows: every cell empty. */
const NO_VALUES: readonly CellValue[] = [];

/** The length of the longest row. */
function widestRow(values: SheetSnapshot['values']): number {
  let cols = 0;
  for (let r = 0; r < values.length; r++) {
    const n = values[r]!.length;
    if (n > cols) cols = n;
  }
  return cols;
}

/**
 * Lists each merged area under every row it crosses (see SheetGrid.rowMerges); returns the first and last
 * row that can hold a tail cell (first > last when none). Merges are few, areas small; a huge one (a
 * whole column) is ignored.
 */
function indexMerges(merges: SheetSnapshot['merges'], rowMerges: Map<number, number[]>): { readonly first: number; readonly last: number } {
  // Small integers throughout (no ±Infinity): the fields keep one representation whatever the sheet.
  let first = NO_TAIL_ROW;
  let last = -1;
  for (let i = 0; i < merges.length; i++) {
    const m = merges[i]!;
    const area = (m.r1 - m.r0 + 1) * (m.c1 - m.c0 + 1);
    if (area > 10000) continue;
    if (area > 1) {
      first = Math.min(first, m.r0);
      last = Math.max(last, m.r1);
    }
    for (let r = m.r0; r <= m.r1; r++) {
      const list = rowMerges.get(r);
      if (list) list.push(m.c0, m.c1, m.r0);
      // Array.of, not a literal: a literal's allocation site, its lists all kept, may be switched to old-space
      // allocation while this loop is being optimised, which throws that compile away.
      else rowMerges.set(r, Array.of(m.c0, m.c1, m.r0));
    }
  }
  return { first, last };
}
