/** The example `Đơn vị` sheet (SPEC §3.4): every scored unit with its bloc and headcount. */
import type { TemplateSheet } from './types';
import { THCS_UNITS } from './thcsSheet';
import { TIEU_HOC_UNITS } from './tieuHocSheet';

const THCS_STAFF = [52, 38, 34, 31, 29, 27];
const TH_STAFF = [45, 33, 30, 28, 26, 24];

export function unitsTemplate(): TemplateSheet {
  const rows = [
    ...THCS_UNITS.map((u, i) => [u.unit, 'Khối THCS', THCS_STAFF[i]!, 'THCS']),
    ...TIEU_HOC_UNITS.map((u, i) => [u[0], 'Khối Tiểu học', TH_STAFF[i]!, 'Tiểu học']),
  ];
  return {
    name: 'Đơn vị',
    headerRow: 0,
    widths: [6, 32, 16, 14, 12],
    rows: [['STT', 'Tên đơn vị', 'Khối', 'Số CB-GV-NV', 'Cấp học'], ...rows.map((r, i) => [i + 1, ...r])],
  };
}
