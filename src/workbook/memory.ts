/**
 * The workbook's small memory (sheet roles the user confirmed, SPEC §3): a very-hidden two-column
 * sheet `_thidua_memory` (key | value), shared by every adapter so a workbook remembers its answers
 * whether it is opened in Excel or in the browser preview.
 */
import type { PlanValue } from './plan';
import type { WorkbookSnapshot } from './snapshot';
import { sameSheetName } from '../engine';

export const MEMORY_SHEET = '_thidua_memory';

export function memoryToValues(memory: Readonly<Record<string, string>>): PlanValue[][] {
  return [['key', 'value'], ...Object.keys(memory).sort().map((k) => [k, memory[k]!] as PlanValue[])];
}

export function memoryFromValues(values: readonly (readonly unknown[])[]): Record<string, string> {
  const out: Record<string, string> = {};
  values.forEach((row, i) => {
    const [k, v] = row;
    if (i === 0 && k === 'key') return;
    if (typeof k === 'string' && k !== '' && (typeof v === 'string' || typeof v === 'number')) out[k] = String(v);
  });
  return out;
}

export function readMemory(snapshot: WorkbookSnapshot): Record<string, string> {
  const sheet = snapshot.sheets.find((s) => sameSheetName(s.name, MEMORY_SHEET));
  return sheet ? memoryFromValues(sheet.values) : {};
}
