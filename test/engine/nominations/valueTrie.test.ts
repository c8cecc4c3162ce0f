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
});
