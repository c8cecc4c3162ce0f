/** The merge's small rules: bloc names, unit identity, sheet names, table ends, the sheet plan. */
import { SheetGrid } from '../../../src/engine/cells/grid';
import { findHeaderRow } from '../../../src/engine/cells/headers';
import type { CellValue } from '../../../src/workbook/snapshot';
import { blocFromText, blocName } from '../../../src/engine/merge/blocName';
import { legalSheetName, unitKey, fileBase, toPlanValue } from '../../../src/engine/merge/values';
import { readTable } from '../../../src/engine/merge/tableRead';
import { findCriteriaHeader, isBlocLabel, isSelfLabel } from '../../../src/engine/merge/criteriaRows';
import { parseCriteriaInRows, unitFromTitle } from '../../../src/engine/merge/criteriaInRows';
import { mergedSheetPlan } from '../../../src/engine/merge';

const grid = (name: string, values: CellValue[][], merges: { r0: number; c0: number; r1: number; c1: number }[] = []): SheetGrid =>
  new SheetGrid({ name, visibility: 'visible', values, merges });

describe('bloc names', () => {
  test.each([
    ['Khối THCS', 'Khối THCS'],
    ['BẢNG TỰ CHẤM ĐIỂM THI ĐUA KHỐI THCS NĂM HỌC 2024-2025', 'Khối THCS'],
    ['CỤM 2 năm 2025', 'Cụm 2'],
    ['Khoi Tieu hoc', 'Khối Tieu hoc'],
    ['Khối THCS Đợt 1', 'Khối THCS Đợt 1'],
  ])('%s → %s', (text, bloc) => expect(blocFromText(text)).toBe(bloc));

  test.each([['Tự chấm'], ['Khối'], ['Trường THCS Đầm Hà'], ['Khối chấm'], ['Cụm chấm']])('%s is no bloc', (text) => expect(blocFromText(text)).toBeNull());

  test('sheet name first (prefix "Chấm điểm" dropped), then a title cell, then the sheet name as is, else unknown', () => {
    expect(blocName(grid('Chấm điểm Cụm 3', [['TT']]), 0)).toEqual({ name: 'Cụm 3', from: 'sheet' });
    expect(blocName(grid('Chấm điểm', [['KHỐI MẦM NON'], ['TT']]), 1)).toEqual({ name: 'Khối MẦM NON', from: 'title' });
    expect(blocName(grid('Trường chuẩn', [['TT']]), 0)).toEqual({ name: 'Trường chuẩn', from: 'sheet' });
    expect(blocName(grid('Sheet1', [['TT']]), 0)).toEqual({ name: 'Chấm điểm', from: 'unknown' });
    // A title below the header is data, not the bloc.
    expect(blocName(grid('Bảng điểm', [['TT'], ['Khối THCS']]), 0).from).toBe('unknown');
  });
});

describe('identity and names', () => {
  test('a unit is the same with or without "Trường", case and diacritics', () => {
    expect(unitKey('Trường THCS Đầm Hà')).toBe(unitKey('thcs dam ha'));
    expect(unitKey('THCS Đầm Hà')).not.toBe(unitKey('THCS Đầm Hà 2'));
  });

  test('legal, unique sheet names (≤ 31 characters, no []:*?/\\)', () => {
    const taken = new Set(['khối thcs']);
    expect(legalSheetName('Khối THCS', taken)).toBe('Khối THCS (2)');
    expect(legalSheetName('Khối: 6/7 [A]', new Set())).toBe('Khối 6 7 A');
    const long = legalSheetName('x'.repeat(40), new Set(['x'.repeat(31)]));
    expect(long).toBe(`${'x'.repeat(27)} (2)`);
    expect(long.length).toBeLessThanOrEqual(31);
  });

  test('file base names and copied values', () => {
    expect(fileBase('/tmp/don vi/THCS Đầm Hà.XLSX')).toBe('THCS Đầm Hà');
    expect(toPlanValue({ error: '#N/A' })).toBe('#N/A');
    expect(toPlanValue(undefined)).toBeNull();
    expect(toPlanValue(8.5)).toBe(8.5);
  });

  test('score labels', () => {
    expect(isSelfLabel('Điểm tự chấm')).toBe(true);
    expect(isBlocLabel('Điểm thống nhất')).toBe(true);
    expect(isBlocLabel('Kiểm tra chéo')).toBe(true);
    expect(isSelfLabel('Điểm chuẩn')).toBe(false);
    expect(isBlocLabel('Điểm chuẩn')).toBe(false);
  });
});

describe('tables end where the form ends', () => {
  const spec = [{ key: 'name', aliases: ['Họ và tên'], required: true }];

  test('the signature block ends the table; a "Hiệu trưởng" in the Chức vụ column of a filled row does not', () => {
    const g = grid('DS', [
      ['STT', 'Họ và tên', 'Chức vụ'],
      ['(1)', '(2)', '(3)'],
      [1, 'Lê Văn A', 'Hiệu trưởng'],
      [2, 'Phạm Thị B', 'Chủ tịch công đoàn'],
      [],
      [null, 'NGƯỜI LẬP BIỂU', 'HIỆU TRƯỞNG'],
      [null, 'Nguyễn Văn Ký', 'Trần Văn Tên'],
    ]);
    const t = readTable(g, findHeaderRow(g, spec)!, 1);
    expect(t.rows).toEqual([2, 3]);
  });

  test('a two-row header (the key column merged down) is one header block; labels join both rows', () => {
    const g = grid(
      'DS',
      [
        ['STT', 'Họ và tên', 'Sáng kiến', null],
        [null, null, 'Tên', 'Cấp'],
        [1, 'Lê Văn A', 'STEM', 'cơ sở'],
      ],
      [
        { r0: 0, c0: 0, r1: 1, c1: 0 },
        { r0: 0, c0: 1, r1: 1, c1: 1 },
        { r0: 0, c0: 2, r1: 0, c1: 3 },
      ],
    );
    const t = readTable(g, findHeaderRow(g, spec)!, 1);
    expect([t.top, t.bottom]).toEqual([0, 1]);
    expect(t.columns.map((c) => c.label)).toEqual(['STT', 'Họ và tên', 'Sáng kiến / Tên', 'Sáng kiến / Cấp']);
    expect(t.rows).toEqual([2]);
  });
});

describe('criteria-in-rows unit columns', () => {
  test('the unit of a one-school form from "Đơn vị: …" or "TRƯỜNG …" above the header, never from the bloc title', () => {
    expect(unitFromTitle(grid('x', [['KHỐI THCS'], ['Đơn vị: THCS Đầm Hà'], ['TT']]), 2)).toBe('THCS Đầm Hà');
    expect(unitFromTitle(grid('x', [['TRƯỜNG TH QUẢNG TÂN'], ['TT']]), 1)).toBe('TRƯỜNG TH QUẢNG TÂN');
    expect(unitFromTitle(grid('x', [['BẢNG CHẤM ĐIỂM KHỐI THCS'], ['TT']]), 1)).toBeNull();
  });

  test('a title merged over the criteria columns is not a unit name', () => {
    const g = grid(
      'Chấm điểm',
      [
        ['BẢNG CHẤM ĐIỂM', null, null, null, null],
        ['TT', 'Nội dung', 'Điểm chuẩn', 'Tự chấm', 'Khối chấm'],
        [1, 'Kế hoạch', 10, 9, 8],
      ],
      [{ r0: 0, c0: 0, r1: 0, c1: 4 }],
    );
    const parsed = parseCriteriaInRows(g, findCriteriaHeader(g)!, 'THCS A.xlsx');
    expect(parsed.units).toEqual([
      {
        name: 'THCS A',
        nameFrom: 'file',
        cell: 'D2',
        cols: [
          { c: 3, label: 'Tự chấm', kind: 'self' },
          { c: 4, label: 'Khối chấm', kind: 'bloc' },
        ],
      },
    ]);
  });
});

describe('mergedSheetPlan', () => {
  test('bordered table, bold shaded header frozen and repeated, dates formatted, a copied title block in bold', () => {
    const plan = mergedSheetPlan({
      name: 'Đề nghị khen thưởng',
      role: 'nominations',
      rows: [['STT', 'Họ và tên', 'Ngày sinh'], [1, 'A', 31000]],
      merges: [],
      widths: [6, 20, 12],
      headerRow: 0,
      headerRowCount: 1,
      dateColumns: [2],
    });
    expect(plan.freeze).toEqual({ rows: 1, cols: 0 });
    expect(plan.print.repeatRows).toEqual({ r0: 0, r1: 0 });
    expect(plan.print.paperSize).toBe('A4');
    expect(plan.styles).toEqual([
      { range: { r0: 0, c0: 0, r1: 1, c1: 2 }, style: { border: true, vAlign: 'middle', wrap: true } },
      { range: { r0: 0, c0: 0, r1: 0, c1: 2 }, style: { bold: true, hAlign: 'center', fill: '#DDEBF7' } },
      { range: { r0: 1, c0: 2, r1: 1, c1: 2 }, style: { numberFormat: 'dd/mm/yyyy', hAlign: 'center' } },
    ]);
    const copied = mergedSheetPlan({ name: 'Tiêu chí', role: 'criteria', rows: [['BẢNG TIÊU CHÍ'], ['Mã', 'Nội dung'], ['I', 'Chung']], merges: [], widths: [8, 40], headerRow: 1, headerRowCount: 1, dateColumns: [] });
    expect(copied.styles[0]).toEqual({ range: { r0: 0, c0: 0, r1: 0, c1: 1 }, style: { bold: true } });
    expect(copied.freeze).toEqual({ rows: 2, cols: 0 });
    expect(copied.print.repeatRows).toEqual({ r0: 1, r1: 1 });
  });
});
