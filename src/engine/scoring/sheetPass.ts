/**
 * A scoring sheet's units summed in one go: the fast pass (./plainScores.ts) over every unit of the sheet,
 * then the sums of each unit whose cells were all plain and whose groups needed no cap — the common case,
 * which has no finding to make before its totals. Run when the sheet's first unit is computed, so the
 * loops over cells run once per sheet (and are optimised early) rather than once per unit; computeUnit
 * takes each unit's sums from here and reads any other unit the long way, findings in order.
 */
import type { AggregationPlan } from './aggregate';
import { aggregateInto } from './aggregate';
import { PASS_ANY, PASS_SLOW, readPlainScores } from './plainScores';
import type { ScoreCells, ScoringSheet, UnitInput } from './types';

/** What the pass made of a unit. */
export const UNIT_LONG_WAY = 0;
export const UNIT_SUMMED = 1;
export const UNIT_NO_SCORE = 2;

export interface SheetPass {
  readonly plan: AggregationPlan;
  readonly index: ReadonlyMap<UnitInput, number>;
  /** UNIT_* per unit. */
  readonly state: Int8Array;
  /** Unit k's totals at 3k… and root sums at 3R·k… (R roots), then the same of its self scores. */
  readonly totals: Float64Array;
  readonly roots: Float64Array;
  readonly selfTotals: Float64Array;
  readonly selfRoots: Float64Array;
}

const passes = new WeakMap<ScoringSheet, SheetPass>();

/** The pass of a sheet for a plan, made on the first call. */
export function sheetPass(sheet: ScoringSheet, plan: AggregationPlan): SheetPass {
  const cached = passes.get(sheet);
  if (cached && cached.plan === plan) return cached;
  const made = runPass(sheet, plan);
  passes.set(sheet, made);
  return made;
}

function runPass(sheet: ScoringSheet, plan: AggregationPlan): SheetPass {
  const { units, items, grid } = sheet;
  const n = items.length;
  const count = units.length;
  const rootCount = plan.roots.length;
  const values = new Float64Array(count * n);
  const selfValues = new Float64Array(count * n);
  const counts = new Int32Array(3 * count);
  const tails = grid.tailRows();
  // Pushed, not mapped: Array#map makes a holey array, computeUnit's long way passes a packed literal, and
  // readPlainScores, optimised on one kind, would be thrown away on the other.
  const cells: ScoreCells[] = [];
  for (let k = 0; k < count; k++) cells.push(units[k]!.cells);
  readPlainScores(
    cells,
    n,
    plan,
    grid.sheet.values,
    tails.first,
    tails.last,
    values,
    selfValues,
    new Int32Array(count * n),
    counts,
  );
  const pass: SheetPass = {
    plan,
    index: new Map(units.map((u, k) => [u, k])),
    state: new Int8Array(count),
    totals: new Float64Array(3 * count),
    roots: new Float64Array(3 * rootCount * count),
    selfTotals: new Float64Array(3 * count),
    selfRoots: new Float64Array(3 * rootCount * count),
  };
  for (let k = 0; k < count; k++) {
    if (counts[3 * k + PASS_SLOW]! > 0) continue; // UNIT_LONG_WAY
    if (counts[3 * k + PASS_ANY] !== 1) {
      pass.state[k] = UNIT_NO_SCORE;
      continue;
    }
    // A capped group is reported (SCORE_GROUP_CAPPED) while the unit is summed: that unit takes the long way.
    if (aggregateInto(plan, items, values, null, pass.totals, pass.roots, k * n, 3 * k, 3 * rootCount * k) > 0) continue;
    if (units[k]!.hasSelf) aggregateInto(plan, items, selfValues, null, pass.selfTotals, pass.selfRoots, k * n, 3 * k, 3 * rootCount * k);
    pass.state[k] = UNIT_SUMMED;
  }
  return pass;
}
