import { detectUnitsInRows } from '../../../src/engine/scoring/unitsInRowsHeader';
import { readUnitsInRows } from '../../../src/engine/scoring/unitsInRows';
import { parseCriteriaRows } from '../../../src/engine/criteria/parseCriteria';
import type { CellValue } from '../../../src/workbook/snapshot';
import { grid, where, FindingSink } from '../blocs/fixtures';

const criteria = parseCriteriaRows(
  grid('Tiêu chí', [
    ['TT', 'Nội dung', 'Điểm'],
    ['I', 'Chính trị', 30],
    ['1', 'Học tập', 10],
    ['2', 'Nề nếp', 20],
    ['II', 'Chuyên môn', 70],
    ['1', 'Dạy học', 70],
    ['III', 'Điểm thưởng', 5],
    ['1', 'Giải thưởng', 5],
    ['IV', 'Điểm trừ', null],
    ['1', 'Vi phạm', 5],
  ]),
  { code: 0, content: 1, max: 2, type: null },
  1,
  new FindingSink(),
  { report: false },
).table;

function read(rows: CellValue[][], table = criteria, opts = {}) {
  const g = grid('Khối B', rows, opts);
  const det = detectUnitsInRows(g);
  if (!det) return null;
  const sink = new FindingSink();
  return { s: readUnitsInRows(g, det, table, 'Khối B', sink), sink, det };
}

describe('detectUnitsInRows', () => {
  it('recognises code and code + text headers, and the special columns', () => {
    const g = grid('Khối B', [['STT', 'Tên đơn vị', 'I.1', 'I.2 Nề nếp', 'II. Chuyên môn', 'Điểm cộng', 'Điểm trừ', 'Tổng điểm', 'Xếp hạng', 'Ghi chú']]);
    const det = detectUnitsInRows(g)!;
    expect(det.items.map((i) => `${i.path}|${i.main}`)).toEqual(['I.1|2', 'I.2|3', 'II|4']);
    expect(det.bonus.main).toBe(5);
    expect(det.deduction.main).toBe(6);
    expect(det.total.main).toBe(7);
  });
  it('reads a group header merged over its criteria codes, and Tự chấm | Khối chấm pairs', () => {
    const g = grid(
      'Khối B',
      [
        ['STT', 'Đơn vị', 'I. Chính trị', null, 'II', null],
        [null, null, '1', '2', 'Tự chấm', 'Khối chấm'],
        [1, 'Trường A', 10, 20, 60, 65],
      ],
      { merges: [{ r0: 0, c0: 2, r1: 0, c1: 3 }, { r0: 0, c0: 4, r1: 0, c1: 5 }, { r0: 0, c0: 0, r1: 1, c1: 0 }, { r0: 0, c0: 1, r1: 1, c1: 1 }] },
    );
    const det = detectUnitsInRows(g)!;
    expect(det.lastHeaderRow).toBe(1);
    expect(det.items.map((i) => [i.path, i.self, i.bloc, i.main, i.groupTitle])).toEqual([
      ['I.1', null, null, 2, 'Chính trị'],
      ['I.2', null, null, 3, 'Chính trị'],
      ['II', 4, 5, null, ''],
    ]);
  });
  it('is not this layout without a unit column or without code columns', () => {
    expect(detectUnitsInRows(grid('X', [['STT', 'Họ và tên', 'I', 'II']]))).toBeNull();
    expect(detectUnitsInRows(grid('X', [['STT', 'Đơn vị', 'Khối', 'Ghi chú']]))).toBeNull();
  });
});

describe('readUnitsInRows', () => {
  it('maps columns to criteria; Điểm cộng / Điểm trừ count when no column covers them', () => {
    const r = read([
      ['STT', 'Đơn vị', 'I.1', 'I.2', 'II', 'Điểm cộng', 'Điểm trừ', 'Tổng'],
      [1, 'Trường A', 10, 20, 65, 2, 1, 96],
      [2, 'Trường B', 9, 19, 70, 0, 0, 98],
      [null, 'Tổng cộng', 19, 39, 135, 2, 1, 194],
    ])!;
    expect(r.sink.items).toEqual([]);
    expect(r.s.items.map((i) => `${i.node.key}:${i.node.type}:${i.synthetic}`)).toEqual(['I.1:CHUAN:false', 'I.2:CHUAN:false', 'II:CHUAN:false', '__BONUS:CONG:true', '__DEDUCTION:TRU:true']);
    expect(r.s.items[3]!.node.max).toBe(5);
    expect(r.s.units.map((u) => [u.name, u.bloc, u.typedTotal])).toEqual([
      ['Trường A', 'Khối B', { r: 1, c: 7 }],
      ['Trường B', 'Khối B', { r: 2, c: 7 }],
    ]);
  });

  it('a group column whose criteria also have columns is a subtotal, not counted twice', () => {
    const r = read([['STT', 'Đơn vị', 'I.1', 'I.2', 'I', 'II'], [1, 'Trường A', 10, 20, 30, 60]])!;
    expect(r.s.items.map((i) => i.node.key)).toEqual(['I.1', 'I.2', 'II']);
    expect(where(r.sink.items)).toEqual(['SCORING_SUBTOTAL_COLUMN@Khối B!E1', 'SCORING_CRITERION_MISSING@Khối B!B1']);
    expect(r.sink.items[1]!.params).toMatchObject({ codes: 'III.1, IV.1', count: 2 });
  });

  it('reports unmatched, ambiguous and duplicate columns', () => {
    const r = read([['STT', 'Đơn vị', 'I', 'II', 'III', 'IV', 'V', '1', 'II. Chuyên môn'], [1, 'A', 30, 70, 0, 0, 1, 1, 70]])!;
    expect(where(r.sink.items)).toEqual(['SCORING_COLUMN_DUPLICATE@Khối B!I1', 'SCORING_COLUMN_UNMATCHED@Khối B!G1', 'SCORING_COLUMN_UNMATCHED@Khối B!H1']);
    expect(r.sink.items[2]!.params.ambiguous).toBe(1);
  });

  it('a Khối column and KHỐI section rows assign units to blocs; summary and empty rows are skipped', () => {
    const r = read([
      ['STT', 'Đơn vị', 'Khối', 'I', 'II', 'III', 'IV'],
      [null, 'KHỐI TIỂU HỌC'],
      [1, 'Trường A', null, 30, 70],
      [],
      [2, 'Trường B', 'Khối THCS', 30, 70],
      [null, 'Trung bình', null, 30, 70],
      [null, null, null, 5],
    ])!;
    expect(r.s.units.map((u) => `${u.name}/${u.bloc}`)).toEqual(['Trường A/KHỐI TIỂU HỌC', 'Trường B/Khối THCS']);
    expect(where(r.sink.items)).toEqual(['SCORING_ROW_NO_UNIT@Khối B!B7']);
  });

  it('without a criteria sheet the columns are the criteria, maxima from the Điểm chuẩn row or the header', () => {
    const r = read(
      [
        ['STT', 'Đơn vị', 'I. Chính trị (30 điểm)', 'II. Chuyên môn', 'III. Điểm thưởng', 'Điểm trừ'],
        [null, 'Điểm chuẩn', null, 70, 5],
        [1, 'Trường A', 28, 65, 2, 1],
      ],
      null as never,
    )!;
    expect(r.s.criteria.leaves.map((l) => `${l.key}:${l.type}:${l.max}`)).toEqual(['I:CHUAN:30', 'II:CHUAN:70', 'III:CONG:5']);
    expect(r.s.criteria.scale).toBe(100);
    expect(r.s.items.map((i) => i.node.key)).toEqual(['I', 'II', 'III', '__DEDUCTION']);
    expect(r.s.units.map((u) => u.name)).toEqual(['Trường A']);
    expect(where(r.sink.items)).toEqual(['CRITERIA_FROM_HEADER@Khối B!B1']);
  });

  it('without a criteria sheet and without maxima the scale is 0: an error', () => {
    const r = read([['STT', 'Đơn vị', 'I', 'II'], [1, 'A', 30, 60]], null as never)!;
    expect(where(r.sink.items)).toEqual(['CRITERIA_FROM_HEADER@Khối B!B1', 'CRITERIA_ZERO_SCALE@Khối B!B1']);
  });

  it('skips the column-number row under the header', () => {
    const r = read([['STT', 'Đơn vị', 'I', 'II'], ['(1)', '(2)', '(3)', '(4)'], [1, 'A', 30, 60]])!;
    expect(r.s.units.map((u) => u.name)).toEqual(['A']);
  });

  it('skips hidden rows with an info', () => {
    const r = read([['STT', 'Đơn vị', 'I', 'II'], [1, 'A', 30, 60], [2, 'B', 30, 60]], criteria, { hiddenRows: [2] })!;
    expect(r.s.units.map((u) => u.name)).toEqual(['A']);
    expect(where(r.sink.items)).toContain('ROWS_HIDDEN@Khối B!A3');
  });
});
