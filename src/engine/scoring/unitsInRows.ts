/**
 * Reads a units-in-rows scoring sheet (SPEC §3.3): one row per unit, columns matched to the criteria by
 * code. A column of a group whose criteria also have columns is a subtotal and is not counted twice.
 * `Điểm cộng` / `Điểm trừ` columns count when no criterion column covers the bonus / deduction
 * criteria. A `Khối` column or a "KHỐI …" section row assigns units to blocs.
 */
import type { FindingSink } from '../findings/types';
import type { CriteriaTable, Criterion } from '../model';
import type { SheetGrid } from '../cells/grid';
import { cellAddress } from '../cells/address';
import { cellText, readNumber } from '../cells/values';
import { foldKey } from '../cells/text';
import { CriteriaIndex } from '../criteria/criteriaIndex';
import { dataCell } from './dataCell';
import { firstDataRow } from '../cells/columnNumbers';
import { isMaxRowLabel, isSummaryRowLabel } from './labels';
import { blocFromTitle } from './blocName';
import { pseudoCriteria, syntheticNode } from './pseudoCriteria';
import type { ColumnItem, KindCols, UnitsInRowsHeader } from './unitsInRowsHeader';
import { NO_COL, type CellPos, type ScoreItem, type ScoringSheet, type UnitInput } from './types';

interface Mapped {
  readonly node: Criterion;
  readonly cols: KindCols;
  readonly where: CellPos;
  readonly synthetic: boolean;
}

const at = (p: CellPos): string => cellAddress(p.r, p.c);
const anyCol = (k: KindCols): number | null => k.bloc ?? k.main ?? k.self;

/** Maps the header's code columns onto the criteria sheet's nodes, dropping subtotal columns. */
function mapToCriteria(grid: SheetGrid, det: UnitsInRowsHeader, table: CriteriaTable, sink: FindingSink): Mapped[] {
  const index = new CriteriaIndex(table);
  const mapped: Mapped[] = [];
  const seen = new Set<Criterion>();
  for (const d of det.duplicates) sink.warning('SCORING_COLUMN_DUPLICATE', { sheet: grid.name, cell: at(d.where) }, { code: d.path });
  for (const it of det.items) {
    const res = index.resolve(it.path, it.title);
    const where = { sheet: grid.name, cell: at(it.where) };
    if (res === null || res === 'ambiguous') {
      sink.warning('SCORING_COLUMN_UNMATCHED', where, { code: it.path, criteriaSheet: table.sheet, ambiguous: res === 'ambiguous' ? 1 : 0 });
      continue;
    }
    if (seen.has(res)) {
      sink.warning('SCORING_COLUMN_DUPLICATE', where, { code: res.key });
      continue;
    }
    seen.add(res);
    mapped.push({ node: res, cols: it, where: it.where, synthetic: false });
  }
  const kept = mapped.filter((m) => {
    const sub = mapped.some((o) => o !== m && index.isAncestor(m.node, o.node));
    if (sub) sink.info('SCORING_SUBTOTAL_COLUMN', { sheet: grid.name, cell: at(m.where) }, { code: m.node.key });
    return !sub;
  });
  const covered = new Set<Criterion>();
  for (const m of kept) for (const l of index.leavesUnder(m.node)) covered.add(l);
  const missing = table.leaves.filter((l) => !covered.has(l) && l.type !== 'LIET');
  const rest: Criterion[] = [];
  for (const type of ['CONG', 'TRU'] as const) {
    const cols = type === 'CONG' ? det.bonus : det.deduction;
    const col = anyCol(cols);
    const ofType = missing.filter((l) => l.type === type);
    if (col !== null && (ofType.length || !table.leaves.some((l) => l.type === type))) {
      const max = ofType.length && ofType.every((l) => l.max !== null) ? ofType.reduce((s, l) => s + l.max!, 0) : null;
      kept.push({ node: syntheticNode(type, max, grid.name, det.header.row + 1), cols, where: { r: det.header.row, c: col }, synthetic: true });
    } else {
      if (col !== null) sink.info('SCORING_SUBTOTAL_COLUMN', { sheet: grid.name, cell: cellAddress(det.header.row, col) }, { code: type === 'CONG' ? '+' : '−' });
      rest.push(...ofType);
    }
  }
  rest.push(...missing.filter((l) => l.type === 'CHUAN'));
  if (rest.length)
    sink.warning(
      'SCORING_CRITERION_MISSING',
      { sheet: grid.name, cell: cellAddress(det.header.row, det.unitCol) },
      { codes: rest.slice(0, 10).map((l) => l.key).join(', '), count: rest.length, criteriaSheet: table.sheet },
    );
  return kept;
}

/** No criteria sheet: the columns are the criteria (maxima from a Điểm chuẩn row or the header text). */
function ownCriteria(grid: SheetGrid, det: UnitsInRowsHeader, maxRow: number | null, sink: FindingSink): { table: CriteriaTable; mapped: Mapped[] } {
  const maxOf = (it: ColumnItem): number | null => {
    if (maxRow !== null) {
      const col = anyCol(it);
      const n = col === null ? null : readNumber(dataCell(grid, maxRow, col));
      if (n && n.kind === 'number' && n.value >= 0) return n.value;
    }
    return it.labelMax;
  };
  const { table, nodeOf } = pseudoCriteria(grid.name, det.header.row, det.items, maxOf);
  sink.info('CRITERIA_FROM_HEADER', { sheet: grid.name, cell: cellAddress(det.header.row, det.unitCol) }, { scale: table.scale });
  if (table.scale <= 0) sink.error('CRITERIA_ZERO_SCALE', { sheet: grid.name, cell: cellAddress(det.header.row, det.unitCol) });
  const mapped: Mapped[] = det.items.map((it) => ({ node: nodeOf.get(it)!, cols: it, where: it.where, synthetic: false }));
  for (const type of ['CONG', 'TRU'] as const) {
    const cols = type === 'CONG' ? det.bonus : det.deduction;
    const col = anyCol(cols);
    if (col !== null) mapped.push({ node: syntheticNode(type, null, grid.name, det.header.row + 1), cols, where: { r: det.header.row, c: col }, synthetic: true });
  }
  return { table, mapped };
}

interface UnitRow {
  readonly row: number;
  readonly name: string;
  readonly bloc: string;
}

/** Classifies the data rows: units, the max row, summary and section rows. */
function scanRows(grid: SheetGrid, det: UnitsInRowsHeader, bloc: string, sink: FindingSink): { units: UnitRow[]; maxRow: number | null } {
  const units: UnitRow[] = [];
  const hidden: number[] = [];
  let maxRow: number | null = null;
  let section = bloc;
  const scoreCols: number[] = [];
  for (const it of det.items) for (const c of [it.self, it.bloc, it.main]) if (c !== null) scoreCols.push(c);
  for (let r = firstDataRow(grid, det.lastHeaderRow); r < grid.rowCount; r++) {
    if (grid.isEmptyRow(r)) continue;
    if (grid.isHiddenRow(r)) {
      hidden.push(r + 1);
      continue;
    }
    const name = cellText(dataCell(grid, r, det.unitCol));
    const hasScores = scoreCols.some((c) => {
      const v = dataCell(grid, r, c);
      return v !== null && v !== '';
    });
    if (!name) {
      if (hasScores) sink.warning('SCORING_ROW_NO_UNIT', { sheet: grid.name, cell: cellAddress(r, det.unitCol) });
      continue;
    }
    if (isMaxRowLabel(name)) {
      maxRow ??= r;
      continue;
    }
    if (isSummaryRowLabel(name)) continue;
    const sectionBloc = hasScores ? null : blocFromTitle(name);
    if (sectionBloc) {
      section = sectionBloc;
      continue;
    }
    const typedBloc = det.blocCol === null ? '' : cellText(dataCell(grid, r, det.blocCol));
    units.push({ row: r, name, bloc: typedBloc || section });
  }
  if (hidden.length) sink.info('ROWS_HIDDEN', { sheet: grid.name, cell: `A${hidden[0]}` }, { rows: hidden.join(', '), count: hidden.length });
  return { units, maxRow };
}

export function readUnitsInRows(grid: SheetGrid, det: UnitsInRowsHeader, external: CriteriaTable | null, bloc: string, sink: FindingSink): ScoringSheet {
  const { units: rows, maxRow } = scanRows(grid, det, bloc, sink);
  let criteria: CriteriaTable;
  let mapped: Mapped[];
  if (external) {
    criteria = external;
    mapped = mapToCriteria(grid, det, external, sink);
  } else ({ table: criteria, mapped } = ownCriteria(grid, det, maxRow, sink));
  const items: ScoreItem[] = mapped.map((m) => ({ node: m.node, synthetic: m.synthetic, where: m.where }));
  const hasSelf = mapped.some((m) => m.cols.self !== null);
  const hasBloc = mapped.some((m) => m.cols.bloc !== null);
  const totalCol = det.total.bloc ?? det.total.main;
  const cols = (kind: 'self' | 'bloc' | 'main'): Int32Array => Int32Array.from(mapped, (m) => m.cols[kind] ?? NO_COL);
  const self = cols('self');
  const blocCols = cols('bloc');
  const main = cols('main');
  const units: UnitInput[] = rows.map((u) => {
    const pos = (c: number | null): CellPos | null => (c === null ? null : { r: u.row, c });
    const cells = { rows: new Int32Array(mapped.length).fill(u.row), self, bloc: blocCols, main };
    return {
      name: u.name,
      key: foldKey(u.name),
      bloc: u.bloc,
      nameCell: { r: u.row, c: det.unitCol },
      cells,
      typedTotal: pos(totalCol),
      scoreCol: det.unitCol,
      selfCol: null,
      hasSelf,
      hasBloc,
    };
  });
  return { grid, layout: 'unitsInRows', headerRow: det.header.row, bloc, criteria, items, units };
}
