/**
 * Person rows of the votes sheet (SPEC §3.5): a row with a `Họ và tên` is a person's vote, its `Đơn vị`
 * that person's unit. Unit rows (no name) belong to the bloc stage and are skipped here.
 */
import type { SheetGrid } from '../cells/grid';
import type { HeaderMatch } from '../cells/headers';
import { cleanText } from '../cells/text';
import { readNumber } from '../cells/values';
import type { FindingSink } from '../findings/types';
import type { PersonVote } from './types';
import { parseAward } from './vocab/awards';
import { RowCells } from './rowCells';

export function readPersonVotes(grid: SheetGrid, header: HeaderMatch, sink: FindingSink): PersonVote[] {
  const out: PersonVote[] = [];
  if (header.columns.name === undefined) return out;
  for (let r = header.row + 1; r < grid.rowCount; r++) {
    if (grid.isEmptyRow(r) || grid.isHiddenRow(r)) continue;
    const cells = new RowCells(grid, r, header.columns, sink);
    const name = cells.text('name');
    if (name === '') continue;
    const votesFor = readNumber(cells.value('votesFor'));
    const total = readNumber(cells.value('total'));
    const cell = cells.addr('votesFor')!;
    if (votesFor.kind !== 'number' || total.kind !== 'number' || total.value <= 0 || votesFor.value < 0 || votesFor.value > total.value) {
      sink.warning('VOTE_ROW_INVALID', { sheet: grid.name, cell }, { name });
      continue;
    }
    const awardText = cells.text('award');
    const award = awardText === '' ? null : parseAward(awardText);
    if (awardText !== '' && award === null) {
      sink.warning('VOTE_ROW_INVALID', { sheet: grid.name, cell: cells.addr('award')! }, { name, text: awardText });
      continue;
    }
    out.push({
      sheet: grid.name,
      row: r,
      name: cleanText(name),
      unit: cells.text('unit'),
      award,
      votesFor: votesFor.value,
      total: total.value,
      share: votesFor.value / total.value,
      cell,
    });
  }
  return out;
}
