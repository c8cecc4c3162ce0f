/**
 * One workbook built by hand through the whole bloc stage: both scoring layouts, decimal-comma text
 * numbers, headers without diacritics, NFD-encoded unit names, a veto, a tie broken by deductions, an
 * unbreakable tie at the flag place, an empty bloc-score cell, a units sheet and a votes sheet.
 */
import { readSettings } from '../../../src/engine/settings/readSettings';
import { analyzeBlocs } from '../../../src/engine/blocs/analyzeBlocs';
import { renderFinding } from '../../../src/engine/findings/messages';
import { book, sheet, where, FindingSink } from './fixtures';

const NFD = (s: string): string => s.normalize('NFD');

const settings = sheet('Cấu hình', [
  ['Tham số', 'Giá trị', 'Ghi chú'],
  ['Tỷ lệ đề nghị Bằng khen', '40 %', 'để có suất Bằng khen trong khối nhỏ'],
  ['Năm học', '2024-2025'],
]);

const criteria = sheet('Tiêu chí', [
  ['TT', 'Nội dung', 'Điểm chuẩn'],
  ['I', 'Chính trị', 30],
  ['1', 'Học tập nghị quyết', 10],
  ['2', 'Nề nếp', 20],
  ['II', 'Chuyên môn', 70],
  ['1', 'Dạy học', 40],
  ['2', 'Kiểm tra', 30],
  ['III', 'Điểm thưởng', 5],
  ['1', 'Giải thưởng', 5],
  ['IV', 'Điểm trừ', null],
  ['1', 'Chậm báo cáo', 5],
  ['V', 'Tiêu chí liệt', null],
  ['1', 'Có vi phạm pháp luật', null],
]);

// Criteria in rows, headers without diacritics, unit names merged over Tự chấm | Khối chấm.
const thcs = sheet(
  'Chấm điểm Khối THCS',
  [
    ['UBND HUYỆN ĐẦM HÀ'],
    ['BẢNG CHẤM ĐIỂM THI ĐUA KHỐI THCS'],
    ['TT', 'Noi dung', 'Diem chuan', NFD('THCS Lê Lợi'), null, 'THCS Trần Phú', null, 'THCS Kim Đồng', null, 'THCS Quang Trung', null],
    [null, null, null, 'Tu cham', 'Khoi cham', 'Tu cham', 'Khoi cham', 'Tu cham', 'Khoi cham', 'Tu cham', 'Khoi cham'],
    ['I', 'Chính trị', 30],
    ['1', 'Học tập nghị quyết', 10, 10, 10, 10, 10, 10, 10, 9, 9],
    ['2', 'Nề nếp', 20, 20, 19, 20, 20, 20, 20, 18, 18],
    ['II', 'Chuyên môn', 70],
    ['1', 'Dạy học', 40, 40, 38, 38, '37,5', 40, 40, 35, null],
    ['2', 'Kiểm tra', 30, 30, 29, 30, 29.5, 30, 30, 25, 24],
    ['III', 'Điểm thưởng', 5],
    ['1', 'Giải thưởng', 5, 3, 2, 0, 0, 5, 5, 0, 0],
    ['IV', 'Điểm trừ', null],
    ['1', 'Chậm báo cáo', 5, 0, 1, 0, 0, 0, 0, 2, 2],
    ['V', 'Tiêu chí liệt', null],
    ['1', 'Có vi phạm pháp luật', null, null, null, null, null, null, 'x', null, null],
  ],
  {
    merges: [
      { r0: 2, c0: 0, r1: 3, c1: 0 },
      { r0: 2, c0: 1, r1: 3, c1: 1 },
      { r0: 2, c0: 2, r1: 3, c1: 2 },
      { r0: 2, c0: 3, r1: 2, c1: 4 },
      { r0: 2, c0: 5, r1: 2, c1: 6 },
      { r0: 2, c0: 7, r1: 2, c1: 8 },
      { r0: 2, c0: 9, r1: 2, c1: 10 },
    ],
  },
);

// Units in rows, headers without diacritics, decimal-comma text numbers.
const th = sheet('Khối TH', [
  ['STT', 'Ten don vi', 'I.1', 'I.2', 'II.1', 'II.2', 'Diem cong', 'Diem tru', 'Tong diem'],
  [1, 'TH Hoa Sen', 10, 20, '39,5', 30, 1, 0, '100,5'],
  [2, 'TH Sao Mai', 10, 20, 39.5, 30, '1', null, 100],
  [3, 'TH Bình Minh', 9, 18, 35, 28, 0, 1, 89],
  [4, NFD('TH Ánh Dương'), 8, 15, 30, 25, null, null, 78],
  [5, 'TH Hướng Dương', 7, 10, 20, 15, null, null, 52],
]);

const units = sheet('Đơn vị', [
  ['STT', 'Tên đơn vị', 'Khối'],
  [1, 'THCS Lê Lợi', 'Khối THCS'],
  [2, 'THCS Trần Phú', 'Khối THCS'],
  [3, 'THCS Kim Đồng', 'Khối THCS'],
  [4, 'THCS Quang Trung', 'Khối THCS'],
  [5, 'THCS Nguyễn Trãi', 'Khối THCS'],
  [6, 'TH Hoa Sen', 'Khối TH'],
  [7, 'TH Sao Mai', 'Khối TH'],
  [8, 'TH Bình Minh', 'TH'],
  [9, 'TH Ánh Dương', 'TH'],
  [10, 'TH Hướng Dương', 'TH'],
]);

const votes = sheet('Suy tôn', [
  ['STT', 'Don vi', 'Khoi', 'Danh hieu', 'So phieu dong y', 'Tong so phieu'],
  [1, 'THCS Trần Phú', 'Khối THCS', 'Cờ thi đua', 8, 10],
]);

// The add-in's own sheets: never inputs, even when they look like a scoring table.
const output = sheet('Tổng hợp xếp hạng', [['STT', 'Đơn vị', 'I', 'II'], [1, 'TH Hoa Sen', 29, 70]]);
const ownership = sheet('_thidua', [['sheet', 'hash']], { visibility: 'veryHidden' });

const wb = book(settings, criteria, thcs, th, units, votes, output, ownership);

describe('bloc stage, end to end', () => {
  const sink = new FindingSink();
  const { params } = readSettings(wb, sink);
  const { blocs, sheets } = analyzeBlocs(wb, params, sink);

  it('recognises every sheet', () => {
    expect(sheets).toEqual([
      { sheet: 'Cấu hình', role: 'settings', headerRow: 0, by: 'name' },
      { sheet: 'Tiêu chí', role: 'criteria', headerRow: 0, by: 'name' },
      { sheet: 'Chấm điểm Khối THCS', role: 'scoring', headerRow: 2, by: 'header', bloc: 'Khối THCS', layout: 'criteriaInRows' },
      { sheet: 'Khối TH', role: 'scoring', headerRow: 0, by: 'header', bloc: 'Khối TH', layout: 'unitsInRows' },
      { sheet: 'Đơn vị', role: 'units', headerRow: 0, by: 'name' },
      { sheet: 'Suy tôn', role: 'votes', headerRow: 0, by: 'name' },
      { sheet: 'Tổng hợp xếp hạng', role: 'output', headerRow: null, by: 'name' },
      { sheet: '_thidua', role: 'ownership', headerRow: null, by: 'name' },
    ]);
  });

  it('computes, ranks and proposes the criteria-in-rows bloc', () => {
    const b = blocs[0]!;
    expect([b.name, b.scale, b.sheets, b.hasSelfAndBloc, b.meritLimit]).toEqual(['Khối THCS', 100, ['Chấm điểm Khối THCS'], true, 1]);
    expect(b.units.map((u) => [u.unit, u.selfTotal, u.base, u.bonus, u.deduction, u.total, u.rank, u.classification, u.proposal, u.status])).toEqual([
      ['THCS Kim Đồng', 105, 100, 5, 0, 105, 1, 'XUAT_SAC', null, 'vetoed'],
      ['THCS Trần Phú', 98, 97, 0, 0, 97, 2, 'XUAT_SAC', 'CO_TINH', 'proposed'],
      ['THCS Lê Lợi', 103, 96, 2, 1, 97, 3, 'XUAT_SAC', 'BANG_KHEN', 'proposed'],
      ['THCS Quang Trung', 85, 86, 0, 2, 84, 4, 'KHA', null, 'none'],
    ]);
    expect(b.units.map((u) => u.notes)).toEqual([
      [{ code: 'NOTE_VETO', params: { codes: 'V.1' } }],
      [{ code: 'NOTE_TIE_ABOVE', params: { other: 'THCS Lê Lợi', by: 'FEWER_DEDUCTIONS' } }],
      [
        { code: 'NOTE_TIE_BELOW', params: { other: 'THCS Trần Phú', by: 'FEWER_DEDUCTIONS' } },
        { code: 'NOTE_GAP', params: { self: 103, bloc: 97, gap: 6 } },
      ],
      [{ code: 'NOTE_SELF_USED', params: { count: 1 } }],
    ]);
    const ll = b.units[2]!;
    expect(ll.unitKey).toBe('thcs le loi');
    expect(ll.groups.map((g) => [g.code, g.value, g.selfValue])).toEqual([
      ['I', 29, 30],
      ['II', 67, 70],
      ['III', 2, 3],
      ['IV', 1, 0],
      ['V', 0, 0],
    ]);
    expect(ll.source).toEqual({ sheet: 'Chấm điểm Khối THCS', col: 4, selfCol: 3 });
    expect(b.units[1]!.votes).toEqual({ votesFor: 8, total: 10, share: 0.8, sheet: 'Suy tôn', row: 2 });
  });

  it('computes, ranks and proposes the units-in-rows bloc: an unbreakable tie for the flag is review', () => {
    const b = blocs[1]!;
    expect([b.name, b.scale, b.hasSelfAndBloc, b.meritLimit]).toEqual(['Khối TH', 100, false, 1]);
    expect(b.units.map((u) => [u.unit, u.selfTotal, u.base, u.bonus, u.deduction, u.total, u.rank, u.classification, u.proposal, u.status])).toEqual([
      ['TH Hoa Sen', null, 99.5, 1, 0, 100.5, 1, 'XUAT_SAC', null, 'review'],
      ['TH Sao Mai', null, 99.5, 1, 0, 100.5, 1, 'XUAT_SAC', null, 'review'],
      ['TH Bình Minh', null, 90, 0, 1, 89, 3, 'TOT', null, 'none'],
      ['TH Ánh Dương', null, 78, 0, 0, 78, 4, 'KHA', null, 'none'],
      ['TH Hướng Dương', null, 52, 0, 0, 52, 5, 'TRUNG_BINH', null, 'none'],
    ]);
    expect(b.units[0]!.notes).toEqual([
      { code: 'NOTE_TIE_SHARED', params: { others: 'TH Sao Mai', rank: 1 } },
      { code: 'NOTE_FLAG_TIE', params: { others: 'TH Sao Mai', places: 1 } },
    ]);
    expect(b.units[1]!.notes.map((n) => n.code)).toEqual(['NOTE_TIE_SHARED', 'NOTE_FLAG_TIE']);
    expect(b.units.slice(2).every((u) => u.notes.length === 0)).toBe(true);
  });

  it('reports exactly these findings, each naming its cell', () => {
    expect(where(sink.items)).toEqual([
      'SCORE_GAP@Chấm điểm Khối THCS!D3',
      'SCORE_VETO@Chấm điểm Khối THCS!I16',
      'SCORE_BLOC_EMPTY@Chấm điểm Khối THCS!K9',
      'SCORE_TOTAL_MISMATCH@Khối TH!I3',
      'UNIT_NOT_SCORED@Đơn vị!B6',
    ]);
    expect(sink.items.map((f) => f.severity)).toEqual(['warning', 'warning', 'warning', 'warning', 'error']);
    expect(renderFinding(sink.items[2]!)).toBe('Chấm điểm Khối THCS!K9: "THCS Quang Trung", tiêu chí II.1: chưa có điểm khối chấm; dùng điểm tự chấm 35.');
    expect(renderFinding(sink.items[3]!, 'en')).toBe('Khối TH!I3: The typed total of "TH Sao Mai" is 100; the computed total is 100.5.');
  });
});
