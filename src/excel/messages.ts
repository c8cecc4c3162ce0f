/**
 * Every sentence the Office.js adapter shows a user, Vietnamese first and English second. Errors carry
 * both; `degraded` notes (ApplyResult, WorkbookSnapshot) use the port's language.
 */
import type { Lang } from '../engine';

type Params = Readonly<Record<string, string | number>>;

export interface AdapterMessage {
  readonly vi: (p: Params) => string;
  readonly en: (p: Params) => string;
}

/** «A», «B» và «C» / "A", "B" and "C". */
export function nameList(names: readonly string[], lang: Lang): string {
  const q = names.map((n) => (lang === 'vi' ? `«${n}»` : `"${n}"`));
  if (q.length <= 1) return q.join('');
  return `${q.slice(0, -1).join(', ')} ${lang === 'vi' ? 'và' : 'and'} ${q[q.length - 1]}`;
}

export const excelMessages = {
  WORKBOOK_PROTECTED: {
    vi: () => 'Sổ tính đang được bảo vệ cấu trúc (Protect Workbook) nên không thể thêm, xoá hay đổi tên trang tính. Hãy bỏ bảo vệ (Review › Protect Workbook) rồi thử lại; chưa có gì được ghi.',
    en: () => 'The workbook structure is protected (Protect Workbook), so sheets cannot be added, deleted or renamed. Unprotect it (Review › Protect Workbook) and try again; nothing was written.',
  },
  SHEET_PROTECTED: {
    vi: (p) => `Trang tính ${p.names} đang được bảo vệ (Protect Sheet) nên không thể ghi đè. Hãy bỏ bảo vệ rồi thử lại; chưa có gì được ghi.`,
    en: (p) => `Sheet ${p.names} is protected (Protect Sheet) and cannot be overwritten. Unprotect it and try again; nothing was written.`,
  },
  SHEET_NAME_TAKEN: {
    vi: (p) => `Sổ tính đã có trang tính tên ${p.names}. Hãy đổi tên hoặc xoá trang đó rồi thử lại; chưa có gì được ghi.`,
    en: (p) => `The workbook already has a sheet named ${p.names}. Rename or delete it and try again; nothing was written.`,
  },
  SHEET_NAME_INVALID: {
    vi: (p) => `Tên trang tính ${p.names} không hợp lệ trong Excel (tối đa 31 ký tự, không chứa [ ] : * ? / \\, không trùng nhau).`,
    en: (p) => `Sheet name ${p.names} is not valid in Excel (at most 31 characters, none of [ ] : * ? / \\, no duplicates).`,
  },
  SHEET_NOT_FOUND: {
    vi: (p) => `Không tìm thấy trang tính «${p.sheet}»; có thể nó đã bị đổi tên hoặc xoá. Hãy chạy Kiểm tra lại.`,
    en: (p) => `Sheet "${p.sheet}" was not found; it may have been renamed or deleted. Run the check again.`,
  },
  SHEET_HIDDEN: {
    vi: (p) => `Trang tính «${p.sheet}» đang bị ẩn nên không thể chọn ô ${p.cell}. Hãy bỏ ẩn trang (chuột phải vào thẻ trang › Unhide) rồi thử lại.`,
    en: (p) => `Sheet "${p.sheet}" is hidden, so cell ${p.cell} cannot be selected. Unhide the sheet (right-click a sheet tab › Unhide) and try again.`,
  },
  SELECT_FAILED: {
    vi: (p) => `Không chọn được ô ${p.cell} trên trang «${p.sheet}» (lỗi Excel: ${p.reason}).`,
    en: (p) => `Could not select cell ${p.cell} on sheet "${p.sheet}" (Excel error: ${p.reason}).`,
  },
  BATCH_FAILED_CLEAN: {
    vi: (p) => `Excel báo lỗi khi ghi (${p.reason}). Các trang đang ghi dở đã được xoá, sổ tính giữ nguyên như trước khi ghi. Hãy thử lại.`,
    en: (p) => `Excel reported an error while writing (${p.reason}). The half-written sheets were removed; the workbook is as it was before. Please try again.`,
  },
  BATCH_FAILED_LEFTOVER: {
    vi: (p) => `Excel báo lỗi khi ghi (${p.reason}) và không xoá được các trang ghi dở ${p.names}. Hãy xoá các trang đó bằng tay rồi thử lại.`,
    en: (p) => `Excel reported an error while writing (${p.reason}) and the half-written sheets ${p.names} could not be removed. Delete them by hand and try again.`,
  },
  PRINT_UNSUPPORTED: {
    vi: () => 'Phiên bản Excel này chưa hỗ trợ thiết lập trang in qua add-in (cần ExcelApi 1.9): khổ A4, hướng giấy, vừa một trang ngang, dòng tiêu đề lặp lại và số trang chưa được đặt — hãy đặt trong Page Layout trước khi in.',
    en: () => 'This Excel does not let add-ins set up printing (ExcelApi 1.9 needed): A4, orientation, fit to one page wide, repeated header rows and page numbers were not set — set them in Page Layout before printing.',
  },
  PRINT_FAILED: {
    vi: (p) => `Excel từ chối một phần thiết lập trang in (${p.reason}); nội dung đã được ghi đầy đủ — hãy kiểm tra Page Layout trước khi in.`,
    en: (p) => `Excel refused part of the print setup (${p.reason}); the content was written in full — check Page Layout before printing.`,
  },
  FREEZE_UNSUPPORTED: {
    vi: () => 'Phiên bản Excel này chưa hỗ trợ cố định dòng tiêu đề qua add-in (cần ExcelApi 1.7); hãy dùng View › Freeze Panes nếu cần.',
    en: () => 'This Excel does not let add-ins freeze panes (ExcelApi 1.7 needed); use View › Freeze Panes if needed.',
  },
  HYPERLINKS_UNSUPPORTED: {
    vi: () => 'Phiên bản Excel này chưa hỗ trợ tạo liên kết tới ô nguồn qua add-in (cần ExcelApi 1.7); cột nguồn chỉ ghi địa chỉ ô.',
    en: () => 'This Excel does not let add-ins create links to source cells (ExcelApi 1.7 needed); the source column shows the cell address only.',
  },
  MERGES_UNSUPPORTED: {
    vi: () => 'Phiên bản Excel này chưa cho add-in đọc ô gộp (cần ExcelApi 1.13): ô gộp được đọc như các ô riêng, chỉ ô trên cùng bên trái có giá trị.',
    en: () => 'This Excel does not let add-ins read merged cells (ExcelApi 1.13 needed): merged cells are read as separate cells, only the top-left one holding the value.',
  },
  HIDDEN_ROWS_UNSUPPORTED: {
    vi: (p) => `Trang ${p.names} có hàng ẩn nhưng phiên bản Excel này chưa cho add-in biết đó là hàng nào (cần ExcelApi 1.9); các hàng ẩn được đọc như hàng thường.`,
    en: (p) => `Sheet ${p.names} has hidden rows, but this Excel does not tell add-ins which ones (ExcelApi 1.9 needed); hidden rows are read as ordinary rows.`,
  },
} satisfies Record<string, AdapterMessage>;

export type ExcelMessageCode = keyof typeof excelMessages;

export function excelMessage(code: ExcelMessageCode, lang: Lang, params: Params = {}): string {
  return excelMessages[code][lang](params);
}
