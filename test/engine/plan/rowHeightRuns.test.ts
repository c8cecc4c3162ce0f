import { RowHeights } from '../../../src/engine/plan/rowHeightRuns';

describe('RowHeights', () => {
  test('gives runs of consecutive rows of one height, ascending; unset rows are left out', () => {
    const h = new RowHeights(4);
    for (const r of [3, 4, 5, 7, 8]) h.set(r, 34);
    h.set(6, 51);
    h.set(10, 34);
    expect(h.runs()).toEqual([
      { r0: 3, count: 3, height: 34 },
      { r0: 6, count: 1, height: 51 },
      { r0: 7, count: 2, height: 34 },
      { r0: 10, count: 1, height: 34 },
    ]);
  });

  test('grows past its first size, raises to the larger height and clears rows', () => {
    const h = new RowHeights(16);
    h.set(100, 20);
    h.raise(100, 17);
    h.raise(101, 40);
    h.raise(101, 34);
    h.set(102, 40);
    h.clear(101);
    h.clear(5000);
    expect(h.get(100)).toBe(20);
    expect(h.get(101)).toBeUndefined();
    expect(h.get(9999)).toBeUndefined();
    expect(h.runs()).toEqual([
      { r0: 100, count: 1, height: 20 },
      { r0: 102, count: 1, height: 40 },
    ]);
  });

  test('a long list of one height is one run', () => {
    const h = new RowHeights();
    for (let r = 9; r < 50_009; r++) h.set(r, 34);
    expect(h.runs()).toEqual([{ r0: 9, count: 50_000, height: 34 }]);
  });
});

describe('RowHeights.setLines', () => {
  test('sets the rows of more than one line from their line counts, as set(linesHeight) would', () => {
    const h = new RowHeights(4);
    h.set(2, 99);
    h.setLines(3, Int32Array.of(1, 2, 2, 3, 1, 2, 30), 7);
    h.setLines(20, [2, Number.NaN, 0], 3);
    expect(h.runs()).toEqual([
      { r0: 2, count: 1, height: 99 },
      { r0: 4, count: 2, height: 34 },
      { r0: 6, count: 1, height: 51 },
      { r0: 8, count: 1, height: 34 },
      { r0: 9, count: 1, height: 409 },
      { r0: 20, count: 1, height: 34 },
    ]);
  });
});
