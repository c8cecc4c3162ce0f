/** Inline-sheet helpers for the bloc-stage tests: 2-D arrays in, snapshots out. */
import type { CellRange, CellValue, SheetSnapshot, SheetVisibility, WorkbookSnapshot } from '../../../src/workbook/snapshot';
import { FindingSink, type Finding } from '../../../src/engine/findings/types';
import { SheetGrid } from '../../../src/engine/cells/grid';

export interface SheetOptions {
  readonly merges?: readonly CellRange[];
  readonly hiddenRows?: readonly number[];
  readonly visibility?: SheetVisibility;
}

export function sheet(name: string, values: readonly (readonly CellValue[])[], opts: SheetOptions = {}): SheetSnapshot {
  return { name, visibility: opts.visibility ?? 'visible', values, merges: opts.merges ?? [], hiddenRows: opts.hiddenRows ?? [] };
}

export function grid(name: string, values: readonly (readonly CellValue[])[], opts: SheetOptions = {}): SheetGrid {
  return new SheetGrid(sheet(name, values, opts));
}

export function book(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}

/** "CODE@Sheet!A1" strings of a sink's findings, for compact assertions. */
export function where(items: readonly Finding[]): string[] {
  return items.map((f) => `${f.code}@${f.sheet ?? ''}${f.cell ? `!${f.cell}` : ''}`);
}

export function codesOf(sink: FindingSink): string[] {
  return sink.items.map((f) => f.code);
}

export function find(sink: FindingSink, code: string): Finding[] {
  return sink.items.filter((f) => f.code === code);
}

export { FindingSink };
