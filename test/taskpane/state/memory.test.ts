import { applyColumnMappings, columnKey, columnMappings, guessHeaderRow, headerCells, roleKey, roleOverrides, withEntry } from '../../../src/taskpane/state/memory';
import { sheet, workbook } from '../support/fixtures';

describe('workbook memory of the pane', () => {
  it('reads confirmed roles and ignores unknown roles and other keys', () => {
    const memory = { [roleKey('Bảng 1')]: 'scoring', [roleKey('Bảng 2')]: 'nonsense', [columnKey('Bảng 1', 'Tên trường')]: 'Đơn vị', other: 'x' };
    expect(roleOverrides(memory)).toEqual({ 'Bảng 1': 'scoring' });
  });

  it('sets and removes one entry without touching the others', () => {
    const m = withEntry({ a: '1' }, 'b', '2');
    expect(m).toEqual({ a: '1', b: '2' });
    expect(withEntry(m, 'a', null)).toEqual({ b: '2' });
  });

  it('keys a column mapping by the folded header, so spelling variants share it', () => {
    expect(columnKey('Khối THCS', 'Tên Trường')).toBe(columnKey('Khối THCS', 'ten truong'));
    const memory = { [columnKey('Khối THCS', 'Tên trường')]: 'Đơn vị' };
    expect(columnMappings(memory, 'Khối THCS')).toEqual({ 'ten truong': 'Đơn vị' });
    expect(columnMappings(memory, 'Khối TH')).toEqual({});
  });

  it('renames mapped header cells in the first 15 rows only, keeping addresses and other sheets', () => {
    const rows = Array.from({ length: 17 }, (_, i) => [i === 16 ? 'TÊN TRƯỜNG' : null]);
    rows[2] = ['STT', 'Tên trường', 'I'];
    const snap = workbook(sheet('Khối THCS', rows), sheet('Khác', [['Tên trường']]));
    const out = applyColumnMappings(snap, { [columnKey('Khối THCS', 'Tên trường')]: 'Đơn vị' });
    expect(out.sheets[0]!.values[2]).toEqual(['STT', 'Đơn vị', 'I']);
    expect(out.sheets[0]!.values[16]).toEqual(['TÊN TRƯỜNG']); // row 17: data, not a header
    expect(out.sheets[1]!.values).toEqual([['Tên trường']]);
    expect(snap.sheets[0]!.values[2]).toEqual(['STT', 'Tên trường', 'I']); // the input is not mutated
  });

  it('returns the same snapshot when nothing is mapped', () => {
    const snap = workbook(sheet('A', [['x']]));
    expect(applyColumnMappings(snap, { [roleKey('A')]: 'units' })).toBe(snap);
  });

  it('lists the header texts once each, and guesses the header row of an unrecognised sheet', () => {
    const snap = workbook(sheet('DS', [['DANH SÁCH'], [], ['STT', 'Họ tên', 'Đơn vị', 'Họ tên', 7], [1, 'A', 'B']]));
    expect(guessHeaderRow(snap, 'DS')).toBe(2);
    expect(headerCells(snap, 'DS', 2)).toEqual(['STT', 'Họ tên', 'Đơn vị', '7']);
    expect(headerCells(snap, 'DS', null)).toEqual([]);
    expect(guessHeaderRow(snap, 'missing')).toBeNull();
  });
});
