import { buildPrintableSheet, dateLine, periodLine, type PrintableSheetInput } from '../../../src/engine/plan/layout';
import type { SheetPlan } from '../../../src/workbook/plan';
import { heightAt } from './planLookups';
import { TEST_NOW, TEST_PARAMS } from '../../support/xlsxAnalysis';

const ctx = { params: TEST_PARAMS, now: TEST_NOW, lang: 'vi' as const };

function input(over: Partial<PrintableSheetInput> = {}): PrintableSheetInput {
  return {
    key: 'k',
    name: 'Bảng',
    title: 'Bảng tổng hợp',
    columns: [
      { header: 'STT', width: 6, align: 'center' },
      { header: 'Đơn vị', width: 30 },
      { header: 'Tổng điểm', width: 10, numberFormat: '0.00' },
      { header: 'Ghi chú', width: 30 },
    ],
    rows: [
      [1, 'Trường A', 95],
      [2, 'Trường B', 90, 'ghi chú'],
    ],
    ...over,
  };
}

function find(plan: SheetPlan, text: string): { row: number; col: number } | null {
  for (let r = 0; r < plan.values.length; r++) {
    const c = plan.values[r]!.indexOf(text);
    if (c >= 0) return { row: r, col: c };
  }
  return null;
}

function headerRowOf(plan: SheetPlan): number {
  return find(plan, 'STT')!.row;
}

describe('dateLine', () => {
  it('writes the Vietnamese date line with leading zeros for days < 10 and months < 3', () => {
    expect(dateLine('Đầm Hà', TEST_NOW, 'vi')).toBe('Đầm Hà, ngày 21 tháng 11 năm 2026');
    expect(dateLine('Đầm Hà', new Date('2026-02-05T03:00:00Z'), 'vi')).toBe('Đầm Hà, ngày 05 tháng 02 năm 2026');
    expect(dateLine('Đầm Hà', new Date('2026-03-10T03:00:00Z'), 'vi')).toBe('Đầm Hà, ngày 10 tháng 3 năm 2026');
  });
  it('uses the date in Vietnam (UTC+7): 18:00 UTC is already the next day', () => {
    expect(dateLine('Đầm Hà', new Date('2026-11-20T16:59:00Z'), 'vi')).toBe('Đầm Hà, ngày 20 tháng 11 năm 2026');
    expect(dateLine('Đầm Hà', new Date('2026-11-20T17:00:00Z'), 'vi')).toBe('Đầm Hà, ngày 21 tháng 11 năm 2026');
  });
  it('leaves a dotted blank when the place is unknown, and speaks English when asked', () => {
    expect(dateLine('', TEST_NOW, 'vi')).toBe('.........., ngày 21 tháng 11 năm 2026');
    expect(dateLine('Đầm Hà', TEST_NOW, 'en')).toBe('Đầm Hà, November 21, 2026');
  });
});

describe('periodLine', () => {
  it('names a school year, a calendar year, or nothing', () => {
    expect(periodLine(TEST_PARAMS, 'vi')).toBe('Năm học 2024-2025');
    expect(periodLine({ ...TEST_PARAMS, period: { kind: 'year', year: 2025 } }, 'vi')).toBe('Năm 2025');
    expect(periodLine({ ...TEST_PARAMS, period: null }, 'vi')).toBe('');
    expect(periodLine(TEST_PARAMS, 'en')).toBe('School year 2024-2025');
  });
});

describe('buildPrintableSheet', () => {
  const plan = buildPrintableSheet(input(), ctx);

  it('writes the administrative header block, title, period and date line', () => {
    expect(plan.values[0]![0]).toBe('UBND HUYỆN ĐẦM HÀ');
    expect(plan.values[1]![0]).toBe('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO ĐẦM HÀ');
    const nation = find(plan, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')!;
    expect(nation.row).toBe(0);
    expect(nation.col).toBeGreaterThan(0);
    expect(find(plan, 'Độc lập - Tự do - Hạnh phúc')).toEqual({ row: 1, col: nation.col });
    expect(find(plan, 'Đầm Hà, ngày 21 tháng 11 năm 2026')).toEqual({ row: 2, col: nation.col });
    const title = find(plan, 'BẢNG TỔNG HỢP')!;
    expect(find(plan, 'Năm học 2024-2025')!.row).toBe(title.row + 1);
    // Both halves and the title are merged areas.
    expect(plan.merges).toContainEqual({ r0: 0, c0: 0, r1: 0, c1: nation.col - 1 });
    expect(plan.merges).toContainEqual({ r0: 0, c0: nation.col, r1: 0, c1: 3 });
    expect(plan.merges).toContainEqual({ r0: title.row, c0: 0, r1: title.row, c1: 3 });
  });

  it('puts the agency alone in bold when there is no parent agency', () => {
    const p = buildPrintableSheet(input(), { ...ctx, params: { ...TEST_PARAMS, parentAgency: '' } });
    expect(p.values[0]![0]).toBe('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO ĐẦM HÀ');
    expect(p.values[1]![0]).toBeNull();
    expect(p.styles.some((s) => s.range.r0 === 0 && s.range.c0 === 0 && s.style.bold)).toBe(true);
  });

  it('writes a bordered table whose header row repeats on every page and stays frozen', () => {
    const h = headerRowOf(plan);
    expect(plan.values[h]).toEqual(['STT', 'Đơn vị', 'Tổng điểm', 'Ghi chú']);
    expect(plan.values[h + 1]).toEqual([1, 'Trường A', 95, null]);
    expect(plan.values[h + 2]).toEqual([2, 'Trường B', 90, 'ghi chú']);
    expect(plan.print.repeatRows).toEqual({ r0: h, r1: h });
    expect(plan.freeze).toEqual({ rows: h + 1, cols: 0 });
    expect(plan.styles).toContainEqual({ range: { r0: h, c0: 0, r1: h, c1: 3 }, style: expect.objectContaining({ bold: true, border: true }) });
    expect(plan.styles).toContainEqual({ range: { r0: h + 1, c0: 0, r1: h + 2, c1: 3 }, style: expect.objectContaining({ border: true }) });
    expect(plan.styles).toContainEqual({ range: { r0: h + 1, c0: 2, r1: h + 2, c1: 2 }, style: { numberFormat: '0.00' } });
  });

  it('prints on A4, one page wide, with a page-number footer, in Times New Roman 13', () => {
    expect(plan.print).toMatchObject({ paperSize: 'A4', fitToWidth: 1, footer: '&CTrang &P/&N', orientation: 'portrait' });
    expect(plan.font).toEqual({ name: 'Times New Roman', size: 13 });
    expect(plan.columnWidths).toEqual([6, 30, 10, 30]);
  });

  it('chooses landscape above 100 width units, portrait at exactly 100, and obeys an explicit choice', () => {
    const cols = (w: number) => [
      { header: 'STT', width: 10 },
      { header: 'X', width: w - 10 },
    ];
    expect(buildPrintableSheet(input({ columns: cols(100) }), ctx).print.orientation).toBe('portrait');
    expect(buildPrintableSheet(input({ columns: cols(101) }), ctx).print.orientation).toBe('landscape');
    expect(buildPrintableSheet(input({ columns: cols(101), orientation: 'portrait' }), ctx).print.orientation).toBe('portrait');
  });

  it('ends with the signature block: preparer left, council chairman right, names from the parameters', () => {
    const prep = find(plan, 'NGƯỜI LẬP BIỂU')!;
    const council = find(plan, 'TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG')!;
    expect(council.row).toBe(prep.row);
    expect(prep.col).toBe(0);
    expect(find(plan, 'CHỦ TỊCH')).toEqual({ row: council.row + 1, col: council.col });
    expect(find(plan, 'Nguyễn Thị Lan')).toEqual({ row: prep.row + 5, col: 0 });
    expect(find(plan, 'Trần Văn Minh')).toEqual({ row: prep.row + 5, col: council.col });
    expect(prep.row).toBeGreaterThan(headerRowOf(plan) + 2);
  });

  it('places formulas at their Excel row and keeps their result in the value grid', () => {
    const p = buildPrintableSheet(input({ formulas: [{ index: 1, col: 2, formula: (r) => `SUM(A${r}:B${r})`, result: 90 }] }), ctx);
    const h = headerRowOf(p);
    expect(p.formulas).toEqual([{ row: h + 2, col: 2, formula: `SUM(A${h + 3}:B${h + 3})`, result: 90 }]);
    expect(p.values[h + 2]![2]).toBe(90);
  });

  it('maps hyperlinks, merged section rows and row styles onto body rows', () => {
    const p = buildPrintableSheet(
      input({
        rows: [['Khối THCS'], [1, 'Trường A', 95]],
        mergedRows: [0],
        rowStyles: [{ index: 0, style: { bold: true } }],
        hyperlinks: [{ index: 1, col: 1, sheet: 'Khối THCS', cell: 'D4' }],
      }),
      ctx,
    );
    const h = headerRowOf(p);
    expect(p.merges).toContainEqual({ r0: h + 1, c0: 0, r1: h + 1, c1: 3 });
    expect(p.styles).toContainEqual({ range: { r0: h + 1, c0: 0, r1: h + 1, c1: 3 }, style: { bold: true } });
    expect(p.hyperlinks).toEqual([{ row: h + 2, col: 1, sheet: 'Khối THCS', cell: 'D4' }]);
  });

  it('writes notes under the table and grows rows whose text wraps', () => {
    const long = 'Ghi chú rất dài '.repeat(10);
    const p = buildPrintableSheet(input({ rows: [[1, 'Trường A', 95, long]], notesAfter: ['Căn cứ: Luật Thi đua, khen thưởng.'] }), ctx);
    const h = headerRowOf(p);
    expect(find(p, 'Căn cứ: Luật Thi đua, khen thưởng.')!.row).toBe(h + 3);
    expect(heightAt(p, h + 1)).toBeGreaterThan(17);
    expect(heightAt(p, h + 2)).toBeUndefined();
  });

  it('speaks English when lang is en', () => {
    const p = buildPrintableSheet(input(), { ...ctx, lang: 'en' });
    expect(find(p, 'SOCIALIST REPUBLIC OF VIET NAM')).not.toBeNull();
    expect(find(p, 'School year 2024-2025')).not.toBeNull();
    expect(find(p, 'PREPARED BY')).not.toBeNull();
    expect(p.print.footer).toBe('&CPage &P/&N');
  });

  it('gives a one-column table a second column so the header block has two halves', () => {
    const p = buildPrintableSheet(input({ columns: [{ header: 'STT', width: 8 }], rows: [[1]] }), ctx);
    expect(p.columnWidths.length).toBe(2);
    expect(find(p, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')!.col).toBe(1);
  });
});

describe('complete rows with their lines', () => {
  test('are taken over as they are and give the plan rows checked cell by cell give', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [i + 1, `Trường ${i % 7}`, i % 3 === 0 ? null : 90 + (i % 10), i % 5 === 0 ? 'một ghi chú dài '.repeat(i % 4) : null]);
    const lines = Int32Array.from(rows, (_, i) => 1 + (i % 4));
    const copy = () => rows.map((r) => [...r]);
    const checked = buildPrintableSheet(input({ rows: copy(), rowLines: lines }), ctx);
    const taken = copy();
    const complete = buildPrintableSheet(input({ rows: taken, rowLines: lines, rowsComplete: true }), ctx);
    expect(complete).toEqual(checked);
    const start = complete.values.indexOf(taken[0]!);
    expect(start).toBeGreaterThan(0);
    expect(complete.values[start + 19_999]).toBe(taken[19_999]);
    expect(heightAt(complete, start + 1)).toBe(34);
    expect(heightAt(complete, start)).toBeUndefined();
  });
});
