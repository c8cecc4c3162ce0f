/**
 * Writes a 2-D array to a sheet in row pieces that each fit a request (≤ 1 MB, ≤ 5 M cells). A grid
 * that fits is one operation; a large one is several, and the budget syncs between them when needed.
 */
import type { SyncBudget } from './budget';
import { jsonBytes, rowChunks } from './budget';
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

export async function writeGridInChunks<V>(
  ws: Excel.Worksheet,
  grid: GridSource<V>,
  budget: SyncBudget,
  assign: (range: Excel.Range, rows: V[][], start: number, end: number) => void,
): Promise<void> {
  if (grid.rows < 1 || grid.cols < 1) return;
  const sizes: number[] = [];
  for (let i = 0; i < grid.rows; i++) sizes.push(jsonBytes(grid.rowAt(i)) + 1);
  for (const [start, end] of rowChunks(sizes, grid.cols, WRITE_CHUNK_BYTES, RANGE_CELL_LIMIT)) {
    let bytes = 0;
    const rows: V[][] = [];
    for (let i = start; i < end; i++) {
      rows.push([...grid.rowAt(i)]);
      bytes += sizes[i]!;
    }
    await budget.reserve(bytes);
    assign(ws.getRangeByIndexes(grid.row + start, grid.col, end - start, grid.cols), rows, start, end);
  }
}
