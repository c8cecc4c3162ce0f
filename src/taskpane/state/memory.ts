/**
 * What the pane remembers in the workbook (through WorkbookPort.loadMemory/saveMemory): the role the
 * user gave a sheet, and what a header the engine did not recognise means. Keys:
 *   role:<sheet>            → a SheetRole
 *   col:<sheet>:<header>    → the canonical header the user's header stands for ("Tên trường" → "Đơn vị")
 */
import type { SheetRole } from '../../engine';
import type { CellValue, WorkbookSnapshot } from '../../workbook/snapshot';
import { textKey } from './textKey';

export type Memory = Readonly<Record<string, string>>;

export const SHEET_ROLES: readonly SheetRole[] = [
  'settings',
  'criteria',
  'scoring',
  'units',
  'votes',
  'nominations',
  'collectives',
  'registration',
  'examples',
  'output',
  'unknown',
];

const ROLE_PREFIX = 'role:';
const COL_PREFIX = 'col:';

export function roleKey(sheet: string): string {
  return `${ROLE_PREFIX}${sheet}`;
}

export function columnKey(sheet: string, header: string): string {
  return `${COL_PREFIX}${sheet}:${textKey(header)}`;
}

/** The roles the user confirmed, for `analyze(…, { roleOverrides })`. Unknown values are ignored. */
export function roleOverrides(memory: Memory): Record<string, SheetRole> {
  const out: Record<string, SheetRole> = {};
  for (const [k, v] of Object.entries(memory)) {
    if (k.startsWith(ROLE_PREFIX) && (SHEET_ROLES as readonly string[]).includes(v)) out[k.slice(ROLE_PREFIX.length)] = v as SheetRole;
  }
  return out;
}

/** Header mappings of one sheet: folded user header → canonical header. */
export function columnMappings(memory: Memory, sheet: string): Record<string, string> {
  const prefix = `${COL_PREFIX}${sheet}:`;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(memory)) if (k.startsWith(prefix) && v) out[k.slice(prefix.length)] = v;
  return out;
}

/** A new memory with one entry set, or removed when `value` is null. */
export function withEntry(memory: Memory, key: string, value: string | null): Record<string, string> {
  const next: Record<string, string> = { ...memory };
  if (value === null) delete next[key];
  else next[key] = value;
  return next;
}

/** Rows searched for a header, as the engine does (SPEC §3: the first 15 rows). */
const HEADER_ROWS = 15;

/**
 * The snapshot as the engine should read it: in each sheet with remembered column mappings, a header
 * cell (first 15 rows) whose text the user mapped reads as the canonical header. Cells keep their
 * addresses, so findings still point at the user's cells.
 */
export function applyColumnMappings(snapshot: WorkbookSnapshot, memory: Memory): WorkbookSnapshot {
  let changed = false;
  const sheets = snapshot.sheets.map((sheet) => {
    const map = columnMappings(memory, sheet.name);
    if (Object.keys(map).length === 0) return sheet;
    const values = sheet.values.map((row, r) => {
      if (r >= HEADER_ROWS) return row;
      let rowChanged = false;
      const next = row.map((v: CellValue) => {
        if (typeof v !== 'string') return v;
        const target = map[textKey(v)];
        if (target === undefined) return v;
        rowChanged = true;
        return target;
      });
      return rowChanged ? next : row;
    });
    changed = true;
    return { ...sheet, values };
  });
  return changed ? { ...snapshot, sheets } : snapshot;
}

/** The texts of a sheet's header row (for the column-mapping editor); [] when the row is unknown. */
export function headerCells(snapshot: WorkbookSnapshot, sheet: string, row: number | null): string[] {
  const s = snapshot.sheets.find((x) => x.name === sheet);
  if (!s || row === null) return [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of s.values[row] ?? []) {
    const text = typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
    if (text && !seen.has(textKey(text))) {
      seen.add(textKey(text));
      out.push(text);
    }
  }
  return out;
}

/** The row that most looks like a header (most text cells in the first 15 rows), for unrecognised sheets. */
export function guessHeaderRow(snapshot: WorkbookSnapshot, sheet: string): number | null {
  const s = snapshot.sheets.find((x) => x.name === sheet);
  if (!s) return null;
  let best: number | null = null;
  let bestCount = 1;
  s.values.slice(0, HEADER_ROWS).forEach((row, r) => {
    const count = row.filter((v) => typeof v === 'string' && v.trim() !== '').length;
    if (count > bestCount) {
      best = r;
      bestCount = count;
    }
  });
  return best;
}
