/**
 * The unit rows of the votes sheet (SPEC §3.5): rows without a `Họ và tên`. Each gives a unit's vote
 * for a title: the flag (Danh hiệu naming a Cờ), a Bằng khen, or any proposal when the title is empty.
 * Rows for other titles (e.g. Tập thể lao động xuất sắc) are left to the nominations stage.
 */
import type { FindingSink } from '../findings/types';
import type { VoteResult } from '../model';
import type { SheetGrid } from '../cells/grid';
import { cellAddress } from '../cells/address';
import { cellText } from '../cells/values';
import { foldKey } from '../cells/text';
import { phraseSet } from '../cells/phrases';
import { dataCell } from '../scoring/dataCell';
import { firstDataRow } from '../cells/columnNumbers';
import { readVoteCount, type VoteHeader } from './voteSheet';

export type VoteTitle = 'flag' | 'merit' | 'any';

export interface UnitVoteRow {
  readonly unit: string;
  readonly unitKey: string;
  /** The `Khối` cell, '' when absent. */
  readonly bloc: string;
  readonly title: VoteTitle;
  readonly vote: VoteResult;
  /** A1 address of the unit cell. */
  readonly cell: string;
}

const FLAG_WORDS = phraseSet(['cờ', 'cờ thi đua', 'dẫn đầu', 'suy tôn']);
const MERIT_WORDS = phraseSet(['bằng khen', 'bk']);

function titleOf(text: string): VoteTitle | null {
  if (!text) return 'any';
  if (FLAG_WORDS.contains(text)) return 'flag';
  if (MERIT_WORDS.contains(text)) return 'merit';
  return null;
}

export function readUnitVotes(grid: SheetGrid, h: VoteHeader, sink: FindingSink): UnitVoteRow[] {
  const out: UnitVoteRow[] = [];
  if (h.unit === null) return out;
  const hidden: number[] = [];
  for (let r = firstDataRow(grid, h.row); r < grid.rowCount; r++) {
    if (grid.isEmptyRow(r)) continue;
    if (h.person !== null && cellText(dataCell(grid, r, h.person))) continue;
    const unit = cellText(dataCell(grid, r, h.unit));
    if (!unit) continue;
    if (grid.isHiddenRow(r)) {
      hidden.push(r + 1);
      continue;
    }
    const title = titleOf(h.title === null ? '' : cellText(dataCell(grid, r, h.title)));
    if (!title) continue;
    const n = readVoteCount(grid, h, r);
    if (!n.ok) {
      const where = { sheet: grid.name, cell: cellAddress(r, n.col) };
      if (n.reason === 'over') sink.error('VOTE_MORE_THAN_TOTAL', where, { unit });
      else sink.warning('VOTE_BAD_NUMBER', where, { unit, value: cellText(dataCell(grid, r, n.col)) });
      continue;
    }
    out.push({
      unit,
      unitKey: foldKey(unit),
      bloc: h.bloc === null ? '' : cellText(dataCell(grid, r, h.bloc)),
      title,
      vote: { votesFor: n.votesFor, total: n.total, share: n.votesFor / n.total, sheet: grid.name, row: r + 1 },
      cell: cellAddress(r, h.unit),
    });
  }
  if (hidden.length) sink.info('ROWS_HIDDEN', { sheet: grid.name, cell: `A${hidden[0]}` }, { rows: hidden.join(', '), count: hidden.length });
  return out;
}
