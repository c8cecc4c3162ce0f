/**
 * One unit's scores (SPEC §4.1): per item the authoritative score is the bloc score when the sheet has a
 * bloc column for the unit, else the self score; an empty bloc score falls back to the self score with a
 * warning. base / bonus / deduction / total, the veto, the self total and the self-vs-bloc gap. Invalid
 * cells count as 0 and mark the unit (its ranking is provisional, it gets no proposal).
 */
import type { GroupScore } from '../model';
import type { FindingSink } from '../findings/types';
import { cellAddress, rangeAddress } from '../cells/address';
import { compare2, readNumber, round2 } from '../cells/values';
import { dataCell } from './dataCell';
import { aggregateInto, groupScores, type AggregationPlan } from './aggregate';
import { PASS_ANY, PASS_BLOC_FILLED, PASS_SLOW, readPlainScores } from './plainScores';
import { sheetPass, UNIT_LONG_WAY, UNIT_NO_SCORE, UNIT_SUMMED } from './sheetPass';
import { isInvalid, readScoreCell, type ScoreRead, type ScoreReadContext } from './readScoreCell';
import { NO_COL, SAMPLE_GROUP_SCORE, type ScoringSheet, type UnitInput } from './types';
import { settleFieldKinds } from './fieldKinds';

export interface UnitScore {
  readonly base: number;
  readonly bonus: number;
  readonly deduction: number;
  readonly total: number;
  readonly selfTotal: number | null;
  readonly groups: readonly GroupScore[];
  readonly vetoed: boolean;
  readonly vetoCodes: readonly string[];
  /** Addresses of cells whose value could not be trusted (counted as 0). */
  readonly invalidCells: readonly string[];
  /** Number of items where an empty bloc score fell back to the self score. */
  readonly selfUsed: number;
  /** |self total − total| when it exceeds the warning threshold, else null. */
  readonly gap: number | null;
}

/** The empty list of a unit with no veto or invalid cell: shared (read only), made once. */
const NONE: readonly string[] = [];

/** Made by a constructor, fields in UnitScore's order: one per unit, all kept (see ScoreCellsRecord). */
class UnitScoreRecord implements UnitScore {
  constructor(
    readonly base: number,
    readonly bonus: number,
    readonly deduction: number,
    readonly total: number,
    readonly selfTotal: number | null,
    readonly groups: readonly GroupScore[],
    readonly vetoed: boolean,
    readonly vetoCodes: readonly string[],
    readonly invalidCells: readonly string[],
    readonly selfUsed: number,
    readonly gap: number | null,
  ) {}
}

// Fractional totals, null and a number for selfTotal and gap, empty and filled lists (see fieldKinds.ts).
settleFieldKinds(
  new UnitScoreRecord(0.5, 0.5, 0.5, 0.5, null, [], false, [], [], 0, null),
  new UnitScoreRecord(0.5, 0.5, 0.5, 0.5, 0.5, [SAMPLE_GROUP_SCORE], true, [''], [''], 1, 0.5),
);

export interface ComputeContext {
  readonly sink: FindingSink;
  readonly plan: AggregationPlan;
  /** Gap (points) above which the self-vs-bloc difference is reported. */
  readonly gapThreshold: number;
}

/**
 * Scratch of the computation, reused from unit to unit (a bloc sheet has tens of units, a workbook
 * thousands): item values, self values, the items left to the long way, per-root sums. Nothing here
 * outlives a call.
 */
const scratch = { values: new Float64Array(64), selfValues: new Float64Array(64), slow: new Int32Array(64), roots: new Float64Array(48), selfRoots: new Float64Array(48) };
const pass = new Int32Array(3);
const totals = new Float64Array(3);
const selfTotals = new Float64Array(3);

function prepareScratch(items: number, roots: number): void {
  if (scratch.values.length < items) {
    scratch.values = new Float64Array(items);
    scratch.selfValues = new Float64Array(items);
    scratch.slow = new Int32Array(items);
  } else {
    scratch.values.fill(0, 0, items);
    scratch.selfValues.fill(0, 0, items);
  }
  if (scratch.roots.length < 3 * roots) {
    scratch.roots = new Float64Array(3 * roots);
    scratch.selfRoots = new Float64Array(3 * roots);
  }
}

/** What the items read the long way found: findings wait for the whole unit, in this order. */
interface SlowState {
  readonly invalid: string[];
  readonly vetoCodes: string[];
  blocEmpty: { r: number; c: number; code: string; self: number }[] | null;
  blocFilled: number;
  any: boolean;
  emptyChuan: number;
  firstEmpty: string;
  /** A self cell that cannot be read: the self total is not a number to compare. */
  selfInvalid: boolean;
}

/** Item i read cell by cell (readScoreCell): text, empty cells, values out of range, vetoes. */
function readSlowItem(sheet: ScoringSheet, unit: UnitInput, i: number, rc: ScoreReadContext, plan: AggregationPlan, st: SlowState): void {
  const { rows, self: selfCols, bloc: blocCols, main: mainCols } = unit.cells;
  const { values, selfValues } = scratch;
  const r = rows[i]!;
  const blocCol = blocCols[i]!;
  const selfCol = selfCols[i]!;
  const mainCol = blocCol !== NO_COL ? blocCol : mainCols[i]!;
  const node = sheet.items[i]!.node;
  const max = plan.itemMax[i] ?? null;
  const mainRead: ScoreRead | undefined = mainCol !== NO_COL ? readScoreCell(rc, r, mainCol, node, true, max) : undefined;
  // The self score is authoritative when it is the only score, or when the bloc score is empty.
  const selfAuth = mainRead === undefined || (blocCol !== NO_COL && mainRead === null);
  const self: ScoreRead | undefined = selfCol !== NO_COL ? readScoreCell(rc, r, selfCol, node, selfAuth, max) : undefined;
  if (self !== undefined && self !== null && !isInvalid(self)) selfValues[i] = self;
  else if (self !== undefined && self !== null) st.selfInvalid = true;
  if ((self !== undefined && self !== null) || (mainRead !== undefined && mainRead !== null)) st.any = true;
  let auth = mainRead !== undefined ? mainRead : self;
  let authCol = mainCol !== NO_COL ? mainCol : selfCol;
  if (blocCol !== NO_COL && mainRead !== null) st.blocFilled++;
  if (blocCol !== NO_COL && mainRead === null && self !== undefined && self !== null) {
    if (!isInvalid(self)) (st.blocEmpty ??= []).push({ r, c: blocCol, code: node.key, self });
    auth = self;
    authCol = selfCol;
  }
  if (auth === undefined || auth === null) {
    if (node.type === 'CHUAN') {
      st.emptyChuan++;
      if (!st.firstEmpty && authCol !== NO_COL) st.firstEmpty = cellAddress(r, authCol);
    }
    return;
  }
  if (isInvalid(auth)) {
    st.invalid.push(cellAddress(r, authCol));
    return;
  }
  values[i] = auth;
  if (node.type === 'LIET' && auth === 1) {
    st.vetoCodes.push(node.key);
    rc.sink.warning('SCORE_VETO', { sheet: rc.grid.name, cell: cellAddress(r, authCol) }, { unit: unit.name, code: node.key });
  }
}

/** Null when the unit has no score at all (an unused column or row). */
export function computeUnit(sheet: ScoringSheet, unit: UnitInput, ctx: ComputeContext): UnitScore | null {
  const p = sheetPass(sheet, ctx.plan);
  const k = p.index.get(unit);
  const state = k === undefined ? UNIT_LONG_WAY : p.state[k]!;
  if (state === UNIT_NO_SCORE) return null;
  if (state === UNIT_SUMMED) {
    const r = 3 * ctx.plan.roots.length * k!;
    return finishUnit(sheet, unit, ctx, null, p.totals, p.roots, p.selfTotals, p.selfRoots, 3 * k!, r);
  }
  return computeLongWay(sheet, unit, ctx);
}

/** A unit with cells the fast pass left (or a capped group): cell by cell, findings as they come. */
function computeLongWay(sheet: ScoringSheet, unit: UnitInput, ctx: ComputeContext): UnitScore | null {
  const { grid, items } = sheet;
  const { sink, plan } = ctx;
  const n = items.length;
  prepareScratch(n, plan.roots.length);
  const { values, selfValues, slow, roots, selfRoots } = scratch;
  const tails = grid.tailRows();
  readPlainScores([unit.cells], n, plan, grid.sheet.values, tails.first, tails.last, values, selfValues, slow, pass);
  // The items the fast pass left, in item order: every finding of a unit's cells comes from here.
  const slowCount = pass[PASS_SLOW]!;
  const st: SlowState | null = slowCount > 0 ? { invalid: [], vetoCodes: [], blocEmpty: null, blocFilled: pass[PASS_BLOC_FILLED]!, any: pass[PASS_ANY] === 1, emptyChuan: 0, firstEmpty: '', selfInvalid: false } : null;
  if (st) {
    const rc: ScoreReadContext = { grid, sink, unit: unit.name, scale: sheet.criteria.scale };
    for (let k = 0; k < slowCount; k++) readSlowItem(sheet, unit, slow[k]!, rc, plan, st);
    if (!st.any) return null;
    reportSlowItems(grid.name, unit.name, st, sink);
  } else if (pass[PASS_ANY] !== 1) return null;

  // Group caps are rare: the sums are made silently, then again with the findings when one applied.
  if (aggregateInto(plan, items, values, null, totals, roots) > 0) {
    const nameCell = cellAddress(unit.nameCell.r, unit.nameCell.c);
    aggregateInto(plan, items, values, (node, sum) => sink.info('SCORE_GROUP_CAPPED', { sheet: grid.name, cell: nameCell }, { unit: unit.name, code: node.key, sum, max: node.max ?? '' }), totals, roots);
  }
  if (unit.hasSelf) aggregateInto(plan, items, selfValues, null, selfTotals, selfRoots);
  return finishUnit(sheet, unit, ctx, st, totals, roots, selfTotals, selfRoots, 0, 0);
}

/**
 * Totals, groups and the self-vs-bloc gap from a unit's sums: totals at totalsAt of `totals` (and of
 * `selfTotals`), root sums at rootsAt of `roots` (and of `selfRoots`).
 */
function finishUnit(
  sheet: ScoringSheet,
  unit: UnitInput,
  ctx: ComputeContext,
  st: SlowState | null,
  totals: Float64Array,
  roots: Float64Array,
  selfTotals: Float64Array,
  selfRoots: Float64Array,
  totalsAt: number,
  rootsAt: number,
): UnitScore {
  const { sink } = ctx;
  const base = totals[totalsAt]!;
  const bonus = totals[totalsAt + 1]!;
  const deduction = totals[totalsAt + 2]!;
  const total = round2(base + bonus - deduction);
  const selfTotal = unit.hasSelf ? round2(selfTotals[totalsAt]! + selfTotals[totalsAt + 1]! - selfTotals[totalsAt + 2]!) : null;
  const groups = groupScores(ctx.plan, roots, rootsAt, unit.hasSelf ? selfRoots : null, rootsAt);

  let gap: number | null = null;
  // A self total over an unreadable self cell is no number to compare: the cell's error says it instead.
  if (unit.hasSelf && unit.hasBloc && selfTotal !== null && !st?.selfInvalid) {
    const d = round2(Math.abs(selfTotal - total));
    if (compare2(d, ctx.gapThreshold) > 0) {
      gap = d;
      sink.warning('SCORE_GAP', { sheet: sheet.grid.name, cell: cellAddress(unit.nameCell.r, unit.nameCell.c) }, { unit: unit.name, self: selfTotal, bloc: total, gap: d, threshold: round2(ctx.gapThreshold) });
    }
  }
  if (unit.typedTotal) checkTypedTotal(sheet, unit, total, sink);
  const vetoCodes = st ? st.vetoCodes : NONE;
  return new UnitScoreRecord(base, bonus, deduction, total, selfTotal, groups, vetoCodes.length > 0, vetoCodes, st ? st.invalid : NONE, st?.blocEmpty ? st.blocEmpty.length : 0, gap);
}

/** The findings of the items read the long way that wait for the whole unit: empty bloc scores, empty cells. */
function reportSlowItems(sheet: string, unit: string, st: SlowState, sink: FindingSink): void {
  const { blocEmpty } = st;
  if (blocEmpty && st.blocFilled === 0) {
    const first = blocEmpty[0]!;
    const last = blocEmpty[blocEmpty.length - 1]!;
    sink.warning('SCORE_BLOC_COLUMN_EMPTY', { sheet, cell: rangeAddress(first.r, first.c, last.r, last.c) }, { unit, count: blocEmpty.length });
  } else if (blocEmpty) for (const b of blocEmpty) sink.warning('SCORE_BLOC_EMPTY', { sheet, cell: cellAddress(b.r, b.c) }, { unit, code: b.code, self: b.self });
  if (st.emptyChuan && st.firstEmpty) sink.info('SCORE_EMPTY_CELLS', { sheet, cell: st.firstEmpty }, { unit, count: st.emptyChuan });
}

/** A typed Tổng that disagrees with the computed total → warning (SPEC §3.3). */
function checkTypedTotal(sheet: ScoringSheet, unit: UnitInput, total: number, sink: FindingSink): void {
  const p = unit.typedTotal;
  if (!p) return;
  const where = { sheet: sheet.grid.name, cell: cellAddress(p.r, p.c) };
  const upper = sheet.criteria.scale + sheet.items.reduce((s, it) => s + (it.node.type === 'CONG' && it.node.max !== null ? it.node.max : 0), 0);
  const t = readNumber(dataCell(sheet.grid, p.r, p.c), upper > 0 ? { maxSane: upper } : {});
  if (t.kind === 'error') sink.error('CELL_FORMULA_ERROR', where, { error: t.error });
  else if (t.kind === 'ambiguous') sink.warning('CELL_NUMBER_AMBIGUOUS', where, { text: t.text, asDecimal: t.asDecimal, asThousands: t.asThousands });
  else if (t.kind === 'number' && compare2(t.value, total) !== 0)
    sink.warning('SCORE_TOTAL_MISMATCH', where, { unit: unit.name, typed: t.value, computed: total });
}
