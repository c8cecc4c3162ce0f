/**
 * Lists sent by many files → one list (§3.4–3.7; also units-in-rows scoring sheets): the first file's
 * header block and columns, columns of later files matched by their folded header, unknown ones
 * appended, a `Nguồn` column naming each row's file, STT renumbered, and a row that a later file sends
 * again (same identity) dropped with a finding.
 */
import type { CellRange } from '../../workbook/snapshot';
import type { PlanValue } from '../../workbook/plan';
import type { SheetGrid } from '../cells/grid';
import { cellText } from '../cells/values';
import type { MergedRole, MergedSheet } from './types';
import { SOURCE_COLUMN } from './types';
import type { TableRead } from './tableRead';
import { columnWidths, toPlanValue } from './values';
import { looseKey } from '../cells/text';

export interface ListSource {
  readonly file: string;
  readonly grid: SheetGrid;
  readonly table: TableRead;
}

export interface ListTarget {
  readonly role: MergedRole;
  readonly base: ListSource;
  /** Columns that later files have and the first one has not, appended after the base columns. */
  readonly extra: { key: string; label: string }[];
  readonly rows: { readonly src: ListSource; readonly r: number; readonly map: ReadonlyMap<number, number> }[];
  /** identity → file that sent it first. */
  readonly seen: Map<string, string>;
}

const SOURCE_KEY = looseKey(SOURCE_COLUMN);
const STT_KEYS = ['stt', 'tt', 'so tt'];

export function newListTarget(role: MergedRole, base: ListSource): ListTarget {
  return { role, base, extra: [], rows: [], seen: new Map() };
}

/** Target column index of every labelled column of `src`, appending unknown ones; returns the added labels. */
function mapColumns(target: ListTarget, src: ListSource): { map: Map<number, number>; added: string[] } {
  const baseCols = target.base.table.columns;
  const map = new Map<number, number>();
  const added: string[] = [];
  for (const col of src.table.columns) {
    if (!col.key || col.key === SOURCE_KEY) continue;
    const b = baseCols.find((x) => x.key === col.key);
    if (b) {
      map.set(col.c, b.c);
      continue;
    }
    let i = target.extra.findIndex((x) => x.key === col.key);
    if (i < 0) {
      target.extra.push({ key: col.key, label: col.label });
      i = target.extra.length - 1;
      added.push(col.label);
    }
    map.set(col.c, baseCols.length + i);
  }
  return { map, added };
}

/** Identity of a row of the source being added, or null when it has none (never a duplicate). */
export type RowIdentity = (r: number) => string | null;

/**
 * Adds the rows of one file's table. `onDuplicate` reports a row whose identity an earlier file sent.
 * Returns the number of rows added and the labels of the columns appended for this file.
 */
export function addListSource(
  target: ListTarget,
  src: ListSource,
  identity: RowIdentity,
  onDuplicate: (r: number, firstFile: string) => void,
): { added: number; columns: string[] } {
  const { map, added: columns } = mapColumns(target, src);
  let added = 0;
  for (const r of src.table.rows) {
    const id = identity(r);
    if (id !== null) {
      const first = target.seen.get(id);
      if (first !== undefined && first !== src.file) {
        onDuplicate(r, first);
        continue;
      }
      if (first === undefined) target.seen.set(id, src.file);
    }
    target.rows.push({ src, r, map });
    added++;
  }
  return { added, columns };
}

export function buildListSheet(name: string, target: ListTarget): MergedSheet {
  const { base } = target;
  const { top, bottom, columns } = base.table;
  const height = bottom - top + 1;
  const baseWidth = columns.length;
  const existingSource = columns.find((c) => c.key === SOURCE_KEY);
  const sourceCol = existingSource ? existingSource.c : baseWidth + target.extra.length;
  const width = existingSource ? baseWidth + target.extra.length : sourceCol + 1;
  const sttCol = columns.find((c) => STT_KEYS.includes(c.key))?.c;

  const header: PlanValue[][] = [];
  for (let h = 0; h < height; h++) {
    const row: PlanValue[] = Array.from({ length: width }, () => null);
    for (let c = 0; c < baseWidth; c++) row[c] = toPlanValue(base.grid.raw(top + h, c));
    header.push(row);
  }
  const merges: CellRange[] = base.grid.sheet.merges
    .filter((m) => m.r0 >= top && m.r1 <= bottom && m.c1 < baseWidth)
    .map((m) => ({ r0: m.r0 - top, c0: m.c0, r1: m.r1 - top, c1: m.c1 }));
  const appended = target.extra.map((x, i) => ({ c: baseWidth + i, label: x.label }));
  if (!existingSource) appended.push({ c: sourceCol, label: SOURCE_COLUMN });
  for (const a of appended) {
    header[0]![a.c] = a.label;
    if (height > 1) merges.push({ r0: 0, c0: a.c, r1: height - 1, c1: a.c });
  }

  const body: PlanValue[][] = target.rows.map(({ src, r, map }, i) => {
    const row: PlanValue[] = Array.from({ length: width }, () => null);
    for (const [from, to] of map) row[to] = toPlanValue(src.grid.get(r, from));
    const own = existingSource && src === base ? cellText(src.grid.get(r, existingSource.c)) : '';
    const carried = src.table.columns.find((c) => c.key === SOURCE_KEY);
    const carriedText = carried ? cellText(src.grid.get(r, carried.c)) : '';
    row[sourceCol] = own || carriedText || src.file;
    if (sttCol !== undefined) row[sttCol] = i + 1;
    return row;
  });
  const rows = [...header, ...body];
  const dateColumns = columns.filter((c) => /^ngay\b/.test(c.key) && !/^ngay nghi/.test(c.key)).map((c) => c.c);
  target.extra.forEach((x, i) => {
    if (/^ngay\b/.test(x.key) && !/^ngay nghi/.test(x.key)) dateColumns.push(baseWidth + i);
  });
  const widths = columnWidths(rows).map((w, c) => (dateColumns.includes(c) ? Math.max(w, 12) : w));
  return { name, role: target.role, rows, merges, widths, headerRow: 0, headerRowCount: height, dateColumns };
}
