/**
 * Readers for the values officers type in the `Cấu hình` sheet (§6): percentages ("20 %", "0,2", 0.2),
 * vote thresholds ("trên 50 %" strict, "từ 90 %" not), rounding and scope words, band lists, tie-break
 * lists, periods ("2024-2025"). Each returns null when the value cannot be read; the caller then keeps
 * the default and says so.
 */
import type { CellValue } from '../../workbook/snapshot';
import { isCellError } from '../../workbook/snapshot';
import { cleanText, looseKey } from '../cells/text';
import type { Classification, Period, Rounding, TieBreak, VoteThreshold } from './params';
import { CLASSIFICATION_ORDER } from './params';

type Severity3 = 'review' | 'error' | 'ignore';

/** Text of a settings cell (numbers as typed by JS, not localised), '' for empty/error. */
export function settingText(v: CellValue): string {
  if (v === null || isCellError(v)) return '';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return cleanText(v);
}

/** The cell's text with its line breaks kept (lists may be typed one item per line). */
function listText(v: CellValue): string {
  return typeof v === 'string' ? v.replace(/\r\n?/g, '\n') : settingText(v);
}

/** A plain number in text: "8,5", "8.5", "20". Null when it is not one. */
function numberIn(text: string): number | null {
  const m = /[-+]?\d+(?:[.,]\d+)?/.exec(text);
  if (!m) return null;
  const n = Number(m[0].replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/** Only a number (and an optional % sign / unit word) — "20 %", "0,2", "5 điểm". */
function soleNumber(text: string): { value: number; percent: boolean } | null {
  const t = text.replace(/\s+/g, ' ').trim();
  const m = /^([-+]?\d+(?:[.,]\d+)?)\s*(%|phần trăm|phan tram|điểm|diem|đ)?$/i.exec(t);
  if (!m) return null;
  return { value: Number(m[1]!.replace(',', '.')), percent: m[2] === '%' || /ph/i.test(m[2] ?? '') };
}

/**
 * A ratio 0..1: "20 %", "20%", "0,2", 0.2 (an Excel percentage cell), 20 (read as 20 %).
 * Values above 100 % are refused.
 */
export function parseRatio(v: CellValue): number | null {
  if (typeof v === 'number') {
    const r = v <= 1 ? v : v / 100;
    return r >= 0 && r <= 1 ? r : null;
  }
  const s = soleNumber(settingText(v));
  if (!s) return null;
  const r = s.percent || s.value > 1 ? s.value / 100 : s.value;
  return r >= 0 && r <= 1 ? r : null;
}

/** A non-negative integer ("1", 2, "6 tháng"). */
export function parseCount(v: CellValue): number | null {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 ? v : null;
  const t = settingText(v);
  const m = /^(\d+)(\s+[^\d].*)?$/.exec(t);
  return m ? Number(m[1]) : null;
}

/** Points (a number ≥ 0) or a percentage of the scale ("5 %"). */
export function parsePointsOrPercent(v: CellValue): { points: number } | { percent: number } | null {
  if (typeof v === 'number') return v >= 0 ? { points: v } : null;
  const s = soleNumber(settingText(v));
  if (!s || s.value < 0) return null;
  return s.percent ? { percent: s.value } : { points: s.value };
}

/**
 * A vote threshold: "trên 50 %" / "> 50%" / "quá bán" (strict), "từ 90 %" / ">= 90%" / "ít nhất 2/3"
 * (at least). A bare "60 %" keeps the strictness of the parameter's default.
 */
export function parseThreshold(v: CellValue, defaultStrict: boolean): VoteThreshold | null {
  if (typeof v === 'number') {
    const r = parseRatio(v);
    return r === null ? null : { ratio: r, strict: defaultStrict };
  }
  const raw = settingText(v);
  const k = ` ${looseKey(raw)} `;
  if (/ qua (ban|nua) /.test(k)) return { ratio: 0.5, strict: true };
  let strict = defaultStrict;
  if (/[≥]|>=|=>/.test(raw) || / (tu|it nhat|toi thieu|khong duoi|tro len) /.test(k)) strict = false;
  else if (/>/.test(raw) || / (tren|hon|vuot) /.test(k)) strict = true;
  const frac = /(\d+)\s*\/\s*(\d+)/.exec(raw);
  if (frac) {
    const d = Number(frac[2]);
    if (d <= 0 || Number(frac[1]) > d) return null;
    return { ratio: Number(frac[1]) / d, strict };
  }
  const n = numberIn(raw);
  if (n === null) return null;
  const ratio = raw.includes('%') || n > 1 ? n / 100 : n;
  return ratio >= 0 && ratio <= 1 ? { ratio, strict } : null;
}

const CLASS_WORDS: readonly [Classification, string][] = [
  ['XUAT_SAC', 'xuat sac'],
  ['TOT', 'tot'],
  ['KHA', 'kha'],
  ['TRUNG_BINH', 'trung binh'],
  ['YEU', 'yeu'],
];

/** "Xuất sắc", "Tốt", "khá", "Trung bình", "Yếu" (diacritics optional). */
export function parseClassification(v: CellValue): Classification | null {
  const k = looseKey(settingText(v));
  for (const [c, w] of CLASS_WORDS) if (k === w || k === `loai ${w}` || k === `xep loai ${w}`) return c;
  return null;
}

/**
 * "Xuất sắc 95 %; Tốt 85 %; Khá 70 %; Trung bình 50 %". Bands not named keep their default; the result
 * must decrease from Xuất sắc to Trung bình.
 */
export function parseBands(
  v: CellValue,
  defaults: Readonly<Record<Exclude<Classification, 'YEU'>, number>>,
): Record<Exclude<Classification, 'YEU'>, number> | null {
  const text = listText(v);
  if (!text.trim()) return null;
  const out = { ...defaults };
  let any = false;
  for (const part of text.split(/[;\n]|,(?=\s*[^\d\s])/)) {
    const item = part.trim();
    if (!item) continue;
    const n = numberIn(item);
    const label = looseKey(item.replace(/[-+]?\d+(?:[.,]\d+)?\s*%?/g, ' ').replace(/[≥>=:]/g, ' '));
    const cls = CLASS_WORDS.find(([, w]) => label === w || label === `loai ${w}`)?.[0];
    if (!cls || n === null) return null;
    if (cls === 'YEU') continue;
    const pct = !item.includes('%') && n <= 1 ? n * 100 : n;
    if (pct < 0 || pct > 100) return null;
    out[cls] = pct;
    any = true;
  }
  if (!any) return null;
  const order = CLASSIFICATION_ORDER.filter((c): c is Exclude<Classification, 'YEU'> => c !== 'YEU');
  for (let i = 1; i < order.length; i++) if (out[order[i]!] >= out[order[i - 1]!]) return null;
  return out;
}

/** "Điểm trừ ít hơn; Điểm chuẩn cao hơn" → ['FEWER_DEDUCTIONS', 'HIGHER_BASE']; "Không" → []. */
export function parseTieBreaks(v: CellValue): TieBreak[] | null {
  const text = listText(v);
  if (!text.trim()) return null;
  if (['khong', 'khong co', 'khong ap dung'].includes(looseKey(text))) return [];
  const out: TieBreak[] = [];
  for (const part of text.split(/[;,\n]|\brồi\b|\bsau đó\b/)) {
    const k = ` ${looseKey(part)} `;
    if (!k.trim()) continue;
    let tb: TieBreak | null = null;
    if (/ tru /.test(k)) tb = 'FEWER_DEDUCTIONS';
    else if (/ tu cham /.test(k)) tb = 'HIGHER_SELF_TOTAL';
    else if (/ (cong|thuong) /.test(k)) tb = 'HIGHER_BONUS';
    else if (/ (chuan|co ban|co so) /.test(k)) tb = 'HIGHER_BASE';
    if (!tb) return null;
    if (!out.includes(tb)) out.push(tb);
  }
  return out.length ? out : null;
}

/** "Xuống" / "Gần nhất" / "Lên" (also "làm tròn xuống", ROUNDDOWN…). */
export function parseRounding(v: CellValue): Rounding | null {
  const k = ` ${looseKey(settingText(v))} `;
  if (/ (xuong|rounddown|down) /.test(k)) return 'down';
  if (/ (len|roundup|up) /.test(k)) return 'up';
  if (/ (gan nhat|thong thuong|round|nearest|4 5) /.test(k)) return 'nearest';
  return null;
}

/** "Đơn vị" → per unit; "Toàn danh sách" → the whole list. */
export function parseScope(v: CellValue): 'unit' | 'list' | null {
  const k = looseKey(settingText(v));
  if (k === 'don vi' || k === 'theo don vi' || k === 'tung don vi') return 'unit';
  if (/^(toan (danh sach|bo|co quan|nganh)|danh sach|chung)$/.test(k)) return 'list';
  return null;
}

/** "Cần xem xét" → review, "Lỗi" → error, "Bỏ qua" → ignore. */
export function parseSeverity(v: CellValue): Severity3 | null {
  const k = ` ${looseKey(settingText(v))} `;
  if (/ (can xem xet|xem xet|review) /.test(k)) return 'review';
  if (/ (loi|khong du dieu kien|error) /.test(k)) return 'error';
  if (/ (bo qua|khong xet|ignore) /.test(k)) return 'ignore';
  return null;
}

/** "40; mức: Cần xem xét" → days and the optional severity written beside them. */
export function parseLeave(v: CellValue): { days: number; severity: Severity3 | null } | null {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 ? { days: v, severity: null } : null;
  const text = settingText(v);
  const m = /^(\d+)\s*(?:ngày|ngay)?\s*(?:[;,.]\s*(.*))?$/i.exec(text);
  if (!m) return null;
  const rest = (m[2] ?? '').trim();
  if (!rest) return { days: Number(m[1]), severity: null };
  const severity = parseSeverity(rest);
  return severity ? { days: Number(m[1]), severity } : null;
}

/**
 * "2024-2025", "2024 - 2025", "2024–2025", "2024/2025", "Năm học 2024-2025" → school year 2024;
 * a lone year Y → the school year ending in Y when `kind` is schoolYear, else the calendar year Y.
 */
export function parsePeriod(v: CellValue, kind: 'schoolYear' | 'year'): Period | null {
  const text = settingText(v);
  const range = /(\d{4})\s*[-–—/]\s*(\d{4}|\d{2})(?!\d)/.exec(text);
  if (range) {
    const start = Number(range[1]);
    let end = Number(range[2]);
    if (range[2]!.length === 2) end = Math.floor(start / 100) * 100 + end;
    return end === start + 1 ? { kind: 'schoolYear', start } : null;
  }
  const single = /^(?:năm(?: học)?\s*)?(\d{4})$/i.exec(text);
  if (!single) return null;
  const y = Number(single[1]);
  if (y < 1900 || y > 2200) return null;
  return kind === 'schoolYear' ? { kind: 'schoolYear', start: y - 1 } : { kind: 'year', year: y };
}

/** "Trường A; Trường B" (semicolons or line breaks) → names, cleaned, empties dropped. */
export function parseNameList(v: CellValue): string[] {
  return listText(v)
    .split(/[;\n]/)
    .map((s) => cleanText(s))
    .filter((s) => s !== '');
}

