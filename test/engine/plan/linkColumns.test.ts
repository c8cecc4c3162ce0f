import { linkColumn } from '../../../src/engine/plan/linkColumns';
import type { PlanHyperlink, SheetPlan } from '../../../src/workbook/plan';
import { forEachLink, linkCount } from '../../../src/workbook/plan';

describe('linkColumn', () => {
  const targets = [
    { sheet: 'Đề nghị', cell: 'B2' },
    { sheet: 'Đề nghị', cell: 'B3' },
    { sheet: 'Tập thể', cell: 'C9' },
    { sheet: 'Đề nghị', cell: '$B$4' },
  ];

  test('holds the targets of consecutive rows in two arrays of strings', () => {
    expect(linkColumn(2, 10, targets)).toEqual({ col: 2, r0: 10, sheets: ['Đề nghị', 'Đề nghị', 'Tập thể', 'Đề nghị'], cells: ['B2', 'B3', 'C9', '$B$4'] });
    expect(linkColumn(0, 5, [])).toEqual({ col: 0, r0: 5, sheets: [], cells: [] });
  });

  test('a plan reads every link back, the one-by-one links first', () => {
    const one: PlanHyperlink = { row: 3, col: 1, sheet: 'Khác', cell: 'A1' };
    const plan = { hyperlinks: [one], linkColumns: [linkColumn(0, 10, targets)] } as unknown as SheetPlan;
    const seen: PlanHyperlink[] = [];
    forEachLink(plan, (row, col, sheet, cell) => seen.push({ row, col, sheet, cell }));
    expect(linkCount(plan)).toBe(5);
    expect(seen).toEqual([one, ...targets.map((t, i) => ({ row: 10 + i, col: 0, ...t }))]);
  });
});
