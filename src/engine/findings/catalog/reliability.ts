/**
 * Messages of the reliability findings (vi first, en second): the workbook as a whole (empty, nothing
 * recognised, text in a legacy encoding) and the files the CLI refuses to open (encrypted, zip bombs,
 * too large once unpacked, damaged packages). Every file message names the file; every cell message
 * is prefixed with "Sheet!Cell" by the renderer.
 */
import type { Catalog, FindingParams } from '../types';

const s = (p: FindingParams, k: string): string => String(p[k] ?? '');
/** Bytes → "12,5" MB (Vietnamese decimal comma) or "12.5" (English). */
const mbVi = (p: FindingParams, k: string): string => (Math.round((Number(p[k] ?? 0) / (1024 * 1024)) * 10) / 10).toString().replace('.', ',');
const mbEn = (p: FindingParams, k: string): string => (Math.round((Number(p[k] ?? 0) / (1024 * 1024)) * 10) / 10).toString();
const fileVi = (p: FindingParams): string => (p.file ? ` «${s(p, 'file')}»` : '');
const fileEn = (p: FindingParams): string => (p.file ? ` "${s(p, 'file')}"` : '');

const ENCODING_VI: Readonly<Record<string, string>> = { TCVN3: 'TCVN3 (phông ABC như .VnTime)', VNI: 'VNI (phông VNI-Times)' };
const ENCODING_EN: Readonly<Record<string, string>> = { TCVN3: 'TCVN3 (ABC fonts such as .VnTime)', VNI: 'VNI (VNI-Times fonts)' };

export const reliabilityMessages: Catalog = {
  WORKBOOK_EMPTY: {
    vi: (p) => `Sổ tính${fileVi(p)} không có dữ liệu: mọi trang tính đều trống. Hãy mở đúng tệp, hoặc dùng "Tạo mẫu" (thidua template) để có sổ tính mẫu.`,
    en: (p) => `The workbook${fileEn(p)} holds no data: every sheet is empty. Open the right file, or use "Template" (thidua template) for an example workbook.`,
  },
  WORKBOOK_NOTHING_RECOGNISED: {
    vi: (p) =>
      `Không nhận ra trang tính nào trong sổ tính${fileVi(p)} (${s(p, 'sheets')}): cần ít nhất một bảng tiêu chí, chấm điểm hoặc danh sách đề nghị khen thưởng, với dòng tiêu đề (ví dụ "TT | Nội dung tiêu chí | Điểm chuẩn", "STT | Họ và tên | Đơn vị") nằm trong 15 dòng đầu.`,
    en: (p) =>
      `No sheet of the workbook${fileEn(p)} was recognised (${s(p, 'sheets')}): at least a criteria, scoring or nomination sheet is needed, with its header row (e.g. "TT | Nội dung tiêu chí | Điểm chuẩn", "STT | Họ và tên | Đơn vị") within the first 15 rows.`,
  },
  SHEET_NOT_RECOGNISED: {
    vi: () => 'Trang tính này không được nhận diện nên không được dùng. Nếu đây là bảng cần tính, hãy đặt dòng tiêu đề trong 15 dòng đầu, hoặc chọn vai trò của trang trong ngăn Thi đua.',
    en: () => 'This sheet was not recognised, so it is not used. If it should count, put its header row within the first 15 rows, or choose its role in the Thi đua pane.',
  },
  TEXT_LEGACY_ENCODING: {
    vi: (p) =>
      `Chữ "${s(p, 'sample')}" được gõ bằng bảng mã cũ ${ENCODING_VI[s(p, 'encoding')] ?? s(p, 'encoding')}, không phải Unicode (${s(p, 'count')} ô trong trang này); tên và tiêu đề gõ như vậy không khớp được. Hãy chuyển mã sang Unicode (ví dụ Unikey › Công cụ chuyển mã) rồi chạy lại.`,
    en: (p) =>
      `The text "${s(p, 'sample')}" is typed in the legacy encoding ${ENCODING_EN[s(p, 'encoding')] ?? s(p, 'encoding')}, not Unicode (${s(p, 'count')} cell(s) in this sheet); names and headers typed so match nothing. Convert it to Unicode (e.g. Unikey's converter) and run again.`,
  },
  FILE_ENCRYPTED: {
    vi: (p) => `Tệp${fileVi(p)} được đặt mật khẩu mở tệp nên không đọc được. Hãy mở bằng Excel, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu) rồi lưu lại.`,
    en: (p) => `File${fileEn(p)} is password-protected and cannot be read. Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password) and save it.`,
  },
  FILE_ZIP_BOMB: {
    vi: (p) =>
      `Tệp${fileVi(p)} bị từ chối vì an toàn: phần «${s(p, 'entry')}» nén tới ${s(p, 'ratio')} lần (${mbVi(p, 'size')} MB khi giải nén; tối đa ${s(p, 'limit')} lần) hoặc giải nén ra nhiều hơn kích thước ghi trong tệp. Tệp có thể bị hỏng hoặc là "bom nén" (zip bomb).`,
    en: (p) =>
      `File${fileEn(p)} was refused for safety: its part "${s(p, 'entry')}" is compressed ${s(p, 'ratio')}× (${mbEn(p, 'size')} MB unpacked; limit ${s(p, 'limit')}×) or unpacks to more than it declares. The file may be damaged or a zip bomb.`,
  },
  FILE_UNPACKED_TOO_LARGE: {
    vi: (p) =>
      `Tệp${fileVi(p)} quá lớn khi giải nén: ${mbVi(p, 'total')} MB dữ liệu (tối đa ${mbVi(p, 'limit')} MB)${p.sheet ? `, phần lớn nhất là trang tính «${s(p, 'sheet')}» (${mbVi(p, 'largestSize')} MB)` : ''}. Hãy xóa các dòng, cột thừa (Ctrl+Shift+End để thấy ô cuối) rồi lưu lại.`,
    en: (p) =>
      `File${fileEn(p)} is too large once unpacked: ${mbEn(p, 'total')} MB of data (limit ${mbEn(p, 'limit')} MB)${p.sheet ? `, mostly the sheet "${s(p, 'sheet')}" (${mbEn(p, 'largestSize')} MB)` : ''}. Delete the unused rows and columns (Ctrl+Shift+End shows the last cell) and save it.`,
  },
  FILE_TRUNCATED: {
    vi: (p) => `Tệp${fileVi(p)} bị hỏng hoặc không đầy đủ (bị cắt cụt: thiếu phần cuối của gói .xlsx), không đọc được. Hãy lấy lại bản đầy đủ của tệp (tải hoặc sao chép lại).`,
    en: (p) => `File${fileEn(p)} is truncated or damaged (the end of the .xlsx package is missing) and cannot be read. Get a complete copy of the file again.`,
  },
  FILE_NOT_WORKBOOK_PACKAGE: {
    vi: (p) => `Tệp${fileVi(p)} là một tệp nén nhưng không phải sổ tính Excel (.xlsx) — có thể là tệp Word, PowerPoint hoặc .zip đổi đuôi.`,
    en: (p) => `File${fileEn(p)} is a zip package but not an Excel workbook (.xlsx): perhaps a Word, PowerPoint or .zip file renamed.`,
  },
  FILE_STRUCTURE_PROTECTED: {
    vi: (p) =>
      `Sổ tính${fileVi(p)} đang được bảo vệ cấu trúc (Protect Workbook) nên Thi đua không thêm trang kết quả và không ghi tệp kết quả (bản sao sẽ mất lớp bảo vệ). Hãy bỏ bảo vệ (Xem lại › Bảo vệ sổ làm việc) rồi chạy lại.`,
    en: (p) =>
      `The workbook${fileEn(p)} structure is protected (Protect Workbook), so Thi đua adds no result sheet and writes no result file (a copy would lose the protection). Unprotect it (Review › Protect Workbook) and run again.`,
  },
};
