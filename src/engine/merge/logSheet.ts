/** The merge's findings as a sheet (`Nhật ký hợp nhất`): one row per finding, file named in its own column. */
import type { PlanValue } from '../../workbook/plan';
import type { Finding, Lang } from '../findings/types';
import { messageText } from '../findings/messages';
import type { MergedSheet } from './types';
import { MERGE_LOG_SHEET } from './types';

const HEADERS: Record<Lang, string[]> = {
  vi: ['STT', 'Mức độ', 'Mã', 'Tệp', 'Trang tính', 'Ô', 'Nội dung'],
  en: ['No.', 'Severity', 'Code', 'File', 'Sheet', 'Cell', 'Message'],
};
const SEVERITY: Record<Lang, Record<Finding['severity'], string>> = {
  vi: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },
  en: { error: 'Error', warning: 'Warning', info: 'Info' },
};

export function buildLogSheet(findings: readonly Finding[], lang: Lang, name = MERGE_LOG_SHEET): MergedSheet {
  const rows: PlanValue[][] = [HEADERS[lang]];
  findings.forEach((f, i) => {
    rows.push([i + 1, SEVERITY[lang][f.severity], f.code, String(f.params.file ?? ''), f.sheet ?? '', f.cell ?? '', messageText(f.code, f.params, lang)]);
  });
  return { name, role: 'log', rows, merges: [], widths: [6, 11, 28, 28, 22, 8, 90], headerRow: 0, headerRowCount: 1, dateColumns: [] };
}
