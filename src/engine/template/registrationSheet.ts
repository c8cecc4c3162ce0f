/**
 * The example `Đăng ký thi đua` sheet (SPEC §9): each unit's registration date, goals and the title it
 * registers for. With `Hạn đăng ký` 25/10 (school year 2024-2025 → 25/10/2024) it shows a unit that
 * registered ON the deadline day (on time), one a day late (Trường THCS Quảng Lợi) and one that did not
 * register (Trường TH Đại Bình).
 */
import type { PlanValue } from '../../workbook/plan';
import type { TemplateSheet } from './types';
import { THCS_UNITS } from './thcsSheet';
import { TIEU_HOC_UNITS } from './tieuHocSheet';
import { MAM_NON_UNITS } from './phaseSheets';

export const LATE_UNIT = 'Trường THCS Quảng Lợi';
export const ON_DEADLINE_UNIT = 'Trường THCS Tân Bình';
export const UNREGISTERED_UNIT = 'Trường TH Đại Bình';

const GOALS = '100 % CB-GV-NV hoàn thành nhiệm vụ trở lên; tỷ lệ học sinh lên lớp từ 98 %';

function dateOf(unit: string, i: number): string {
  if (unit === LATE_UNIT) return '26/10/2024';
  if (unit === ON_DEADLINE_UNIT) return '25/10/2024';
  return `${String(14 + (i % 10)).padStart(2, '0')}/10/2024`;
}

export function registrationTemplate(): TemplateSheet {
  const units = [...THCS_UNITS.map((u) => u.unit), ...TIEU_HOC_UNITS.map((u) => u[0]), ...MAM_NON_UNITS].filter((u) => u !== UNREGISTERED_UNIT);
  const rows: PlanValue[][] = units.map((unit, i) => [
    i + 1,
    unit,
    dateOf(unit, i),
    GOALS,
    i % 3 === 0 ? 'Tập thể lao động xuất sắc' : 'Tập thể lao động tiên tiến',
    unit === LATE_UNIT ? 'Gửi trễ 1 ngày' : unit === ON_DEADLINE_UNIT ? 'Gửi đúng ngày hết hạn' : null,
  ]);
  return {
    name: 'Đăng ký thi đua',
    headerRow: 2,
    widths: [6, 30, 14, 48, 26, 22],
    merges: [{ r0: 0, c0: 0, r1: 0, c1: 5 }],
    rows: [['DANH SÁCH ĐĂNG KÝ THI ĐUA NĂM HỌC 2024-2025'], [], ['STT', 'Đơn vị', 'Ngày đăng ký', 'Mục tiêu, chỉ tiêu', 'Đăng ký danh hiệu', 'Ghi chú'], ...rows],
  };
}
