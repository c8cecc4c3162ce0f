/**
 * The pane's view of the engine: the few calls the steps make, in one place. Pure functions over
 * plain data; the hooks feed them from the WorkbookPort and write their plans back through it.
 */
import type { Analysis, Finding, Lang, Params } from '../engine';
import { analyze, buildSheetPlans } from '../engine';
import { resolveWritePlan } from '../workbook/ownership';
import { hashText } from '../workbook/hash';
import type { SheetPlan, WritePlan } from '../workbook/plan';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { applyColumnMappings, roleOverrides, type Memory } from './state/memory';

export interface RunOptions {
  readonly lang: Lang;
  readonly now: Date;
}

/** The analysis of a snapshot as the user corrected it (roles and column meanings from the workbook memory). */
export function analyzeWorkbook(snapshot: WorkbookSnapshot, memory: Memory, opts: RunOptions): Analysis {
  return analyze(applyColumnMappings(snapshot, memory), { now: opts.now, lang: opts.lang, roleOverrides: roleOverrides(memory) });
}

/** Identifies the parameters a summary was computed with (recorded in `_thidua`). */
export function paramsHash(params: Params): string {
  return hashText(JSON.stringify(params));
}

export function outputPlans(analysis: Analysis, opts: RunOptions): SheetPlan[] {
  return buildSheetPlans(analysis, { now: opts.now, lang: opts.lang });
}

/** The sheets to write, resolved against what the workbook holds now (its own sheets are replaced). */
export function writePlan(snapshot: WorkbookSnapshot, analysis: Analysis, opts: RunOptions): { plan: WritePlan; findings: Finding[] } {
  return resolveWritePlan(snapshot, outputPlans(analysis, opts), { now: opts.now, paramsHash: paramsHash(analysis.params) });
}
