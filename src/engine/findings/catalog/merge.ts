/**
 * Messages of the merge findings (vi first, en second). Every code used by the engine has an entry.
 * `thidua merge` consolidates the workbooks that units send in; each finding names the file it is about
 * ({file}), since the renderer's "Sheet!Cell" prefix refers to a sheet inside that file.
 */
import type { Catalog, FindingParams } from '../types';

const f = (p: FindingParams): string => `«${p.file ?? ''}»`;

const LAYOUT = {
  vi: { criteriaInRows: 'tiêu chí theo dòng', unitsInRows: 'đơn vị theo dòng' },
  en: { criteriaInRows: 'criteria in rows', unitsInRows: 'units in rows' },
} as const;
const layout = (lang: 'vi' | 'en', v: string | number | undefined): string => LAYOUT[lang][v as keyof (typeof LAYOUT)['vi']] ?? String(v ?? '');

export const mergeMessages: Catalog = {
  // ── Files that cannot be merged ───────────────────────────────────────────────────────────────
  MERGE_NOT_WORKBOOK: {
    vi: (p) => `Tệp ${f(p)} không phải là sổ tính Excel (.xlsx); tệp này không được hợp nhất.`,
    en: (p) => `File ${f(p)} is not an Excel workbook (.xlsx); it was not merged.`,
  },
  MERGE_ENCRYPTED: {
    vi: (p) => `Tệp ${f(p)} được đặt mật khẩu mở tệp; hãy gỡ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi hợp nhất lại.`,
    en: (p) => `File ${f(p)} is password-protected; remove the password (File › Info › Protect Workbook) and merge again.`,
  },
  MERGE_LEGACY_XLS: {
    vi: (p) => `Tệp ${f(p)} là định dạng Excel cũ (.xls); hãy mở và lưu lại dạng .xlsx rồi hợp nhất lại.`,
    en: (p) => `File ${f(p)} is in the old Excel format (.xls); open it and save it as .xlsx, then merge again.`,
  },
  MERGE_UNREADABLE: {
    vi: (p) => `Không đọc được tệp ${f(p)}${p.reason ? ` (${p.reason})` : ''}; tệp có thể bị hỏng. Tệp này không được hợp nhất.`,
    en: (p) => `Could not read file ${f(p)}${p.reason ? ` (${p.reason})` : ''}; it may be damaged. It was not merged.`,
  },
  MERGE_TOO_LARGE: {
    vi: (p) => `Tệp ${f(p)} quá lớn (${p.sizeMb} MB, tối đa ${p.limitMb} MB); tệp này không được hợp nhất.`,
    en: (p) => `File ${f(p)} is too large (${p.sizeMb} MB, limit ${p.limitMb} MB); it was not merged.`,
  },
  MERGE_FILE_IGNORED: {
    vi: (p) => `Tệp ${f(p)} trong thư mục không phải tệp .xlsx; bỏ qua.`,
    en: (p) => `File ${f(p)} in the folder is not an .xlsx file; skipped.`,
  },
  MERGE_NOTHING_FOUND: {
    vi: (p) => `Tệp ${f(p)} không có trang tính nào nhận ra được (tiêu chí, chấm điểm, danh sách đề nghị…); không có gì được hợp nhất từ tệp này.`,
    en: (p) => `File ${f(p)} has no recognisable sheet (criteria, scoring, nomination list…); nothing was merged from it.`,
  },
  MERGE_NOTHING_MERGED: {
    vi: () => 'Không có tệp nào hợp nhất được.',
    en: () => 'No file could be merged.',
  },
  MERGE_FILE_MERGED: {
    vi: (p) => `Đã hợp nhất tệp ${f(p)}: ${p.units} đơn vị chấm điểm, ${p.rows} dòng danh sách.`,
    en: (p) => `Merged file ${f(p)}: ${p.units} scored unit(s), ${p.rows} list row(s).`,
  },

  // ── Sheets ────────────────────────────────────────────────────────────────────────────────────
  MERGE_SHEET_SKIPPED: {
    vi: (p) => `Tệp ${f(p)}: không nhận ra vai trò của trang tính «${p.sheet}»; trang này không được hợp nhất.`,
    en: (p) => `File ${f(p)}: the role of sheet "${p.sheet}" was not recognised; it was not merged.`,
  },
  MERGE_OUTPUT_SHEET_SKIPPED: {
    vi: (p) => `Tệp ${f(p)}: «${p.sheet}» là bảng kết quả của lần chạy trước; không hợp nhất (sẽ được tính lại).`,
    en: (p) => `File ${f(p)}: "${p.sheet}" is an output of an earlier run; not merged (it will be recomputed).`,
  },
  MERGE_HIDDEN_ROWS_SKIPPED: {
    vi: (p) => `Tệp ${f(p)}: ${p.count} dòng ẩn không được hợp nhất.`,
    en: (p) => `File ${f(p)}: ${p.count} hidden row(s) were not merged.`,
  },
  MERGE_LAYOUT_MISMATCH: {
    vi: (p) => `Tệp ${f(p)}: bảng điểm ${p.bloc} theo mẫu khác với tệp ${p.firstFile} (${layout('vi', p.layout)} so với ${layout('vi', p.firstLayout)}); trang này không được hợp nhất.`,
    en: (p) => `File ${f(p)}: the ${p.bloc} scoring sheet uses another layout than file ${p.firstFile} (${layout('en', p.layout)} vs ${layout('en', p.firstLayout)}); it was not merged.`,
  },
  MERGE_BLOC_UNKNOWN: {
    vi: (p) => `Tệp ${f(p)}: không xác định được khối/cụm của bảng điểm (tên trang tính hoặc tiêu đề «KHỐI …», «CỤM …»); xếp vào «${p.bloc}».`,
    en: (p) => `File ${f(p)}: the bloc of this scoring sheet is unknown (sheet name or a "KHỐI …"/"CỤM …" title); put under "${p.bloc}".`,
  },
  MERGE_UNIT_NAME_FROM_FILE: {
    vi: (p) => `Tệp ${f(p)}: bảng điểm không ghi tên đơn vị; dùng tên tệp «${p.unit}».`,
    en: (p) => `File ${f(p)}: the scoring sheet does not name its unit; the file name "${p.unit}" is used.`,
  },
  MERGE_COLUMNS_ADDED: {
    vi: (p) => `Tệp ${f(p)}: cột không có trong tệp ${p.firstFile} được thêm vào cuối bảng: ${p.columns}.`,
    en: (p) => `File ${f(p)}: columns missing from file ${p.firstFile} were added at the end of the table: ${p.columns}.`,
  },
  MERGE_SETTINGS_DIFFER: {
    vi: (p) => `Tệp ${f(p)}: trang Cấu hình khác tệp ${p.firstFile} ở: ${p.keys}; dùng cấu hình của ${p.firstFile}.`,
    en: (p) => `File ${f(p)}: its settings differ from file ${p.firstFile} in: ${p.keys}; the settings of ${p.firstFile} are used.`,
  },

  // ── Duplicates ────────────────────────────────────────────────────────────────────────────────
  MERGE_DUPLICATE_UNIT: {
    vi: (p) => `Tệp ${f(p)}: đơn vị «${p.unit}» (${p.bloc}) đã có trong tệp ${p.firstFile}; giữ bản của ${p.firstFile}, bỏ bản này.`,
    en: (p) => `File ${f(p)}: unit "${p.unit}" (${p.bloc}) is already in file ${p.firstFile}; the copy from ${p.firstFile} is kept, this one dropped.`,
  },
  MERGE_DUPLICATE_ROW: {
    vi: (p) => `Tệp ${f(p)}: «${p.name}» – ${p.award} trùng với dòng của tệp ${p.firstFile}; giữ dòng của ${p.firstFile}.`,
    en: (p) => `File ${f(p)}: "${p.name}" – ${p.award} duplicates a row of file ${p.firstFile}; the row from ${p.firstFile} is kept.`,
  },

  // ── Criteria that disagree with the first file's ──────────────────────────────────────────────
  MERGE_CRITERION_MISSING: {
    vi: (p) => `Tệp ${f(p)}: thiếu tiêu chí ${p.code} có trong tệp ${p.firstFile}.`,
    en: (p) => `File ${f(p)}: criterion ${p.code} of file ${p.firstFile} is missing.`,
  },
  MERGE_CRITERION_EXTRA: {
    vi: (p) => `Tệp ${f(p)}: tiêu chí ${p.code} không có trong tệp ${p.firstFile}; dòng này không được hợp nhất.`,
    en: (p) => `File ${f(p)}: criterion ${p.code} is not in file ${p.firstFile}; this row was not merged.`,
  },
  MERGE_CRITERION_TEXT: {
    vi: (p) => `Tệp ${f(p)}: nội dung tiêu chí ${p.code} khác tệp ${p.firstFile} («${p.found}» so với «${p.expected}»).`,
    en: (p) => `File ${f(p)}: the text of criterion ${p.code} differs from file ${p.firstFile} ("${p.found}" vs "${p.expected}").`,
  },
  MERGE_CRITERION_MAX: {
    vi: (p) => `Tệp ${f(p)}: điểm chuẩn của tiêu chí ${p.code} là ${p.found}, tệp ${p.firstFile} là ${p.expected}.`,
    en: (p) => `File ${f(p)}: the maximum of criterion ${p.code} is ${p.found}, file ${p.firstFile} has ${p.expected}.`,
  },
  MERGE_CRITERION_TYPE: {
    vi: (p) => `Tệp ${f(p)}: loại của tiêu chí ${p.code} là «${p.found}», tệp ${p.firstFile} là «${p.expected}».`,
    en: (p) => `File ${f(p)}: the type of criterion ${p.code} is "${p.found}", file ${p.firstFile} has "${p.expected}".`,
  },
  MERGE_CRITERIA_MORE: {
    vi: (p) => `Tệp ${f(p)}: còn ${p.count} khác biệt nữa về tiêu chí so với tệp ${p.firstFile}.`,
    en: (p) => `File ${f(p)}: ${p.count} more criteria difference(s) from file ${p.firstFile}.`,
  },

  // ── Command line (not findings, but user text all the same) ───────────────────────────────────
  MERGE_CLI_USAGE: {
    vi: () =>
      'Cách dùng: thidua merge <tệp hoặc thư mục…> -o <tệp-hợp-nhất.xlsx>\n' +
      '  Hợp nhất sổ tính của nhiều đơn vị (tiêu chí, bảng chấm điểm theo khối, danh sách đề nghị) thành một sổ;\n' +
      '  thư mục: mọi tệp .xlsx trong thư mục (không tính thư mục con).',
    en: () =>
      'Usage: thidua merge <files or folders…> -o <merged.xlsx>\n' +
      "  Consolidates many units' workbooks (criteria, scoring sheets per bloc, nomination lists) into one;\n" +
      '  folder: every .xlsx file in it (not its subfolders).',
  },
  MERGE_CLI_NO_OUTPUT: {
    vi: () => 'Thiếu tệp kết quả: thêm -o <tệp-hợp-nhất.xlsx>.',
    en: () => 'Missing output file: add -o <merged.xlsx>.',
  },
  MERGE_CLI_NO_INPUT: {
    vi: () => 'Chưa chỉ ra tệp hoặc thư mục nào để hợp nhất.',
    en: () => 'No file or folder to merge was given.',
  },
  MERGE_CLI_BAD_OPTION: {
    vi: (p) => `Tùy chọn không hợp lệ: ${p.option}.`,
    en: (p) => `Unknown option: ${p.option}.`,
  },
  MERGE_CLI_NOT_FOUND: {
    vi: (p) => `Không tìm thấy ${f(p)}.`,
    en: (p) => `${f(p)} was not found.`,
  },
  MERGE_CLI_OUTPUT_IS_INPUT: {
    vi: (p) => `Tệp kết quả ${f(p)} là một tệp đầu vào; không bao giờ ghi đè tệp đầu vào. Hãy chọn tên khác.`,
    en: (p) => `The output ${f(p)} is one of the inputs; inputs are never overwritten. Choose another name.`,
  },
  MERGE_CLI_OUTPUT_NOT_XLSX: {
    vi: (p) => `Tệp kết quả ${f(p)} phải có đuôi .xlsx.`,
    en: (p) => `The output ${f(p)} must end in .xlsx.`,
  },
  MERGE_CLI_NO_FOLDER: {
    vi: (p) => `Thư mục của tệp kết quả ${f(p)} không tồn tại.`,
    en: (p) => `The folder of the output ${f(p)} does not exist.`,
  },
  MERGE_CLI_WRITE_FAILED: {
    vi: (p) => `Không ghi được tệp ${f(p)}: ${p.reason}.`,
    en: (p) => `Could not write ${f(p)}: ${p.reason}.`,
  },
  MERGE_CLI_DONE: {
    vi: (p) =>
      `Đã hợp nhất ${p.merged}/${p.files} tệp vào ${f(p)}: ${p.blocs} khối/cụm, ${p.units} đơn vị, ${p.rows} dòng đề nghị; ` +
      `${p.errors} lỗi, ${p.warnings} cảnh báo (xem trang «Nhật ký hợp nhất»).`,
    en: (p) =>
      `Merged ${p.merged}/${p.files} files into ${f(p)}: ${p.blocs} bloc(s), ${p.units} unit(s), ${p.rows} nomination row(s); ` +
      `${p.errors} error(s), ${p.warnings} warning(s) (see the "Nhật ký hợp nhất" sheet).`,
  },
};
