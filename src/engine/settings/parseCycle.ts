/**
 * Readers for the §9 values of the `Cấu hình` sheet. Each returns null when the value cannot be read (the
 * caller keeps the default and says so).
 *
 * Advanced-example count rules (`Điển hình …` keys), one rule per clause, clauses separated by ";" or a
 * line break:
 *
 *   [phạm vi] giới hạn [đối tượng]
 *
 * - phạm vi: "Mỗi trường" / "Mỗi đơn vị" / "Mỗi cơ sở" (each unit), "Mỗi khối" / "Mỗi cụm" (each bloc),
 *   "Toàn danh sách" / "Toàn ngành" / "Cả phòng" / "Mỗi phòng" (the whole list of the workbook), followed
 *   by an optional ":". A clause without one keeps the previous clause's, else the key's ("Điển hình mỗi
 *   khối").
 * - giới hạn: "tối thiểu 2" / "ít nhất 2" / "từ 2" / "≥ 2"; "tối đa 3" / "không quá 3" / "≤ 3";
 *   "1–3" / "1-3" / "từ 1 đến 3"; a bare number is a minimum.
 * - đối tượng: Cán bộ quản lý, Giáo viên, Nhân viên, Học sinh, Tập thể / mô hình (also CBQL, GV, NV, HS,
 *   "CB-GV-NV"), separated by commas, "và", "hoặc" or "/"; none = every entry.
 *
 * Example: "Mỗi trường: tối thiểu 2 Cán bộ quản lý, giáo viên, nhân viên; 3 Học sinh
 *           Mỗi khối: 1–3 Tập thể, mô hình
 *           Toàn danh sách: tối thiểu 10"
 */
import type { CellValue } from '../../workbook/snapshot';
import { isCellError } from '../../workbook/snapshot';
import { readDate } from '../cells/values';
import { cleanText, foldKey } from '../cells/text';
import { EXAMPLE_GROUP_LABELS, type DayMonth, type ExampleGroup, type ExampleRule, type ExampleScope } from './cycleParams';

function text(v: CellValue): string {
  if (v === null || isCellError(v)) return '';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return '';
  return v.replace(/\r\n?/g, '\n');
}

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };

/** "1", "2", "I", "II" → 1, 2, 1, 2; null otherwise. */
export function phaseNumber(token: string): number | null {
  const t = token.trim().toLowerCase();
  if (/^\d{1,2}$/.test(t)) {
    const n = Number(t);
    return n >= 1 ? n : null;
  }
  return ROMAN[t] ?? null;
}

/** `Đợt`: "Đợt 2", "2", "II" → 2. */
export function parsePhase(v: CellValue): number | null {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1 && v <= 99 ? v : null;
  const k = foldKey(text(v));
  const m = /^(?:dot(?: thi dua)?\s*)?(\d{1,2}|[ivx]+)$/.exec(k);
  return m ? phaseNumber(m[1]!) : null;
}

/** `Trọng số Đợt N`: "40 %", "40%", 0.4, "0,4", 40 → 0.4. Zero and above 100 % are refused. */
export function parsePhaseWeight(v: CellValue): number | null {
  let n: number;
  let percent = false;
  if (typeof v === 'number') n = v;
  else {
    const m = /^(\d+(?:[.,]\d+)?)\s*(%)?$/.exec(cleanText(text(v)));
    if (!m) return null;
    n = Number(m[1]!.replace(',', '.'));
    percent = m[2] === '%';
  }
  if (!Number.isFinite(n)) return null;
  const ratio = percent || n > 1 ? n / 100 : n;
  return ratio > 0 && ratio <= 1 ? ratio : null;
}

/** `Hạn đăng ký`: "25/10", "25-10", "ngày 25 tháng 10", "25/10/2024" or an Excel date. */
export function parseDeadline(v: CellValue): DayMonth | null {
  const full = readDate(typeof v === 'string' ? cleanText(v).replace(/^ngày\s+/i, '') : v);
  if (full) return { day: full.day, month: full.month, year: full.year };
  const k = foldKey(text(v));
  const m = /^(?:ngay\s*)?(\d{1,2})\s*(?:[/.-]|\s+thang\s+)\s*(\d{1,2})(?:\s+(?:hang|hàng)\s+nam)?$/.exec(k);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(month, 2024)) return null;
  return { day, month, year: null };
}

export function daysIn(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// ---- advanced-example count rules

const SCOPE_WORDS: readonly [ExampleScope, RegExp][] = [
  ['unit', /^(?:moi|tung|cac)\s+(?:truong|don vi|co so|nha truong)\b/],
  ['bloc', /^(?:moi|tung|cac)\s+(?:khoi|cum)(?: thi dua)?\b/],
  ['list', /^(?:toan (?:danh sach|nganh|phong|huyen|co quan)|ca (?:phong|co quan|nganh|danh sach)|moi phong|tong so)\b/],
];

/** The scope a key names ("Điển hình mỗi khối" → bloc), or null. */
export function scopeInText(folded: string): ExampleScope | null {
  for (const [scope, re] of SCOPE_WORDS) if (re.test(folded)) return scope;
  return null;
}

const FILLER = /\b(?:nguoi|ca nhan|dien hinh(?: tien tien)?|doi tuong|la|thuoc|gom|trong do)\b/g;

/** One part of a group list ("giáo viên", "CBQL", "mô hình") → its groups; null when unknown. */
function groupsOf(part: string): ExampleGroup[] | null {
  const k = part.replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
  if (!k) return [];
  if (/^(?:cbql|can bo quan ly|quan ly|can bo|cb|bgh|ban giam hieu)$/.test(k)) return ['CBQL'];
  if (/^(?:giao vien|gv)$/.test(k)) return ['GV'];
  if (/^(?:nhan vien|nv)$/.test(k)) return ['NV'];
  if (/^(?:cbgvnv|cb gv nv|can bo giao vien nhan vien)$/.test(k)) return ['CBQL', 'GV', 'NV'];
  if (/^(?:hoc sinh|hs|hoc vien)$/.test(k)) return ['HS'];
  if (/^(?:tap the|mo hinh|tap the mo hinh|mo hinh tap the|tt)$/.test(k)) return ['TAPTHE'];
  return null;
}

/** "Cán bộ quản lý, giáo viên, nhân viên" → ['CBQL', 'GV', 'NV']; null when a part is not a group. */
export function parseGroups(folded: string): ExampleGroup[] | null {
  const out: ExampleGroup[] = [];
  for (const part of folded.split(/[,/\-–—+&]|\b(?:va|hoac)\b/)) {
    const g = groupsOf(part.trim());
    if (g === null) return null;
    for (const x of g) if (!out.includes(x)) out.push(x);
  }
  return out;
}

interface Bounds {
  min: number | null;
  max: number | null;
}

/** Reads the limits at the start of `s`; returns them and the rest, or null when there is none. */
function readBounds(s: string): { bounds: Bounds; rest: string } | null {
  const bounds: Bounds = { min: null, max: null };
  let rest = s;
  let any = false;
  for (;;) {
    rest = rest.replace(/^[\s,:]+/, '');
    let m = /^(?:tu\s+)?(\d+)\s*(?:-|–|—|den|toi)\s*(\d+)\b/.exec(rest);
    if (m) {
      bounds.min = Number(m[1]);
      bounds.max = Number(m[2]);
    } else if ((m = /^(?:toi thieu|it nhat|tu|khong it hon|>=|≥)\s*(\d+)\b/.exec(rest))) bounds.min = Number(m[1]);
    else if ((m = /^(?:toi da|khong qua|nhieu nhat|khong vuot qua|<=|≤)\s*(\d+)\b/.exec(rest))) bounds.max = Number(m[1]);
    else if (!any && (m = /^(\d+)\b/.exec(rest))) bounds.min = Number(m[1]);
    else break;
    any = true;
    rest = rest.slice(m[0].length);
  }
  if (!any) return null;
  if (bounds.min !== null && bounds.max !== null && bounds.min > bounds.max) return null;
  return { bounds, rest: rest.trim() };
}

/** The rules of one `Điển hình …` cell; `keyScope` is the scope its key names. Null when unreadable. */
export function parseExampleRules(v: CellValue, keyScope: ExampleScope | null): ExampleRule[] | null {
  const clauses = text(v)
    .split(/[;\n]/)
    .map((c) => foldKey(c).replace(/[.]+$/, '').trim())
    .filter((c) => c !== '');
  if (!clauses.length) return null;
  const rules: ExampleRule[] = [];
  let scope = keyScope;
  for (const clause of clauses) {
    let rest = clause;
    const own = scopeInText(rest);
    if (own) {
      scope = own;
      rest = rest.replace(SCOPE_WORDS.find(([s]) => s === own)![1], '').replace(/^\s*:?\s*/, '');
    }
    const b = readBounds(rest);
    if (!b || scope === null) return null;
    const groups = parseGroups(b.rest);
    if (groups === null) return null;
    rules.push({ scope, groups, min: b.bounds.min, max: b.bounds.max });
  }
  return rules;
}

const SCOPE_TEXT: Readonly<Record<ExampleScope, { vi: string; en: string }>> = {
  unit: { vi: 'Mỗi trường', en: 'Each school' },
  bloc: { vi: 'Mỗi khối', en: 'Each bloc' },
  list: { vi: 'Toàn danh sách', en: 'Whole list' },
};

export function scopeText(scope: ExampleScope, lang: 'vi' | 'en'): string {
  return SCOPE_TEXT[scope][lang];
}

/** "Cán bộ quản lý, Giáo viên, Nhân viên" (or "mọi đối tượng"). */
export function groupsText(groups: readonly ExampleGroup[], lang: 'vi' | 'en'): string {
  if (!groups.length) return lang === 'vi' ? 'Mọi đối tượng' : 'All groups';
  return groups.map((g) => EXAMPLE_GROUP_LABELS[g][lang]).join(', ');
}

/** "tối thiểu 2", "1–3", "tối đa 3". */
export function boundsText(r: Pick<ExampleRule, 'min' | 'max'>, lang: 'vi' | 'en'): string {
  if (r.min !== null && r.max !== null) return `${r.min}–${r.max}`;
  if (r.min !== null) return lang === 'vi' ? `tối thiểu ${r.min}` : `at least ${r.min}`;
  if (r.max !== null) return lang === 'vi' ? `tối đa ${r.max}` : `at most ${r.max}`;
  return '';
}

/** A rule written the way it is typed (and read back by parseExampleRules). */
export function exampleRuleText(r: ExampleRule, lang: 'vi' | 'en' = 'vi'): string {
  const groups = r.groups.length ? ` ${groupsText(r.groups, lang)}` : '';
  return `${scopeText(r.scope, lang)}: ${boundsText(r, lang)}${groups}`;
}
