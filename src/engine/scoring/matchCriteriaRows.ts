/**
 * The criteria rows of a criteria-in-rows scoring sheet matched to the criteria sheet's table (SPEC §3.3):
 * each row's code (or title) names a criterion; rows naming none, maxima that differ and criteria no row
 * names are reported. The bloc sheets of a workbook are usually one template: the same criteria rows at
 * the same places. The result depends only on those cells, so it is worked out once per distinct set of
 * rows and reused (its findings made again for each sheet).
 */
import type { Criterion, CriteriaTable } from '../model';
import type { SheetGrid } from '../cells/grid';
import { FindingSink, type Finding } from '../findings/types';
import { cellAddress } from '../cells/address';
import { compare2 } from '../cells/values';
import { parseCriteriaRows } from '../criteria/parseCriteria';
import { CriteriaIndex, criteriaIndexOf } from '../criteria/criteriaIndex';
import type { CriteriaColumns } from '../criteria/columns';
import { dataCell } from './dataCell';

export interface MatchedRows {
  /** Criteria of the table in row order, with their 0-based sheet row. */
  readonly rows: readonly { readonly node: Criterion; readonly row: number }[];
  /** The typed "Tổng cộng" row, when there is one (0-based row). */
  readonly totalRow: { readonly row: number; readonly max: number | null } | null;
}

interface Cached extends MatchedRows {
  readonly cols: CriteriaColumns;
  readonly first: number;
  readonly headerRow: number;
  readonly signature: readonly unknown[];
  /** The findings made for the sheet it was worked out on. */
  readonly findings: readonly Finding[];
}

const EMPTY_ROW = {};
const cache = new WeakMap<CriteriaTable, Cached[]>();

/**
 * Everything the matching reads from the sheet, row by row from `first`: whether the row is empty or
 * hidden, and its code, content, max and type cells.
 */
function signatureOf(grid: SheetGrid, cols: CriteriaColumns, first: number): unknown[] {
  const out: unknown[] = [];
  const { code, content, max, type } = cols;
  for (let r = first; r < grid.rowCount; r++) {
    if (grid.isEmptyRow(r)) out.push(EMPTY_ROW);
    else {
      // A row without merge tails: its data cells are its own values (dataCell without a call per cell).
      const row = grid.ownRow(r);
      if (row === null) pushMergedRow(out, grid, r, cols);
      else
        out.push(grid.isHiddenRow(r), row[code] ?? null, row[content] ?? null, max === null ? null : (row[max] ?? null), type === null ? null : (row[type] ?? null));
    }
  }
  return out;
}

/** A signature's entries for a row that may hold merge tails (kept out of the loop: rare below a header). */
function pushMergedRow(out: unknown[], grid: SheetGrid, r: number, cols: CriteriaColumns): void {
  const { code, content, max, type } = cols;
  out.push(
    grid.isHiddenRow(r),
    dataCell(grid, r, code),
    dataCell(grid, r, content),
    max === null ? null : dataCell(grid, r, max),
    type === null ? null : dataCell(grid, r, type),
  );
}

function sameSignature(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Matches the rows from `first` to `external`; findings go to `sink` as the sheet's own. */
export function matchCriteriaRows(grid: SheetGrid, cols: CriteriaColumns, first: number, headerRow: number, external: CriteriaTable, sink: FindingSink): MatchedRows {
  const signature = signatureOf(grid, cols, first);
  let list = cache.get(external);
  if (!list) cache.set(external, (list = []));
  let hit = list.find((c) => c.first === first && c.headerRow === headerRow && c.cols.code === cols.code && c.cols.content === cols.content && c.cols.max === cols.max && c.cols.type === cols.type && sameSignature(c.signature, signature));
  if (!hit) {
    const own = new FindingSink();
    hit = { ...match(grid, cols, first, headerRow, external, own), cols, first, headerRow, signature, findings: own.items };
    if (list.length < 8) list.push(hit);
  }
  // Every finding of the matching is about this sheet (the first one made them with its name).
  for (const f of hit.findings) sink.add(f.code, f.severity, { sheet: grid.name, ...(f.cell !== undefined ? { cell: f.cell } : {}) }, f.params);
  return hit;
}

function match(grid: SheetGrid, cols: CriteriaColumns, first: number, headerRow: number, external: CriteriaTable, sink: FindingSink): MatchedRows {
  const local = parseCriteriaRows(grid, cols, first, sink, { report: false, reportHidden: true });
  const rows: { node: Criterion; row: number }[] = [];
  const index = criteriaIndexOf(external);
  let localIndex: CriteriaIndex | null = null;
  const used = new Set<Criterion>();
  for (const [row, ln] of rowOrder(local.byRow)) {
    const res = index.resolve(ln.key, ln.title);
    if (res === null || res === 'ambiguous') {
      if ((localIndex ??= new CriteriaIndex(local.table)).isLeaf(ln))
        sink.warning('SCORING_ROW_UNMATCHED', { sheet: grid.name, cell: cellAddress(row, cols.code) }, { code: ln.code, criteriaSheet: external.sheet, ambiguous: res === 'ambiguous' ? 1 : 0 });
      continue;
    }
    if (!index.isLeaf(res) || used.has(res)) continue;
    used.add(res);
    rows.push({ node: res, row });
    if (ln.max !== null && res.max !== null && compare2(ln.max, res.max) !== 0)
      sink.warning('SCORING_MAX_DIFFERS', { sheet: grid.name, cell: cellAddress(row, cols.max ?? cols.code) }, { code: res.code, here: ln.max, criteria: res.max, criteriaSheet: external.sheet });
  }
  const missing: Criterion[] = [];
  for (const l of external.leaves) if (!used.has(l)) missing.push(l);
  if (missing.length)
    sink.warning(
      'SCORING_CRITERION_MISSING',
      { sheet: grid.name, cell: cellAddress(headerRow, cols.code) },
      { codes: missing.slice(0, 10).map((l) => l.key).join(', '), count: missing.length, criteriaSheet: external.sheet },
    );
  return { rows, totalRow: local.totalRow };
}

/** The entries of a row map in row order (a parse adds them in row order: sorted only when it did not). */
function rowOrder<T>(byRow: ReadonlyMap<number, T>): Iterable<[number, T]> {
  let last = -Infinity;
  for (const row of byRow.keys()) {
    if (row < last) return [...byRow.entries()].sort((a, b) => a[0] - b[0]);
    last = row;
  }
  return byRow.entries();
}
