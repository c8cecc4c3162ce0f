import { readSettings } from '../../../src/engine/settings/readSettings';
import { FindingSink } from '../../../src/engine/findings/types';
import { DEFAULT_PARAMS, type Params } from '../../../src/engine/settings/params';
import { FIELDS, fieldProblem, formFromParams, percentText, settingsSheetValues } from '../../../src/taskpane/state/settingsForm';
import { SETTINGS, sheet, workbook } from '../support/fixtures';
import type { CellValue } from '../../../src/workbook/snapshot';

/** What the engine reads back from a `Cấu hình` sheet with these rows. */
function readBack(rows: CellValue[][]): { params: Params; problems: string[] } {
  const sink = new FindingSink();
  const { params } = readSettings(workbook(sheet('Cấu hình', rows)), sink);
  return { params, problems: sink.items.filter((f) => f.severity !== 'info').map((f) => `${f.code} ${f.cell ?? ''}`) };
}

describe('settings form ↔ Cấu hình sheet', () => {
  it('writes the defaults so that the engine reads back exactly the defaults, without findings', () => {
    const rows = settingsSheetValues(null, formFromParams(DEFAULT_PARAMS)) as CellValue[][];
    expect(rows[0]).toEqual(['Tham số', 'Giá trị', 'Ghi chú']);
    const { params, problems } = readBack(rows);
    expect(problems).toEqual([]);
    const { gapWarning: _g, ...rest } = params as Params & { gapWarningPercent?: number };
    const { gapWarning: _d, ...defaults } = DEFAULT_PARAMS;
    expect(rest).toMatchObject(defaults);
  });

  it('round-trips every rule parameter changed in the form', () => {
    const form = formFromParams(DEFAULT_PARAMS);
    Object.assign(form, {
      meritRate: '30',
      cstdcsRate: '12,5 %',
      flagCount: '2',
      flagMinClass: 'Tốt',
      quotaScope: 'Toàn danh sách',
      rounding: 'Gần nhất',
      maxLeaveDays: '45',
      leaveSeverity: 'Lỗi',
      unitVote: 'từ 60 %',
      personVote: 'trên 80 %',
      bands: 'Xuất sắc 90 %; Tốt 80 %; Khá 65 %; Trung bình 50 %',
      tieBreaks: 'Điểm chuẩn cao hơn; Điểm trừ ít hơn',
      gapWarning: '3',
      minServiceMonths: '12',
      period: '2025',
      agency: 'PHÒNG GD&ĐT TIÊN YÊN',
    });
    const { params, problems } = readBack(settingsSheetValues(null, form) as CellValue[][]);
    expect(problems).toEqual([]);
    expect(params).toMatchObject({
      meritRate: 0.3,
      cstdcsRate: 0.125,
      flagCount: 2,
      flagMinClass: 'TOT',
      quotaScope: 'list',
      rounding: 'nearest',
      maxLeaveDays: 45,
      leaveSeverity: 'error',
      unitVoteThreshold: { ratio: 0.6, strict: false },
      personVoteThreshold: { ratio: 0.8, strict: true },
      bands: { XUAT_SAC: 90, TOT: 80, KHA: 65, TRUNG_BINH: 50 },
      tieBreaks: ['HIGHER_BASE', 'FEWER_DEDUCTIONS'],
      gapWarning: 3,
      minServiceMonths: 12,
      agency: 'PHÒNG GD&ĐT TIÊN YÊN',
    });
    expect(params.period).toEqual({ kind: 'year', year: 2025 });
  });

  it('keeps the rows it does not know, updates known keys in place, and appends missing keys', () => {
    const form = formFromParams(DEFAULT_PARAMS);
    form.agency = 'TRƯỜNG THCS ĐẦM HÀ';
    const rows = settingsSheetValues(SETTINGS.values, form);
    expect(rows.slice(0, SETTINGS.values.length).map((r) => r[0])).toEqual(SETTINGS.values.map((r) => r[0]));
    expect(rows[1]).toEqual(['Tên cơ quan', 'TRƯỜNG THCS ĐẦM HÀ', null]);
    expect(rows[5]).toEqual(['Ghi chú riêng của phòng', 'giữ nguyên dòng này', 'không phải tham số']);
    expect(rows.length).toBeGreaterThan(SETTINGS.values.length);
    expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
  });

  it('replaces a "Năm học" row by "Năm" when a calendar year is typed', () => {
    const form = { ...formFromParams(DEFAULT_PARAMS), period: '2025' };
    const rows = settingsSheetValues(SETTINGS.values, form);
    expect(rows[4]).toEqual(['Năm', '2025', null]);
    expect(rows.filter((r) => r[0] === 'Năm học')).toEqual([]);
  });

  it('shows the values in force as the officer would type them', () => {
    const form = formFromParams({ ...DEFAULT_PARAMS, meritRate: 0.125, unitVoteThreshold: { ratio: 0.5, strict: true } });
    expect(form.meritRate).toBe('12,5 %');
    expect(form.unitVote).toBe('trên 50 %');
    expect(form.tieBreaks).toBe('Điểm trừ ít hơn; Điểm chuẩn cao hơn');
    expect(percentText(0.2)).toBe('20 %');
  });

  it('validates numbers and rates at their boundaries', () => {
    const rate = FIELDS.find((f) => f.id === 'meritRate')!;
    const count = FIELDS.find((f) => f.id === 'flagCount')!;
    expect(fieldProblem(rate, '100 %')).toBeNull();
    expect(fieldProblem(rate, '0')).toBeNull();
    expect(fieldProblem(rate, '100,5')).toBe('invalidPercent');
    expect(fieldProblem(rate, 'hai mươi')).toBe('invalidPercent');
    expect(fieldProblem(count, '0')).toBeNull();
    expect(fieldProblem(count, '1,5')).toBe('invalidNumber');
    expect(fieldProblem(FIELDS.find((f) => f.id === 'agency')!, '')).toBeNull();
  });

  it('writes the registration deadline (SPEC §9) so that the engine reads it back, and leaves no row when there is none', () => {
    const deadline = FIELDS.find((f) => f.id === 'registrationDeadline')!;
    expect(formFromParams(DEFAULT_PARAMS).registrationDeadline).toBe('');
    expect(settingsSheetValues(null, formFromParams(DEFAULT_PARAMS)).some((r) => r[0] === 'Hạn đăng ký')).toBe(false);
    for (const [typed, read] of [
      ['25/10', { day: 25, month: 10, year: null }],
      ['5/9/2024', { day: 5, month: 9, year: 2024 }],
    ] as const) {
      const rows = settingsSheetValues(null, { ...formFromParams(DEFAULT_PARAMS), registrationDeadline: typed }) as CellValue[][];
      expect(rows).toContainEqual(['Hạn đăng ký', typed]);
      const { params, problems } = readBack(rows);
      expect(problems).toEqual([]);
      expect(params.registrationDeadline).toEqual(read);
      expect(formFromParams(params).registrationDeadline).toBe(read.year === null ? '25/10' : '05/09/2024');
    }
    // A deadline typed under another spelling of the key is updated in place.
    const updated = settingsSheetValues([['Tham số', 'Giá trị'], ['Thời hạn đăng ký thi đua', '20/10']], { ...formFromParams(DEFAULT_PARAMS), registrationDeadline: '30/10' });
    expect(updated.slice(0, 2)).toEqual([['Tham số', 'Giá trị'], ['Hạn đăng ký', '30/10']]);
    expect(updated.filter((r) => r[0] === 'Hạn đăng ký')).toHaveLength(1);
    expect(fieldProblem(deadline, '')).toBeNull();
    expect(fieldProblem(deadline, '31/12')).toBeNull();
    expect(fieldProblem(deadline, '32/10')).toBe('invalidDate');
    expect(fieldProblem(deadline, '25/13/2024')).toBe('invalidDate');
    expect(fieldProblem(deadline, 'cuối tháng 10')).toBe('invalidDate');
  });
});
