import { analyzeBlocs, gapThreshold } from '../../../src/engine/blocs/analyzeBlocs';
import { DEFAULT_PARAMS } from '../../../src/engine/settings/params';
import type { CellValue } from '../../../src/workbook/snapshot';
import { book, sheet, where, FindingSink } from './fixtures';

const CRITERIA: CellValue[][] = [
  ['TT', 'Nội dung', 'Điểm chuẩn'],
  ['1', 'Chính trị', 40],
  ['2', 'Chuyên môn', 60],
];

const form = (name: string, unit: string, title: string, self: number, bloc: number) =>
  sheet(name, [[title], [`Đơn vị: ${unit}`], ['TT', 'Nội dung', 'Điểm chuẩn', 'Tự chấm', 'Khối chấm'], ['1', 'Chính trị', 40, self, bloc], ['2', 'Chuyên môn', 60, 60, 60]]);

function run(...sheets: ReturnType<typeof sheet>[]) {
  const sink = new FindingSink();
  return { ...analyzeBlocs(book(...sheets), DEFAULT_PARAMS, sink), sink };
}

describe('analyzeBlocs — recognition', () => {
  it('single-unit forms with the same "KHỐI …" title make one bloc', () => {
    const r = run(sheet('Tiêu chí', CRITERIA), form('Lê Lợi', 'Trường THCS Lê Lợi', 'KHỐI THCS', 40, 39), form('Trần Phú', 'Trường THCS Trần Phú', 'Khối THCS', 38, 38));
    expect(r.blocs.map((b) => [b.name, b.sheets, b.units.map((u) => `${u.unit}:${u.total}:${u.rank}`)])).toEqual([
      ['KHỐI THCS', ['Lê Lợi', 'Trần Phú'], ['Trường THCS Lê Lợi:99:1', 'Trường THCS Trần Phú:98:2']],
    ]);
    expect(r.sink.items).toEqual([]);
  });

  it('a unit scored twice in a bloc counts once, with a warning at the second', () => {
    const r = run(sheet('Tiêu chí', CRITERIA), form('A1', 'Trường A', 'KHỐI 1', 40, 40), form('A2', 'Truong A', 'KHỐI 1', 30, 30));
    expect(r.blocs[0]!.units.map((u) => u.total)).toEqual([100]);
    expect(where(r.sink.items)).toEqual(['SCORING_UNIT_DUPLICATE@A2!D3']);
  });

  it('a per-bloc criteria sheet wins over the shared one', () => {
    const own: CellValue[][] = [['TT', 'Nội dung', 'Điểm'], ['1', 'Chính trị', 400], ['2', 'Chuyên môn', 600]];
    const r = run(
      sheet('Tiêu chí', CRITERIA),
      sheet('Tiêu chí Khối TH', own),
      sheet('Khối TH', [['STT', 'Đơn vị', '1', '2'], [1, 'A', 350, 600]]),
      sheet('Khối THCS', [['STT', 'Đơn vị', '1', '2'], [1, 'B', 35, 60]]),
    );
    expect(r.blocs.map((b) => [b.name, b.scale, b.criteria.sheet])).toEqual([
      ['Khối TH', 1000, 'Tiêu chí Khối TH'],
      ['Khối THCS', 100, 'Tiêu chí'],
    ]);
  });

  it('a criteria table found by its header serves when no criteria sheet is named', () => {
    const r = run(sheet('Bảng 1', CRITERIA), sheet('Khối TH', [['STT', 'Đơn vị', '1', '2'], [1, 'A', 35, 60]]));
    expect(r.sheets.find((s) => s.sheet === 'Bảng 1')).toEqual({ sheet: 'Bảng 1', role: 'criteria', headerRow: 0, by: 'header' });
    expect(r.blocs[0]!.scale).toBe(100);
  });

  it('respects the roles the user confirmed', () => {
    const r = run(
      sheet('Tiêu chí', CRITERIA, {}),
      sheet('Dữ liệu 3', [['STT', 'Đơn vị', '1', '2'], [1, 'A', 35, 60]]),
      sheet('Ghi chép', [['nothing here']]),
    );
    expect(r.blocs).toHaveLength(1);
    const sink = new FindingSink();
    const o = analyzeBlocs(book(sheet('Tiêu chí', CRITERIA), sheet('Dữ liệu 3', [['STT', 'Đơn vị', '1', '2'], [1, 'A', 35, 60]]), sheet('Ghi chép', [['x']])), DEFAULT_PARAMS, sink, {
      roleOverrides: { 'Dữ liệu 3': 'nominations', 'Ghi chép': 'scoring', 'Tiêu chí': 'criteria' },
    });
    expect(o.blocs).toEqual([]);
    expect(o.sheets).toEqual([
      { sheet: 'Tiêu chí', role: 'criteria', headerRow: 0, by: 'user' },
      { sheet: 'Ghi chép', role: 'scoring', headerRow: null, by: 'user' },
    ]);
    expect(where(sink.items)).toEqual(['SCORING_LAYOUT_UNKNOWN@Ghi chép!A1']);
  });

  it('never reads output, very hidden or nominations sheets; reads hidden sheets with an info', () => {
    const table: CellValue[][] = [['STT', 'Đơn vị', '1', '2'], [1, 'A', 35, 60]];
    const r = run(
      sheet('Tiêu chí', CRITERIA, { visibility: 'hidden' }),
      sheet('XH Khối TH', table),
      sheet('Tổng hợp xếp hạng (2)', table),
      sheet('Dữ liệu cũ', table, { visibility: 'veryHidden' }),
      sheet('Đề nghị khen thưởng', table),
      sheet('Khối TH', table, { visibility: 'hidden' }),
    );
    expect(r.sheets.map((s) => `${s.sheet}:${s.role}`)).toEqual(['Tiêu chí:criteria', 'XH Khối TH:output', 'Tổng hợp xếp hạng (2):output', 'Dữ liệu cũ:ownership', 'Khối TH:scoring']);
    expect(r.blocs.map((b) => b.sheets)).toEqual([['Khối TH']]);
    expect(where(r.sink.items)).toEqual(['SHEET_HIDDEN@Tiêu chí', 'SHEET_HIDDEN@Khối TH']);
  });

  it('a unit column without any score is not ranked; a sheet without units says so', () => {
    const r = run(
      sheet('Tiêu chí', CRITERIA),
      sheet('Khối A', [['TT', 'Nội dung', 'Điểm chuẩn', 'Trường A', 'Trường B'], ['1', 'x', 40, 40, null], ['2', 'y', 60, 60, null]]),
      sheet('Khối B', [['STT', 'Đơn vị', '1', '2']]),
    );
    expect(r.blocs.map((b) => b.units.map((u) => u.unit))).toEqual([['Trường A']]);
    expect(where(r.sink.items)).toEqual(['SCORING_NO_UNITS@Khối B!A1', 'SCORING_UNIT_EMPTY@Khối A!E1']);
  });

  it('criteria in rows without a criteria sheet: the sheet is its own criteria (info)', () => {
    const r = run(sheet('Khối A', [['TT', 'Nội dung', 'Điểm chuẩn', 'Trường A'], ['1', 'x', 40, 40], ['2', 'y', 60, 50]]));
    expect(r.blocs[0]!.criteria.sheet).toBe('Khối A');
    expect(r.blocs[0]!.units[0]!.total).toBe(90);
    expect(where(r.sink.items)).toEqual(['CRITERIA_FROM_SCORING@Khối A!A1']);
  });

  it('blocs with different scales across their sheets are reported', () => {
    const r = run(
      sheet('Khối A', [['TT', 'Nội dung', 'Điểm chuẩn', 'Trường A'], ['1', 'x', 40, 40], ['2', 'y', 60, 50]]),
      sheet('Chấm điểm Khối A', [['TT', 'Nội dung', 'Điểm chuẩn', 'Trường B'], ['1', 'x', 400, 400], ['2', 'y', 600, 500]]),
    );
    expect(where(r.sink.items).filter((c) => c.startsWith('BLOC'))).toEqual(['BLOC_SCALE_DIFFERS@Chấm điểm Khối A!D1']);
  });
});

describe('gapThreshold', () => {
  it('points when given, else a percentage of the scale (5 % by default)', () => {
    expect(gapThreshold(DEFAULT_PARAMS, 1000)).toBe(50);
    expect(gapThreshold({ ...DEFAULT_PARAMS, gapWarning: 3 }, 1000)).toBe(3);
    expect(gapThreshold({ ...DEFAULT_PARAMS, gapWarningPercent: 2 }, 1000)).toBe(20);
  });
});

describe('analyzeBlocs — size', () => {
  it('50 blocs × 40 units × 60 criteria in both layouts, all units ranked', () => {
    const groups = ['I', 'II', 'III', 'IV', 'V', 'VI'];
    const crit: CellValue[][] = [['TT', 'Nội dung', 'Điểm chuẩn']];
    for (const g of groups) {
      crit.push([g, `Nhóm ${g}`, null]);
      for (let i = 1; i <= 10; i++) crit.push([String(i), `Tiêu chí ${g}.${i}`, 10]);
    }
    const sheets = [sheet('Tiêu chí', crit)];
    for (let b = 0; b < 25; b++) {
      const rows: CellValue[][] = [['TT', 'Nội dung', 'Điểm chuẩn'], [null, null, null]];
      for (let u = 0; u < 40; u++) {
        rows[0]!.push(`Trường ${b}-${u}`, null);
        rows[1]!.push('Tự chấm', 'Khối chấm');
      }
      for (const c of crit.slice(1)) {
        const row: CellValue[] = [...c];
        for (let u = 0; u < 40; u++) row.push(c[2] === null ? null : 10, c[2] === null ? null : 10 - (u % 10) / 10);
        rows.push(row);
      }
      sheets.push(sheet(`Khối ${b}`, rows));
    }
    for (let b = 25; b < 50; b++) {
      const rows: CellValue[][] = [['STT', 'Đơn vị', ...groups.flatMap((g) => Array.from({ length: 10 }, (_, i) => `${g}.${i + 1}`))]];
      for (let u = 0; u < 40; u++) rows.push([u + 1, `Trường ${b}-${u}`, ...Array.from({ length: 60 }, (_, x) => (x === 0 ? 10 - (u % 20) / 2 : 10))]);
      sheets.push(sheet(`Khối ${b}`, rows));
    }
    const sink = new FindingSink();
    const t0 = Date.now();
    const r = analyzeBlocs(book(...sheets), DEFAULT_PARAMS, sink);
    const ms = Date.now() - t0;
    expect(r.blocs).toHaveLength(50);
    expect(r.blocs.every((b) => b.units.length === 40 && b.scale === 600)).toBe(true);
    // Criteria in rows: unit u loses u % 10 / 10 per criterion → 600 − 6 × (u % 10); ten ties of four.
    expect(r.blocs[0]!.units.slice(0, 5).map((u) => `${u.total}:${u.rank}`)).toEqual(['600:1', '600:1', '600:1', '600:1', '594:5']);
    expect(r.blocs[49]!.units[0]!.total).toBe(600);
    expect(r.blocs[49]!.units[39]!.total).toBe(590.5);
    expect(ms).toBeLessThan(20000);
  });
});
