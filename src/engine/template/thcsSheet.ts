/**
 * The example `Khối THCS` sheet, criteria in rows (SPEC §3.3): each school's Tự chấm | Khối chấm pair under
 * its merged name. It shows on purpose: a veto (Dực Yên), a tie broken by deductions (Tân Bình over
 * Quảng Tân, both 95), text numbers with a decimal comma (Đại Bình), an empty Khối chấm cell (Đại Bình 1.1)
 * and a self-vs-bloc gap above the warning level (Quảng Lợi).
 */
import type { CellRange } from '../../workbook/snapshot';
import type { PlanValue } from '../../workbook/plan';
import type { TemplateSheet } from './types';
import { criterionCells, TEMPLATE_CRITERIA } from './criteria';

type Scores = readonly PlanValue[];

interface UnitScores {
  readonly unit: string;
  /** One value per leaf, in TEMPLATE_LEAVES order: 10 standard leaves, 2 bonus, 2 deduction, the veto. */
  readonly self: Scores;
  readonly bloc: Scores;
}

export const THCS_UNITS: readonly UnitScores[] = [
  {
    unit: 'Trường THCS Đầm Hà',
    self: [5, 5, 10, 5, 5, 20, 14, 15, 10, 9, 2, 0, 0, 0, null],
    bloc: [5, 5, 10, 5, 5, 19, 14, 14, 10, 9, 2, 0, 0, 0, null],
  },
  {
    unit: 'Trường THCS Quảng Tân',
    self: [5, 5, 10, 5, 5, 19, 14, 14, 10, 9, 1, 0, 1, 0, null],
    bloc: [5, 5, 9, 5, 5, 19, 14, 14, 10, 9, 1, 0, 1, 0, null],
  },
  {
    unit: 'Trường THCS Tân Bình',
    self: [5, 5, 10, 5, 5, 19, 14, 14, 10, 9, 0, 1, 0, 0, null],
    bloc: [5, 5, 9, 5, 5, 19, 13, 14, 10, 9, 0, 1, 0, 0, null],
  },
  {
    unit: 'Trường THCS Dực Yên',
    self: [5, 5, 10, 5, 5, 19, 14, 14, 10, 9, 2, 0, 0, 0, null],
    bloc: [5, 5, 9, 5, 4.5, 19, 14, 13, 10, 9, 2, 0, 0, 0, 'x'],
  },
  {
    unit: 'Trường THCS Quảng Lợi',
    self: [5, 5, 10, 5, 5, 19, 14, 14, 10, 9, 0, 0, 0, 0, null],
    bloc: [5, 4, 8, 5, 4, 17, 13, 13, 10, 9, 0, 0, 0, 0, null],
  },
  {
    unit: 'Trường THCS Đại Bình',
    self: [4, 4, 9, 4, 4, 16, 13, 12, 8, 8, 0, 0, 0, 0, null],
    bloc: [null, 4, '8,5', 4, 4, 16, '12,5', 12, 8, '7,5', 0, 0, 0, 0, null],
  },
];

const HEADER_ROW = 2;
const FIRST_UNIT_COL = 3;

export function thcsTemplate(): TemplateSheet {
  const head: PlanValue[] = ['TT', 'Nội dung tiêu chí', 'Điểm chuẩn'];
  const sub: PlanValue[] = [null, null, null];
  const merges: CellRange[] = [
    { r0: 0, c0: 0, r1: 0, c1: FIRST_UNIT_COL + 2 * THCS_UNITS.length - 1 },
    { r0: HEADER_ROW, c0: 0, r1: HEADER_ROW + 1, c1: 0 },
    { r0: HEADER_ROW, c0: 1, r1: HEADER_ROW + 1, c1: 1 },
    { r0: HEADER_ROW, c0: 2, r1: HEADER_ROW + 1, c1: 2 },
  ];
  THCS_UNITS.forEach((u, i) => {
    const col = FIRST_UNIT_COL + 2 * i;
    head.push(u.unit, null);
    sub.push('Tự chấm', 'Khối chấm');
    merges.push({ r0: HEADER_ROW, c0: col, r1: HEADER_ROW, c1: col + 1 });
  });
  let leaf = 0;
  const body = TEMPLATE_CRITERIA.map((x) => {
    const row = criterionCells(x);
    if (x.leaf) {
      for (const u of THCS_UNITS) row.push(u.self[leaf] ?? null, u.bloc[leaf] ?? null);
      leaf++;
    }
    return row;
  });
  return {
    name: 'Khối THCS',
    headerRow: HEADER_ROW,
    headerRowCount: 2,
    widths: [7, 48, 10, ...THCS_UNITS.flatMap(() => [10, 10])],
    merges,
    rows: [['BẢNG CHẤM ĐIỂM THI ĐUA KHỐI THCS - NĂM HỌC 2024-2025'], [], head, sub, ...body],
  };
}
