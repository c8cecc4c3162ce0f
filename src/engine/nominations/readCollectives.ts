/** Reads the collective nominations sheet (SPEC §3.7) into CollectiveRow values. */
import type { SheetGrid } from '../cells/grid';
import type { HeaderMatch } from '../cells/headers';
import { cleanText, looseKey } from '../cells/text';
import type { FindingSink } from '../findings/types';
import type { CollectiveRow } from './types';
import { parseAwardList } from './vocab/awards';
import { parseRating } from './vocab/ratings';
import { RowCells } from './rowCells';

export function readCollectiveSheet(grid: SheetGrid, header: HeaderMatch, sink: FindingSink): CollectiveRow[] {
  const rows: CollectiveRow[] = [];
  const hidden: number[] = [];
  for (let r = header.row + 1; r < grid.rowCount; r++) {
    if (grid.isEmptyRow(r)) continue;
    if (grid.isHiddenRow(r)) {
      hidden.push(r + 1);
      continue;
    }
    const cells = new RowCells(grid, r, header.columns, sink);
    const name = cells.text('name');
    const awardText = cells.text('award', true);
    if (name === '' && awardText === '') continue;
    if (/^(tong|cong)\b/.test(looseKey(name))) continue;
    if (name === '') {
      sink.warning('NOMINATION_NO_NAME', { sheet: grid.name, cell: cells.addr('award') ?? undefined });
      continue;
    }
    if (awardText === '') {
      sink.warning('NOMINATION_NO_AWARD', { sheet: grid.name, cell: cells.addr('name') ?? undefined }, { name });
      continue;
    }
    const awards = parseAwardList(awardText);
    rows.push({
      sheet: grid.name,
      row: r,
      nameCell: cells.addr('name')!,
      name: cleanText(name),
      unit: cells.text('unit'),
      unitCell: cells.addr('unit'),
      awards: awards.awards,
      unknownAwards: awards.unknown,
      awardCell: cells.addr('award')!,
      rating: { read: parseRating(cells.text('rating')), cell: cells.addr('rating') },
      members: { read: cells.count('members'), cell: cells.addr('members') },
      ldtt: { read: cells.count('ldtt'), cell: cells.addr('ldtt') },
      cstdcs: { read: cells.count('cstdcs'), cell: cells.addr('cstdcs') },
      completed: { read: cells.count('completed'), cell: cells.addr('completed') },
      disciplined: { read: cells.count('disciplined'), cell: cells.addr('disciplined') },
    });
  }
  if (hidden.length > 0) sink.info('NOMINATION_HIDDEN_ROWS', { sheet: grid.name }, { rows: hidden.join(', '), count: hidden.length });
  return rows;
}
