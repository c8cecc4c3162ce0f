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
