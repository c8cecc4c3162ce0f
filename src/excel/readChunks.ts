/**
 * Reading what did not fit in one response: values of large used ranges, by rows, and the hidden-row
 * flags of sheets that have some. Pieces are packed so each sync stays under the budget; a sync that
 * Excel still refuses is retried piece by piece, then by halves.
 */
import type { CellValue } from '../workbook/snapshot';
import { fromOffice } from './cellValues';
import { errorCode } from './errors';
import { jsonBytes } from './budget';
import { PIECE_ENVELOPE_BYTES, RANGE_CELL_LIMIT, READ_BYTES_PER_CELL, READ_MARGIN, READ_SYNC_BYTES, ROW_PROPERTIES_BYTES, SYNC_BUDGET_BYTES } from './limits';

/** A sheet's used range as the reader knows it after the size sync. */
export interface UsedArea {
  readonly sheet: Excel.Worksheet;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

interface Piece {
  readonly area: UsedArea;
  readonly start: number;
  readonly count: number;
}

/** Excel's answer when a request, a response or a range is over its limits. */
export function isTooLarge(e: unknown): boolean {
  const code = errorCode(e);
  if (['ResponsePayloadSizeLimitExceeded', 'RequestPayloadSizeLimitExceeded', 'RangeExceedsLimit', 'OperationCellsExceedLimit'].includes(code)) return true;
  return /payload size|exceed(s|ed)? the limit/i.test(e instanceof Error ? e.message : String(e));
}

/** Row pieces of each area, `bytesPerRow(area)` each, packed into groups that fit one sync. */
function planGroups(areas: readonly UsedArea[], bytesPerRow: (a: UsedArea) => number, cellsPerRow: (a: UsedArea) => number): Piece[][] {
  const groups: Piece[][] = [];
  let group: Piece[] = [];
  let used = 0;
  for (const area of areas) {
    const rowBytes = Math.max(1, bytesPerRow(area));
    const perPiece = Math.max(1, Math.min(Math.floor(SYNC_BUDGET_BYTES / rowBytes), Math.floor(RANGE_CELL_LIMIT / Math.max(1, cellsPerRow(area)))));
    for (let start = 0; start < area.rows; start += perPiece) {
      const count = Math.min(perPiece, area.rows - start);
      const bytes = count * rowBytes;
      if (group.length > 0 && used + bytes > SYNC_BUDGET_BYTES) {
        groups.push(group);
        group = [];
        used = 0;
      }
      group.push({ area, start, count });
      used += bytes;
    }
  }
  if (group.length) groups.push(group);
  return groups;
}

/**
 * Runs one group in one sync; when Excel refuses it as too large, retries its pieces one by one, and a
 * single piece in two halves. `queue` queues the loads of a piece and returns how to collect them.
 */
async function runGroup(context: Excel.RequestContext, group: readonly Piece[], queue: (p: Piece) => () => void): Promise<void> {
  const collect = group.map(queue);
  try {
    await context.sync();
  } catch (e) {
    if (!isTooLarge(e)) throw e;
    if (group.length > 1) {
      for (const p of group) await runGroup(context, [p], queue);
      return;
    }
    const p = group[0]!;
    if (p.count <= 1) throw e;
    const half = Math.ceil(p.count / 2);
    await runGroup(context, [{ ...p, count: half }], queue);
    await runGroup(context, [{ ...p, start: p.start + half, count: p.count - half }], queue);
    return;
  }
  for (const c of collect) c();
}

async function runGroups(context: Excel.RequestContext, groups: readonly Piece[][], queue: (p: Piece) => () => void): Promise<void> {
  for (const g of groups) await runGroup(context, g, queue);
}

/**
 * Values of each area by rows (relative to the area), one sync per response of up to READ_SYNC_BYTES.
 * The first sync is packed at READ_BYTES_PER_CELL; each next one at the size per cell measured so far
 * (plus READ_MARGIN), so a uniform workbook fills its responses and none is refused.
 */
export async function readValuesInChunks(context: Excel.RequestContext, areas: readonly UsedArea[]): Promise<Map<UsedArea, CellValue[][]>> {
  const out = new Map<UsedArea, CellValue[][]>(areas.map((a) => [a, new Array<CellValue[]>(a.rows)]));
  // Bytes and cells read so far, per area and in all.
  const seen = new Map<UsedArea | null, { bytes: number; cells: number }>();
  const note = (k: UsedArea | null, bytes: number, cells: number): void => {
    const m = seen.get(k) ?? { bytes: 0, cells: 0 };
    m.bytes += bytes;
    m.cells += cells;
    seen.set(k, m);
  };
  const perCell = (a: UsedArea): number => {
    const own = seen.get(a);
    if (own && own.cells > 0) return Math.max(1, (own.bytes / own.cells) * (1 + READ_MARGIN));
    const all = seen.get(null);
    return Math.max(READ_BYTES_PER_CELL, all && all.cells > 0 ? (all.bytes / all.cells) * (1 + READ_MARGIN) : 0);
  };
  const queue = (p: Piece): (() => void) => {
    const whole = p.start === 0 && p.count === p.area.rows;
    const range = whole ? p.area.sheet.getUsedRange(true) : p.area.sheet.getRangeByIndexes(p.area.row + p.start, p.area.col, p.count, p.area.cols);
    range.load('values');
    return () => {
      const rows = out.get(p.area)!;
      const values = range.values;
      const bytes = jsonBytes(values);
      note(p.area, bytes, p.count * p.area.cols);
      note(null, bytes, p.count * p.area.cols);
      values.forEach((r, i) => (rows[p.start + i] = r.map(fromOffice)));
    };
  };
  let ai = 0;
  let row = 0;
  while (ai < areas.length) {
    const group: Piece[] = [];
    let room = READ_SYNC_BYTES;
    while (ai < areas.length && room > 0) {
      const a = areas[ai]!;
      const rowBytes = Math.max(1, a.cols * perCell(a)) + 1;
      const fit = Math.min(Math.floor(room / rowBytes), Math.floor(RANGE_CELL_LIMIT / Math.max(1, a.cols)), a.rows - row);
      if (fit < 1 && group.length > 0) break;
      const count = Math.max(1, fit);
      group.push({ area: a, start: row, count });
      room -= count * rowBytes + PIECE_ENVELOPE_BYTES;
      row += count;
      if (row >= a.rows) {
        ai++;
        row = 0;
      }
    }
    await runGroup(context, group, queue);
  }
  return out;
}

/** 0-based sheet rows that are hidden, per area (ExcelApi 1.9 row properties of the area's first column). */
export async function readHiddenRows(context: Excel.RequestContext, areas: readonly UsedArea[]): Promise<Map<UsedArea, number[]>> {
  const out = new Map<UsedArea, number[]>(areas.map((a) => [a, []]));
  const groups = planGroups(areas, () => ROW_PROPERTIES_BYTES, () => 1);
  await runGroups(context, groups, (p) => {
    const props = p.area.sheet.getRangeByIndexes(p.area.row + p.start, p.area.col, p.count, 1).getRowProperties({ rowHidden: true });
    return () => {
      const hidden = out.get(p.area)!;
      props.value.forEach((rp, i) => {
        if (rp.rowHidden) hidden.push(p.area.row + p.start + i);
      });
    };
  });
  for (const list of out.values()) list.sort((a, b) => a - b);
  return out;
}
