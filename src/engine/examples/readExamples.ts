/**
 * Reads `Điển hình tiên tiến` (SPEC §9): `Đơn vị` | `Họ và tên` or `Tên mô hình` | `Đối tượng` |
 * `Lĩnh vực` | `Tóm tắt thành tích` | `Đăng ký danh hiệu`. A row named in a `Tên mô hình` column with no
 * `Đối tượng` is a collective/model; an entry typed twice (same unit and name) counts once.
 */
import type { FindingSink } from '../findings/types';
import type { SheetGrid } from '../cells/grid';
import type { HeaderMatch } from '../cells/headers';
import { cellAddress } from '../cells/address';
import { cellText } from '../cells/values';
import { looseKey } from '../cells/text';
import { firstDataRow } from '../cells/columnNumbers';
import { dataCell } from '../scoring/dataCell';
import { unitMatchKey } from '../nominations/unitKey';
import { readGroup } from './groups';
import type { ExampleEntry } from './types';

/** True when the header has a column naming the example (person, model, or either). */
export function hasNameColumn(header: HeaderMatch): boolean {
  const c = header.columns;
  return c.either !== undefined || c.person !== undefined || c.model !== undefined;
}

export function readExampleEntries(grid: SheetGrid, header: HeaderMatch, blocOf: (unitKey: string) => string, sink: FindingSink): ExampleEntry[] {
  const c = header.columns;
  const text = (r: number, key: string): string => (c[key] === undefined ? '' : cellText(dataCell(grid, r, c[key]!)));
  const out: ExampleEntry[] = [];
  const seen = new Map<string, string>();
  const hidden: number[] = [];
  for (let r = firstDataRow(grid, header.row); r < grid.rowCount; r++) {
    if (grid.isEmptyRow(r)) continue;
    const unit = text(r, 'unit');
    const model = text(r, 'model');
    const name = text(r, 'either') || text(r, 'person') || model;
    if (!unit && !name) continue;
    if (grid.isHiddenRow(r)) {
      hidden.push(r + 1);
      continue;
    }
    const cell = cellAddress(r, c.unit!);
    const nameCell = cellAddress(r, c.either ?? c.person ?? c.model ?? c.unit!);
    const label = name || unit;
    if (!unit) sink.warning('EXAMPLE_UNIT_MISSING', { sheet: grid.name, cell }, { name: label });
    const key = `${unitMatchKey(unit)}|${looseKey(name)}`;
    const first = seen.get(key);
    if (first && name) {
      sink.warning('EXAMPLE_DUPLICATE', { sheet: grid.name, cell: nameCell }, { name, unit, first });
      continue;
    }
    seen.set(key, `${grid.name}!${nameCell}`);
    const groupText = text(r, 'group');
    let group = readGroup(groupText);
    if (!groupText) {
      if (model && !text(r, 'either') && !text(r, 'person')) group = 'TAPTHE';
      else sink.warning('EXAMPLE_GROUP_MISSING', { sheet: grid.name, cell: c.group !== undefined ? cellAddress(r, c.group) : nameCell }, { name: label });
    } else if (!group) sink.warning('EXAMPLE_GROUP_UNKNOWN', { sheet: grid.name, cell: cellAddress(r, c.group!) }, { name: label, text: groupText });
    const unitKey = unitMatchKey(unit);
    out.push({
      sheet: grid.name,
      row: r + 1,
      cell,
      unit,
      unitKey,
      bloc: unit ? blocOf(unitKey) : '',
      name,
      group,
      groupText,
      field: text(r, 'field'),
      summary: text(r, 'summary'),
      title: text(r, 'title'),
    });
  }
  if (hidden.length) sink.info('ROWS_HIDDEN', { sheet: grid.name, cell: `A${hidden[0]}` }, { rows: hidden.join(', '), count: hidden.length });
  return out;
}
