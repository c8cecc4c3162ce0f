/**
 * The criteria-in-rows scoring layout (SPEC §3.3, the form schools fill): the criteria columns (code,
 * content, max), then per unit one score column headed by the unit's name, or a pair `Tự chấm` |
 * `Khối chấm` under a merged unit header. The header may take up to three rows (a caption such as
 * "Điểm các đơn vị", the unit names, the Tự chấm/Khối chấm pair). A single-unit form has only the pair;
 * the unit is then named by a "Đơn vị: …" cell above the header, else by the sheet name.
 */
import type { FindingSink } from '../findings/types';
import type { CriteriaTable, Criterion } from '../model';
import type { SheetGrid } from '../cells/grid';
import type { CellValue } from '../../workbook/snapshot';
import { findHeaderRow, type HeaderMatch } from '../cells/headers';
import { labelKey, labelText } from '../cells/headerLabels';
import { cellAddress } from '../cells/address';
import { cellText } from '../cells/values';
import { cleanText, foldKey } from '../cells/text';
import { CRITERIA_COLUMNS, criteriaColumnIndexes, criteriaColumnsOf, type CriteriaColumns } from '../criteria/columns';
import { parseCriteriaRows } from '../criteria/parseCriteria';
import { dataCell } from './dataCell';
import { matchCriteriaRows } from './matchCriteriaRows';
import { firstDataRow } from '../cells/columnNumbers';
import { labelInfo, type LabelInfo } from './labelInfo';
import { stripScoringPrefix } from './blocName';
import { CellPosRecord, NO_COL, ScoreCellsRecord, ScoreItemRecord, UnitInputRecord, type ScoreItem, type ScoringSheet, type UnitInput, type CellPos } from './types';

export interface UnitColumns {
  readonly name: string;
  /** foldKey(name). */
  readonly key: string;
  readonly nameCell: CellPos;
  self: number | null;
  bloc: number | null;
  main: number | null;
  /** A second column of the same kind for this name (reported as a duplicate). */
  duplicateCol: number | null;
}

/** Made by a constructor: thousands survive per workbook (see UnitInputRecord). */
class UnitColumnsRecord implements UnitColumns {
  self: number | null = null;
  bloc: number | null = null;
  main: number | null = null;
  duplicateCol: number | null = null;
  constructor(
    readonly name: string,
    readonly key: string,
    readonly nameCell: CellPos,
  ) {}
}

export interface CriteriaInRowsHeader {
  readonly header: HeaderMatch;
  readonly cols: CriteriaColumns;
  /** Last header row (the header may span up to three rows). */
  readonly lastHeaderRow: number;
  readonly units: readonly UnitColumns[];
}

function isContinuationRow(grid: SheetGrid, r: number, h: HeaderMatch, cols: CriteriaColumns, zone: readonly number[]): boolean {
  if (r >= grid.rowCount) return false;
  for (let k = 0; k < 2; k++) {
    const c = k === 0 ? cols.code : cols.content;
    const v = grid.get(r, c);
    if (labelText(v) && labelKey(v) !== h.labels[c]) return false;
  }
  let any = false;
  const own = grid.sheet.values[r];
  const seen = grid.seenRow(r);
  // Indexed loops here and below: a for…of over an array is an iterator with its closing code.
  for (let i = 0; i < zone.length; i++) {
    const c = zone[i]!;
    // A number of its own that is no merge tail (dataCell), tested without a call for the other cells.
    if (typeof own?.[c] === 'number' && typeof dataCell(grid, r, c) === 'number') return false;
    if (!any) any = labelText(seen[c] ?? null) !== '';
  }
  return any;
}

/** A score column's name written in the row above the header (not the sheet's title): rare, kept out of the loop. */
function nameAbove(grid: SheetGrid, headerRow: number, codeCol: number, c: number): LabelInfo | null {
  const above = labelInfo(grid.get(headerRow - 1, c));
  const title = labelInfo(grid.get(headerRow - 1, codeCol)).text;
  return above.text && above.text !== title && !above.kind && !above.notAUnit ? above : null;
}

/** "Đơn vị: Trường THCS A" / "Tên đơn vị: …" above the header: the unit of a single-unit form. */
function formUnitName(grid: SheetGrid, headerRow: number): string {
  for (let r = 0; r < headerRow; r++)
    for (let c = 0; c < grid.colCount; c++) {
      const v = grid.raw(r, c);
      if (v === null || grid.isMergedTail(r, c)) continue;
      const t = cellText(v);
      const m = /^(?:tên\s+)?(?:đơn vị|trường|don vi|truong)(?:\s+(?:được chấm|tự chấm|duoc cham|tu cham))?\s*[:：]\s*(.+)$/iu.exec(t);
      if (m) return cleanText(m[1]!);
    }
  return stripScoringPrefix(grid.name);
}

/**
 * Finds the criteria header and the unit columns after it; null when the sheet has no criteria header.
 * Runs once per sheet: its steps are functions of their own, so that only the loop over the unit columns
 * (unitColumns) gets hot and is optimised, on its own, rather than one compile inlining the header search.
 */
export function detectCriteriaInRows(grid: SheetGrid): CriteriaInRowsHeader | null {
  const header = findHeaderRow(grid, CRITERIA_COLUMNS);
  if (!header) return null;
  const cols = criteriaColumnsOf(header);
  const zone = unitZone(grid, header, cols);
  const last = lastHeaderRow(grid, header, cols, zone);
  return { header, cols, lastHeaderRow: last, units: unitColumns(grid, header, cols, last, zone) };
}

/** The columns right of the criteria columns that are none of them: where the units' scores are. */
function unitZone(grid: SheetGrid, header: HeaderMatch, cols: CriteriaColumns): number[] {
  const critCols = criteriaColumnIndexes(header);
  const lastCrit = Math.max(cols.code, cols.content, cols.max ?? -1, cols.type ?? -1);
  const zone: number[] = [];
  for (let c = lastCrit + 1; c < grid.colCount; c++) if (!critCols.has(c)) zone.push(c);
  return zone;
}

/** The last row of the header: up to two rows under the header row continue it. */
function lastHeaderRow(grid: SheetGrid, header: HeaderMatch, cols: CriteriaColumns, zone: readonly number[]): number {
  let last = header.row;
  while (last < header.row + 2 && isContinuationRow(grid, last + 1, header, cols, zone)) last++;
  return last;
}

/** The unit columns of the zone, read from the header rows header.row..last. */
function unitColumns(grid: SheetGrid, header: HeaderMatch, cols: CriteriaColumns, last: number, zone: readonly number[]): UnitColumns[] {
  const units: UnitColumns[] = [];
  const byName = new Map<string, UnitColumns>();
  let lastCol = -2;
  // A column's distinct labels top-down (at most three header rows), reused from column to column.
  const labels: LabelInfo[] = [];
  const rows: number[] = [];
  // The header rows as the user sees them (merged names in each of their cells), read without a call per cell.
  const seen: (readonly (CellValue | undefined)[])[] = [];
  for (let r = header.row; r <= last; r++) seen.push(grid.seenRow(r));
  for (let z = 0; z < zone.length; z++) {
    const c = zone[z]!;
    let n = 0;
    for (let j = 0; j < seen.length; j++) {
      const info = labelInfo(seen[j]![c] ?? null);
      if (info.text && (n === 0 || labels[n - 1]!.text !== info.text)) {
        labels[n] = info;
        rows[n++] = header.row + j;
      }
    }
    if (n === 0) continue;
    const kind = labels[n - 1]!.kind;
    // The name: the lowest label that is no score kind (the bottom one when it is none).
    let name: LabelInfo | null = kind ? null : labels[n - 1]!;
    let nameRow = kind ? -1 : rows[n - 1]!;
    if (kind)
      for (let i = n - 2; i >= 0; i--)
        if (!labels[i]!.kind) {
          name = labels[i]!;
          nameRow = rows[i]!;
          break;
        }
    if (kind && name === null && header.row > 0) {
      name = nameAbove(grid, header.row, cols.code, c);
      if (name !== null) nameRow = header.row - 1;
    }
    if (name !== null && name.notAUnit) continue;
    if (name === null && !kind) continue;
    // "Center across selection" instead of a merge: a nameless Khối chấm beside a unit's Tự chấm is its pair.
    const left = units[units.length - 1];
    if (name === null && kind && left && left[kind] === null && lastCol === c - 1) {
      left[kind] = c;
      lastCol = c;
      continue;
    }
    lastCol = c;
    const unitName = name !== null ? name.text : formUnitName(grid, header.row);
    const key = name !== null ? name.key : foldKey(unitName);
    let u = byName.get(key);
    if (!u) {
      u = new UnitColumnsRecord(unitName, key, new CellPosRecord(name !== null ? nameRow : header.row, c));
      byName.set(key, u);
      units.push(u);
    }
    const slot: 'self' | 'bloc' | 'main' = kind ?? 'main';
    if (u[slot] === null) u[slot] = c;
    else if (slot === 'bloc') u.bloc = c; // Điểm thống nhất after Khối chấm: the later column is the final word.
    else u.duplicateCol = c;
  }
  return units;
}

/** Reads the scores of a criteria-in-rows sheet; `external` is the criteria sheet's table, when there is one. */
export function readCriteriaInRows(grid: SheetGrid, det: CriteriaInRowsHeader, external: CriteriaTable | null, bloc: string, sink: FindingSink): ScoringSheet {
  const first = firstDataRow(grid, det.lastHeaderRow);
  let criteria: CriteriaTable;
  let rows: readonly { readonly node: Criterion; readonly row: number }[];
  let totalRow: { readonly row: number } | null;
  if (external) {
    criteria = external;
    ({ rows, totalRow } = matchCriteriaRows(grid, det.cols, first, det.header.row, external, sink));
  } else {
    const local = parseCriteriaRows(grid, det.cols, first, sink, { report: true, reportHidden: true });
    criteria = local.table;
    rows = criteria.leaves.map((l) => ({ node: l, row: l.row - 1 }));
    totalRow = local.totalRow;
  }
  // The loops over items and units are functions of their own: this one runs once per sheet and stays
  // small; each loop is optimised on its own, as a small function.
  const { itemRows, items } = itemsOf(rows, det.cols.code);
  for (const u of det.units)
    if (u.duplicateCol !== null)
      sink.warning('SCORING_UNIT_DUPLICATE', { sheet: grid.name, cell: cellAddress(det.header.row, u.duplicateCol) }, { unit: u.name });
  const units = unitInputs(det.units, itemRows, bloc, totalRow ? totalRow.row : -1);
  return { grid, layout: 'criteriaInRows', headerRow: det.header.row, bloc, criteria, items, units };
}

type MatchedRow = { readonly node: Criterion; readonly row: number };

interface SheetItems {
  readonly codeCol: number;
  readonly itemRows: Int32Array;
  readonly items: ScoreItem[];
}

/**
 * Items and their rows per list of matched rows: the bloc sheets of a workbook are one template, and the
 * matching hands every sheet with the same criteria rows the same list (see matchCriteriaRows), so they
 * are made once and shared (read only) rather than once per sheet.
 */
const itemsByRows = new WeakMap<readonly MatchedRow[], SheetItems>();

function itemsOf(rows: readonly MatchedRow[], codeCol: number): SheetItems {
  const cached = itemsByRows.get(rows);
  if (cached && cached.codeCol === codeCol) return cached;
  const made: SheetItems = { codeCol, itemRows: rowsOf(rows), items: scoreItems(rows, codeCol) };
  itemsByRows.set(rows, made);
  return made;
}

function rowsOf(rows: readonly MatchedRow[]): Int32Array {
  const out = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = rows[i]!.row;
  return out;
}

function scoreItems(rows: readonly MatchedRow[], codeCol: number): ScoreItem[] {
  const items: ScoreItem[] = [];
  for (let i = 0; i < rows.length; i++) {
    const x = rows[i]!;
    items.push(new ScoreItemRecord(x.node, false, new CellPosRecord(x.row, codeCol)));
  }
  return items;
}

/**
 * The units' inputs. Their columns are views of one buffer per sheet (a typed array each costs an
 * allocation); a missing column (NO_COL throughout) is one view shared by all. They are only read.
 * `totalRow` is the typed total's row, −1 for none.
 */
function unitInputs(cols: readonly UnitColumns[], itemRows: Int32Array, bloc: string, totalRow: number): UnitInput[] {
  const n = itemRows.length;
  const buffer = new Int32Array(n * (3 * cols.length + 1)).fill(NO_COL);
  const none = buffer.subarray(0, n);
  let taken = n;
  const units: UnitInput[] = [];
  for (let k = 0; k < cols.length; k++) {
    const u = cols[k]!;
    const self = u.self === null ? none : buffer.subarray(taken, (taken += n)).fill(u.self);
    const blocCells = u.bloc === null ? none : buffer.subarray(taken, (taken += n)).fill(u.bloc);
    const main = u.main === null ? none : buffer.subarray(taken, (taken += n)).fill(u.main);
    const scoreCol = u.bloc ?? u.main ?? u.self!;
    const typedTotal = totalRow >= 0 ? { r: totalRow, c: scoreCol } : null;
    const cells = new ScoreCellsRecord(itemRows, self, blocCells, main);
    units.push(new UnitInputRecord(u.name, u.key, bloc, u.nameCell, cells, typedTotal, scoreCol, u.self, u.self !== null, u.bloc !== null));
  }
  return units;
}
