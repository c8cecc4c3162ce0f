/**
 * The example `Suy tôn` sheet (SPEC §3.5): the council's secret-ballot results. Unit rows (no Họ và tên)
 * for the flag proposals, then the person rows of the nominations example.
 */
import type { TemplateSheet } from './types';
import { personVoteRows } from './nominationSheets';

export function votesTemplate(): TemplateSheet {
  return {
    name: 'Suy tôn',
    headerRow: 0,
    widths: [28, 22, 16, 18, 16, 14],
    rows: [
      ['Đơn vị', 'Họ và tên', 'Khối', 'Danh hiệu', 'Số phiếu đồng ý', 'Tổng số phiếu'],
      ['Trường THCS Đầm Hà', null, 'Khối THCS', 'Cờ thi đua', 14, 15],
      ['Trường TH Đầm Hà', null, 'Khối Tiểu học', 'Cờ thi đua', 12, 15],
      ...personVoteRows(),
    ],
  };
}
