/**
 * What a sheet of a unit's workbook is, for merging: by name first (§3), then by its header row.
 * Output sheets of an earlier run and the add-in's hidden sheets are never merged. Sheet names are the
 * bloc engine's lists (../blocs/sheetNames), so the merge and `score` recognise the same sheets.
 */
import type { SheetGrid } from '../cells/grid';
import type { HeaderMatch } from '../cells/headers';
import { findHeaderRow, sheetNameMatches } from '../cells/headers';
import { cellText } from '../cells/values';
import { cleanText, looseKey } from '../cells/text';
import type { ListSpec } from './listSpecs';
import { LIST_SPECS } from './listSpecs';
import { findCriteriaHeader, maxColumn } from './criteriaRows';
import { isCriteriaSheetName, isOutputSheetName, isOwnershipSheet, isSettingsSheetName } from '../blocs/sheetNames';
import type { CriteriaInRowsSheet } from './criteriaInRows';
import { parseCriteriaInRows } from './criteriaInRows';
import { MERGE_LOG_SHEET } from './types';

export type SheetClass =
  | { readonly kind: 'ignore' }
  | { readonly kind: 'output' }
  | { readonly kind: 'settings'; readonly header: HeaderMatch | null }
  | { readonly kind: 'criteria'; readonly header: HeaderMatch }
  | { readonly kind: 'criteriaInRows'; readonly parsed: CriteriaInRowsSheet }
  | { readonly kind: 'unitsInRows'; readonly header: HeaderMatch; readonly unitCol: number }
  | { readonly kind: 'list'; readonly spec: ListSpec; readonly header: HeaderMatch }
  | { readonly kind: 'unknown' };

export const SETTINGS_COLUMNS = [
  { key: 'key', aliases: ['Tham số', 'Thông số', 'Tên tham số', 'Nội dung'], required: true },
  { key: 'value', aliases: ['Giá trị'], required: true },
] as const;
const UNITS_IN_ROWS_COLUMNS = [
  { key: 'stt', aliases: ['STT', 'TT', 'Số TT'] },
  { key: 'unit', aliases: ['Đơn vị', 'Tên đơn vị', 'Đơn vị được chấm', 'Tên trường', 'Trường'], required: true },
];

/** A units-in-rows score column: a criterion code ("I", "1.2", "II. Công tác …") or a total/points column. */
function isScoreColumn(label: string): boolean {
  const t = cleanText(label);
  if (/^([IVXLC]+|\d+(\.\d+)*)([.)]|\s|$)/.test(t)) return true;
  const k = looseKey(t);
  return k === 'tong' || k.startsWith('tong diem') || k === 'tong cong' || k.startsWith('diem');
}

function unitsInRowsHeader(grid: SheetGrid): { header: HeaderMatch; unitCol: number } | null {
  const header = findHeaderRow(grid, UNITS_IN_ROWS_COLUMNS);
  if (!header) return null;
  const unitCol = header.columns.unit!;
  // A person list is never a scoring sheet.
  if (header.labels.some((l) => l === 'ho va ten' || l === 'ho ten' || l === 'ten tap the')) return null;
  let scores = 0;
  for (let c = unitCol + 1; c < grid.colCount; c++) if (isScoreColumn(cellText(grid.get(header.row, c)))) scores++;
  return scores > 0 ? { header, unitCol } : null;
}

export function classifySheet(grid: SheetGrid, file: string): SheetClass {
  const { sheet } = grid;
  if (isOwnershipSheet(sheet) || grid.rowCount === 0 || grid.colCount === 0) return { kind: 'ignore' };
  if (isOutputSheetName(sheet.name) || sheetNameMatches(sheet.name, [MERGE_LOG_SHEET])) return { kind: 'output' };
  if (isSettingsSheetName(sheet.name)) return { kind: 'settings', header: findHeaderRow(grid, SETTINGS_COLUMNS) };
  for (const spec of LIST_SPECS) {
    const named = spec.exactName ? spec.names.some((n) => looseKey(n) === looseKey(sheet.name)) : sheetNameMatches(sheet.name, spec.names);
    if (!named) continue;
    const header = findHeaderRow(grid, spec.columns);
    return header ? { kind: 'list', spec, header } : { kind: 'unknown' };
  }
  const critHeader = findCriteriaHeader(grid);
  if (critHeader) {
    const parsed = parseCriteriaInRows(grid, critHeader, file);
    if (parsed.units.length > 0) return { kind: 'criteriaInRows', parsed };
    // A criteria table under another name needs its maximum column to be taken for one.
    if (isCriteriaSheetName(sheet.name) || (maxColumn(critHeader) !== null && parsed.criteria.length > 0)) return { kind: 'criteria', header: critHeader };
  }
  const units = unitsInRowsHeader(grid);
  if (units) return { kind: 'unitsInRows', ...units };
  for (const spec of LIST_SPECS) {
    if (!spec.byHeader) continue;
    const header = findHeaderRow(grid, spec.columns);
    // By header alone, a list needs its award column as well as its name column.
    if (header && (spec.awardKey === undefined || header.columns[spec.awardKey] !== undefined)) return { kind: 'list', spec, header };
  }
  return { kind: 'unknown' };
}
