/**
 * The optional units sheet (SPEC §3.4, `Đơn vị`): `STT` | `Tên đơn vị` | `Khối`/`Cụm` | optional
 * `Số CB-GV-NV` (headcount), `Cấp học`. Names are matched by foldKey (NFC/NFD, Ð/Đ, spacing, case,
 * diacritics) so the same school typed twice differently is one unit.
 */
import type { FindingSink } from '../findings/types';
import type { SheetGrid } from '../cells/grid';
import { findHeaderRow, type ColumnSpec } from '../cells/headers';
import { cellAddress } from '../cells/address';
import { cellText, readNumber } from '../cells/values';
import { labelText } from '../cells/headerLabels';
import { foldKey } from '../cells/text';
import { dataCell } from '../scoring/dataCell';
import { firstDataRow } from '../cells/columnNumbers';

export const UNITS_COLUMNS: readonly ColumnSpec[] = [
  { key: 'stt', aliases: ['STT', 'TT', 'Số TT'] },
  { key: 'name', aliases: ['Tên đơn vị', 'Đơn vị', 'Tên trường', 'Trường', 'Tên đơn vị trường học'], required: true },
  { key: 'bloc', aliases: ['Khối', 'Cụm', 'Khối thi đua', 'Cụm thi đua', 'Thuộc khối', 'Thuộc cụm'] },
  { key: 'headcount', aliases: ['Số CB-GV-NV', 'Số CBGVNV', 'Số CB, GV, NV', 'Tổng số CB-GV-NV', 'Số cán bộ', 'Biên chế', 'Số người'] },
  { key: 'level', aliases: ['Cấp học', 'Bậc học'] },
];

export interface ListedUnit {
  readonly name: string;
  readonly key: string;
  readonly bloc: string;
  readonly headcount: number | null;
  readonly level: string;
  /** A1 address of the name cell. */
  readonly cell: string;
}

/** A units sheet as read: the bloc stage checks the scored units against it, registration reuses it. */
export interface ListedUnits {
  readonly sheet: string;
  readonly units: readonly ListedUnit[];
}

/** Null (with a warning) when the sheet has no `Tên đơn vị` header. */
export function readUnits(grid: SheetGrid, sink: FindingSink): { units: ListedUnit[]; headerRow: number } | null {
  const h = findHeaderRow(grid, UNITS_COLUMNS);
  if (!h) {
    sink.warning('UNITS_SHEET_NO_HEADER', { sheet: grid.name, cell: 'A1' });
    return null;
  }
  const c = h.columns;
  const units: ListedUnit[] = [];
  const seen = new Map<string, string>();
  const hidden: number[] = [];
  const nameCol = c.name!;
  const blocCol = c.bloc ?? -1;
  const headcountCol = c.headcount ?? -1;
  const levelCol = c.level ?? -1;
  for (let r = firstDataRow(grid, h.row); r < grid.rowCount; r++) {
    if (grid.isEmptyRow(r)) continue;
    // A row without merge tails: its data cells are its own values (dataCell without a call per cell).
    const row = grid.ownRow(r);
    const name = cellText(row ? (row[nameCol] ?? null) : dataCell(grid, r, nameCol));
    if (!name) continue;
    if (grid.isHiddenRow(r)) {
      hidden.push(r + 1);
      continue;
    }
    const cell = cellAddress(r, nameCol);
    const key = foldKey(name);
    const first = seen.get(key);
    if (first) {
      sink.warning('UNIT_DUPLICATE_LISTED', { sheet: grid.name, cell }, { unit: name, first });
      continue;
    }
    seen.set(key, cell);
    const hc = headcountCol < 0 ? null : readNumber(row ? (row[headcountCol] ?? null) : dataCell(grid, r, headcountCol));
    units.push({
      name,
      key,
      // The bloc and level columns repeat a few texts: cleaned once per distinct string (the header labels' memo).
      bloc: blocCol < 0 ? '' : labelText(row ? (row[blocCol] ?? null) : dataCell(grid, r, blocCol)),
      headcount: hc && hc.kind === 'number' ? hc.value : null,
      level: levelCol < 0 ? '' : labelText(row ? (row[levelCol] ?? null) : dataCell(grid, r, levelCol)),
      cell,
    });
  }
  if (hidden.length) sink.info('ROWS_HIDDEN', { sheet: grid.name, cell: `A${hidden[0]}` }, { rows: hidden.join(', '), count: hidden.length });
  return { units, headerRow: h.row };
}
