/**
 * All output sheets of one run, in the order they appear: the summary, one ranking sheet per bloc, the
 * nomination sheets, the check log. Sheet names are made legal and unique among themselves here;
 * clashes with the workbook's existing sheets are resolved later by the ownership step.
 * Sheet names stay Vietnamese in both languages so that a rerun in the other language replaces the
 * same sheets.
 */
import type { Analysis } from '../model';
import type { Lang } from '../findings/types';
import type { SheetPlan } from '../../workbook/plan';
import type { PrintContext } from './layout';
import { summarySheetPlan } from './summarySheet';
import { UnitNotesColumn } from './labels';
import { blocSheetPlan } from './blocSheet';
import { logSheetPlan } from './logSheet';
import { uniqueSheetNames } from './sheetNames';
import { nominationSheetPlans } from './nominationSheets';
import { registrationSheetPlans } from './registrationSheet';
import { examplesSheetPlans } from './examplesSheet';

export function buildSheetPlans(analysis: Analysis, opts: { now: Date; lang: Lang }): SheetPlan[] {
  const ctx: PrintContext = { params: analysis.params, now: opts.now, lang: opts.lang };
  const plans: SheetPlan[] = [];
  if (analysis.blocs.length > 0) {
    const notes = new UnitNotesColumn(ctx.lang);
    plans.push(summarySheetPlan(analysis, ctx, notes));
    for (const bloc of analysis.blocs) plans.push(blocSheetPlan(bloc, ctx, notes));
  }
  plans.push(...nominationSheetPlans(analysis, ctx));
  plans.push(...registrationSheetPlans(analysis, ctx), ...examplesSheetPlans(analysis, ctx));
  plans.push(logSheetPlan(analysis.findings, ctx));
  const names = uniqueSheetNames(plans.map((p) => p.name));
  return plans.map((p, i) => (p.name === names[i] ? p : { ...p, name: names[i]! }));
}
