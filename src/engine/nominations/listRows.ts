/**
 * Walking a nomination list (individual §3.6 or collective §3.7) under its header: the skipping rules are
 * the same for both lists, so they live here once.
 */
import type { SheetGrid } from '../cells/grid';
import type { HeaderMatch } from '../cells/headers';
import { looseKey } from '../cells/text';
import type { FindingSink } from '../findings/types';
import { RowCells } from './rowCells';

/**
 * A row that names someone and an award: what the list readers turn into nominations. One object (and
 * one `cells` reader) serves every row of a walk in turn: valid during the `visit` call only.
 */
export interface ListRow {
  /** 0-based row index. */
  readonly r: number;
  readonly cells: RowCells;
  readonly name: string;
  readonly awardText: string;
}

/** A "Tổng cộng" row (its name cell starts with "tổng" or "cộng"): skipped. */
export function isTotalRow(name: string): boolean {
  return mayBeTotal(name) && /^(tong|cong)\b/.test(looseKey(name));
}

/**
 * False when the first letter or digit of `name` is plain ASCII other than t/c: such a name cannot fold
 * to "tổng…"/"cộng…", and the fold (a memo lookup on every row) is skipped. Anything else is folded.
 */
function mayBeTotal(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 0x80) return true;
    const lower = c | 0x20;
    if (lower >= 0x61 && lower <= 0x7a) return lower === 0x74 || lower === 0x63;
    if (c >= 0x30 && c <= 0x39) return false;
  }
  return true;
}

/**
 * Calls `visit` for each nomination row. Empty rows are skipped; hidden rows are skipped and reported
 * once (info); "Tổng cộng" rows are skipped; a row with a name but no award, or an award but no name,
 * gets a warning. A row with neither goes to `onBlank` (the individual list reads section titles there).
 */
export function forEachListRow(
  grid: SheetGrid,
  header: HeaderMatch,
  sink: FindingSink,
  visit: (row: ListRow) => void,
  onBlank?: (r: number) => void,
): void {
  const hidden: number[] = [];
  const reader = new RowCells(grid, header.row, header.columns, sink);
  const current = { r: 0, cells: reader, name: '', awardText: '' };
  for (let r = header.row + 1; r < grid.rowCount; r++) {
    if (grid.isEmptyRow(r)) continue;
    if (grid.isHiddenRow(r)) {
      hidden.push(r + 1);
      continue;
    }
    const cells = reader.moveTo(r);
    const name = cells.text('name');
    const awardText = cells.text('award', true);
    if (name === '' && awardText === '') {
      onBlank?.(r);
      continue;
    }
    if (isTotalRow(name)) continue;
    if (name === '') {
      sink.warning('NOMINATION_NO_NAME', { sheet: grid.name, cell: cells.addr('award') ?? undefined });
      continue;
    }
    if (awardText === '') {
      sink.warning('NOMINATION_NO_AWARD', { sheet: grid.name, cell: cells.addr('name') ?? undefined }, { name });
      continue;
    }
    current.r = r;
    current.name = name;
    current.awardText = awardText;
    visit(current);
  }
  if (hidden.length > 0) sink.info('NOMINATION_HIDDEN_ROWS', { sheet: grid.name }, { rows: hidden.join(', '), count: hidden.length });
}
