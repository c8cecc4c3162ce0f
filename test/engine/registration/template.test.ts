/**
 * The §9 part of the example workbook (`thidua template`): a registration sheet with one unit late by a
 * day, one ON the deadline and one missing; an advanced-examples sheet with exactly one ✗; a third bloc
 * scored in two phases with unequal weights — and still no error.
 */
import { analyze } from '../../../src/engine/analyze';
import { buildSheetPlans } from '../../../src/engine/plan/buildSheetPlans';
import { exampleTemplateSheets, templateToSnapshot } from '../../../src/engine/template';

const now = new Date('2026-11-21T03:00:00Z');
const sheets = exampleTemplateSheets();
const analysis = analyze(templateToSnapshot(sheets), { now, lang: 'vi' });

it('adds the phase, registration and examples sheets, and extends Cấu hình and Đơn vị', () => {
  expect(sheets.map((s) => s.name).slice(-4)).toEqual(['Khối Mầm non Đợt 1', 'Khối Mầm non Đợt 2', 'Đăng ký thi đua', 'Điển hình tiên tiến']);
  const settings = sheets.find((s) => s.name === 'Cấu hình')!.rows.map((r) => r[0]);
  expect(settings).toEqual(expect.arrayContaining(['Hạn đăng ký', 'Trọng số Đợt 1', 'Trọng số Đợt 2', 'Điển hình mỗi khối', 'Điển hình toàn danh sách']));
  expect(analysis.sheets.filter((s) => ['registration', 'examples'].includes(s.role)).map((s) => [s.sheet, s.role])).toEqual([
    ['Đăng ký thi đua', 'registration'],
    ['Điển hình tiên tiến', 'examples'],
  ]);
  expect(analysis.findings.filter((f) => f.severity === 'error')).toEqual([]);
});

it('registration: one late by a day, one on the deadline day, one missing', () => {
  const reg = analysis.registration!;
  expect(reg.deadline).toEqual({ day: 25, month: 10, year: 2024 });
  expect(reg.units.filter((u) => u.onTime === false).map((u) => [u.unit, u.daysLate])).toEqual([['Trường THCS Quảng Lợi', 1]]);
  expect(reg.units.find((u) => u.unit === 'Trường THCS Tân Bình')!.onTime).toBe(true);
  expect(reg.units.filter((u) => !u.registered).map((u) => u.unit)).toEqual(['Trường TH Đại Bình']);
  expect(reg.units).toHaveLength(17);
});

it('advanced examples: exactly one ✗ (Khối Mầm non has one staff example)', () => {
  const bad = analysis.examples!.counts.filter((c) => !c.ok);
  expect(bad.map((c) => [c.scope, c.rule.groups, c.count, c.rule.min])).toEqual([['Khối Mầm non', ['CBQL', 'GV', 'NV'], 1, 2]]);
});

it('phases: the heavier second phase decides Khối Mầm non', () => {
  const mn = analysis.blocs.find((b) => b.name === 'Khối Mầm non')!;
  expect(mn.phases!.map((p) => [p.phase, p.weight])).toEqual([
    [1, 0.4],
    [2, 0.6],
  ]);
  expect(mn.units.slice(0, 2).map((u) => [u.unit, u.total, u.proposal])).toEqual([
    ['Trường MN Tân Bình', 96.6, 'CO_TINH'],
    ['Trường MN Quảng Tân', 96, 'BANG_KHEN'],
  ]);
  // With equal weights Quảng Tân (99, 94) would lead Tân Bình (93, 99).
  expect((99 + 94) / 2).toBeGreaterThan((93 + 99) / 2);
});

it('writes the two §9 output sheets and the phase columns', () => {
  const names = buildSheetPlans(analysis, { now, lang: 'vi' }).map((p) => p.name);
  expect(names).toEqual(expect.arrayContaining(['XH Khối Mầm non', 'Tổng hợp đăng ký thi đua', 'Tổng hợp điển hình tiên tiến']));
  expect(names.indexOf('Tổng hợp điển hình tiên tiến')).toBeLessThan(names.indexOf('Nhật ký kiểm tra'));
});
