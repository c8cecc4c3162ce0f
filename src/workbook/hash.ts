/**
 * Deterministic hashes of sheet values, in pure JS (no crypto module: the engine runs in Excel's
 * web view and in the browser too). A sheet's values are hashed as a reader sees them back: empty
 * strings are empty cells, trailing empty cells and rows do not count, -0 is 0, CRLF is LF. So the hash
 * of a plan's values equals the hash of the same sheet re-read by any adapter after writing.
 *
 * New digests are version 2 ("v2:…", ./valueHash.ts); a digest without a prefix was written by
 * version 1 (./hashLegacy.ts) and is still checked with it, so sheets that the release before wrote
 * and nobody edited since stay recognised as unedited.
 */
import type { PlanValue, SheetPlan } from './plan';
import { legacyHashText, legacyHashValues } from './hashLegacy';
import { VALUE_HASH_V2, hashRows, type AnyValue } from './valueHash';

/** A hex digest of any text (the version-1 text hash: parameter hashes keep their digests). */
export function hashText(s: string): string {
  return legacyHashText(s);
}

/** Hash of a grid of values, insensitive to trailing empty cells and rows. */
export function hashValues(values: readonly (readonly AnyValue[])[]): string {
  return hashRows(values);
}

/** Same as hashValues(planReadBackValues(plan)), copying only the rows that have formulas. */
export function hashPlanValues(plan: Pick<SheetPlan, 'values' | 'formulas'>): string {
  return hashRows(plan.formulas.length === 0 ? plan.values : withResults(plan, false));
}

/** Whether a grid's values still have the digest recorded for them (by this version or by version 1). */
export function matchesValuesHash(values: readonly (readonly AnyValue[])[], digest: string): boolean {
  if (digest.startsWith(VALUE_HASH_V2)) return hashValues(values) === digest;
  if (/^[0-9a-f]{28}$/.test(digest)) return legacyHashValues(values) === digest;
  return false;
}

/** The values a reader will see in a written plan: its grid with the formulas' cached results. */
export function planReadBackValues(plan: Pick<SheetPlan, 'values' | 'formulas'>): PlanValue[][] {
  return withResults(plan, true) as PlanValue[][];
}

/** The grid with the formulas' results laid over it; a plan's row is copied before it is written to (all of them with `copyAll`). */
function withResults(plan: Pick<SheetPlan, 'values' | 'formulas'>, copyAll: boolean): (readonly PlanValue[])[] {
  const { values } = plan;
  const grid: (readonly PlanValue[])[] = copyAll ? values.map((r) => [...r]) : [...values];
  for (const f of plan.formulas) {
    while (grid.length <= f.row) grid.push([]);
    if (grid[f.row] === values[f.row]) grid[f.row] = [...values[f.row]!];
    const row = grid[f.row] as PlanValue[];
    while (row.length <= f.col) row.push(null);
    row[f.col] = f.result;
  }
  return grid;
}
