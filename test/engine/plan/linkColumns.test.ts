import { linkColumns, packedCell } from '../../../src/engine/plan/linkColumns';
import type { PlanHyperlink, SheetPlan } from '../../../src/workbook/plan';
import { columnLetters, forEachLink, linkCount } from '../../../src/workbook/plan';

describe('packedCell', () => {
  test('reads plain upper-case A1 addresses as row · 16384 + column', () => {
    expect(packedCell('A1')).toBe(0);
    expect(packedCell('B7')).toBe(6 * 16384 + 1);
    expect(packedCell('AB12')).toBe(11 * 16384 + 27);
    expect(packedCell('XFD1048576')).toBe(1048575 * 16384 + 16383);
  });

  test('refuses what would not be written back the same', () => {
    for (const cell of ['', 'B', '7', 'b7', '$B$7', 'B07', 'B0', 'ABCD1', 'XFE1', 'A1048577', 'B7 ', 'B-7']) expect(packedCell(cell)).toBe(-1);
  });

  test('round-trips with columnLetters', () => {
    for (const col of [0, 25, 26, 701, 702, 16383]) {
      const cell = `${columnLetters(col)}42`;
      expect(packedCell(cell)).toBe(41 * 16384 + col);
    }
  });
});

describe('linkColumns', () => {
  const targets = [
    { sheet: 'Đề nghị', cell: 'B2' },
    { sheet: 'Đề nghị', cell: 'B3' },
    { sheet: 'Tập thể', cell: 'C9' },
    { sheet: 'Đề nghị', cell: '$B$4' },
    { sheet: 'Đề nghị', cell: 'B5' },
  ];

  test('one column of typed arrays per target sheet and column; odd addresses stay one by one', () => {
    const oneByOne: PlanHyperlink[] = [];
    const columns = linkColumns(0, 10, targets, oneByOne);
    expect(columns.map((c) => [c.col, c.sheet, c.targetCol, [...c.rows], [...c.targetRows]])).toEqual([
      [0, 'Đề nghị', 1, [10, 11, 14], [1, 2, 4]],
      [0, 'Tập thể', 2, [12], [8]],
    ]);
    expect(columns[0]!.rows).toBeInstanceOf(Int32Array);
    expect(oneByOne).toEqual([{ row: 13, col: 0, sheet: 'Đề nghị', cell: '$B$4' }]);
  });

  test('a plan reads every link back with its A1 target', () => {
    const oneByOne: PlanHyperlink[] = [];
    const plan = { hyperlinks: oneByOne, linkColumns: linkColumns(0, 10, targets, oneByOne) } as unknown as SheetPlan;
    const seen: PlanHyperlink[] = [];
    forEachLink(plan, (row, col, sheet, cell) => seen.push({ row, col, sheet, cell }));
    expect(linkCount(plan)).toBe(5);
    expect(seen.sort((a, b) => a.row - b.row)).toEqual(targets.map((t, i) => ({ row: 10 + i, col: 0, ...t })));
  });
});
