/**
 * The phase example of `thidua template` (SPEC §9): a third bloc, Khối Mầm non, scored in two phases
 * ("Khối Mầm non Đợt 1", "Khối Mầm non Đợt 2", units in rows) with unequal weights (40 % / 60 %, set in
 * `Cấu hình`). The weights decide the year: Trường MN Quảng Tân wins phase 1 and would lead with equal
 * weights (96,5 against 96), but Trường MN Tân Bình, stronger in the heavier phase 2, leads the year
 * (96,6 against 96).
 */
import type { PlanValue } from '../../workbook/plan';
import type { TemplateSheet } from './types';

type Row = readonly [string, number, number, number, number, number];

/** Unit, I, II, III, Điểm cộng, Điểm trừ — per phase. */
export const MAM_NON_PHASES: readonly (readonly Row[])[] = [
  [
    ['Trường MN Quảng Tân', 29, 49, 19, 2, 0],
    ['Trường MN Tân Bình', 28, 46, 18, 1, 0],
    ['Trường MN Dực Yên', 27, 45, 18, 0, 0],
    ['Trường MN Quảng Lợi', 26, 44, 17, 0, 1],
    ['Trường MN Đại Bình', 25, 42, 16, 0, 0],
  ],
  [
    ['Trường MN Quảng Tân', 28, 47, 18, 1, 0],
    ['Trường MN Tân Bình', 30, 49, 19, 1, 0],
    ['Trường MN Dực Yên', 28, 46, 18, 0, 0],
    ['Trường MN Quảng Lợi', 27, 45, 18, 0, 0],
    ['Trường MN Đại Bình', 26, 43, 17, 0, 1],
  ],
];

export const MAM_NON_UNITS: readonly string[] = MAM_NON_PHASES[0]!.map((r) => r[0]);
export const MAM_NON_BLOC = 'Khối Mầm non';
export const PHASE_WEIGHTS: readonly string[] = ['40%', '60%'];

function phaseSheet(phase: number, units: readonly Row[]): TemplateSheet {
  const rows: PlanValue[][] = units.map(([unit, g1, g2, g3, bonus, deduction], i) => [i + 1, unit, g1, g2, g3, bonus, deduction, g1 + g2 + g3 + bonus - deduction]);
  return {
    name: `${MAM_NON_BLOC} Đợt ${phase}`,
    headerRow: 2,
    widths: [6, 30, 16, 16, 16, 11, 11, 10],
    merges: [{ r0: 0, c0: 0, r1: 0, c1: 7 }],
    rows: [
      [`BẢNG TỔNG HỢP ĐIỂM THI ĐUA KHỐI MẦM NON - ĐỢT ${phase} - NĂM HỌC 2024-2025`],
      [],
      ['STT', 'Đơn vị', 'I. Công tác chỉ đạo, quản lý', 'II. Chất lượng giáo dục', 'III. Đội ngũ và cơ sở vật chất', 'Điểm cộng', 'Điểm trừ', 'Tổng'],
      ...rows,
    ],
  };
}

export function phaseTemplateSheets(): TemplateSheet[] {
  return MAM_NON_PHASES.map((units, i) => phaseSheet(i + 1, units));
}
