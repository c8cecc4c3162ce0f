import { findHeaderRow, sheetNameMatches } from '../../../src/engine/cells/headers';
import { SheetGrid } from '../../../src/engine/cells/grid';
import { cellAddress, columnLetter, parseCellAddress } from '../../../src/engine/cells/address';

const specs = [
  { key: 'code', aliases: ['TT', 'STT', 'Mã'], required: true },
  { key: 'content', aliases: ['Nội dung', 'Tiêu chí', 'Nội dung tiêu chí'], required: true },
  { key: 'max', aliases: ['Điểm chuẩn', 'Điểm tối đa', 'Thang điểm', 'Điểm'] },
];

describe('findHeaderRow', () => {
  it('finds a header under a title block, without diacritics', () => {
    const grid = new SheetGrid({
      name: 'Tiêu chí',
      visibility: 'visible',
      values: [['PHÒNG GD&ĐT'], [], ['BẢNG TIÊU CHÍ'], ['STT', 'Noi dung', 'DIEM CHUAN'], ['I', 'Nhóm 1', 10]],
      merges: [{ r0: 0, c0: 0, r1: 0, c1: 2 }],
    });
    const h = findHeaderRow(grid, specs);
    expect(h).not.toBeNull();
    expect(h!.row).toBe(3);
    expect(h!.columns).toEqual({ code: 0, content: 1, max: 2 });
  });

  it('gives up past row 15', () => {
    const values: (string | null)[][] = Array.from({ length: 16 }, () => [null]);
    values.push(['TT', 'Nội dung', 'Điểm']);
    const grid = new SheetGrid({ name: 'x', visibility: 'visible', values, merges: [] });
    expect(findHeaderRow(grid, specs)).toBeNull();
  });

  it('reads merged header cells as their top-left value', () => {
    const grid = new SheetGrid({
      name: 's',
      visibility: 'visible',
      values: [['TT', 'Nội dung', null, 'Điểm']],
      merges: [{ r0: 0, c0: 1, r1: 0, c1: 2 }],
    });
    expect(grid.get(0, 2)).toBe('Nội dung');
    expect(grid.isMergedTail(0, 2)).toBe(true);
    expect(findHeaderRow(grid, specs)!.columns.content).toBe(1);
  });
});

describe('sheet names and addresses', () => {
  it('matches sheet names by prefix, forgivingly', () => {
    expect(sheetNameMatches('Tiêu chí Khối THCS', ['Tiêu chí'])).toBe(true);
    expect(sheetNameMatches('TIEU CHI', ['Tiêu chí'])).toBe(true);
    expect(sheetNameMatches('Tiêu chíx', ['Tiêu chí'])).toBe(false);
  });

  it('converts between indexes and A1 addresses', () => {
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(25)).toBe('Z');
    expect(columnLetter(26)).toBe('AA');
    expect(cellAddress(6, 5)).toBe('F7');
    expect(parseCellAddress('$AB$10')).toEqual({ row: 9, col: 27 });
    expect(parseCellAddress('nope')).toBeNull();
  });
});

describe('findHeaderRow — matching details', () => {
  const g = (values: (string | number | null)[][]) => new SheetGrid({ name: 's', visibility: 'visible', values, merges: [] });

  it('a number cell matches only an alias made of digits', () => {
    const values = [['Năm', 2024, 'Ghi chú'], [1, 2, 3]];
    expect(findHeaderRow(g(values), [{ key: 'year', aliases: ['2024'], required: true }])?.columns).toEqual({ year: 1 });
    expect(findHeaderRow(g(values), [{ key: 'year', aliases: ['Năm 2024'], required: true }])).toBeNull();
  });

  it('two specs sharing a key: the optional one can stand for the required one', () => {
    const specs = [
      { key: 'name', aliases: ['Họ và tên'], required: true },
      { key: 'name', aliases: ['Tên'] },
      { key: 'unit', aliases: ['Đơn vị'] },
    ];
    expect(findHeaderRow(g([['Tên', 'Đơn vị']]), specs)).toMatchObject({ row: 0, columns: { name: 0, unit: 1 }, score: 2 });
  });

  it('keeps the first row of the best score, columns in spec order, prefix aliases as whole words', () => {
    const specs = [
      { key: 'code', aliases: ['TT'], required: true },
      { key: 'content', aliases: ['Nội dung'], required: true, match: 'prefix' as const },
      { key: 'note', aliases: ['Ghi chú'], match: 'prefix' as const },
    ];
    const h = findHeaderRow(g([['TT', 'Nội dungx'], ['TT', 'Nội dung chính', 'Ghi chú thêm'], ['TT', 'Nội dung', 'Ghi chú']]), specs);
    expect(h).toMatchObject({ row: 1, score: 3 });
    expect(Object.keys(h!.columns)).toEqual(['code', 'content', 'note']);
    expect(h!.labels).toEqual(['tt', 'noi dung chinh', 'ghi chu them']);
  });
});
