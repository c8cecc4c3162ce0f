/**
 * Which emulation phase (đợt thi đua, SPEC §9) a scoring sheet belongs to: the `Đợt N` setting listing it
 * first, then "Đợt N" in its name ("Khối THCS Đợt 1", "Đợt II - Khối THCS"), then in a title cell above
 * its header ("BẢNG CHẤM ĐIỂM KHỐI THCS - ĐỢT 1"), then the `Đợt` setting; none otherwise.
 */
import type { SheetGrid } from '../cells/grid';
import { cellText } from '../cells/values';
import { cleanText, foldKey, looseKey } from '../cells/text';
import type { CycleParams } from '../settings/cycleParams';
import { phaseNumber } from '../settings/parseCycle';

export interface PhaseTag {
  readonly phase: number;
  readonly by: 'settings' | 'name' | 'title' | 'default';
}

/** "Đợt 1", "đợt thi đua II", "(Dot 2)" in folded text; group 1 = the number. */
const PHASE_IN_TEXT = /(^|[\s\-–—(,:])dot(?: thi dua)?\s*(\d{1,2}|[ivx]{1,4})(?=$|[\s)\-–—,.:;])/;

/** The phase number written in a text, or null. */
export function phaseInText(text: string): number | null {
  const m = PHASE_IN_TEXT.exec(foldKey(text));
  return m ? phaseNumber(m[2]!) : null;
}

/** "Khối THCS Đợt 1" → "Khối THCS"; "Đợt 2 - Cụm 3" → "Cụm 3"; a name without a phase is returned cleaned. */
export function stripPhase(name: string): string {
  const clean = cleanText(name);
  const folded = foldKey(clean);
  // Folding keeps one character per (NFC) character; when it does not, leave the name alone.
  if (folded.length !== clean.length) return clean;
  const m = PHASE_IN_TEXT.exec(folded);
  if (!m) return clean;
  const start = m.index + m[1]!.length;
  let end = start + m[0].length - m[1]!.length;
  if (clean[end] === ')' && clean[start - 1] === '(') end++;
  const left = clean.slice(0, start).replace(/[\s\-–—(,:]+$/, '');
  const right = clean.slice(end).replace(/^[\s\-–—),:]+/, '');
  return cleanText(`${left} ${right}`) || clean;
}

/** The phase of a scoring sheet whose header is at `headerRow`. */
export function phaseOfSheet(grid: SheetGrid, headerRow: number, params: Pick<CycleParams, 'phaseSheets' | 'defaultPhase'>): PhaseTag | null {
  const key = looseKey(grid.name);
  for (const [n, sheets] of Object.entries(params.phaseSheets)) if (sheets.some((s) => looseKey(s) === key)) return { phase: Number(n), by: 'settings' };
  const named = phaseInText(grid.name);
  if (named !== null) return { phase: named, by: 'name' };
  for (let r = 0; r < headerRow; r++)
    for (let c = 0; c < grid.colCount; c++) {
      const v = grid.raw(r, c);
      if (v === null || grid.isMergedTail(r, c)) continue;
      const t = cellText(v);
      const n = t ? phaseInText(t) : null;
      if (n !== null) return { phase: n, by: 'title' };
    }
  return params.defaultPhase !== null ? { phase: params.defaultPhase, by: 'default' } : null;
}

export function phaseLabel(phase: number, lang: 'vi' | 'en'): string {
  return lang === 'vi' ? `Đợt ${phase}` : `Phase ${phase}`;
}
