import type { Analysis } from '../../../src/engine/model';
import type { PrintContext } from '../../../src/engine/plan/layout';
import { nominationSheetPlans } from '../../../src/engine/plan/nominationSheets';
import { checkRows, councilRows, shortReason } from '../../../src/engine/plan/nominationRows';
import type { SheetPlan } from '../../../src/workbook/plan';
import { needsTextGuard } from '../../../src/workbook/plan';
import { linksOf } from './planLookups';
import { book, individuals, params, person, run, sheet, votes } from '../nominations/support';

function analysisOf(res: ReturnType<typeof run>): Analysis {
  return { params: params(), sheets: res.sheets, blocs: [], nominations: res.nominations, quotas: res.quotas, findings: res.findings };
}

const ctx: PrintContext = { params: params({ agency: 'PHÒNG GD&ĐT ĐẦM HÀ', place: 'Đầm Hà' }), now: new Date('2025-05-20T03:00:00Z'), lang: 'vi' };

/** The table body of a printable sheet: the rows under the header row whose first cell is `first`. */
function body(plan: SheetPlan, first: string): { header: number; rows: (readonly unknown[])[] } {
  const header = plan.values.findIndex((r) => r[0] === first);
  const rows: (readonly unknown[])[] = [];
  for (let r = header + 1; r < plan.values.length; r++) {
    if (plan.values[r]!.every((v) => v === null)) break;
    rows.push(plan.values[r]!);
  }
  return { header, rows };
}

const cstdcs = (name: string, unit = 'THCS Quảng Tân') => person({ name, unit, award: 'CSTĐCS', rating: 'HTXSNV', initiative: 'SK cấp cơ sở' });

const res = run(
  book(
    individuals([
      person({ name: 'Trần Thị Bình', unit: 'THCS Quảng Tân' }),
      person({ name: 'Nguyễn Văn An', unit: 'THCS Quảng Tân', birth: '02/02/1990' }),
      person({ name: '=Hoàng Văn Tú', unit: 'THCS Đầm Hà' }),
      person({ name: 'Lê Văn Anh', unit: 'THCS Quảng Tân', award: 'LĐTT, Giấy khen' }),
      person({ name: 'Hoàng Thị Loan', unit: 'THCS Đầm Hà', rating: 'HTNV' }),
      person({ name: 'Mai Văn Đức', unit: 'THCS Đầm Hà', rating: null }),
      cstdcs('Ngô Thị Hạnh'),
      cstdcs('Đặng Văn Phúc'),
    ]),
    votes(['THCS Quảng Tân', 'Ngô Thị Hạnh', 'CSTĐCS', 12, 15], ['THCS Quảng Tân', 'Đặng Văn Phúc', 'CSTĐCS', 14, 15]),
    sheet('Đề nghị tập thể', [
      ['Tên tập thể', 'Đơn vị', 'Danh hiệu đề nghị', 'Xếp loại', 'Số thành viên', 'Số LĐTT', 'Số CSTĐCS', 'Số hoàn thành nhiệm vụ trở lên', 'Số bị kỷ luật'],
      ['Tổ Toán', 'THCS Đầm Hà', 'TTLĐTT', 'HTTNV', 8, 6, 0, 8, 0],
    ]),
  ),
);

describe('row builders', () => {
  test('checkRows: source, person, unit, title, result, reasons without the sheet prefix; a link to the name cell', () => {
    const rows = checkRows(res.nominations, 'vi');
    const loan = rows.find((r) => r.values[1] === 'Hoàng Thị Loan')!;
    expect(loan.values).toEqual(['Đề nghị khen thưởng, dòng 6', 'Hoàng Thị Loan', 'THCS Đầm Hà', 'Lao động tiên tiến', 'Không đủ điều kiện', '- F6: Xếp loại HTNV, chưa đạt yêu cầu HTTNV trở lên.']);
    expect(loan.link).toEqual({ sheet: 'Đề nghị khen thưởng', cell: 'B6' });
    expect(shortReason('Suy tôn!D2: x', 'Đề nghị khen thưởng')).toBe('Suy tôn!D2: x');
  });

  test('councilRows: by title, then unit, then given name; counts per title; review apart, by vote share', () => {
    const t = councilRows(res.nominations, 'vi');
    expect(t.rows.map((r) => [r[0], r[1], r[3]])).toEqual([
      ['I. LAO ĐỘNG TIÊN TIẾN: 4 người', null, null],
      [1, '=Hoàng Văn Tú', 'THCS Đầm Hà'],
      [2, 'Nguyễn Văn An', 'THCS Quảng Tân'],
      [3, 'Lê Văn Anh', 'THCS Quảng Tân'],
      [4, 'Trần Thị Bình', 'THCS Quảng Tân'],
      ['II. GIẤY KHEN: 1 người', null, null],
      [1, 'Lê Văn Anh', 'THCS Quảng Tân'],
      ['III. TẬP THỂ LAO ĐỘNG TIÊN TIẾN: 1 tập thể', null, null],
      [1, 'Tổ Toán', 'THCS Đầm Hà'],
      ['CẦN HỘI ĐỒNG XEM XÉT: 3', null, null],
      ['1. Lao động tiên tiến: 1 người', null, null],
      [1, 'Mai Văn Đức', 'THCS Đầm Hà'],
      ['2. Chiến sĩ thi đua cơ sở: 2 người', null, null],
      [1, 'Đặng Văn Phúc', 'THCS Quảng Tân'],
      [2, 'Ngô Thị Hạnh', 'THCS Quảng Tân'],
    ]);
    expect(t.sectionRows).toEqual([0, 5, 7, 9, 10, 12]);
    expect(t.reviewHeading).toBe(9);
    expect(t.counts).toEqual({ individuals: 5, collectives: 1, review: 3 });
    expect(String(t.rows[11]![4])).toContain('Thiếu "Xếp loại"');
    expect(t.rows.some((r) => r[1] === 'Hoàng Thị Loan')).toBe(false); // ineligible rows are not submitted
  });
});

test('councilRows: one unit spelled two ways stays together, under its most used spelling', () => {
  const r = run(
    book(
      individuals([
        person({ name: 'Nguyễn Văn Hùng', unit: 'THCS Đầm Hà' }),
        person({ name: 'Vũ Văn Khánh', unit: 'Trường THCS Đầm Hà' }),
        person({ name: 'Phan Văn Bảo', unit: 'THCS Bình Minh' }),
        person({ name: 'Đỗ Thị Hương', unit: 'Trường THCS Đầm Hà' }),
      ]),
    ),
  );
  expect(councilRows(r.nominations, 'vi').rows.slice(1).map((x) => [x[1], x[3]])).toEqual([
    ['Phan Văn Bảo', 'THCS Bình Minh'],
    ['Nguyễn Văn Hùng', 'Trường THCS Đầm Hà'],
    ['Đỗ Thị Hương', 'Trường THCS Đầm Hà'],
    ['Vũ Văn Khánh', 'Trường THCS Đầm Hà'],
  ]);
});

describe('nominationSheetPlans', () => {
  const plans = nominationSheetPlans(analysisOf(res), ctx);

  test('three print-ready sheets; none without nominations', () => {
    expect(plans.map((p) => [p.key, p.name])).toEqual([
      ['nominations:check', 'Kiểm tra đề nghị'],
      ['nominations:quota', 'Tỷ lệ khen thưởng'],
      ['nominations:council', 'Danh sách trình Hội đồng'],
    ]);
    for (const p of plans) {
      expect(p.font).toEqual({ name: 'Times New Roman', size: 13 });
      expect(p.print).toMatchObject({ paperSize: 'A4', fitToWidth: 1 });
      expect(p.values.some((r) => r.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toBe(true);
    }
    expect(nominationSheetPlans({ ...analysisOf(res), nominations: [], quotas: [] }, ctx)).toEqual([]);
  });

  test('Kiểm tra đề nghị: every nomination, the source cell linked; "=" names stay text', () => {
    const check = plans[0]!;
    const { header, rows } = body(check, 'Nguồn');
    expect(check.values[header]).toEqual(['Nguồn', 'Họ và tên', 'Đơn vị', 'Danh hiệu', 'Kết quả', 'Lý do']);
    expect(rows).toHaveLength(res.nominations.length);
    // By the column: no link object per row.
    expect(check.hyperlinks).toEqual([]);
    expect(check.linkColumns).toHaveLength(1);
    expect(linksOf(check)).toHaveLength(res.nominations.length);
    expect(linksOf(check)[0]).toEqual({ row: header + 1, col: 0, sheet: 'Đề nghị khen thưởng', cell: 'B2' });
    // The link look is one range down the source column, not a style per linked cell.
    const linkStyles = check.styles.filter((s) => s.style.color === '#0563C1');
    expect(linkStyles).toEqual([{ range: { r0: header + 1, c0: 0, r1: header + rows.length, c1: 0 }, style: { color: '#0563C1', underline: true } }]);
    const tu = rows.find((r) => r[1] === '=Hoàng Văn Tú')!;
    expect(typeof tu[1]).toBe('string');
    expect(needsTextGuard(tu[1] as string)).toBe(true); // the writers must (and do) write it as text
    expect(check.formulas).toEqual([]);
    expect(check.values.some((r) => r[0] === 'Căn cứ: Luật Thi đua, khen thưởng số 06/2022/QH15 và các văn bản hướng dẫn thi hành')).toBe(true);
  });

  test('Tỷ lệ khen thưởng: base, limit (live formula), count, ✓/✗', () => {
    const quota = plans[1]!;
    const { header, rows } = body(quota, 'Đơn vị');
    expect(quota.values[header]).toEqual(['Đơn vị', 'Danh hiệu', 'Cơ sở tính', 'Tối đa', 'Số đề nghị', 'Đạt']);
    expect(rows).toEqual([['THCS Quảng Tân', 'Chiến sĩ thi đua cơ sở', 5, 0, 2, '✗']]);
    expect(quota.formulas).toEqual([
      { row: header + 1, col: 3, formula: `ROUNDDOWN(0.15*C${header + 2},0)`, result: 0 },
      { row: header + 1, col: 5, formula: `IF(E${header + 2}<=D${header + 2},"✓","✗")`, result: '✗' },
    ]);
    expect(quota.values.some((r) => typeof r[0] === 'string' && r[0].startsWith('Tối đa = 15 % × cơ sở tính'))).toBe(true);
  });

  test('Danh sách trình Hội đồng: section rows merged and bold, the total under the table', () => {
    const council = plans[2]!;
    const { header } = body(council, 'STT');
    const first = header + 1;
    expect(council.values[first]![0]).toBe('I. LAO ĐỘNG TIÊN TIẾN: 4 người');
    expect(council.merges).toContainEqual({ r0: first, c0: 0, r1: first, c1: 4 });
    expect(council.styles).toContainEqual({ range: { r0: first, c0: 0, r1: first, c1: 4 }, style: { bold: true } });
    expect(council.values.some((r) => r[0] === 'Tổng cộng: 5 cá nhân, 1 tập thể đủ điều kiện; 3 trường hợp cần Hội đồng xem xét.')).toBe(true);
  });

  test('English labels when asked', () => {
    const en = nominationSheetPlans(analysisOf(res), { ...ctx, lang: 'en' });
    expect(body(en[0]!, 'Source').rows[0]!.slice(0, 5)).toEqual(['Đề nghị khen thưởng, row 2', 'Trần Thị Bình', 'THCS Quảng Tân', 'Advanced worker', 'Eligible']);
  });
});
