/** The example `Tiêu chí` sheet: one table shared by every bloc. */
import type { TemplateSheet } from './types';
import { TEMPLATE_CRITERIA } from './criteria';

export function criteriaTemplate(): TemplateSheet {
  return {
    name: 'Tiêu chí',
    headerRow: 2,
    widths: [7, 62, 12, 9, 30],
    merges: [
      { r0: 0, c0: 0, r1: 0, c1: 4 },
    ],
    rows: [
      ['BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM HỌC 2024-2025'],
      [],
      ['TT', 'Nội dung tiêu chí', 'Điểm chuẩn', 'Loại', 'Ghi chú'],
      ...TEMPLATE_CRITERIA.map((x) => [x.code, x.title, x.max, x.type || null, x.type === 'Liệt' ? 'Ghi "x" nếu vi phạm: không đề nghị Cờ, Bằng khen' : null]),
    ],
  };
}
