/**
 * Writes a 2-D array to a sheet in row pieces. Each piece takes as many rows as fit the room left in
 * the current sync (and at most WRITE_CHUNK_BYTES, RANGE_CELL_LIMIT cells); when not even the next row
 * fits, the budget syncs first. So requests fill up to the budget instead of stopping a piece short.
 * A grid that fits is one operation; a row larger than a whole request is a piece of its own.
 */
import type { SyncBudget } from './budget';
import { jsonBytes } from './budget';
import { RANGE_CELL_LIMIT, WRITE_CHUNK_BYTES } from './limits';

export interface GridSource<V> {
  /** Top-left cell, 0-based. */
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  /** Row i of the grid (exactly `cols` long). */
  readonly rowAt: (i: number) => readonly V[];
}

/** Bytes of `[row,row,…]`: each row's JSON plus its comma (and the brackets). */
function rowSizes<V>(grid: GridSource<V>): number[] {
  const sizes: number[] = [];
  for (let i = 0; i < grid.rows; i++) sizes.push(jsonBytes(grid.rowAt(i)) + 1);
  return sizes;
}

/** End (exclusive) of the piece from `start`: rows while they fit `room` (at least one row). */
export function pieceEnd(sizes: readonly number[], start: number, room: number, maxRows: number): number {
  let end = start + 1;
  let bytes = sizes[start]! + 1;
  while (end < sizes.length && end - start < maxRows && bytes + sizes[end]! <= room) bytes += sizes[end++]!;
  return end;
}

export async function writeGridInChunks<V>(
  ws: Excel.Worksheet,
  grid: GridSource<V>,
  budget: SyncBudget,
  assign: (range: Excel.Range, rows: V[][], start: number, end: number) => void,
): Promise<void> {
  if (grid.rows < 1 || grid.cols < 1) return;
  const sizes = rowSizes(grid);
  const maxRows = Math.max(1, Math.floor(RANGE_CELL_LIMIT / grid.cols));
  for (let start = 0; start < grid.rows; ) {
    // Not even one row fits what is left of this sync: send it first.
    await budget.ensureRoom(sizes[start]! + 1);
    const end = pieceEnd(sizes, start, Math.min(budget.room(), WRITE_CHUNK_BYTES), maxRows);
    let bytes = 1;
    const rows: V[][] = [];
    for (let i = start; i < end; i++) {
      rows.push([...grid.rowAt(i)]);
      bytes += sizes[i]!;
    }
    await budget.reserve(bytes);
    assign(ws.getRangeByIndexes(grid.row + start, grid.col, end - start, grid.cols), rows, start, end);
    start = end;
  }
}
