/**
 * Reads the optional `Cấu hình` sheet (SPEC §3.1): `Tham số` | `Giá trị` | `Ghi chú`, the header anywhere
 * in the first 15 rows. Every §6 parameter has a default (./params.ts); a row overrides it. Unknown keys
 * and unreadable values become warnings naming the cell; the default is then kept. Never throws.
 */
import type { SheetSnapshot, WorkbookSnapshot } from '../../workbook/snapshot';
import type { SheetRole } from '../model';
import type { FindingSink } from '../findings/types';
import { SheetGrid } from '../cells/grid';
import { findHeaderRow, type ColumnSpec } from '../cells/headers';
import { cellAddress } from '../cells/address';
import { cellText } from '../cells/values';
import { firstDataRow } from '../cells/columnNumbers';
import { isSettingsSheetName } from '../blocs/sheetNames';
import { DEFAULT_PARAMS } from './params';
import { findSettingKey, type BlocParams, type MutableParams } from './settingKeys';
import { describeParam } from './describeParam';

export const SETTINGS_COLUMNS: readonly ColumnSpec[] = [
  { key: 'key', aliases: ['Tham số', 'Thông số', 'Tên tham số', 'Nội dung'], required: true },
  { key: 'value', aliases: ['Giá trị', 'Gia tri', 'Giá trị áp dụng'], required: true },
  { key: 'note', aliases: ['Ghi chú'] },
];

export interface ReadSettingsOptions {
  /** Sheet name → role confirmed by the user; a sheet set to 'settings' is read whatever its name. */
  readonly roleOverrides?: Readonly<Record<string, SheetRole>>;
}

/** The settings sheet of a workbook: a user-confirmed one first, else the first one named like `Cấu hình`. */
export function findSettingsSheet(snapshot: WorkbookSnapshot, opts: ReadSettingsOptions = {}): SheetSnapshot | null {
  const overrides = opts.roleOverrides ?? {};
  const confirmed = snapshot.sheets.find((s) => overrides[s.name] === 'settings' && s.visibility !== 'veryHidden');
  if (confirmed) return confirmed;
  return (
    snapshot.sheets.find(
      (s) => isSettingsSheetName(s.name) && s.visibility !== 'veryHidden' && (overrides[s.name] === undefined || overrides[s.name] === 'settings'),
    ) ?? null
  );
}

export function readSettings(
  snapshot: WorkbookSnapshot,
  sink: FindingSink,
  opts: ReadSettingsOptions = {},
): { params: BlocParams; sheet: string | null } {
  const sheet = findSettingsSheet(snapshot, opts);
  const params: MutableParams = { ...DEFAULT_PARAMS, bands: { ...DEFAULT_PARAMS.bands } };
  if (!sheet) return { params, sheet: null };
  if (sheet.visibility === 'hidden') sink.info('SHEET_HIDDEN', { sheet: sheet.name }, { role: 'settings' });

  const grid = new SheetGrid(sheet);
  const header = findHeaderRow(grid, SETTINGS_COLUMNS);
  let keyCol = 0;
  let valueCol = 1;
  let first = 0;
  if (header) {
    keyCol = header.columns.key!;
    valueCol = header.columns.value!;
    first = firstDataRow(grid, header.row);
  } else {
    sink.warning('SETTINGS_NO_HEADER', { sheet: sheet.name, cell: 'A1' });
  }

  const seen = new Map<string, string>();
  const hiddenRows: number[] = [];
  for (let r = first; r < grid.rowCount; r++) {
    const keyText = cellText(grid.get(r, keyCol));
    if (!keyText) continue;
    if (grid.isHiddenRow(r)) {
      hiddenRows.push(r + 1);
      continue;
    }
    const raw = grid.get(r, valueCol);
    const keyCell = cellAddress(r, keyCol);
    const valueCell = cellAddress(r, valueCol);
    const valueText = cellText(raw);
    const key = findSettingKey(keyText);
    if (key === 'other') continue;
    if (key === null) {
      if (valueText) sink.warning('SETTINGS_UNKNOWN_KEY', { sheet: sheet.name, cell: keyCell }, { key: keyText });
      continue;
    }
    if (!valueText) continue;
    const before = describeParam(params, key.id);
    if (!key.apply(params, raw)) {
      sink.warning('SETTINGS_BAD_VALUE', { sheet: sheet.name, cell: valueCell }, { key: key.label, value: valueText, kept: before });
      continue;
    }
    const prev = seen.get(key.id);
    if (prev) sink.warning('SETTINGS_DUPLICATE_KEY', { sheet: sheet.name, cell: keyCell }, { key: key.label, first: prev });
    seen.set(key.id, keyCell);
  }
  if (hiddenRows.length) sink.info('ROWS_HIDDEN', { sheet: sheet.name, cell: `A${hiddenRows[0]}` }, { rows: hiddenRows.join(', '), count: hiddenRows.length });
  return { params, sheet: sheet.name };
}
