/**
 * A scoring sheet's bloc (SPEC §3.3): the sheet name without "Chấm điểm"/"Bảng điểm" prefixes, or a title
 * cell "KHỐI …"/"CỤM …" above the header. Blocs are compared by blocKey, so "Khối THCS", "KHỐI THCS" and
 * "Khoi THCS" are one bloc, as are "Cụm 2" and "Cụm số 2".
 */
import type { SheetGrid } from '../cells/grid';
import { cellText } from '../cells/values';
import { cleanText, looseKey } from '../cells/text';
import { cachedLooseKey } from '../cells/keyCache';
import { memoised } from '../cells/memo';

const NAME_PREFIXES = [
  'Bảng chấm điểm',
  'Kết quả chấm điểm',
  'Tổng hợp chấm điểm',
  'Tổng hợp điểm',
  'Chấm điểm',
  'Bảng điểm',
  'Điểm thi đua',
];

const BLOC_WORD = /^(khoi|cum)( |$)/;
const NOT_BLOC = /^(khoi|cum) (cham|danh gia|truong|pho|duyet|thong nhat)( |$)/;

/** Drops a leading "Chấm điểm"/"Bảng điểm"… from a sheet name. */
export function stripScoringPrefix(name: string): string {
  const words = cleanText(name).split(' ');
  for (const p of NAME_PREFIXES) {
    const n = p.split(' ').length;
    if (words.length > n && looseKey(words.slice(0, n).join(' ')) === looseKey(p)) return words.slice(n).join(' ').replace(/^[-–:]\s*/, '');
  }
  return cleanText(name);
}

/** Comparison key of a bloc name: folded, without the words khối/cụm (thi đua) (số). Memoised: every unit names its bloc. */
export const blocKey = memoised((name: string): string =>
  cachedLooseKey(name)
    .replace(/^(khoi|cum)( thi dua)?( so)?( |$)/, '')
    .trim(),
);

/** "KHỐI THCS NĂM HỌC 2024-2025" → "KHỐI THCS"; "Khối: THCS" → "Khối THCS"; null when it names no bloc. */
export function blocFromTitle(text: string): string | null {
  const t = cleanText(text);
  const m = /(?:^|\s)((?:khối|cụm|khoi|cum)\b.*)$/iu.exec(t);
  if (!m) return null;
  let s = m[1]!;
  const k = looseKey(s);
  if (!BLOC_WORD.test(k) || NOT_BLOC.test(k)) return null;
  s = s.replace(/\s+(?:năm học|nam hoc|năm|nam|giai đoạn|đợt)\s.*$/iu, '').replace(/\s*[-–]\s*$/, '');
  s = s.replace(/^(khối|cụm|khoi|cum)\s*[:\-–]\s*/iu, '$1 ');
  return blocKey(s) ? s.trim() : null;
}

/** The bloc name of a scoring sheet whose header is at `headerRow`. */
export function blocNameOf(grid: SheetGrid, headerRow: number): string {
  const stripped = stripScoringPrefix(grid.name);
  if (BLOC_WORD.test(looseKey(stripped))) return stripped;
  for (let r = 0; r < headerRow; r++) {
    for (let c = 0; c < grid.colCount; c++) {
      const v = grid.raw(r, c);
      if (v === null || grid.isMergedTail(r, c)) continue;
      const b = blocFromTitle(cellText(v));
      if (b) return b;
    }
  }
  return stripped;
}
