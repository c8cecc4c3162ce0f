/** Small helpers shared by the merge modules: cell values to plan values, identity keys, widths. */
import type { CellValue } from '../../workbook/snapshot';
import { isCellError } from '../../workbook/snapshot';
import type { PlanValue } from '../../workbook/plan';
import { cellText } from '../cells/values';
import { looseKey } from '../cells/text';

/** A cell copied as is; an Excel error is kept as its text (#N/A) so `score` still names the cell. */
export function toPlanValue(v: CellValue | undefined): PlanValue {
  if (v === undefined || v === null) return null;
  if (isCellError(v)) return v.error;
  return v;
}

/**
 * How a unit is recognised across files: folded, and without the "Trường" that some schools write
 * before their name ("Trường THCS Đầm Hà" = "THCS Đầm Hà").
 */
export function unitKey(name: string): string {
  return looseKey(name).replace(/^truong\s+/, '');
}

/** The file name without its extension, e.g. the unit name of a form that does not state it. */
export function fileBase(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.xlsx$/i, '');
}

/** Column widths (characters) from the longest text of each column, within sane bounds. */
export function columnWidths(rows: readonly (readonly PlanValue[])[], min = 6, max = 45): number[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((v, c) => {
      const len = v === null ? 0 : typeof v === 'number' ? cellText(v).length : String(v).length;
      widths[c] = Math.max(widths[c] ?? min, Math.min(max, len + 2));
    });
  }
  return Array.from({ length: widths.length }, (_, i) => widths[i] ?? min);
}

/** Sheet names: ≤ 31 characters, none of []:*?/\ , unique in the merged workbook (case-insensitive). */
export function legalSheetName(name: string, taken: ReadonlySet<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31) || 'Trang';
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) {
    const suffix = ` (${i})`;
    candidate = base.slice(0, 31 - suffix.length) + suffix;
  }
  return candidate;
}
