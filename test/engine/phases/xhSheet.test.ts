/** `XH <bloc>` of a bloc scored in phases (SPEC §9): a column per phase with its weight; the year total as a live weighted formula. */
import { analyze } from '../../../src/engine/analyze';
import { blocSheetPlan } from '../../../src/engine/plan/blocSheet';
import { buildJsonReport } from '../../../src/engine/report/json';
import type { CellValue } from '../../../src/workbook/snapshot';
import { book, sheet } from '../blocs/fixtures';

const now = new Date('2025-05-20T03:00:00Z');
const scoring = (name: string, rows: [string, number, number][]) =>
  sheet(name, [['STT', 'Đơn vị', 'I', 'II'], ...rows.map(([u, a, b], i): CellValue[] => [i + 1, u, a, b])]);
const snap = book(
  sheet('Cấu hình', [['Tham số', 'Giá trị'], ['Trọng số Đợt 1', '40%'], ['Trọng số Đợt 2', '60%']]),
  sheet('Tiêu chí', [['TT', 'Nội dung', 'Điểm chuẩn'], ['I', 'Quản lý', 40], ['II', 'Chất lượng', 60]]),
  scoring('Khối THCS Đợt 1', [['Trường A', 39, 58], ['Trường B', 35, 55], ['Trường C', 30, 50]]),
  scoring('Khối THCS Đợt 2', [['Trường A', 36, 53], ['Trường B', 38, 57]]),
);
const analysis = analyze(snap, { now, lang: 'vi' });

it('shows each phase with its weight and writes the year total as their weighted mean over the phases present', () => {
  const plan = blocSheetPlan(analysis.blocs[0]!, { params: analysis.params, now, lang: 'vi' });
  const header = plan.values.find((r) => r[0] === 'STT')!;
  expect(header.slice(0, 4)).toEqual(['STT', 'Đơn vị', 'Đợt 1 (40 %)', 'Đợt 2 (60 %)']);
  const headerRow = plan.values.indexOf(header);
  const body = plan.values.slice(headerRow + 1, headerRow + 4).map((r) => r.slice(0, 4));
  expect(body).toEqual([
    [1, 'Trường B', 90, 95],
    [2, 'Trường A', 97, 89],
    [3, 'Trường C', 80, null],
  ]);
  const totals = plan.formulas.map((f) => [f.row - headerRow, f.formula, f.result]);
  expect(totals).toEqual([
    [1, `ROUND((0.4*C${headerRow + 2}+0.6*D${headerRow + 2})/(0.4+0.6),2)`, 93],
    [2, `ROUND((0.4*C${headerRow + 3}+0.6*D${headerRow + 3})/(0.4+0.6),2)`, 92.2],
    [3, `ROUND((0.4*C${headerRow + 4})/(0.4),2)`, 80],
  ]);
  const notes = plan.values.flat().filter((v): v is string => typeof v === 'string');
  expect(notes).toContain('Tổng điểm năm = 40 % × Đợt 1 + 60 % × Đợt 2; đơn vị thiếu điểm một đợt được tính tạm trên các đợt đã có (xem Ghi chú).');
  expect(notes.some((n) => n.includes('Thiếu điểm Đợt 2: điểm năm tạm tính, cần xem xét.'))).toBe(true);
});

it('reports the phases in JSON for phased blocs only', () => {
  const report = buildJsonReport(analysis, 'vi');
  expect(report.blocs[0]!.phases).toEqual([
    { phase: 1, weight: 0.4 },
    { phase: 2, weight: 0.6 },
  ]);
  expect(report.blocs[0]!.units.map((u) => [u.unit, u.total, u.status, u.phases])).toEqual([
    ['Trường B', 93, 'none', [{ phase: 1, total: 90 }, { phase: 2, total: 95 }]],
    ['Trường A', 92.2, 'none', [{ phase: 1, total: 97 }, { phase: 2, total: 89 }]],
    ['Trường C', 80, 'review', [{ phase: 1, total: 80 }, { phase: 2, total: null }]],
  ]);
  expect(report.issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual(['PHASE_SCORE_MISSING']);
});
