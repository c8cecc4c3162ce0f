/** Reads the collective nominations sheet (SPEC §3.7) into CollectiveRow values. */
import type { SheetGrid } from '../cells/grid';
import type { HeaderMatch } from '../cells/headers';
import { cleanText } from '../cells/text';
import type { FindingSink } from '../findings/types';
import type { CollectiveRow } from './types';
import { parseAwardList } from './vocab/awards';
import { parseRating } from './vocab/ratings';
import { forEachListRow } from './listRows';

export function readCollectiveSheet(grid: SheetGrid, header: HeaderMatch, sink: FindingSink): CollectiveRow[] {
  const rows: CollectiveRow[] = [];
  forEachListRow(grid, header, sink, ({ r, cells, name, awardText }) => {
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
  });
  return rows;
}
