/**
 * The example `Khối Tiểu học` sheet, units in rows (SPEC §3.3): one column per criteria group, then
 * Điểm cộng, Điểm trừ and the typed Tổng. Quảng Tân and Tân Bình tie at 93 and the higher base score
 * decides; Dực Yên and Quảng Lợi tie at 90 with equal deductions and base scores: they share the rank.
 */
import type { PlanValue } from '../../workbook/plan';
import type { TemplateSheet } from './types';

/** Unit, I, II, III, Điểm cộng, Điểm trừ. */
export const TIEU_HOC_UNITS: readonly (readonly [string, number, number, number, number, number])[] = [
  ['Trường TH Đầm Hà', 29, 48, 19, 2, 0],
  ['Trường TH Quảng Tân', 28, 46, 18, 1, 0],
  ['Trường TH Tân Bình', 28, 45, 18, 2, 0],
  ['Trường TH Dực Yên', 27, 45, 18, 0, 0],
  ['Trường TH Quảng Lợi', 27, 44, 19, 0, 0],
  ['Trường TH Đại Bình', 25, 40, 15, 0, 1],
];

export function tieuHocTemplate(): TemplateSheet {
  const rows: PlanValue[][] = TIEU_HOC_UNITS.map(([unit, g1, g2, g3, bonus, deduction], i) => [i + 1, unit, g1, g2, g3, bonus, deduction, g1 + g2 + g3 + bonus - deduction]);
  return {
    name: 'Khối Tiểu học',
    headerRow: 2,
    widths: [6, 30, 16, 16, 16, 11, 11, 10],
    merges: [{ r0: 0, c0: 0, r1: 0, c1: 7 }],
    rows: [
      ['BẢNG TỔNG HỢP ĐIỂM THI ĐUA KHỐI TIỂU HỌC - NĂM HỌC 2024-2025'],
      [],
      ['STT', 'Đơn vị', 'I. Công tác chỉ đạo, quản lý', 'II. Chất lượng giáo dục', 'III. Đội ngũ và cơ sở vật chất', 'Điểm cộng', 'Điểm trừ', 'Tổng'],
      ...rows,
    ],
  };
}
