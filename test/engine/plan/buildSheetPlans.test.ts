import { buildSheetPlans } from '../../../src/engine/plan/buildSheetPlans';
import { blocSheetPlan } from '../../../src/engine/plan/blocSheet';
import type { SheetPlan } from '../../../src/workbook/plan';
import { blocThcs, blocTieuHoc, sampleAnalysis, TEST_NOW, TEST_PARAMS, unit } from '../../support/xlsxAnalysis';

const ctx = { params: TEST_PARAMS, now: TEST_NOW, lang: 'vi' as const };

function tableOf(plan: SheetPlan): { header: string[]; rows: (string | number | boolean | null)[][]; headerRow: number } {
  const headerRow = plan.print.repeatRows!.r0;
  const header = plan.values[headerRow]!.map((v) => String(v ?? ''));
  const rows: (string | number | boolean | null)[][] = [];
  for (let r = headerRow + 1; r < plan.values.length; r++) {
    const row = plan.values[r]!;
    if (row.every((v) => v === null)) break;
    rows.push([...row]);
  }
  return { header, rows, headerRow };
}

describe('buildSheetPlans', () => {
  it('produces the summary, one XH sheet per bloc and the log, in that order', () => {
    const plans = buildSheetPlans(sampleAnalysis(), { now: TEST_NOW, lang: 'vi' });
    expect(plans.map((p) => p.name)).toEqual(['Tổng hợp xếp hạng', 'XH Khối THCS', 'XH Khối Tiểu học', 'Nhật ký kiểm tra']);
    expect(plans.map((p) => p.key)).toEqual(['summary', 'bloc:khoi thcs', 'bloc:khoi tieu hoc', 'log']);
  });

  it('writes only the log when there is no bloc', () => {
    const plans = buildSheetPlans(sampleAnalysis({ blocs: [] }), { now: TEST_NOW, lang: 'vi' });
    expect(plans.map((p) => p.key)).toEqual(['log']);
  });

  it('keeps sheet names unique when two bloc names truncate to the same name', () => {
    const a = { ...blocThcs(), name: 'Khối các trường Trung học cơ sở vùng 1' };
    const b = { ...blocThcs(), name: 'Khối các trường Trung học cơ sở vùng 2' };
    const names = buildSheetPlans(sampleAnalysis({ blocs: [a, b] }), { now: TEST_NOW, lang: 'vi' }).map((p) => p.name);
    expect(names[1]).toBe('XH Khối các trường Trung học');
    expect(names[2]).toBe('XH Khối các trường Trung (2)');
    expect(new Set(names.map((n) => n.toUpperCase())).size).toBe(names.length);
  });

  it('keeps Vietnamese sheet names in English so a rerun replaces the same sheets', () => {
    const plans = buildSheetPlans(sampleAnalysis(), { now: TEST_NOW, lang: 'en' });
    expect(plans[0]!.name).toBe('Tổng hợp xếp hạng');
    expect(tableOf(plans[0]!).header[1]).toBe('Unit');
  });
});

describe('XH <bloc>', () => {
  const plan = blocSheetPlan(blocThcs(), ctx);
  const t = tableOf(plan);

  it('has one column per standard group, bonus, deduction, the self/bloc pair, total, rank, class, proposal, notes', () => {
    expect(t.header).toEqual(['STT', 'Đơn vị', 'I (60)', 'II (40)', 'Điểm cộng', 'Điểm trừ', 'Tự chấm tổng', 'Khối chấm tổng', 'Tổng điểm', 'Xếp hạng', 'Xếp loại', 'Đề nghị', 'Ghi chú']);
  });

  it('lists units in rank order with their scores, classification label, proposal and rendered notes', () => {
    expect(t.rows[0]).toEqual([1, 'Trường THCS Quảng Tân', 58.5, 38, 2, 0, 99, 98.5, 98.5, 1, 'Xuất sắc', 'Cờ thi đua', null]);
    expect(t.rows[1]!.slice(0, 12)).toEqual([2, 'Trường THCS Đầm Hà', 55, 37.25, 0, 0.5, 93, 91.75, 91.75, 2, 'Tốt', 'Bằng khen']);
    expect(t.rows[1]![12]).toBe('TEST_NOTE {"x":1}');
    expect(t.rows[2]![1]).toBe('=cmd|calc');
    expect(t.rows[2]![11]).toBe('Không đề nghị (vi phạm)');
  });

  it('makes Tổng điểm a live formula over the groups, bonus and deduction, cached with the engine total', () => {
    const excelRow = t.headerRow + 2;
    expect(plan.formulas[0]).toEqual({ row: t.headerRow + 1, col: 8, formula: `SUM(C${excelRow}:D${excelRow})+E${excelRow}-F${excelRow}`, result: 98.5 });
    expect(plan.formulas.map((f) => f.result)).toEqual([98.5, 91.75, 80]);
  });

  it('falls back to a base-score column when the groups do not add up to the base score', () => {
    const b = blocThcs();
    const broken = { ...b, units: [{ ...b.units[0]!, base: 99 }] };
    const p = blocSheetPlan(broken, ctx);
    const tt = tableOf(p);
    expect(tt.header.slice(2, 6)).toEqual(['I (60)', 'II (40)', 'Điểm chuẩn', 'Điểm cộng']);
    const r = tt.headerRow + 2;
    expect(p.formulas[0]!.formula).toBe(`E${r}+F${r}-G${r}`);
  });

  it('omits the self/bloc pair when the bloc has no self and bloc scores side by side', () => {
    const tt = tableOf(blocSheetPlan(blocTieuHoc(), ctx));
    expect(tt.header).not.toContain('Tự chấm tổng');
    expect(tt.rows[1]![tt.header.indexOf('Đề nghị')]).toBe('Cần hiệp thương');
    expect(tt.rows.map((r) => r[tt.header.indexOf('Xếp hạng')])).toEqual([1, 1]);
  });

  it('leaves Khối chấm tổng empty for a unit scored in one column only', () => {
    const b = blocThcs();
    const single = unit({ unit: 'Trường X', g: [40, 30], rank: 4, self: 70 }, 10);
    const p = blocSheetPlan({ ...b, units: [...b.units, { ...single, source: { sheet: 'Khối THCS', col: 10, selfCol: 10 } }] }, ctx);
    const tt = tableOf(p);
    expect(tt.rows[3]![tt.header.indexOf('Tự chấm tổng')]).toBe(70);
    expect(tt.rows[3]![tt.header.indexOf('Khối chấm tổng')]).toBeNull();
  });

  it('explains the groups under the table and names the bloc in the subtitle', () => {
    const flat = plan.values.flat();
    expect(flat).toContain('I: Công tác chỉ đạo (60 điểm)');
    expect(flat).toContain('Khối THCS - thang điểm 100');
    expect(flat).toContain('Số đơn vị được đề nghị Bằng khen tối đa: 1.');
  });
});

describe('Tổng hợp xếp hạng', () => {
  const plans = buildSheetPlans(sampleAnalysis(), { now: TEST_NOW, lang: 'vi' });
  const summary = plans[0]!;
  const t = tableOf(summary);

  it('groups units under a merged title row per bloc, numbering from 1 in each bloc', () => {
    expect(t.header).toEqual(['STT', 'Đơn vị', 'Tổng điểm', 'Xếp hạng', 'Xếp loại', 'Đề nghị', 'Ghi chú']);
    expect(t.rows[0]![0]).toBe('Khối THCS (thang điểm 100; 3 đơn vị)');
    expect(summary.merges).toContainEqual({ r0: t.headerRow + 1, c0: 0, r1: t.headerRow + 1, c1: 6 });
    expect(t.rows[1]).toEqual([1, 'Trường THCS Quảng Tân', 98.5, 1, 'Xuất sắc', 'Cờ thi đua', null]);
    expect(t.rows[4]![0]).toBe('Khối Tiểu học (thang điểm 100; 2 đơn vị)');
    expect(t.rows[5]![0]).toBe(1);
  });

  it('states the proposals of each bloc and the legal basis under the table', () => {
    const flat = summary.values.flat();
    expect(flat).toContain('Khối THCS: đề nghị Cờ thi đua: Trường THCS Quảng Tân; đề nghị Bằng khen: Trường THCS Đầm Hà.');
    expect(flat).toContain('Khối Tiểu học: đề nghị Cờ thi đua: không có; đề nghị Bằng khen: không có; cần hiệp thương: Trường TH Quảng Lợi.');
    expect(flat).toContain('Căn cứ: Luật Thi đua, khen thưởng số 06/2022/QH15 và các văn bản hướng dẫn thi hành.');
  });
});

describe('Nhật ký kiểm tra', () => {
  const log = buildSheetPlans(sampleAnalysis(), { now: TEST_NOW, lang: 'vi' }).at(-1)!;
  const t = tableOf(log);

  it('lists every finding, errors first, with severity, code, sheet, cell and message', () => {
    expect(t.header).toEqual(['STT', 'Mức độ', 'Mã', 'Trang tính', 'Ô', 'Nội dung']);
    expect(t.rows.map((r) => r.slice(0, 5))).toEqual([
      [1, 'Lỗi', 'TEST_ERR', "Bob's sheet", 'C5:C9'],
      [2, 'Cảnh báo', 'TEST_WARN', 'Khối THCS', 'F7'],
      [3, 'Thông tin', 'TEST_INFO', null, null],
    ]);
    expect(t.rows[0]![5]).toBe('TEST_ERR {"n":2}');
  });

  it('links the cell column to the first cell of the finding', () => {
    expect(log.hyperlinks).toEqual([
      { row: t.headerRow + 1, col: 4, sheet: "Bob's sheet", cell: 'C5' },
      { row: t.headerRow + 2, col: 4, sheet: 'Khối THCS', cell: 'F7' },
    ]);
  });

  it('says so when there is nothing to report', () => {
    const empty = buildSheetPlans(sampleAnalysis({ findings: [] }), { now: TEST_NOW, lang: 'vi' }).at(-1)!;
    expect(tableOf(empty).rows[0]![0]).toBe('Không phát hiện vấn đề nào.');
    expect(empty.values.flat()).toContain('Tổng cộng: 0 lỗi, 0 cảnh báo, 0 thông tin.');
  });
});
