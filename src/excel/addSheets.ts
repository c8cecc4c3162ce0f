/**
 * Adds plain sheets (the example template) under their own names: one sync to refuse names that exist
 * or a protected workbook, one to write them all with their print setup (a refused print setup is a
 * note, see writeSheets.ts). If the write fails, the sheets it added are deleted again.
 */
import { sheetNameKey } from '../engine';
import type { SheetPlan } from '../workbook/plan';
import type { ApplyDeps } from './applyPlan';
import { assertSheetNames, loadBook, removeSheets } from './book';
import { SyncBudget } from './budget';
import { BatchFailedError, SheetNameTakenError, WorkbookProtectedError } from './errors';
import { Notes, printSetupSize, queuePrintSetups, queueSheet, syncLast } from './writeSheets';

export async function addPlainSheets(plans: readonly SheetPlan[], deps: ApplyDeps): Promise<{ names: string[]; degraded: string[] }> {
  const names = plans.map((p) => p.name);
  assertSheetNames(names);
  if (plans.length === 0) return { names: [], degraded: [] };
  let writing = false;
  const notes = new Notes();
  try {
    await deps.run(async (context) => {
      const book = await loadBook(context, deps.api);
      if (book.structureProtected) throw new WorkbookProtectedError();
      const taken = names.filter((n) => book.byKey.has(sheetNameKey(n))).map((n) => book.byKey.get(sheetNameKey(n))!.name);
      if (taken.length) throw new SheetNameTakenError(taken);
      writing = true;
      const app = context.workbook.application;
      const budget = new SyncBudget(context, () => app.suspendApiCalculationUntilNextSync());
      app.suspendApiCalculationUntilNextSync();
      const built: { ws: Excel.Worksheet; plan: SheetPlan }[] = [];
      for (const plan of plans) {
        await budget.reserve();
        const ws = context.workbook.worksheets.add(plan.name);
        // Template sheets name no other sheet that is not there yet: formulas are written with the cells.
        await queueSheet(ws, plan, budget, deps.api, notes, () => false);
        built.push({ ws, plan });
      }
      const print = printSetupSize(built, deps.api);
      await budget.reserve(print.bytes, print.ops + 1);
      built[0]!.ws.activate();
      queuePrintSetups(context, built, deps.api, notes);
      await syncLast(context, notes);
    });
    return { names, degraded: notes.texts(deps.lang) };
  } catch (e) {
    if (!writing) throw e;
    const { removed, leftOver } = await removeSheets(deps.run, names);
    throw new BatchFailedError(e, removed, leftOver);
  }
}
