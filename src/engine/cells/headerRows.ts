/**
 * The rows of a header search (see ./headers.ts): each candidate row's folded labels with their columns,
 * read once per sheet and row, and the folded labels of every column of the row found.
 */
import type { SheetGrid } from './grid';
import type { SheetSnapshot } from '../../workbook/snapshot';
import { labelKey } from './headerLabels';
import { cellText } from './values';
import { cachedLooseKey } from './keyCache';

/** The non-empty folded labels of a header candidate row, left to right, with their columns. */
export interface RowLabels {
  readonly cols: readonly number[];
  readonly keys: readonly string[];
}

/** A number whose label is digits only (finite, no exponent when printed). */
const isPlainNumber = (v: unknown): boolean => typeof v === 'number' && v > -1e15 && v < 1e15;

/**
 * Labels of the rows of a sheet, once per sheet and row (keyed by the sheet's snapshot: the scoring and
 * the nomination stages each build their own grid over the same sheet, and several detectors scan the
 * same rows). Without numbers unless a spec has a digit alias (see findHeaderRow).
 */
const rowsWithoutNumbers = new WeakMap<SheetSnapshot, RowLabels[]>();
const rowsWithNumbers = new WeakMap<SheetSnapshot, RowLabels[]>();

export function rowCache(sheet: SheetSnapshot, withNumbers: boolean): RowLabels[] {
  const cache = withNumbers ? rowsWithNumbers : rowsWithoutNumbers;
  let rows = cache.get(sheet);
  if (!rows) cache.set(sheet, (rows = []));
  return rows;
}

export function readRow(grid: SheetGrid, r: number, withNumbers: boolean): RowLabels {
  const cols: number[] = [];
  const keys: string[] = [];
  // The row as the user sees it (a merged area's value in each of its cells), read without a call per cell.
  const row = grid.seenRow(r);
  let last: unknown = null; // a merged area repeats its value along the row: the same value, the same key
  let lastKey = '';
  for (let c = 0; c < grid.colCount; c++) {
    const v = row[c] ?? null;
    if (v === null || v === '') continue;
    if (!withNumbers && typeof v === 'number' && v > -1e15 && v < 1e15) continue; // isPlainNumber
    if (v !== last) lastKey = labelKey((last = v));
    if (!lastKey) continue;
    cols.push(c);
    keys.push(lastKey);
  }
  return new RowLabelsRecord(cols, keys);
}

/** Made by a constructor: one per sheet and header row searched, all kept (see scoring/types.ts). */
class RowLabelsRecord implements RowLabels {
  constructor(
    readonly cols: readonly number[],
    readonly keys: readonly string[],
  ) {}
}

/** Folded header labels of every column of a row ('' when empty), once per sheet and row. */
const rowKeyCache = new WeakMap<SheetSnapshot, Map<number, readonly string[]>>();

export function rowKeys(grid: SheetGrid, r: number): readonly string[] {
  // A map by row (an array filled at row r would change kind as it fills, and its reader be deoptimised).
  let rows = rowKeyCache.get(grid.sheet);
  if (!rows) rowKeyCache.set(grid.sheet, (rows = new Map()));
  let keys = rows.get(r);
  if (!keys) {
    // The row's labels are already folded, all but its numbers: only those are folded here.
    const labels = rowsWithNumbers.get(grid.sheet)?.[r] ?? rowsWithoutNumbers.get(grid.sheet)?.[r];
    const k: string[] = [];
    for (let c = 0, j = 0; c < grid.colCount; c++) {
      if (labels && labels.cols[j] === c) k.push(labels.keys[j++]!);
      else if (!labels || isPlainNumber(grid.get(r, c))) k.push(cachedLooseKey(cellText(grid.get(r, c))));
      else k.push('');
    }
    rows.set(r, (keys = k));
  }
  return keys;
}
