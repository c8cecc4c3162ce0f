/**
 * The §9 part of the example workbook: the registration, advanced-examples and phase sheets, the
 * `Cấu hình` rows they need (deadline, phase weights, example rules) and the Mầm non units added to
 * `Đơn vị`. The bloc sheets themselves stay as they are (their tests pin them); these helpers extend
 * copies of them.
 */
import type { PlanValue } from '../../workbook/plan';
import type { TemplateSheet } from './types';
import { MAM_NON_BLOC, MAM_NON_UNITS, PHASE_WEIGHTS, phaseTemplateSheets } from './phaseSheets';
import { registrationTemplate } from './registrationSheet';
import { examplesTemplate } from './examplesSheet';

const MAM_NON_STAFF = [32, 28, 25, 24, 22];

export const CYCLE_SETTINGS_ROWS: readonly PlanValue[][] = [
  ['Hạn đăng ký', '25/10', 'Hạn gửi đăng ký thi đua (ngày/tháng; năm theo Năm học). Gửi đúng ngày hết hạn vẫn là đúng hạn'],
  ...PHASE_WEIGHTS.map((w, i) => [`Trọng số Đợt ${i + 1}`, w, i === 0 ? 'Điểm năm = trung bình có trọng số điểm các đợt (mặc định: bằng nhau)' : null]),
  [
    'Điển hình mỗi khối',
    'tối thiểu 2 Cán bộ quản lý, giáo viên, nhân viên; 1–3 Tập thể, mô hình',
    'Thay cho quy định mặc định (mỗi trường tối thiểu 2 CB-GV-NV và 3 học sinh; mỗi khối 1–3 mô hình; toàn danh sách tối thiểu 10)',
  ],
  ['Điển hình toàn danh sách', 'tối thiểu 10; tối thiểu 3 Học sinh', 'Cú pháp: [phạm vi] tối thiểu N / tối đa N / N–M [đối tượng]; các quy định cách nhau bằng dấu ;'],
];

/** `Cấu hình` with the §9 rows appended. */
export function withCycleSettings(settings: TemplateSheet): TemplateSheet {
  return { ...settings, rows: [...settings.rows, ...CYCLE_SETTINGS_ROWS.map((r) => [...r])] };
}

/** `Đơn vị` with the Mầm non units appended (numbered on). */
export function withCycleUnits(units: TemplateSheet): TemplateSheet {
  const start = units.rows.length - (units.headerRow ?? 0);
  const extra = MAM_NON_UNITS.map((u, i): PlanValue[] => [start + i, u, MAM_NON_BLOC, MAM_NON_STAFF[i]!, 'Mầm non']);
  return { ...units, rows: [...units.rows, ...extra] };
}

/** Phase sheets first (next to the other scoring sheets' place in the book), then registration and examples. */
export function cycleTemplateSheets(): TemplateSheet[] {
  return [...phaseTemplateSheets(), registrationTemplate(), examplesTemplate()];
}
