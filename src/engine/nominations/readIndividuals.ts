/**
 * Reads the individual nominations sheet (SPEC §3.6) into PersonRow values. Section rows ("Trường THCS
 * Đầm Hà" merged across the table) give the unit of the rows under them; total rows, empty and hidden
 * rows are skipped. Nothing here judges a nomination: the rules do.
 */
import type { SheetGrid } from '../cells/grid';
import type { HeaderMatch } from '../cells/headers';
import { cellAddress } from '../cells/address';
import { cellText } from '../cells/values';
import type { FindingSink } from '../findings/types';
import type { PeriodFrame } from '../rules/periods';
import { readToken } from '../rules/periods';
import type { PersonRow } from './types';
import type { HistoryColumn } from './history';
import { historyHeader } from './history';
import { HistoryReader, type ReadableHistory } from './rowHistory';
import { personColumns } from './personColumns';
import { historyTraitColumns, type SheetLayout, sheetVariants, traitColumns } from './rowTraits';
import { IndividualRows } from './individualRows';

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

export function readIndividualSheet(grid: SheetGrid, header: HeaderMatch, frame: PeriodFrame | null, sink: FindingSink): PersonRow[] {
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
  const layout: SheetLayout = { reader: new HistoryReader(readable, cols.history, frame?.kind ?? null), sheets: sheetVariants(grid, cols, ratingCol), frame };
  const keys = { traits: traitColumns(layout), history: historyTraitColumns(layout, readable.map((h) => h.col.col)) };
  return new IndividualRows(grid, header, layout, keys, sink).read();
}

function currentRatingColumn(cols: readonly HistoryColumn[], frame: PeriodFrame | null): number | undefined {
  if (!frame) return undefined;
  for (const h of cols) {
    const t = readToken(h.token, frame.kind);
    if (h.kind === 'rating' && 'key' in t && t.key === frame.key) return h.col;
  }
  return undefined;
}
