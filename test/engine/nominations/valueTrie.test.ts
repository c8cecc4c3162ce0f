import { ValueDict, ValueTrie } from '../../../src/engine/nominations/valueTrie';
import type { CellValue } from '../../../src/workbook/snapshot';

describe('ValueDict', () => {
  test('reads each distinct value once and shares the reading', () => {
    const seen: CellValue[] = [];
    const dict = new ValueDict((v) => {
      seen.push(v);
      return { text: String(v) };
    });
    const a = dict.readingOf('THCS A');
    expect(dict.readingOf(['THCS', 'A'].join(' '))).toBe(a);
    expect(dict.readingOf(undefined)).toBe(dict.readingOf(null));
    dict.readingOf(8.5);
    dict.readingOf(8.5);
    expect(seen).toEqual(['THCS A', null, 8.5]);
    expect(dict.size).toBe(3);
  });

  test('a null reading is kept (not read again)', () => {
    let calls = 0;
    const dict = new ValueDict(() => {
      calls++;
      return null;
    });
    dict.readingOf('');
    dict.readingOf('');
    expect(calls).toBe(1);
  });
});

describe('ValueTrie', () => {
  test('one reading per combination of the key columns, from the first row holding it', () => {
    const rows: CellValue[][] = [
      ['x', 'HTTNV', null, 'ignored 1'],
      ['y', 'HTTNV', null, 'ignored 2'],
      ['z', 'HTTNV', 3],
      ['w', 'HTXSNV', null],
    ];
    const firstRows: number[] = [];
    const trie = new ValueTrie([1, 2], (r) => {
      firstRows.push(r);
      return { r };
    });
    const got = rows.map((values, r) => trie.rowReading(values, r));
    expect(firstRows).toEqual([0, 2, 3]);
    expect(got[1]).toBe(got[0]);
    expect(got.map((g) => g.r)).toEqual([0, 0, 2, 3]);
  });

  test('without key columns every row shares one reading', () => {
    const trie = new ValueTrie([], (r) => ({ r }));
    expect(trie.rowReading(['a'], 5)).toBe(trie.rowReading(['b'], 6));
  });

  test('empty cells (null, past the row end, blank text) read alike: keyed by the filled columns only', () => {
    const firstRows: number[] = [];
    const trie = new ValueTrie([0, 1, 2], (r) => {
      firstRows.push(r);
      return { r };
    });
    const a = trie.rowReading(['x', null, ''], 0);
    expect(trie.rowReading(['x'], 1)).toBe(a);
    expect(trie.rowReading(['x', '', null], 2)).toBe(a);
    // The same value in another column is another combination.
    const b = trie.rowReading([null, 'x'], 3);
    const c = trie.rowReading([null, null, 'x'], 4);
    const none = trie.rowReading([], 5);
    expect(trie.rowReading(['', null, null], 6)).toBe(none);
    expect(trie.rowReading([null, 'x', null], 7)).toBe(b);
    const ab = trie.rowReading(['x', 'x'], 8);
    expect(trie.rowReading(['x', 'x', ''], 9)).toBe(ab);
    expect(trie.rowReading(['x', 'y'], 10)).not.toBe(ab);
    expect(firstRows).toEqual([0, 3, 4, 5, 8, 10]);
    expect(new Set([a, b, c, none, ab]).size).toBe(5);
  });

  test('more key columns than a mask holds: every column keys the reading', () => {
    const cols = Array.from({ length: 40 }, (_, i) => i);
    const trie = new ValueTrie(cols, (r) => ({ r }));
    const row = (last: CellValue): CellValue[] => [...Array<CellValue>(39).fill('a'), last];
    const a = trie.rowReading(row('z'), 0);
    expect(trie.rowReading(row('z'), 1)).toBe(a);
    expect(trie.rowReading(row(null), 2)).not.toBe(a);
    expect(trie.rowReading(row(null), 3).r).toBe(2);
  });
});
