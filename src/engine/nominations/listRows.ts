/**
 * Walking a nomination list (individual §3.6 or collective §3.7) under its header: the skipping rules are
 * the same for every list, so they live here once (`listRowKind`, `warnSkipped`, `reportHidden`): the
 * collective list walks with `forEachListRow`, the individual list with its own per-value reader
 * (./individualRows) on the same rules.
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
 * What a list does with a row, from its name and award texts: `blank` (neither: maybe a section title),
 * `total` ("Tổng cộng": skipped), `noName` / `noAward` (skipped with a warning), `nominee` (read).
 * `total` may be given when the caller knows it already (its reading of a name is shared).
 */
export type ListRowKind = 'blank' | 'total' | 'noName' | 'noAward' | 'nominee';

export function listRowKind(name: string, awardText: string, total?: boolean): ListRowKind {
  if (name === '' && awardText === '') return 'blank';
  if (total ?? isTotalRow(name)) return 'total';
  if (name === '') return 'noName';
  if (awardText === '') return 'noAward';
  return 'nominee';
}

/** The warning of a row skipped for a missing name or award, naming the other cell (when its column exists). */
export function warnSkipped(sink: FindingSink, sheet: string, kind: 'noName' | 'noAward', name: string, nameCell: string | null, awardCell: string | null): void {
  if (kind === 'noName') sink.warning('NOMINATION_NO_NAME', { sheet, cell: awardCell ?? undefined });
  else sink.warning('NOMINATION_NO_AWARD', { sheet, cell: nameCell ?? undefined }, { name });
}

/** Hidden rows are skipped and reported once per sheet (1-based row numbers). */
export function reportHidden(sink: FindingSink, sheet: string, hidden: readonly number[]): void {
  if (hidden.length > 0) sink.info('NOMINATION_HIDDEN_ROWS', { sheet }, { rows: hidden.join(', '), count: hidden.length });
}

/**
 * Calls `visit` for each nomination row. Empty rows are skipped; hidden rows are skipped and reported
 * once (info); "Tổng cộng" rows are skipped; a row with a name but no award, or an award but no name,
 * gets a warning. A row with neither is skipped (the collective list has no section titles).
 */
export function forEachListRow(
  grid: SheetGrid,
  header: HeaderMatch,
  sink: FindingSink,
  visit: (row: ListRow) => void,
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
    const kind = listRowKind(name, awardText);
    if (kind === 'noName' || kind === 'noAward') warnSkipped(sink, grid.name, kind, name, cells.addr('name'), cells.addr('award'));
    else if (kind === 'nominee') {
      current.r = r;
      current.name = name;
      current.awardText = awardText;
      visit(current);
    }
  }
  reportHidden(sink, grid.name, hidden);
}
