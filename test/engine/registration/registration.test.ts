/**
 * Registration (đăng ký thi đua, SPEC §9): deadline resolution, on time ON the deadline day, one day
 * late, units that did not register, registered units not listed, dates missing or unreadable, and
 * nominations of unregistered units or people → review.
 */
import { analyzeRegistration } from '../../../src/engine/registration/analyzeRegistration';
import { resolveDeadline, daysAfter } from '../../../src/engine/registration/deadline';
import { markUnregistered, NOT_REGISTERED } from '../../../src/engine/registration/markNominations';
import { unitList } from '../../../src/engine/registration/unitList';
import { registrationSheetPlan } from '../../../src/engine/plan/registrationSheet';
import { analyze } from '../../../src/engine/analyze';
import { DEFAULT_PARAMS, type Params } from '../../../src/engine/settings/params';
import { renderFinding } from '../../../src/engine/findings/messages';
import type { NominationResult } from '../../../src/engine/model';
import type { CellValue } from '../../../src/workbook/snapshot';
import { book, sheet, where, FindingSink } from '../blocs/fixtures';

const SCHOOL_YEAR: Params = { ...DEFAULT_PARAMS, period: { kind: 'schoolYear', start: 2024 }, registrationDeadline: { day: 25, month: 10, year: null } };

const UNITS = sheet('Đơn vị', [
  ['STT', 'Tên đơn vị', 'Khối'],
  [1, 'Trường THCS A', 'Khối THCS'],
  [2, 'Trường THCS B', 'Khối THCS'],
  [3, 'Trường THCS C', 'Khối THCS'],
  [4, 'Trường THCS D', 'Khối THCS'],
]);

function run(rows: CellValue[][], params: Params = SCHOOL_YEAR, units = UNITS) {
  const snap = book(units, sheet('Đăng ký thi đua', [['Đơn vị', 'Ngày đăng ký', 'Mục tiêu, chỉ tiêu', 'Đăng ký danh hiệu'], ...rows]));
  const sink = new FindingSink();
  const list = unitList(snap, [{ sheet: 'Đơn vị', role: 'units', headerRow: 0, by: 'name' }], []);
  const r = analyzeRegistration(snap, params, sink, { units: list });
  return { result: r.result!, sheets: r.sheets, sink };
}

describe('deadline', () => {
  it('puts "25/10" in the first calendar year of a school year, "15/01" in the second, a calendar year as is', () => {
    expect(resolveDeadline({ day: 25, month: 10, year: null }, { kind: 'schoolYear', start: 2024 })).toEqual({ day: 25, month: 10, year: 2024 });
    expect(resolveDeadline({ day: 15, month: 1, year: null }, { kind: 'schoolYear', start: 2024 })).toEqual({ day: 15, month: 1, year: 2025 });
    expect(resolveDeadline({ day: 15, month: 3, year: null }, { kind: 'year', year: 2025 })).toEqual({ day: 15, month: 3, year: 2025 });
    expect(resolveDeadline({ day: 1, month: 11, year: 2023 }, { kind: 'schoolYear', start: 2024 })).toEqual({ day: 1, month: 11, year: 2023 });
    expect(resolveDeadline({ day: 25, month: 10, year: null }, null)).toBeNull();
  });

  it('counts whole days across a month end', () => {
    expect(daysAfter({ day: 1, month: 11, year: 2024 }, { day: 31, month: 10, year: 2024 })).toBe(1);
    expect(daysAfter({ day: 31, month: 10, year: 2024 }, { day: 31, month: 10, year: 2024 })).toBe(0);
  });
});

describe('analyzeRegistration', () => {
  const rows: CellValue[][] = [
    ['Trường THCS A', '20/10/2024', 'Mục tiêu A', 'TTLĐXS'],
    ['THCS B', '25/10/2024', null, null], // ON the deadline day, typed without "Trường"
    ['Trường THCS C', 45591, null, null], // an Excel date: 26/10/2024, one day late
  ];

  it('registered on the deadline day is on time; one day late is late; a listed unit without a row is missing', () => {
    const { result, sink } = run(rows);
    expect(result.deadline).toEqual({ day: 25, month: 10, year: 2024 });
    expect(result.units.map((u) => [u.unit, u.registered, u.onTime, u.daysLate])).toEqual([
      ['Trường THCS A', true, true, 0],
      ['Trường THCS B', true, true, 0],
      ['Trường THCS C', true, false, 1],
      ['Trường THCS D', false, null, 0],
    ]);
    expect(where(sink.items)).toEqual(['REGISTRATION_LATE@Đăng ký thi đua!B4', 'REGISTRATION_MISSING@Đơn vị!B5']);
    expect(sink.items.every((f) => f.severity === 'warning')).toBe(true);
    expect(renderFinding(sink.items[0]!)).toBe('Đăng ký thi đua!B4: «Trường THCS C» đăng ký ngày 26/10/2024, trễ 1 ngày so với hạn 25/10/2024.');
    expect(renderFinding(sink.items[1]!, 'en')).toBe('Đơn vị!B5: "Trường THCS D" has not registered for the emulation movement (not on sheet Đăng ký thi đua).');
    expect(result.units[0]!.title).toBe('TTLĐXS');
    expect(result.units[0]!.source).toEqual({ sheet: 'Đăng ký thi đua', cell: 'A2' });
  });

  it('reports empty and unreadable dates, duplicates and units not in the list', () => {
    const { result, sink } = run([
      ['Trường THCS A', null, null, null],
      ['Trường THCS B', 'đầu tháng 10', null, null],
      ['Trường THCS C', '10/10/2024', null, null],
      ['Trường THCS C', '12/10/2024', null, null],
      ['Trường THCS X', '10/10/2024', null, null],
    ]);
    expect(where(sink.items)).toEqual([
      'REGISTRATION_DATE_MISSING@Đăng ký thi đua!B2',
      'REGISTRATION_DATE_UNREADABLE@Đăng ký thi đua!B3',
      'REGISTRATION_DUPLICATE@Đăng ký thi đua!A5',
      'REGISTRATION_MISSING@Đơn vị!B5',
      'REGISTRATION_UNIT_UNLISTED@Đăng ký thi đua!A6',
    ]);
    expect(result.units.map((u) => [u.unit, u.registered, u.onTime, u.listed])).toEqual([
      ['Trường THCS A', true, null, true],
      ['Trường THCS B', true, null, true],
      ['Trường THCS C', true, true, true],
      ['Trường THCS D', false, null, true],
      ['Trường THCS X', true, true, false],
    ]);
  });

  it('without a deadline says so and judges no lateness; without a period a "dd/mm" deadline cannot be placed', () => {
    const none = run(rows, { ...SCHOOL_YEAR, registrationDeadline: null });
    expect(none.result.units.map((u) => u.onTime)).toEqual([null, null, null, null]);
    expect(where(none.sink.items)).toEqual(['REGISTRATION_NO_DEADLINE@Đăng ký thi đua', 'REGISTRATION_MISSING@Đơn vị!B5']);
    const noYear = run(rows, { ...SCHOOL_YEAR, period: null });
    expect(noYear.result.deadline).toBeNull();
    expect(noYear.sink.items[0]!.code).toBe('REGISTRATION_DEADLINE_YEAR_UNKNOWN');
  });

  it('reads personal registrations (a Họ và tên column) and judges their dates too', () => {
    const snap = book(
      UNITS,
      sheet('Đăng ký', [
        ['Đơn vị', 'Họ và tên', 'Ngày đăng ký', 'Đăng ký danh hiệu'],
        ['Trường THCS A', null, '01/10/2024', 'TTLĐTT'],
        ['Trường THCS A', 'Nguyễn Văn An', '01/10/2024', 'CSTĐCS'],
        ['Trường THCS B', 'Lê Thị Bình', '27/10/2024', 'LĐTT'],
      ]),
    );
    const sink = new FindingSink();
    const r = analyzeRegistration(snap, SCHOOL_YEAR, sink, { units: unitList(snap, [{ sheet: 'Đơn vị', role: 'units', headerRow: 0, by: 'name' }], []) });
    expect(r.result!.hasPersonal).toBe(true);
    expect(r.result!.persons.map((p) => [p.name, p.onTime])).toEqual([
      ['Nguyễn Văn An', true],
      ['Lê Thị Bình', false],
    ]);
    // B registered through a person only: registered, dated by that row.
    expect(r.result!.units.slice(0, 2).map((u) => [u.unit, u.registered, u.persons, u.onTime])).toEqual([
      ['Trường THCS A', true, 1, true],
      ['Trường THCS B', true, 1, false],
    ]);
    expect(where(sink.items)).toContain('REGISTRATION_PERSON_LATE@Đăng ký!C4');
    expect(r.sheets).toEqual([{ sheet: 'Đăng ký', role: 'registration', headerRow: 0, by: 'name' }]);
  });

  it('gives no result when there is no registration sheet, and warns on a sheet without header', () => {
    const sink = new FindingSink();
    const empty = book(UNITS);
    expect(analyzeRegistration(empty, SCHOOL_YEAR, sink, { units: unitList(empty, [], []) }).result).toBeNull();
    const bad = book(sheet('Đăng ký thi đua', [['x', 'y']]));
    const r = analyzeRegistration(bad, SCHOOL_YEAR, sink, { units: unitList(bad, [], []) });
    expect(where(sink.items)).toEqual(['REGISTRATION_NO_HEADER@Đăng ký thi đua!A1']);
    expect(r.result!.units).toEqual([]);
  });
});

describe('nominations of unregistered units or people', () => {
  const nom = (over: Partial<NominationResult>): NominationResult => ({
    sheet: 'Đề nghị khen thưởng', row: 5, cell: 'B5', name: 'Nguyễn Văn An', unit: 'Trường THCS A', award: 'LDTT', status: 'eligible', reasons: [], kind: 'individual', ...over,
  });

  it('turns an eligible nomination of an unregistered unit into review, keeps ineligible, leaves registered ones alone', () => {
    const { result } = run([['Trường THCS A', '20/10/2024', null, null]]);
    const out = markUnregistered(
      [nom({}), nom({ unit: 'THCS B' }), nom({ unit: 'Trường THCS C', status: 'ineligible', reasons: [{ code: 'RATING_BELOW', message: 'x', status: 'ineligible' }] }), nom({ unit: '' })],
      result,
      'vi',
    );
    expect(out.map((n) => [n.unit, n.status, n.reasons.map((r) => r.code)])).toEqual([
      ['Trường THCS A', 'eligible', []],
      ['THCS B', 'review', [NOT_REGISTERED]],
      ['Trường THCS C', 'ineligible', ['RATING_BELOW', NOT_REGISTERED]],
      ['', 'eligible', []],
    ]);
    expect(out[1]!.reasons[0]).toEqual({
      code: 'NOT_REGISTERED',
      message: 'Đề nghị khen thưởng!B5: Đơn vị «THCS B» chưa đăng ký thi đua: cần xem xét trước khi xét danh hiệu.',
      source: expect.stringContaining('Mọi cá nhân, tập thể tham gia phong trào thi đua đều phải có đăng ký thi đua'),
      status: 'review',
      cell: 'B5',
    });
  });

  it('with personal registrations, a person must have registered (the unit alone is not enough); collectives need the unit', () => {
    const snap = book(UNITS, sheet('Đăng ký thi đua', [['Đơn vị', 'Họ và tên', 'Ngày đăng ký'], ['Trường THCS A', null, '01/10/2024'], ['Trường THCS A', 'Nguyễn Văn An', '01/10/2024']]));
    const reg = analyzeRegistration(snap, SCHOOL_YEAR, new FindingSink(), { units: unitList(snap, [{ sheet: 'Đơn vị', role: 'units', headerRow: 0, by: 'name' }], []) }).result!;
    const out = markUnregistered([nom({}), nom({ name: 'Trần Văn Bảo' }), nom({ name: 'Trường THCS A', kind: 'collective', award: 'TTLDTT' })], reg, 'en');
    expect(out.map((n) => [n.name, n.status])).toEqual([
      ['Nguyễn Văn An', 'eligible'],
      ['Trần Văn Bảo', 'review'],
      ['Trường THCS A', 'eligible'],
    ]);
    expect(out[1]!.reasons[0]!.message).toBe('Đề nghị khen thưởng!B5: Trần Văn Bảo ("Trường THCS A") did not register for the emulation movement: review before any title.');
  });
});

describe('through analyze and the output sheet', () => {
  const snap = book(
    sheet('Cấu hình', [['Tham số', 'Giá trị'], ['Năm học', '2024-2025'], ['Hạn đăng ký', '25/10']]),
    UNITS,
    sheet('Đăng ký thi đua', [['STT', 'Đơn vị', 'Ngày đăng ký'], [1, 'Trường THCS A', '25/10/2024'], [2, 'Trường THCS B', '26/10/2024']]),
  );
  const analysis = analyze(snap, { now: new Date('2025-01-10T03:00:00Z'), lang: 'vi' });

  it('recognises the sheet and keeps the result on the analysis', () => {
    expect(analysis.sheets.find((s) => s.sheet === 'Đăng ký thi đua')!.role).toBe('registration');
    expect(analysis.registration!.units.map((u) => u.onTime)).toEqual([true, false, null, null]);
  });

  it('writes `Tổng hợp đăng ký thi đua`: on time, late, missing, with the deadline and the totals', () => {
    const plan = registrationSheetPlan(analysis.registration!, { params: analysis.params, now: new Date('2025-01-10T03:00:00Z'), lang: 'vi' });
    expect(plan.name).toBe('Tổng hợp đăng ký thi đua');
    const text = plan.values.map((r) => r.filter((v) => v !== null).join(' | '));
    expect(text).toContain('Hạn đăng ký: 25/10/2024');
    expect(text).toContain('1 | Trường THCS A | Khối THCS | 25/10/2024 | Đúng hạn');
    expect(text).toContain('2 | Trường THCS B | Khối THCS | 26/10/2024 | Trễ hạn 1 ngày');
    expect(text).toContain('3 | Trường THCS C | Khối THCS | Chưa đăng ký');
    expect(text).toContain('Tổng số 4 đơn vị: đã đăng ký 2 (đúng hạn 1, trễ hạn 1); chưa đăng ký 2.');
    expect(plan.hyperlinks.map((h) => h.cell)).toEqual(['B2', 'B3']);
    expect(plan.print?.paperSize).toBe('A4');
  });
});
