/**
 * Reads the individual nominations sheet (SPEC §3.6) into PersonRow values. Section rows ("Trường THCS
 * Đầm Hà" merged across the table) give the unit of the rows under them; total rows, empty and hidden
 * rows are skipped. Nothing here judges a nomination: the rules do.
 */
import type { SheetGrid } from '../cells/grid';
import type { HeaderMatch } from '../cells/headers';
import { cellAddress } from '../cells/address';
import { looseKey } from '../cells/text';
import { cellText } from '../cells/values';
import type { FindingSink } from '../findings/types';
import type { PeriodFrame } from '../rules/periods';
import { readToken } from '../rules/periods';
import type { PersonHistory, PersonRow } from './types';
import { parseAwardList } from './vocab/awards';
import { parseDiscipline, parseRating } from './vocab/ratings';
import { parseInitiative } from './vocab/initiatives';
import type { HistoryColumn } from './history';
import { historyHeader } from './history';
import { HistoryReader, historyView, type ReadableHistory } from './rowHistory';
import type { RowCells } from './rowCells';
import { forEachListRow } from './listRows';
import { identityKey, readBirth, readLeave, readService } from './personFields';
import { unitRead } from './unitKey';
import { personColumns, type PersonColumns } from './personColumns';
import { PersonRecord, type PersonSheet } from './personRecord';

/** Columns of the header row that no spec took and whose header names a period and a kind. */
export function historyColumnsOf(grid: SheetGrid, header: HeaderMatch): HistoryColumn[] {
  const used = new Set(Object.values(header.columns));
  const out: HistoryColumn[] = [];
  for (let c = 0; c < grid.colCount; c++) {
    if (used.has(c)) continue;
    const label = cellText(grid.get(header.row, c));
    const above = header.row > 0 ? cellText(grid.get(header.row - 1, c)) : '';
    const h = historyHeader(label, above);
    if (h && h.tokens.length === 1) out.push({ col: c, kind: h.kind, token: h.tokens[0]!, header: label });
  }
  return out;
}

/** "I. TRƯỜNG THCS ĐẦM HÀ" → "TRƯỜNG THCS ĐẦM HÀ": the text of a row with a single value. */
function sectionTitle(grid: SheetGrid, r: number): string | null {
  const texts = new Set<string>();
  for (let c = 0; c < grid.colCount; c++) {
    const t = cellText(grid.get(r, c));
    if (t !== '') texts.add(t);
  }
  if (texts.size !== 1) return null;
  const t = [...texts][0]!.replace(/^([IVXLC]+|\d+|[A-Z])[.)]\s*/, '').trim();
  return t === '' || /^\d+$/.test(t) ? null : t;
}

export function readIndividualSheet(grid: SheetGrid, header: HeaderMatch, frame: PeriodFrame | null, sink: FindingSink): PersonRow[] {
  const rows: PersonRow[] = [];
  const history = historyColumnsOf(grid, header);
  const readable: ReadableHistory[] = [];
  for (const h of history) {
    const t = readToken(h.token, frame?.kind ?? null);
    if ('ambiguous' in t) sink.warning('NOMINATION_HISTORY_HEADER_AMBIGUOUS', { sheet: grid.name, cell: cellAddress(header.row, h.col) }, { header: h.header });
    else readable.push({ col: h, key: t.key });
  }
  const cols = personColumns(header.columns);
  // A "Xếp loại 2024-2025" history column for the current period is this period's rating.
  const ratingCol = cols.rating >= 0 ? cols.rating : (currentRatingColumn(history, frame) ?? -1);
  const layout: SheetLayout = { reader: new HistoryReader(readable, cols.history, frame?.kind ?? null), sheets: sheetVariants(grid, cols, ratingCol) };
  let section: { unit: string; cell: string } | null = null;
  forEachListRow(
    grid,
    header,
    sink,
    ({ cells, name, awardText }) => rows.push(readRow(grid, cells, name, awardText, section, layout, frame, sink)),
    (r) => {
      const title = sectionTitle(grid, r);
      if (title) section = { unit: title, cell: firstCell(grid, r) };
    },
  );
  return rows;
}

/** What every row of a sheet shares, worked out once per sheet. */
interface SheetLayout {
  readonly reader: HistoryReader;
  /** By `monthsGiven · 2 + countCell`: where the row's service and initiatives were read from. */
  readonly sheets: readonly PersonSheet[];
}

function sheetVariants(grid: SheetGrid, cols: PersonColumns, ratingCol: number): PersonSheet[] {
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

function firstCell(grid: SheetGrid, r: number): string {
  for (let c = 0; c < grid.colCount; c++) if (cellText(grid.get(r, c)) !== '') return cellAddress(r, c);
  return cellAddress(r, 0);
}

function readRow(
  grid: SheetGrid,
  cells: RowCells,
  name: string,
  awardText: string,
  section: { unit: string; cell: string } | null,
  layout: SheetLayout,
  frame: PeriodFrame | null,
  sink: FindingSink,
): PersonRow {
  const r = cells.row;
  const c = layout.sheets[0]!.cols;
  const ownUnit = cells.textAt(c.unit);
  const unit = ownUnit !== '' ? ownUnit : (section?.unit ?? '');
  const birth = readBirth(cells.valueAt(c.birth));
  const id = cells.textAt(c.id) || null;
  const awards = parseAwardList(awardText);
  const history = readHistory(grid, cells, layout, sink);
  const ratingCol = layout.sheets[0]!.ratingCol;
  const rating = parseRating(ratingCol === c.rating ? cells.textAt(ratingCol) : cellText(ratingCol < 0 ? null : grid.get(r, ratingCol)));

  const countCell = c.initiativeCount >= 0 && cells.textAt(c.initiativeCount) !== '';
  const levelText = c.initiativeLevel >= 0 ? cells.textAt(c.initiativeLevel) : undefined;
  let initiative = parseInitiative(cells.valueAt(countCell ? c.initiativeCount : c.initiative), levelText);
  if (countCell && initiative.kind === 'some' && initiative.level === null && cells.textAt(c.initiative) !== '') {
    // Count in its own column, level written with the initiative's title.
    const fromText = parseInitiative(cells.valueAt(c.initiative));
    if (fromText.kind === 'some') initiative = { ...initiative, level: fromText.level };
  }
  const monthsGiven = c.serviceMonths >= 0 && cells.textAt(c.serviceMonths) !== '';
  const nameKey = looseKey(name);
  const unitOf = unitRead(unit);

  // `name` is display text already (cleaned by the list walk).
  return new PersonRecord(
    layout.sheets[(monthsGiven ? 2 : 0) + (countCell ? 1 : 0)]!,
    r,
    name,
    nameKey,
    unitOf,
    ownUnit === '' && section ? section.cell : null,
    cells.textAt(c.position),
    birth?.date ?? null,
    id,
    identityKey(id, nameKey, birth?.text ?? '', unitOf.key),
    awards,
    history,
    rating,
    parseDiscipline(cells.textAt(c.discipline)),
    readLeave(cells.valueAt(c.leaveDays), cells.textAt(c.leaveReason)),
    readService(cells.valueAt(c.serviceMonths), cells.valueAt(c.hireDate), frame),
    initiative,
  );
}

/** The row's history columns and its free-text history (shared readings); warnings name the cell. */
function readHistory(grid: SheetGrid, cells: RowCells, layout: SheetLayout, sink: FindingSink): PersonHistory {
  const r = cells.row;
  const node = layout.reader.columnsOf(grid, r);
  for (const w of node.warnings) sink.warning('NOMINATION_HISTORY_AMBIGUOUS', { sheet: grid.name, cell: cellAddress(r, w.col) }, { text: w.text });
  const shared = layout.reader.historyOf(node, cells.textAt(layout.sheets[0]!.cols.history, true));
  for (const w of shared.warnings) sink.warning('NOMINATION_HISTORY_AMBIGUOUS', { sheet: grid.name, cell: cellAddress(r, w.col) }, { text: w.text });
  return historyView(shared, r);
}

function currentRatingColumn(cols: readonly HistoryColumn[], frame: PeriodFrame | null): number | undefined {
  if (!frame) return undefined;
  for (const h of cols) {
    const t = readToken(h.token, frame.kind);
    if (h.kind === 'rating' && 'key' in t && t.key === frame.key) return h.col;
  }
  return undefined;
}
