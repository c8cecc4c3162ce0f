/**
 * The parts of a nomination row that rows typed alike share (SPEC §3.6): its rating, discipline, service
 * and initiatives (`RowTraits`), and apart from them its history (`HistoryTraits`: the rows sharing a
 * history are not those sharing a rating) and its leave (`readRowLeave`, whose day counts vary most). Read by the
 * same steps, in the same order, whether a row is read on its own (a row with a formula error: each error
 * is reported where it is met) or once for every row with the same values in those columns (see
 * `traitColumns`, `historyTraitColumns`).
 */
import type { CellValue } from '../../workbook/snapshot';
import type { SheetGrid } from '../cells/grid';
import { cellText } from '../cells/values';
import type { PeriodFrame } from '../rules/periods';
import type { LeaveRead, ServiceRead } from './types';
import type { DisciplineRead, RatingRead } from './vocab/ratings';
import { parseDiscipline, parseRating } from './vocab/ratings';
import type { InitiativeRead } from './vocab/initiatives';
import { parseInitiative } from './vocab/initiatives';
import type { HistoryReader, HistoryWarning, SharedHistory } from './rowHistory';
import type { RowCells } from './rowCells';
import { readLeave, readService } from './personFields';
import type { PersonColumns } from './personColumns';
import type { PersonSheet } from './personRecord';

export interface RowTraits {
  /** The sheet variant that says where the service and initiatives were read from. */
  readonly sheet: PersonSheet;
  readonly rating: RatingRead;
  readonly discipline: DisciplineRead;
  readonly service: ServiceRead;
  readonly initiative: InitiativeRead;
}

/** A row's history as rows with the same history cells share it. */
export interface HistoryTraits {
  readonly history: SharedHistory;
  /** The history's warnings in the order they are reported (the columns', then the free text's). */
  readonly warnings: readonly HistoryWarning[];
}

/** What every row of a sheet shares, worked out once per sheet. */
export interface SheetLayout {
  readonly reader: HistoryReader;
  /** By `monthsGiven · 2 + countCell`: where the row's service and initiatives were read from. */
  readonly sheets: readonly PersonSheet[];
  readonly frame: PeriodFrame | null;
}

export function sheetVariants(grid: SheetGrid, cols: PersonColumns, ratingCol: number): PersonSheet[] {
  const out: PersonSheet[] = [];
  for (const monthsGiven of [false, true])
    for (const countCell of [false, true])
      out.push({
        grid,
        cols,
        ratingCol,
        serviceCol: monthsGiven || cols.hireDate < 0 ? cols.serviceMonths : cols.hireDate,
        initiativeCol: countCell ? cols.initiativeCount : cols.initiative,
      });
  return out;
}

/** The columns the traits are read from (present ones, each once): the key of the shared readings. */
export function traitColumns(layout: SheetLayout): number[] {
  const { cols, ratingCol } = layout.sheets[0]!;
  const all = [ratingCol, cols.discipline, cols.serviceMonths, cols.hireDate, cols.initiativeCount, cols.initiativeLevel, cols.initiative];
  return [...new Set(all.filter((c) => c >= 0))];
}

/** The history columns and the free-text column: the key of the shared histories. */
export function historyTraitColumns(layout: SheetLayout, historyCols: readonly number[]): number[] {
  return [...new Set([...historyCols, layout.sheets[0]!.cols.history].filter((c) => c >= 0))];
}

/** History first: its columns' warnings, the free text (cells report its error), the text's warnings. */
export function readRowHistory(cells: RowCells, layout: SheetLayout, warn: (w: HistoryWarning) => void): SharedHistory {
  const node = layout.reader.columnsOf(cells.grid, cells.row);
  for (const w of node.warnings) warn(w);
  const shared = layout.reader.historyOf(node, cells.textAt(layout.sheets[0]!.cols.history, true));
  for (const w of shared.warnings) warn(w);
  return shared;
}

export function readRowRating(cells: RowCells, layout: SheetLayout): RatingRead {
  const { cols: c, ratingCol } = layout.sheets[0]!;
  // A history column of this period read as the rating is not reported as a cell of the row.
  return parseRating(ratingCol === c.rating ? cells.textAt(ratingCol) : cellText(ratingCol < 0 ? null : cells.grid.get(cells.row, ratingCol)));
}

export interface InitiativeCells {
  readonly read: InitiativeRead;
  /** True when the count came from `Số sáng kiến`. */
  readonly countCell: boolean;
}

export function readRowInitiative(cells: RowCells, c: PersonColumns): InitiativeCells {
  const countCell = c.initiativeCount >= 0 && cells.textAt(c.initiativeCount) !== '';
  const levelText = c.initiativeLevel >= 0 ? cells.textAt(c.initiativeLevel) : undefined;
  let read = parseInitiative(cells.valueAt(countCell ? c.initiativeCount : c.initiative), levelText);
  if (countCell && read.kind === 'some' && read.level === null && cells.textAt(c.initiative) !== '') {
    // Count in its own column, level written with the initiative's title.
    const fromText = parseInitiative(cells.valueAt(c.initiative));
    if (fromText.kind === 'some') read = { ...read, level: fromText.level };
  }
  return { read, countCell };
}

export function monthsGiven(cells: RowCells, c: PersonColumns): boolean {
  return c.serviceMonths >= 0 && cells.textAt(c.serviceMonths) !== '';
}

/**
 * The traits of a row without formula errors in its cells (nothing to report): what all rows with the
 * same values in `traitColumns` share.
 */
export function readTraits(cells: RowCells, layout: SheetLayout): RowTraits {
  const c = layout.sheets[0]!.cols;
  const rating = readRowRating(cells, layout);
  const initiative = readRowInitiative(cells, c);
  const months = monthsGiven(cells, c);
  return traitsOf(layout, months, initiative, {
    rating,
    discipline: parseDiscipline(cells.textAt(c.discipline)),
    service: readService(cells.valueAt(c.serviceMonths), cells.valueAt(c.hireDate), layout.frame),
  });
}

/** The history of a row without formula errors, its warnings kept: what all rows with the same values in `historyTraitColumns` share. */
export function readHistoryTraits(cells: RowCells, layout: SheetLayout): HistoryTraits {
  const warnings: HistoryWarning[] = [];
  const history = readRowHistory(cells, layout, (w) => warnings.push(w));
  return { history, warnings };
}

/** The traits with their sheet variant. */
export function traitsOf(layout: SheetLayout, months: boolean, initiative: InitiativeCells, rest: Omit<RowTraits, 'sheet' | 'initiative'>): RowTraits {
  return {
    sheet: layout.sheets[(months ? 2 : 0) + (initiative.countCell ? 1 : 0)]!,
    rating: rest.rating,
    discipline: rest.discipline,
    service: rest.service,
    initiative: initiative.read,
  };
}

/** The leave columns: the key of the shared leave readings. */
export function leaveColumns(c: PersonColumns): number[] {
  return [c.leaveDays, c.leaveReason].filter((col) => col >= 0);
}

/** `Số ngày nghỉ` with `Lý do nghỉ`, read after the discipline (the order errors are reported in). */
export function readRowLeave(cells: RowCells, c: PersonColumns): LeaveRead {
  return readLeave(cells.valueAt(c.leaveDays), cells.textAt(c.leaveReason));
}

/** True when a value is a formula error (the row is then read on its own, reporting it). */
export function isErrorValue(v: CellValue | undefined): boolean {
  return typeof v === 'object' && v !== null;
}
