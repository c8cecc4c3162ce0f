import { firstDataRow, isColumnNumberRow } from '../../../src/engine/cells/columnNumbers';
import { grid } from '../blocs/fixtures';

describe('column-number rows', () => {
  it('recognises "(1) (2) (3)", "A B 1 2 3" and plain increasing numbers', () => {
    const g = grid('S', [['STT', 'Đơn vị', 'I', 'II'], ['(1)', '(2)', '(3)', '(4)'], ['A', 'B', 1, 2], [1, 2, 3, 4]]);
    expect([1, 2, 3].map((r) => isColumnNumberRow(g, r))).toEqual([true, true, true]);
    expect(firstDataRow(g, 0)).toBe(2);
  });
  it('a data row, a decreasing row or a short row is not one', () => {
    const g = grid('S', [['STT', 'Đơn vị', 'I', 'II'], [1, 'Trường A', 30, 60], [1, 2, 1, 2], [1, 2], [3, 2, 1], [1, 'A', 30, 60], ['A', 'C', 1, 2]]);
    expect([1, 2, 3, 4, 5, 6].map((r) => isColumnNumberRow(g, r))).toEqual([false, false, false, false, false, false]);
    expect(firstDataRow(g, 0)).toBe(1);
    expect(isColumnNumberRow(g, 99)).toBe(false);
  });
});
