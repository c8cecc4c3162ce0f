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
import { blocFromTitle } from '../scoring/blocName';
import { phaseInText, stripPhase } from '../phases/phaseOf';

const PREFIXES = ['bảng chấm điểm', 'bảng tổng hợp điểm', 'bảng điểm', 'chấm điểm', 'tự chấm điểm', 'tự chấm', 'điểm', 'bảng tự chấm'];
const GENERIC = ['', 'sheet', 'trang', 'tính điểm', 'kết quả', 'tổng hợp'];

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
 * "KHỐI THCS NĂM HỌC 2024-2025" → "Khối THCS", "Khối THCS Đợt 1" → "Khối THCS Đợt 1": the scoring
 * engine's reading of a bloc title, with the bloc word spelled one way (merged sheets are named by it)
 * and the phase kept (phases stay separate sheets in a merged workbook).
 */
export function blocFromText(text: string): string | null {
  const bloc = blocFromTitle(stripPhase(text));
  if (!bloc) return null;
  const word = /^(khối|khoi)/iu.test(bloc) ? 'Khối' : 'Cụm';
  const named = `${word} ${bloc.replace(/^\S+\s*/u, '')}`;
  const phase = phaseInText(text);
  return phase === null ? named : `${named} Đợt ${phase}`;
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
