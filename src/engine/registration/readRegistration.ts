/**
 * Reads the rows of `Đăng ký thi đua` (SPEC §9): `Đơn vị` | `Ngày đăng ký` | `Mục tiêu, chỉ tiêu` |
 * `Đăng ký danh hiệu`, optionally `Họ và tên` for personal registrations (a row with a name is a person's,
 * a row without one is the unit's own). Empty and hidden rows are skipped; a date is an Excel date or
 * "dd/mm/yyyy".
 */
import type { FindingSink } from '../findings/types';
import type { SheetGrid } from '../cells/grid';
import type { HeaderMatch } from '../cells/headers';
import { cellAddress } from '../cells/address';
import { cellText, readDate, type SimpleDate } from '../cells/values';
import { firstDataRow } from '../cells/columnNumbers';
import { dataCell } from '../scoring/dataCell';
import { unitMatchKey } from '../nominations/unitKey';

export interface RegistrationRow {
  readonly sheet: string;
  /** 0-based row. */
  readonly row: number;
  readonly unit: string;
  readonly unitKey: string;
  readonly unitCell: string;
  /** '' for the unit's own registration. */
  readonly name: string;
  readonly date: { readonly kind: 'date'; readonly value: SimpleDate } | { readonly kind: 'empty' } | { readonly kind: 'unreadable'; readonly text: string };
  readonly dateCell: string;
  readonly goals: string;
  readonly title: string;
}

export function readRegistrationRows(grid: SheetGrid, header: HeaderMatch, sink: FindingSink): RegistrationRow[] {
  const c = header.columns;
  const text = (r: number, key: string): string => (c[key] === undefined ? '' : cellText(dataCell(grid, r, c[key]!)));
  const rows: RegistrationRow[] = [];
  const hidden: number[] = [];
  for (let r = firstDataRow(grid, header.row); r < grid.rowCount; r++) {
    if (grid.isEmptyRow(r)) continue;
    const unit = text(r, 'unit');
    const name = text(r, 'name');
    if (!unit && !name) continue;
    if (grid.isHiddenRow(r)) {
      hidden.push(r + 1);
      continue;
    }
    const raw = dataCell(grid, r, c.date!);
    const dateText = cellText(raw);
    const parsed = readDate(raw);
    rows.push({
      sheet: grid.name,
      row: r,
      unit,
      unitKey: unitMatchKey(unit),
      unitCell: cellAddress(r, c.unit!),
      name,
      date: parsed ? { kind: 'date', value: parsed } : dateText ? { kind: 'unreadable', text: dateText } : { kind: 'empty' },
      dateCell: cellAddress(r, c.date!),
      goals: text(r, 'goals'),
      title: text(r, 'title'),
    });
  }
  if (hidden.length) sink.info('ROWS_HIDDEN', { sheet: grid.name, cell: `A${hidden[0]}` }, { rows: hidden.join(', '), count: hidden.length });
  return rows;
}
