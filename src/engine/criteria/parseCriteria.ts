/**
 * Reads a criteria table (SPEC §3.2) from its rows: the hierarchy comes from the codes (I, II groups;
 * 1, 2; 1.1; a, b under the previous numbered line), only leaves are scored, types are inherited from
 * group titles, the scale is Σ max of the Chuẩn leaves. Used for the criteria sheet and for the criteria
 * part of a criteria-in-rows scoring sheet. `report: false` reads silently (the rows of a scoring sheet
 * that only repeat a criteria sheet).
 */
import type { Criterion, CriteriaTable, CriterionType } from '../model';
import type { FindingSink } from '../findings/types';
import type { SheetGrid } from '../cells/grid';
import { cellAddress } from '../cells/address';
import { cellText, readNumber } from '../cells/values';
import { looseKey } from '../cells/text';
import { codeRank, parseCode, type ParsedCode } from './codes';
import type { CriteriaColumns } from './columns';
import { parseCriterionType, typeFromTitle } from './criterionType';
import { validateCriteria } from './validateCriteria';
import { dataCell } from '../scoring/dataCell';

export interface CriteriaDraft {
  readonly code: ParsedCode;
  key: string;
  readonly title: string;
  readonly max: number | null;
  /** The max cell held text that is not a number ("trừ 1 điểm/lần"). */
  readonly maxText: string;
  readonly explicitType: CriterionType | null;
  readonly children: CriteriaDraft[];
  readonly parent: CriteriaDraft | null;
  /** 0-based sheet row. */
  readonly row: number;
  readonly level: number;
  readonly rank: number;
}

export interface CriteriaParse {
  readonly table: CriteriaTable;
  /** The typed "Tổng cộng" row, when there is one (0-based row). */
  readonly totalRow: { readonly row: number; readonly max: number | null } | null;
  /** Every node by its 0-based sheet row. */
  readonly byRow: ReadonlyMap<number, Criterion>;
}

export interface CriteriaParseOptions {
  readonly report: boolean;
  /** Report hidden rows even when `report` is false (defaults to `report`). */
  readonly reportHidden?: boolean;
  /** Last row (exclusive) to read; defaults to the end of the sheet. */
  readonly endRow?: number;
}

const MAX_IN_TEXT = /^(?:tối đa|toi da|max)?\s*(\d+(?:[.,]\d+)?)\s*(?:điểm|diem|đ|d)?$/i;

function isTotalLabel(text: string): boolean {
  const k = looseKey(text);
  return k === 'tong' || k === 'cong' || k === 'cong diem' || /^(tong cong|tong diem|tong so diem)( |$)/.test(k);
}

function readMax(grid: SheetGrid, r: number, c: number | null, sink: FindingSink, report: boolean): { max: number | null; text: string } {
  if (c === null) return { max: null, text: '' };
  const v = dataCell(grid, r, c);
  if (typeof v === 'number' && v >= 0 && v <= Number.MAX_VALUE) return { max: v, text: '' }; // readNumber's plain number
  const n = readNumber(v);
  const where = (): { sheet: string; cell: string } => ({ sheet: grid.name, cell: cellAddress(r, c) });
  switch (n.kind) {
    case 'empty':
      return { max: null, text: '' };
    case 'number':
      if (n.value < 0) {
        if (report) sink.warning('CRITERIA_BAD_MAX', where(), { value: cellText(v) });
        return { max: null, text: '' };
      }
      return { max: n.value, text: '' };
    case 'error':
      if (report) sink.error('CELL_FORMULA_ERROR', where(), { error: n.error });
      return { max: null, text: '' };
    case 'ambiguous':
      if (report) sink.warning('CELL_NUMBER_AMBIGUOUS', where(), { text: n.text, asDecimal: n.asDecimal, asThousands: n.asThousands });
      return { max: null, text: '' };
    case 'text': {
      const m = MAX_IN_TEXT.exec(n.text);
      if (m) return { max: Number(m[1]!.replace(',', '.')), text: '' };
      return { max: null, text: n.text };
    }
  }
}

/** Reads rows firstRow.. of `grid` with the given columns into a criteria table. */
export function parseCriteriaRows(grid: SheetGrid, cols: CriteriaColumns, firstRow: number, sink: FindingSink, opts: CriteriaParseOptions): CriteriaParse {
  const report = opts.report;
  const end = Math.min(opts.endRow ?? grid.rowCount, grid.rowCount);
  const roots: CriteriaDraft[] = [];
  const stack: CriteriaDraft[] = [];
  /** Rows per key: how many, and the first one's row (its address is only needed for a duplicate). */
  const keys = new Map<string, { count: number; row: number }>();
  const hidden: number[] = [];
  let totalRow: CriteriaParse['totalRow'] = null;

  for (let r = firstRow; r < end; r++) {
    if (grid.isEmptyRow(r)) continue;
    if (grid.isHiddenRow(r)) {
      hidden.push(r + 1);
      continue;
    }
    const codeRaw = dataCell(grid, r, cols.code);
    const code = parseCode(codeRaw);
    const title = cellText(dataCell(grid, r, cols.content));
    if (!code) {
      const codeLabel = cellText(codeRaw);
      if (isTotalLabel(codeLabel) || (!codeLabel && isTotalLabel(title))) {
        totalRow = { row: r, max: readMax(grid, r, cols.max, sink, report).max };
        continue;
      }
      if (report && cols.max !== null && readNumber(dataCell(grid, r, cols.max)).kind === 'number')
        sink.warning('CRITERIA_ROW_NO_CODE', { sheet: grid.name, cell: cellAddress(r, cols.code) }, { title: title || codeLabel });
      continue;
    }
    const { max, text: maxText } = readMax(grid, r, cols.max, sink, report);
    let explicitType: CriterionType | null = null;
    if (cols.type !== null) {
      const typeText = cellText(dataCell(grid, r, cols.type));
      const t = parseCriterionType(typeText);
      if (t === null && report) sink.warning('CRITERIA_BAD_TYPE', { sheet: grid.name, cell: cellAddress(r, cols.type) }, { value: typeText });
      explicitType = t ?? null;
    }
    const rank = codeRank(code);
    while (stack.length && stack[stack.length - 1]!.rank >= rank) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    const node: CriteriaDraft = {
      code,
      key: draftKey(code, parent),
      title,
      max,
      maxText,
      explicitType,
      children: [],
      parent,
      row: r,
      level: code.kind === 'number' ? code.depth : code.kind === 'letter' ? Math.max(3, (parent?.level ?? 2) + 1) : 0,
      rank,
    };
    const seen = keys.get(node.key);
    if (seen) {
      seen.count++;
      if (report) sink.warning('CRITERIA_DUPLICATE_CODE', { sheet: grid.name, cell: cellAddress(r, cols.code) }, { code: code.code, first: cellAddress(seen.row, cols.code) });
      node.key = `${node.key}#${seen.count}`;
    } else keys.set(node.key, { count: 1, row: r });
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  }
  if ((opts.reportHidden ?? report) && hidden.length)
    sink.info('ROWS_HIDDEN', { sheet: grid.name, cell: `A${hidden[0]}` }, { rows: hidden.join(', '), count: hidden.length });

  const byRow = new Map<number, Criterion>();
  const leaves: Criterion[] = [];
  const frozenRoots = roots.map((d) => freeze(d, null, grid.name, byRow, leaves));
  let scale = 0;
  for (const l of leaves) if (l.type === 'CHUAN' && l.max !== null) scale += l.max;
  scale = Math.round(scale * 100) / 100;
  const table: CriteriaTable = { sheet: grid.name, roots: frozenRoots, leaves, scale };
  if (report) {
    const maxTexts = new Map<number, string>();
    const walk = (d: CriteriaDraft): void => {
      if (d.maxText) maxTexts.set(d.row + 1, d.maxText);
      d.children.forEach(walk);
    };
    roots.forEach(walk);
    validateCriteria(table, totalRow, maxTexts, { sheet: grid.name, codeCol: cols.code, maxCol: cols.max, headerRow: firstRow - 1 }, sink);
  }
  return { table, totalRow, byRow };
}

/** "II" / "II.3" / "II.3.1" / "II.3.1.a": numbers carry their own path, letters extend their parent's. */
function draftKey(code: ParsedCode, parent: CriteriaDraft | null): string {
  if (code.kind === 'letter') return parent ? `${parent.key}.${code.code}` : code.code;
  if (code.kind === 'number') {
    let g = parent;
    while (g && g.code.kind !== 'roman' && g.code.kind !== 'upper') g = g.parent;
    return g ? `${g.key}.${code.code}` : code.code;
  }
  return parent ? `${parent.key}.${code.code}` : code.code;
}

function isGroupLike(d: CriteriaDraft): boolean {
  return d.children.length > 0 || d.code.kind === 'roman' || d.code.kind === 'upper';
}

/** True for a group line (Roman or capital) with neither children nor a maximum: nothing to score. */
export function isEmptyGroup(d: Pick<CriteriaDraft, 'children' | 'code' | 'max'>): boolean {
  return d.children.length === 0 && (d.code.kind === 'roman' || d.code.kind === 'upper') && d.max === null;
}

function freeze(d: CriteriaDraft, inherited: CriterionType | null, sheet: string, byRow: Map<number, Criterion>, leaves: Criterion[]): Criterion {
  const hint = d.explicitType ?? (isGroupLike(d) ? typeFromTitle(d.title) : null) ?? inherited;
  const type: CriterionType = hint ?? 'CHUAN';
  const isLeaf = d.children.length === 0 && !isEmptyGroup(d);
  // Leaves are pushed before children are frozen so the order stays the sheet's order.
  const children: Criterion[] = [];
  const node: Criterion = { code: d.code.code, key: d.key, title: d.title, max: d.max, type, level: d.level, children, sheet, row: d.row + 1 };
  byRow.set(d.row, node);
  if (isLeaf) leaves.push(node);
  for (const c of d.children) children.push(freeze(c, hint, sheet, byRow, leaves));
  return node;
}
