/**
 * The bloc a scoring sheet belongs to (§3.3): the sheet name without "Chấm điểm"/"Bảng điểm"
 * prefixes when it names a bloc, else a title cell "KHỐI …"/"CỤM …" above the header, else the
 * remaining sheet name. Files sent by schools often call the sheet "Chấm điểm" and put the bloc in
 * the title, so the title is read before falling back to a generic sheet name. A phase ("Đợt 1") stays
 * part of the name: phases are separate sheets.
 */
import type { SheetGrid } from '../cells/grid';
import { cellText } from '../cells/values';
import { cleanText, foldKey } from '../cells/text';

const PREFIXES = ['bảng chấm điểm', 'bảng tổng hợp điểm', 'bảng điểm', 'chấm điểm', 'tự chấm điểm', 'tự chấm', 'điểm', 'bảng tự chấm'];
const GENERIC = ['', 'sheet', 'trang', 'tính điểm', 'kết quả', 'tổng hợp'];
/** A bloc word and what follows, up to a period phrase ("năm học 2024-2025"). */
const BLOC_WORDS = /(^|\s)(khoi|cum)\s+(.+?)(\s+(nam hoc|nam)\b.*)?$/;

export interface BlocNameResult {
  readonly name: string;
  readonly from: 'sheet' | 'title' | 'unknown';
}

/** Strips a leading "Chấm điểm" etc. from a sheet name. */
function stripPrefix(name: string): string {
  const clean = cleanText(name);
  const folded = foldKey(clean);
  for (const p of PREFIXES) {
    const fp = foldKey(p);
    if (folded === fp) return '';
    if (folded.startsWith(`${fp} `)) return clean.slice(fp.length).replace(/^[\s\-–:]+/, '');
  }
  return clean;
}

/**
 * "KHỐI THCS NĂM HỌC 2024-2025" → "Khối THCS"; the folded text keeps the original's length for
 * Vietnamese letters, so a match on it slices the original.
 */
export function blocFromText(text: string): string | null {
  const clean = cleanText(text);
  const folded = foldKey(clean);
  if (folded.length !== clean.length) return null;
  const m = BLOC_WORDS.exec(folded);
  if (!m) return null;
  const start = m.index + m[1]!.length;
  const end = start + m[2]!.length + 1 + m[3]!.length;
  const raw = clean.slice(start, end);
  const word = m[2] === 'khoi' ? 'Khối' : 'Cụm';
  const rest = raw.slice(m[2]!.length).trim();
  // "Khối chấm", "Cụm đánh giá" are score columns, not blocs.
  if (!rest || /^(cham|danh gia|thong nhat)\b/.test(foldKey(rest))) return null;
  return `${word} ${rest}`;
}

export function blocName(grid: SheetGrid, headerRow: number): BlocNameResult {
  const stripped = stripPrefix(grid.name);
  const fromSheet = blocFromText(stripped);
  if (fromSheet) return { name: fromSheet, from: 'sheet' };
  for (let r = 0; r < headerRow; r++) {
    for (let c = 0; c < grid.colCount; c++) {
      if (grid.isMergedTail(r, c)) continue;
      const b = blocFromText(cellText(grid.raw(r, c)));
      if (b) return { name: b, from: 'title' };
    }
  }
  if (!GENERIC.includes(foldKey(stripped)) && !/^sheet\s*\d*$/i.test(stripped)) return { name: stripped, from: 'sheet' };
  return { name: 'Chấm điểm', from: 'unknown' };
}
