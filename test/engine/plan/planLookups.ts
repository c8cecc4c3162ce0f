/** Reading a plan's compact parts back row by row, for assertions. */
import type { PlanHyperlink, SheetPlan } from '../../../src/workbook/plan';
import { forEachLink } from '../../../src/workbook/plan';

/** The height of row `r`, or undefined when the row keeps the default height. */
export function heightAt(plan: SheetPlan, r: number): number | undefined {
  return plan.rowHeights?.find((run) => r >= run.r0 && r < run.r0 + run.count)?.height;
}

/** Every link of the plan, one object each, in row order. */
export function linksOf(plan: SheetPlan): PlanHyperlink[] {
  const out: PlanHyperlink[] = [];
  forEachLink(plan, (row, col, sheet, cell) => out.push({ row, col, sheet, cell }));
  return out.sort((a, b) => a.row - b.row);
}
