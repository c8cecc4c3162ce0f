/** Messages of the workbook findings (vi first, en second). Every code used by the engine has an entry. */
import type { Catalog, FindingParams } from '../types';
import { formatNumberVi } from '../../cells/values';

const ROLE_VI: Readonly<Record<string, string>> = {
  settings: 'cấu hình',
  criteria: 'tiêu chí',
  scoring: 'chấm điểm',
  units: 'danh sách đơn vị',
  votes: 'kết quả bỏ phiếu',
};

const num = (v: string | number | undefined): string => (typeof v === 'number' ? formatNumberVi(v) : String(v ?? ''));
const s = (p: FindingParams, k: string): string => String(p[k] ?? '');

export const workbookMessages: Catalog = {
  SHEET_HIDDEN: {
    vi: (p) => `Trang tính (${ROLE_VI[s(p, 'role')] ?? s(p, 'role')}) đang bị ẩn; vẫn được đọc.`,
    en: (p) => `The sheet (${s(p, 'role')}) is hidden; it is still read.`,
  },
  ROWS_HIDDEN: {
    vi: (p) => `Bỏ qua ${s(p, 'count')} dòng bị ẩn (dòng ${s(p, 'rows')}).`,
    en: (p) => `Skipped ${s(p, 'count')} hidden row(s) (row ${s(p, 'rows')}).`,
  },
  CELL_FORMULA_ERROR: {
    vi: (p) => `Ô có lỗi công thức ${s(p, 'error')}; hãy sửa công thức hoặc nhập giá trị.`,
    en: (p) => `The cell holds the formula error ${s(p, 'error')}; fix the formula or type the value.`,
  },
  CELL_NUMBER_AMBIGUOUS: {
    vi: (p) => `Không rõ "${s(p, 'text')}" là ${num(p.asDecimal)} hay ${num(p.asThousands)}; hãy nhập lại số (dùng dấu phẩy cho phần thập phân).`,
    en: (p) => `"${s(p, 'text')}" could be ${s(p, 'asDecimal')} or ${s(p, 'asThousands')}; please retype the number.`,
  },
  SETTINGS_NO_HEADER: {
    vi: () => 'Không thấy dòng tiêu đề "Tham số | Giá trị" trong 15 dòng đầu; đọc cột A là tham số, cột B là giá trị.',
    en: () => 'No "Tham số | Giá trị" header in the first 15 rows; reading column A as keys and column B as values.',
  },
  SETTINGS_UNKNOWN_KEY: {
    vi: (p) => `Tham số "${s(p, 'key')}" không được nhận biết; dòng này bị bỏ qua.`,
    en: (p) => `Unknown setting "${s(p, 'key')}"; the row is ignored.`,
  },
  SETTINGS_BAD_VALUE: {
    vi: (p) => `Không đọc được giá trị "${s(p, 'value')}" của tham số "${s(p, 'key')}"; giữ giá trị ${s(p, 'kept')}.`,
    en: (p) => `Cannot read "${s(p, 'value')}" for "${s(p, 'key')}"; keeping ${s(p, 'kept')}.`,
  },
  SETTINGS_DUPLICATE_KEY: {
    vi: (p) => `Tham số "${s(p, 'key')}" đã có ở ô ${s(p, 'first')}; dùng giá trị ở dòng này.`,
    en: (p) => `"${s(p, 'key')}" is also set at ${s(p, 'first')}; this row's value is used.`,
  },
};
