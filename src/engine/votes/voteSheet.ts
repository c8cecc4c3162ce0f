/**
 * Recognising a votes sheet (SPEC §3.5, `Suy tôn` / `Kết quả bỏ phiếu`): `Đơn vị` or `Họ và tên` |
 * `Khối` (units) | `Danh hiệu` | `Số phiếu đồng ý` | `Tổng số phiếu` or `Số thành viên`. A row with a
 * `Họ và tên` is a person's vote (read by the nominations stage); a row without one is a unit's vote.
 * Exported for the nominations stage, which reads the person rows of the same sheet.
 */
import type { SheetGrid } from '../cells/grid';
import { findHeaderRow, type ColumnSpec } from '../cells/headers';
import { readNumber } from '../cells/values';
import type { CellValue } from '../../workbook/snapshot';
import { dataCell } from '../scoring/dataCell';

export const VOTE_COLUMNS: readonly ColumnSpec[] = [
  { key: 'unit', aliases: ['Đơn vị', 'Tên đơn vị', 'Đơn vị công tác', 'Tập thể', 'Tên tập thể', 'Trường'] },
  { key: 'person', aliases: ['Họ và tên', 'Họ tên', 'Tên cá nhân', 'Họ và tên cá nhân'] },
  { key: 'bloc', aliases: ['Khối', 'Cụm', 'Khối thi đua', 'Cụm thi đua'] },
  { key: 'title', aliases: ['Danh hiệu', 'Danh hiệu đề nghị', 'Danh hiệu suy tôn', 'Hình thức', 'Hình thức khen thưởng', 'Hình thức đề nghị', 'Nội dung suy tôn'] },
  {
    key: 'votesFor',
    aliases: ['Số phiếu đồng ý', 'Phiếu đồng ý', 'Đồng ý', 'Số phiếu tán thành', 'Tán thành', 'Số phiếu', 'Số phiếu bầu', 'Số phiếu suy tôn', 'Số phiếu đạt'],
    required: true,
  },
  { key: 'total', aliases: ['Tổng số phiếu', 'Tổng số phiếu phát ra', 'Số phiếu phát ra', 'Tổng số phiếu hợp lệ', 'Số phiếu hợp lệ', 'Tổng phiếu'] },
  { key: 'members', aliases: ['Số thành viên', 'Số thành viên Hội đồng', 'Tổng số thành viên', 'Số thành viên tham dự', 'Số người bỏ phiếu', 'Số đại biểu'] },
];

export interface VoteHeader {
  /** 0-based header row. */
  readonly row: number;
  readonly unit: number | null;
  readonly person: number | null;
  readonly bloc: number | null;
  readonly title: number | null;
  readonly votesFor: number;
  readonly total: number | null;
  readonly members: number | null;
}

/** The votes table's header, or null when the sheet has no `Số phiếu đồng ý` column with a name column. */
export function findVoteHeader(grid: SheetGrid): VoteHeader | null {
  const h = findHeaderRow(grid, VOTE_COLUMNS);
  if (!h) return null;
  const c = h.columns;
  if (c.unit === undefined && c.person === undefined) return null;
  if (c.total === undefined && c.members === undefined) return null;
  return {
    row: h.row,
    unit: c.unit ?? null,
    person: c.person ?? null,
    bloc: c.bloc ?? null,
    title: c.title ?? null,
    votesFor: c.votesFor!,
    total: c.total ?? null,
    members: c.members ?? null,
  };
}

export type VoteCount =
  | { readonly ok: true; readonly votesFor: number; readonly total: number }
  | { readonly ok: false; readonly reason: 'bad' | 'empty' | 'over'; readonly col: number };

function count(v: CellValue): number | null | 'empty' {
  const n = readNumber(v);
  if (n.kind === 'empty') return 'empty';
  return n.kind === 'number' && n.value >= 0 && Number.isInteger(n.value) ? n.value : null;
}

/**
 * The votes of row `r`: for, and the denominator — when both `Tổng số phiếu` and `Số thành viên` are
 * given, the larger (the stricter reading; the law counts CSTĐ votes against the council's members).
 */
export function readVoteCount(grid: SheetGrid, h: VoteHeader, r: number): VoteCount {
  const f = count(dataCell(grid, r, h.votesFor));
  if (f === 'empty') return { ok: false, reason: 'empty', col: h.votesFor };
  if (f === null) return { ok: false, reason: 'bad', col: h.votesFor };
  let total: number | null = null;
  let totalCol = h.total ?? h.members!;
  for (const c of [h.total, h.members]) {
    if (c === null) continue;
    const t = count(dataCell(grid, r, c));
    if (t === 'empty') continue;
    if (t === null || t === 0) return { ok: false, reason: 'bad', col: c };
    if (total === null || t > total) {
      total = t;
      totalCol = c;
    }
  }
  if (total === null) return { ok: false, reason: 'empty', col: totalCol };
  if (f > total) return { ok: false, reason: 'over', col: h.votesFor };
  return { ok: true, votesFor: f, total };
}
