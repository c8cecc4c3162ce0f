import { SheetGrid } from '../../../src/engine/cells/grid';
import type { CellRange, CellValue } from '../../../src/workbook/snapshot';

const grid = (values: CellValue[][], merges: CellRange[] = [], hiddenRows: number[] = []): SheetGrid =>
  new SheetGrid({ name: 's', visibility: 'visible', values, merges, hiddenRows });

describe('SheetGrid', () => {
  it('seenRow: every row as get reads it, cell by cell (short rows, empty strings, overlapping areas)', () => {
    const g = grid(
      [
        ['T', null, '', null],
        ['A', null, 'B', ''],
        [null, 'own', null],
        [1, 2, 3, 4],
        [],
      ],
      [
        { r0: 0, c0: 0, r1: 0, c1: 3 },
        { r0: 1, c0: 0, r1: 2, c1: 1 },
        { r0: 1, c0: 1, r1: 2, c1: 3 },
        { r0: 1, c0: 2, r1: 2, c1: 3 },
      ],
    );
    for (let r = 0; r < 6; r++) {
      const row = g.seenRow(r);
      for (let c = 0; c < g.colCount; c++) expect([r, c, row[c] ?? null]).toEqual([r, c, g.get(r, c)]);
    }
    expect(g.seenRow(0)).toBe(g.seenRow(0));
    expect(g.seenRow(3)).toBe(g.sheet.values[3]);
  });

  it('reads a merged area as its top-left value; its own non-empty value wins', () => {
    const g = grid([['A', null, 'own'], [null, null, null]], [{ r0: 0, c0: 0, r1: 1, c1: 2 }]);
    expect(g.get(0, 1)).toBe('A');
    expect(g.get(1, 2)).toBe('A');
    expect(g.get(0, 2)).toBe('own');
    expect(g.raw(0, 1)).toBeNull();
    expect(g.isMergedTail(0, 0)).toBe(false);
    expect(g.isMergedTail(1, 0)).toBe(true);
    expect(g.isMergedTail(0, 3)).toBe(false);
  });

  it('overlapping areas: a cell belongs to the last area it is a tail of', () => {
    const g = grid([['A', null, 'B', null], [null, null, null, null]], [
      { r0: 0, c0: 0, r1: 0, c1: 3 },
      { r0: 0, c0: 2, r1: 1, c1: 3 },
    ]);
    // (0, 2) is the second area's top-left, so it stays a tail of the first.
    expect(g.isMergedTail(0, 2)).toBe(true);
    expect(g.get(0, 3)).toBe('B');
    expect(g.get(1, 2)).toBe('B');
    expect(g.get(0, 1)).toBe('A');
  });

  it('knows the rows that can hold merged tails; huge areas are ignored', () => {
    expect(grid([['x']], [{ r0: 2, c0: 0, r1: 4, c1: 1 }]).tailRows()).toEqual({ first: 2, last: 4 });
    const g = grid([['x']], [{ r0: 0, c0: 0, r1: 200, c1: 100 }]);
    expect(g.isMergedTail(1, 1)).toBe(false);
    expect(g.tailRows().first).toBeGreaterThan(g.tailRows().last);
  });

  it('a sheet without merges: no row can hold a tail, the bounds stay small integers, a row-1 merge spans its rows only', () => {
    const none = grid([['a', 'b'], ['c']]).tailRows();
    expect(none.first).toBeGreaterThan(1_000_000);
    expect(none.last).toBe(-1);
    expect(Number.isInteger(none.first)).toBe(true);
    // A 1×1 "merge" has no tail; a second area widens the bounds.
    expect(grid([['x']], [{ r0: 3, c0: 0, r1: 3, c1: 0 }, { r0: 5, c0: 0, r1: 6, c1: 0 }]).tailRows()).toEqual({ first: 5, last: 6 });
  });

  it('sizes, empty and hidden rows', () => {
    const g = grid([['a'], [null, '  ', null, 'b'], [null, ' ']], [], [1]);
    expect([g.rowCount, g.colCount]).toEqual([3, 4]);
    expect(g.isEmptyRow(1)).toBe(false);
    expect(g.isEmptyRow(2)).toBe(true);
    expect(g.isEmptyRow(7)).toBe(true);
    expect(g.isHiddenRow(1)).toBe(true);
    expect(g.cell(1, 3)).toBe('s!D2');
  });
});
