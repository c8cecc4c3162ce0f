/**
 * The `Cấu hình` form (SPEC §6): which parameters it shows, how a Params value is written as the text an
 * officer would type in the sheet, and how the edited values are merged back into the sheet's rows
 * (other rows, notes and unknown keys are kept). The sheet text is always Vietnamese, whatever the UI
 * language, because it is read back by the engine's `Cấu hình` reader.
 */
import type { Classification, Params, Rounding, TieBreak, VoteThreshold } from '../../engine';
import { CLASSIFICATION_LABELS, CLASSIFICATION_ORDER, REGISTRATION_DEADLINE_KEY, deadlineText, parseDeadline, periodLabel } from '../../engine';
import { textKey } from './textKey';
import type { PlanValue } from '../../workbook/plan';
import type { CellValue } from '../../workbook/snapshot';

export const SETTINGS_SHEET = 'Cấu hình';

export type FieldKind = 'text' | 'longText' | 'percent' | 'count' | 'points' | 'choice' | 'date';
export type FieldGroup = 'identity' | 'ranking' | 'nominations' | 'cycle';

export interface FieldDef {
  /** Form field id. */
  readonly id: string;
  /** The key as written in column "Tham số". */
  readonly key: string;
  /** Other spellings of the key that the same row may carry. */
  readonly altKeys?: readonly string[];
  readonly group: FieldGroup;
  readonly kind: FieldKind;
  readonly label: { readonly vi: string; readonly en: string };
  /** For choices: the sheet words (Vietnamese) with their English labels for the UI. */
  readonly options?: readonly { readonly value: string; readonly en: string }[];
  /** Shown under the field. */
  readonly hint?: { readonly vi: string; readonly en: string };
}

const CLASS_OPTIONS = CLASSIFICATION_ORDER.map((c) => ({ value: CLASSIFICATION_LABELS[c].vi, en: CLASSIFICATION_LABELS[c].en }));
const LEAVE_LEVELS = [
  { value: 'Cần xem xét', en: 'Needs review' },
  { value: 'Lỗi', en: 'Error (ineligible)' },
  { value: 'Bỏ qua', en: 'Ignore' },
];

export const FIELDS: readonly FieldDef[] = [
  { id: 'parentAgency', key: 'Cơ quan chủ quản', group: 'identity', kind: 'text', label: { vi: 'Cơ quan chủ quản', en: 'Parent body' }, hint: { vi: 'Ví dụ: UBND HUYỆN ĐẦM HÀ', en: 'E.g. UBND HUYỆN ĐẦM HÀ' } },
  { id: 'agency', key: 'Tên cơ quan', group: 'identity', kind: 'text', label: { vi: 'Tên cơ quan', en: 'Issuing body' }, hint: { vi: 'Ví dụ: PHÒNG GIÁO DỤC VÀ ĐÀO TẠO ĐẦM HÀ', en: 'E.g. PHÒNG GIÁO DỤC VÀ ĐÀO TẠO ĐẦM HÀ' } },
  { id: 'place', key: 'Địa danh', group: 'identity', kind: 'text', label: { vi: 'Địa danh (dòng ngày tháng)', en: 'Place (date line)' } },
  { id: 'period', key: 'Năm học', altKeys: ['Năm'], group: 'identity', kind: 'text', label: { vi: 'Năm học hoặc năm', en: 'School year or year' }, hint: { vi: '2024-2025 hoặc 2025', en: '2024-2025 or 2025' } },
  { id: 'preparedBy', key: 'Người lập biểu', group: 'identity', kind: 'text', label: { vi: 'Người lập biểu', en: 'Prepared by' } },
  { id: 'chairman', key: 'Chủ tịch Hội đồng', group: 'identity', kind: 'text', label: { vi: 'Chủ tịch Hội đồng', en: 'Council chair' } },

  { id: 'gapWarning', key: 'Chênh lệch cảnh báo (điểm)', altKeys: ['Chênh lệch cảnh báo'], group: 'ranking', kind: 'points', label: { vi: 'Chênh lệch tự chấm – khối chấm cần cảnh báo', en: 'Self vs bloc gap that raises a warning' }, hint: { vi: 'Số điểm, hoặc % thang điểm (mặc định 5 %)', en: 'Points, or % of the scale (default 5 %)' } },
  { id: 'tieBreaks', key: 'Tiêu chí phụ khi bằng điểm', group: 'ranking', kind: 'text', label: { vi: 'Tiêu chí phụ khi bằng điểm', en: 'Tie-breaks' }, hint: { vi: 'Theo thứ tự, cách nhau bằng dấu chấm phẩy', en: 'In order, separated by semicolons' } },
  { id: 'bands', key: 'Ngưỡng xếp loại', group: 'ranking', kind: 'text', label: { vi: 'Ngưỡng xếp loại (% thang điểm)', en: 'Classification bands (% of scale)' } },
  { id: 'flagCount', key: 'Số đơn vị đề nghị Cờ', group: 'ranking', kind: 'count', label: { vi: 'Số đơn vị đề nghị Cờ mỗi khối', en: 'Flag proposals per bloc' } },
  { id: 'flagMinClass', key: 'Xếp loại tối thiểu đề nghị Cờ', group: 'ranking', kind: 'choice', options: CLASS_OPTIONS, label: { vi: 'Xếp loại tối thiểu đề nghị Cờ', en: 'Minimum class for the flag' } },
  { id: 'meritRate', key: 'Tỷ lệ đề nghị Bằng khen', group: 'ranking', kind: 'percent', label: { vi: 'Tỷ lệ đề nghị Bằng khen', en: 'Merit certificate rate' } },
  { id: 'meritMinClass', key: 'Xếp loại tối thiểu đề nghị Bằng khen', group: 'ranking', kind: 'choice', options: CLASS_OPTIONS, label: { vi: 'Xếp loại tối thiểu đề nghị Bằng khen', en: 'Minimum class for merit' } },
  { id: 'govFlagUnits', key: 'Đơn vị được đề nghị Cờ Chính phủ', group: 'ranking', kind: 'text', label: { vi: 'Đơn vị được đề nghị Cờ Chính phủ', en: 'Units allowed for the Government flag' }, hint: { vi: 'Cách nhau bằng dấu chấm phẩy', en: 'Separated by semicolons' } },
  { id: 'unitVote', key: 'Ngưỡng phiếu suy tôn', group: 'ranking', kind: 'text', label: { vi: 'Ngưỡng phiếu suy tôn', en: 'Unit vote threshold' }, hint: { vi: 'Ví dụ: trên 50 %', en: 'E.g. trên 50 % (more than 50 %)' } },

  { id: 'personVote', key: 'Ngưỡng phiếu CSTĐ tỉnh / toàn quốc', group: 'nominations', kind: 'text', label: { vi: 'Ngưỡng phiếu CSTĐ tỉnh / toàn quốc', en: 'Vote threshold, provincial / national CSTĐ' }, hint: { vi: 'Ví dụ: từ 90 %', en: 'E.g. từ 90 % (at least 90 %)' } },
  { id: 'cstdcsRate', key: 'Tỷ lệ CSTĐCS', group: 'nominations', kind: 'percent', label: { vi: 'Tỷ lệ CSTĐCS', en: 'CSTĐCS rate' } },
  { id: 'quotaScope', key: 'Phạm vi tính tỷ lệ', group: 'nominations', kind: 'choice', options: [{ value: 'Đơn vị', en: 'Per unit' }, { value: 'Toàn danh sách', en: 'Whole list' }], label: { vi: 'Phạm vi tính tỷ lệ', en: 'Quota scope' } },
  { id: 'rounding', key: 'Làm tròn', group: 'nominations', kind: 'choice', options: [{ value: 'Xuống', en: 'Down' }, { value: 'Gần nhất', en: 'Nearest' }, { value: 'Lên', en: 'Up' }], label: { vi: 'Làm tròn', en: 'Rounding' } },
  { id: 'minServiceMonths', key: 'Số tháng công tác tối thiểu', group: 'nominations', kind: 'count', label: { vi: 'Số tháng công tác tối thiểu', en: 'Minimum months of service' } },
  { id: 'maxLeaveDays', key: 'Số ngày nghỉ tối đa', group: 'nominations', kind: 'count', label: { vi: 'Số ngày nghỉ tối đa', en: 'Maximum days of leave' } },
  { id: 'leaveSeverity', key: 'Số ngày nghỉ tối đa', group: 'nominations', kind: 'choice', options: LEAVE_LEVELS, label: { vi: 'Khi nghỉ quá số ngày', en: 'When leave exceeds it' } },
  { id: 'legalBasis', key: 'Căn cứ pháp lý', group: 'nominations', kind: 'longText', label: { vi: 'Căn cứ pháp lý', en: 'Legal basis' } },
  // SPEC §9. Phases and advanced-example rules take several rows each: they stay typed in the sheet.
  {
    id: 'registrationDeadline',
    key: REGISTRATION_DEADLINE_KEY.label,
    altKeys: REGISTRATION_DEADLINE_KEY.aliases,
    group: 'cycle',
    kind: 'date',
    label: { vi: 'Hạn đăng ký thi đua', en: 'Registration deadline' },
    hint: { vi: 'Ngày/tháng: 25/10 (mỗi năm) hoặc 25/10/2024; để trống nếu không có hạn', en: 'Day/month: 25/10 (every year) or 25/10/2024; empty for no deadline' },
  },
];

export type FormValues = Record<string, string>;

const TIE_WORDS: Readonly<Record<TieBreak, string>> = {
  FEWER_DEDUCTIONS: 'Điểm trừ ít hơn',
  HIGHER_BASE: 'Điểm chuẩn cao hơn',
  HIGHER_BONUS: 'Điểm cộng cao hơn',
  HIGHER_SELF_TOTAL: 'Tự chấm cao hơn',
};
const ROUNDING_WORDS: Readonly<Record<Rounding, string>> = { down: 'Xuống', nearest: 'Gần nhất', up: 'Lên' };
const LEAVE_WORDS = { review: 'Cần xem xét', error: 'Lỗi', ignore: 'Bỏ qua' } as const;

/** 0.2 → "20 %", 0.125 → "12,5 %" (Vietnamese decimal comma, as typed in the sheet). */
export function percentText(ratio: number): string {
  const pct = Math.round(ratio * 10000) / 100;
  return `${String(pct).replace('.', ',')} %`;
}

function thresholdText(t: VoteThreshold): string {
  return `${t.strict ? 'trên' : 'từ'} ${percentText(t.ratio)}`;
}

function classText(c: Classification): string {
  return CLASSIFICATION_LABELS[c].vi;
}

/** The gap as a percentage of the scale, when the settings gave one (the reader keeps it beside Params). */
function gapPercent(p: Params): number {
  const pct = (p as Params & { gapWarningPercent?: number }).gapWarningPercent;
  return typeof pct === 'number' ? pct : 5;
}

/** The form's initial values: the parameters in force, as sheet text. */
export function formFromParams(p: Params): FormValues {
  const bands = (['XUAT_SAC', 'TOT', 'KHA', 'TRUNG_BINH'] as const).map((c) => `${classText(c)} ${String(p.bands[c]).replace('.', ',')} %`).join('; ');
  return {
    parentAgency: p.parentAgency,
    agency: p.agency,
    place: p.place,
    period: periodLabel(p.period),
    preparedBy: p.preparedBy,
    chairman: p.chairman,
    gapWarning: p.gapWarning === null ? `${String(gapPercent(p)).replace('.', ',')} %` : String(p.gapWarning).replace('.', ','),
    govFlagUnits: p.govFlagUnits.join('; '),
    tieBreaks: p.tieBreaks.length ? p.tieBreaks.map((t) => TIE_WORDS[t]).join('; ') : 'Không',
    bands,
    flagCount: String(p.flagCount),
    flagMinClass: classText(p.flagMinClass),
    meritRate: percentText(p.meritRate),
    meritMinClass: classText(p.meritMinClass),
    unitVote: thresholdText(p.unitVoteThreshold),
    personVote: thresholdText(p.personVoteThreshold),
    cstdcsRate: percentText(p.cstdcsRate),
    quotaScope: p.quotaScope === 'unit' ? 'Đơn vị' : 'Toàn danh sách',
    rounding: ROUNDING_WORDS[p.rounding],
    minServiceMonths: String(p.minServiceMonths),
    maxLeaveDays: String(p.maxLeaveDays),
    leaveSeverity: LEAVE_WORDS[p.leaveSeverity],
    legalBasis: p.legalBasis,
    registrationDeadline: p.registrationDeadline ? deadlineText(p.registrationDeadline) : '',
  };
}

/** A problem with one field's text (a message key of the strings), or null when it reads fine. */
export function fieldProblem(def: FieldDef, value: string): 'invalidNumber' | 'invalidPercent' | 'invalidDate' | null {
  const v = value.trim();
  if (def.kind === 'date') return v === '' || parseDeadline(v) ? null : 'invalidDate';
  if (def.kind === 'count') return /^\d+$/.test(v) ? null : 'invalidNumber';
  if (def.kind === 'percent') {
    const m = /^(\d+(?:[.,]\d+)?)\s*%?$/.exec(v);
    if (!m) return 'invalidPercent';
    const n = Number(m[1]!.replace(',', '.'));
    return n >= 0 && n <= 100 ? null : 'invalidPercent';
  }
  if (def.kind === 'points') return /^\d+(?:[.,]\d+)?\s*%?$/.test(v) ? null : 'invalidNumber';
  return null;
}

/** The sheet value of one key from the form (the leave row carries days and level together). */
function cellValueFor(key: string, form: FormValues): PlanValue {
  const defs = FIELDS.filter((f) => f.key === key);
  if (defs.length > 1 && key === 'Số ngày nghỉ tối đa') return `${form.maxLeaveDays?.trim() ?? ''}; mức: ${form.leaveSeverity ?? LEAVE_WORDS.review}`;
  const def = defs[0]!;
  const v = (form[def.id] ?? '').trim();
  if (def.kind === 'count' && /^\d+$/.test(v)) return Number(v);
  if (def.kind === 'percent' && /^\d+(?:[.,]\d+)?$/.test(v)) return `${v} %`;
  return v;
}

/** "Năm học" for a school year, "Năm" for a calendar year (SPEC §3.1). */
function periodKey(text: string): string {
  return /^\s*\d{4}\s*$/.test(text) ? 'Năm' : 'Năm học';
}

function textOf(v: CellValue | undefined): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

/**
 * The new content of the `Cấu hình` sheet: its existing rows with the form's values put in column B of
 * the matching keys, then the keys it lacked appended. Without a sheet, a fresh two-column table.
 */
export function settingsSheetValues(existing: readonly (readonly CellValue[])[] | null, form: FormValues): PlanValue[][] {
  const rows: PlanValue[][] = (existing ?? []).map((r) => r.map((v) => (typeof v === 'object' && v !== null ? null : v)));
  if (!rows.some((r) => textKey(textOf(r[0])) === 'tham so')) rows.unshift(['Tham số', 'Giá trị', 'Ghi chú']);
  const periodText = (form.period ?? '').trim();
  const keys = [...new Set(FIELDS.map((f) => f.key))].map((k) => (k === 'Năm học' ? periodKey(periodText) : k));
  const periodKeys = ['nam hoc', 'nam'];
  for (const key of keys) {
    const value = key === 'Năm' || key === 'Năm học' ? periodText : cellValueFor(key, form);
    const def = FIELDS.find((f) => f.key === key || f.altKeys?.includes(key));
    const wanted = new Set([key, ...(def?.altKeys ?? []), ...(def?.id === 'period' ? ['Năm học', 'Năm'] : [])].map(textKey));
    const idx = rows.findIndex((r) => wanted.has(textKey(textOf(r[0]))) || (def?.id === 'period' && periodKeys.includes(textKey(textOf(r[0])))));
    if (idx >= 0) {
      const row = [...rows[idx]!];
      row[0] = key;
      row[1] = value;
      rows[idx] = row;
    } else if (value !== '') {
      rows.push([key, value]);
    }
  }
  return rows;
}
