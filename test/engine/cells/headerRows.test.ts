import { SheetGrid } from '../../../src/engine/cells/grid';
import { readRow } from '../../../src/engine/cells/headerRows';
import type { CellRange, CellValue } from '../../../src/workbook/snapshot';

const grid = (values: CellValue[][], merges: CellRange[] = []): SheetGrid => new SheetGrid({ name: 's', visibility: 'visible', values, merges });

describe('readRow', () => {
  it('a row without merged cells: its non-empty labels, numbers only when asked, folded', () => {
    const g = grid([['STT', null, '', 12, 'Họ và tên', '  ', true], ['x']]);
    expect(readRow(g, 0, false)).toMatchObject({ cols: [0, 4, 6], keys: ['stt', 'ho va ten', 'true'] });
    expect(readRow(g, 0, true)).toMatchObject({ cols: [0, 3, 4, 6], keys: ['stt', '12', 'ho va ten', 'true'] });
    expect(readRow(g, 5, false)).toMatchObject({ cols: [], keys: [] });
  });

  it('a row crossed by merged areas: an empty cell reads as its area value, the same as a plain row otherwise', () => {
    const values: CellValue[][] = [['Điểm các đơn vị', null, null, 'Ghi chú'], ['Trường A', null, 'Trường B', null]];
    const g = grid(values, [{ r0: 0, c0: 0, r1: 0, c1: 2 }, { r0: 1, c0: 0, r1: 1, c1: 1 }]);
    expect(readRow(g, 0, false)).toMatchObject({ cols: [0, 1, 2, 3], keys: ['diem cac don vi', 'diem cac don vi', 'diem cac don vi', 'ghi chu'] });
    expect(readRow(g, 1, false)).toMatchObject({ cols: [0, 1, 2], keys: ['truong a', 'truong a', 'truong b'] });
    expect(readRow(grid(values), 0, false)).toMatchObject({ cols: [0, 3], keys: ['diem cac don vi', 'ghi chu'] });
  });
});
