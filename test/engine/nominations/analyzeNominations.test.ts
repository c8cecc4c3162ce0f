import { FindingSink } from '../../../src/engine/findings/types';
import { analyzeNominations } from '../../../src/engine/nominations/analyzeNominations';
import { book, individuals, params, person, resultOf, run, sheet } from './support';

describe('sheet recognition', () => {
  const rows = [
    ['Họ và tên', 'Đơn vị', 'Danh hiệu đề nghị', 'Xếp loại'],
    ['Nguyễn Văn An', 'THCS A', 'LĐTT', 'HTTNV'],
  ];

  test('by name (any spelling), by header, and never the add-in\'s own output sheets', () => {
    const res = run(
      book(
        sheet('DANH SACH DE NGHI', rows),
        sheet('Trang 2', [['STT', 'Họ và tên', 'Đơn vị', 'Danh hiệu đề nghị', 'Xếp loại'], [1, 'Trần Văn Ba', 'THCS A', 'LĐTT', 'HTTNV']]),
        sheet('Kiểm tra đề nghị', rows),
        sheet('Kiểm tra đề nghị (2)', rows),
        sheet('Ghi chép', [['Việc cần làm'], ['Họp Hội đồng']]),
      ),
    );
    expect(res.sheets).toEqual([
      { sheet: 'DANH SACH DE NGHI', role: 'nominations', headerRow: 0, by: 'name' },
      { sheet: 'Trang 2', role: 'nominations', headerRow: 0, by: 'header' },
    ]);
    expect(res.nominations.map((n) => n.sheet)).toEqual(['DANH SACH DE NGHI', 'Trang 2']);
  });

  test('claimed sheets are skipped, except the votes sheet whose person rows are still read', () => {
    const votes = sheet('Suy tôn', [
      ['Đơn vị', 'Họ và tên', 'Danh hiệu', 'Số phiếu đồng ý', 'Tổng số phiếu'],
      ['THCS A', null, 'Cờ thi đua', 10, 15],
      ['THCS A', 'Nguyễn Văn An', 'CSTĐ tỉnh', 9, 15],
    ]);
    const res = run(book(sheet('Đề nghị khen thưởng', [rows[0]!, ['Nguyễn Văn An', 'THCS A', 'CSTĐ tỉnh', 'HTXSNV']]), votes), params(), [], new Set(['Suy tôn', 'Đề nghị khen thưởng']));
    expect(res.sheets).toEqual([]);
    expect(res.nominations).toEqual([]);
    const unclaimed = run(book(sheet('Đề nghị khen thưởng', [rows[0]!, ['Nguyễn Văn An', 'THCS A', 'CSTĐ tỉnh', 'HTXSNV']]), votes), params(), [], new Set(['Suy tôn']));
    expect(unclaimed.sheets.map((s) => s.role)).toEqual(['nominations']);
    expect(resultOf(unclaimed, 'Nguyễn Văn An', 'CSTD_TINH').reasons.map((r) => r.code)).toContain('VOTES_BELOW');
  });

  test('a claimed sheet with person vote columns is read for its person rows whatever its name', () => {
    const votes = sheet('Bảng 5', [
      ['Họ và tên', 'Đơn vị', 'Danh hiệu', 'Số phiếu đồng ý', 'Tổng số phiếu'],
      ['Nguyễn Văn An', 'THCS A', 'CSTĐ tỉnh', 9, 15],
    ]);
    const res = run(book(sheet('Đề nghị khen thưởng', [rows[0]!, ['Nguyễn Văn An', 'THCS A', 'CSTĐ tỉnh', 'HTXSNV']]), votes), params(), [], new Set(['Bảng 5']));
    expect(res.sheets.map((s) => s.sheet)).toEqual(['Đề nghị khen thưởng']);
    expect(resultOf(res, 'Nguyễn Văn An', 'CSTD_TINH').reasons.map((r) => r.code)).toContain('VOTES_BELOW');
  });

  test('a role confirmed by the user wins; a role of another stage leaves the sheet alone', () => {
    const snap = book(sheet('Sheet1', rows), sheet('Đề nghị khen thưởng', rows));
    const sink = new FindingSink();
    const res = analyzeNominations(snap, params(), [], sink, { claimed: new Set(), lang: 'vi', roleOverrides: { Sheet1: 'nominations', 'Đề nghị khen thưởng': 'units' } });
    expect(res.sheets).toEqual([{ sheet: 'Sheet1', role: 'nominations', headerRow: 0, by: 'user' }]);
  });

  test('a sheet named like a nomination list without its header is reported', () => {
    const res = run(book(sheet('Đề nghị khen thưởng', [['Tên', 'Ghi chú'], ['x', 'y']])));
    expect(res.sheets).toEqual([{ sheet: 'Đề nghị khen thưởng', role: 'nominations', headerRow: null, by: 'name' }]);
    expect(res.findings).toEqual([{ code: 'NOMINATION_HEADER_MISSING', severity: 'warning', sheet: 'Đề nghị khen thưởng', params: { role: 'nominations' } }]);
  });

  test('very hidden sheets are not input', () => {
    expect(run(book(sheet('Đề nghị khen thưởng', rows, { visibility: 'veryHidden' }))).nominations).toEqual([]);
  });
});

describe('results', () => {
  test('one result per (row × title), each reason naming its cell and quoting its source', () => {
    const res = run(book(individuals([person({ name: 'Lê Văn Nam', award: 'LĐTT, CSTĐCS', rating: 'HTTNV', initiative: 'SK cấp cơ sở' })])));
    expect(res.nominations.map((n) => [n.award, n.status, n.cell, n.row, n.kind])).toEqual([
      ['LDTT', 'eligible', 'B2', 2, 'individual'],
      ['CSTDCS', 'ineligible', 'B2', 2, 'individual'],
    ]);
    const [reason] = resultOf(res, 'Lê Văn Nam', 'CSTDCS').reasons;
    expect(reason).toEqual({
      code: 'RATING_BELOW',
      status: 'ineligible',
      cell: 'F2',
      message: 'Đề nghị khen thưởng!F2: Xếp loại HTTNV, chưa đạt yêu cầu HTXSNV trở lên.',
      source: expect.stringContaining('Khoản 1 Điều 23 Luật Thi đua, khen thưởng 2022'),
    });
  });

  test('ineligible wins over review and every reason is listed, the ineligible ones first', () => {
    const res = run(book(individuals([person({ name: 'Tạ Văn Long', award: 'CSTĐCS', rating: 'HTXSNV', initiative: null, discipline: 'Khiển trách' })])));
    const r = resultOf(res, 'Tạ Văn Long', 'CSTDCS');
    expect(r.status).toBe('ineligible');
    expect(r.reasons.map((x) => [x.code, x.status])).toEqual([
      ['DISCIPLINED', 'ineligible'],
      ['NOMINEE_DATA_MISSING', 'review'],
    ]);
  });

  test('never eligible on missing data', () => {
    const res = run(book(individuals([person({ name: 'Mai Văn Đức', rating: null })])));
    expect(resultOf(res, 'Mai Văn Đức', 'LDTT')).toMatchObject({ status: 'review', reasons: [{ code: 'NOMINEE_DATA_MISSING', cell: 'F2' }] });
  });

  test('English messages when asked', () => {
    const sink = new FindingSink();
    const res = analyzeNominations(book(individuals([person({ rating: 'HTNV' })])), params(), [], sink, { claimed: new Set(), lang: 'en' });
    expect(res.nominations[0]!.reasons[0]!.message).toBe('Đề nghị khen thưởng!F2: Rating HTNV is below the required HTTNV.');
  });

  test('unknown titles, collective titles in the individual list, a missing unit → review', () => {
    const res = run(book(individuals([person({ name: 'A', award: 'LĐTT, Huy chương' }), person({ name: 'B', award: 'TTLĐTT' }), person({ name: 'C', unit: '' })])));
    expect(res.nominations.map((n) => [n.name, n.award, n.status, n.reasons.map((r) => r.code)])).toEqual([
      ['A', 'LDTT', 'eligible', []],
      ['A', 'UNKNOWN', 'review', ['AWARD_UNKNOWN']],
      ['B', 'TTLDTT', 'review', ['AWARD_WRONG_LIST']],
      ['C', 'LDTT', 'review', ['UNIT_MISSING']],
    ]);
    expect(res.findings.map((f) => [f.code, f.cell, f.params.text])).toEqual([['NOMINATION_AWARD_UNKNOWN', 'E2', 'Huy chương']]);
  });
});

describe('the period', () => {
  const cstdTinh = person({ name: 'Đào Văn Tám', award: 'CSTĐ tỉnh', rating: 'HTXSNV', initiative: 'SK cấp tỉnh', title1: 'CSTĐCS', title2: 'CSTĐCS' });

  test('inferred from the history columns when Cấu hình has none', () => {
    const res = run(book(individuals([cstdTinh])), params({ period: null }));
    expect(res.findings).toContainEqual({ code: 'NOMINATION_PERIOD_INFERRED', severity: 'info', sheet: 'Đề nghị khen thưởng', params: { period: '2024-2025', kind: 'schoolYear' } });
    expect(resultOf(res, 'Đào Văn Tám', 'CSTD_TINH').reasons.map((r) => r.code)).toEqual(['REQUIRES_AWARD_PENDING']);
  });

  test('unknown without history columns: a warning, and history conditions go to review', () => {
    const s = sheet('Đề nghị khen thưởng', [
      ['Họ và tên', 'Đơn vị', 'Danh hiệu đề nghị', 'Xếp loại', 'Sáng kiến'],
      ['Đào Văn Tám', 'THCS A', 'CSTĐCS, CSTĐ tỉnh', 'HTXSNV', 'SK cấp tỉnh'],
    ]);
    const res = run(book(s), params({ period: null }));
    expect(res.findings.map((f) => f.code)).toContain('NOMINATION_PERIOD_UNKNOWN');
    const r = resultOf(res, 'Đào Văn Tám', 'CSTD_TINH');
    expect(r.status).toBe('review');
    expect(r.reasons.find((x) => x.code === 'HISTORY_MISSING')!.message).toContain('(chưa xác định được kỳ đánh giá)');
  });

  test('calendar years: "Danh hiệu năm 2024" is the year before 2025', () => {
    const s = sheet('Đề nghị khen thưởng', [
      ['Họ và tên', 'Đơn vị', 'Danh hiệu đề nghị', 'Xếp loại', 'Sáng kiến', 'Danh hiệu năm 2024', 'Danh hiệu năm 2023'],
      ['Đào Văn Tám', 'THCS A', 'CSTĐ tỉnh', 'HTXSNV', 'SK cấp tỉnh', 'CSTĐCS', 'LĐTT'],
    ]);
    const res = run(book(s), params({ period: { kind: 'year', year: 2025 } }));
    const r = resultOf(res, 'Đào Văn Tám', 'CSTD_TINH');
    expect(r.reasons.map((x) => [x.code, x.cell])).toEqual([
      ['HISTORY_NOT_MET', 'G2'],
      ['REQUIRES_AWARD_PENDING', 'C2'],
    ]);
    expect(r.reasons[0]!.message).toBe('Đề nghị khen thưởng!G2: Năm 2023: LĐTT, chưa đạt CSTĐCS.');
  });
});
