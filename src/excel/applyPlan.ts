/**
 * Writes a resolved WritePlan, all or nothing.
 *
 * Sync 1 checks what the plan assumed: no sheet it creates exists now, nothing it replaces or deletes
 * is protected, the workbook structure is not protected — otherwise a typed error, nothing written.
 * Then one batch (more only when the data passes one request, ~5 MB): calculation suspended, every
 * output sheet built complete under a temporary name ("~thidua 1"…), and only after all of it the swap —
 * each new sheet moved to its old one's tab, the old one deleted, deleted outputs removed, the new sheets
 * renamed, formulas naming other sheets written, `_thidua` rewritten and very hidden. Excel batches are
 * not transactions: if anything fails, what ran before stays, so the failure lands while only temporary
 * sheets exist; they are deleted again and the workbook is as before (BatchFailedError). Replacing by a
 * fresh sheet rather than clearing the old one is what makes that possible. The print setup closes the
 * last sync, behind a trace marker, so a host refusing it costs a note and not the output (see
 * writeSheets.ts). Syncs: 2 for any plan under the request limit, then one more per request.
 */
import type { Lang } from '../engine';
import { sheetNameKey } from '../engine';
import type { ApplyResult } from '../workbook/port';
import type { WritePlan } from '../workbook/plan';
import type { BookState, ExcelRun } from './book';
import { assertSheetNames, loadBook, removeSheets, tempNames } from './book';
import { SyncBudget, jsonBytes } from './budget';
import { BatchFailedError, SheetNameTakenError, SheetProtectedError, WorkbookProtectedError } from './errors';
import { toOffice } from './cellValues';
import { widthOf } from './grid';
import { writeGridInChunks } from './gridWrite';
import type { ApiSupport } from './requirements';
import { isCrossSheet } from './sheetWriter';
import { Notes, printSetupSize, queuePrintSetups, queueSheet, syncLast } from './writeSheets';

export interface ApplyDeps {
  readonly run: ExcelRun;
  readonly api: ApiSupport;
  readonly lang: Lang;
}

/** Refuses, before writing anything, a plan that no longer fits the workbook. */
function precheck(plan: WritePlan, book: BookState): void {
  const has = (n: string) => book.byKey.get(sheetNameKey(n));
  // A sheet the plan deletes frees its name for a new one (the deletion runs before the renames).
  const freed = new Set(plan.deletions.map(sheetNameKey));
  const taken = plan.actions.filter((a) => a.kind === 'create' && has(a.name) && !freed.has(sheetNameKey(a.name))).map((a) => has(a.name)!.name);
  const own = has(plan.ownershipSheet);
  const structural = plan.actions.length > 0 || plan.deletions.some((d) => has(d)) || (!own && plan.ownership.sheets.length > 0);
  if (book.structureProtected && structural) throw new WorkbookProtectedError();
  if (taken.length) throw new SheetNameTakenError(taken);
  const touched = [...plan.actions.filter((a) => a.kind === 'replace').map((a) => a.name), ...plan.deletions, plan.ownershipSheet];
  const locked = touched.map(has).filter((s) => s?.protected).map((s) => s!.name);
  if (locked.length) throw new SheetProtectedError([...new Set(locked)]);
}

export async function applyWritePlan(plan: WritePlan, deps: ApplyDeps, onProgress?: (done: number, total: number) => void): Promise<ApplyResult> {
  assertSheetNames([...plan.actions.map((a) => a.name), plan.ownershipSheet]);
  const total = plan.actions.length;
  let reported = 0;
  const report = (done: number): void => {
    while (reported < done) {
      reported++;
      onProgress?.(reported, total);
    }
  };
  let temps: string[] = [];
  let writing = false;
  const notes = new Notes();
  try {
    const deleted = await deps.run(async (context) => {
      const book = await loadBook(context, deps.api);
      precheck(plan, book);
      writing = true;
      temps = tempNames(plan.actions.length, book.byKey);
      onProgress?.(0, total);

      const app = context.workbook.application;
      let queued = 0;
      const budget = new SyncBudget(context, () => {
        app.suspendApiCalculationUntilNextSync();
        report(queued);
      });
      app.suspendApiCalculationUntilNextSync();
      const sheets = context.workbook.worksheets;
      const built: { ws: Excel.Worksheet; plan: (typeof plan.actions)[number]['plan'] }[] = [];
      for (const [i, action] of plan.actions.entries()) {
        await budget.reserve();
        const ws = sheets.add(temps[i]);
        await queueSheet(ws, action.plan, budget, deps.api, notes, isCrossSheet);
        built.push({ ws, plan: action.plan });
        queued = i + 1;
      }

      // The swap: queued after every write, so a failure above leaves only temporary sheets behind.
      const deferred = built.flatMap((b) => b.plan.formulas.filter(isCrossSheet).map((f) => ({ ws: b.ws, f })));
      const print = printSetupSize(built, deps.api);
      const swapBytes = jsonBytes(deferred.map((d) => d.f.formula)) + jsonBytes(plan.ownershipValues);
      await budget.reserve(swapBytes + print.bytes, 4 * built.length + plan.deletions.length + deferred.length + 6 + print.ops);
      const deleted = queueSwap(plan, book, built.map((b) => b.ws), temps);
      plan.actions.forEach((action, i) => (built[i]!.ws.name = action.name));
      for (const d of deferred) d.ws.getRangeByIndexes(d.f.row, d.f.col, 1, 1).formulas = [[`=${d.f.formula}`]];
      await writeOwnership(context, plan, book);
      if (built.length) built[0]!.ws.activate();
      queuePrintSetups(context, built, deps.api, notes);
      await syncLast(context, notes);
      budget.reset();
      report(total);
      return deleted;
    });
    return { written: plan.actions.map((a) => a.name), deleted, degraded: notes.texts(deps.lang) };
  } catch (e) {
    if (!writing) throw e;
    const { removed, leftOver } = await removeSheets(deps.run, temps);
    throw new BatchFailedError(e, removed, leftOver);
  }
}

/**
 * Each replacing sheet takes its old sheet's tab, then the old sheet is deleted; outputs no longer
 * produced are deleted. `tab` follows the tab order as Excel will see it after each operation.
 * Returns the names deleted as no longer produced.
 */
function queueSwap(plan: WritePlan, book: BookState, built: readonly Excel.Worksheet[], temps: readonly string[]): string[] {
  const tab = [...book.sheets.map((s) => sheetNameKey(s.name)), ...temps.map(sheetNameKey)];
  const gone = new Set<string>();
  plan.actions.forEach((action, i) => {
    const old = book.byKey.get(sheetNameKey(action.name));
    if (action.kind !== 'replace' || !old) return;
    const temp = sheetNameKey(temps[i]!);
    const at = tab.indexOf(sheetNameKey(old.name));
    built[i]!.position = at;
    tab.splice(tab.indexOf(temp), 1);
    tab.splice(at, 0, temp);
    old.ws.delete();
    tab.splice(tab.indexOf(sheetNameKey(old.name)), 1);
    gone.add(sheetNameKey(old.name));
  });
  const deleted: string[] = [];
  for (const name of plan.deletions) {
    const old = book.byKey.get(sheetNameKey(name));
    if (!old || gone.has(sheetNameKey(name))) continue;
    old.ws.delete();
    gone.add(sheetNameKey(name));
    deleted.push(old.name);
  }
  return deleted;
}

/**
 * `_thidua`: cleared and rewritten in place, or added; always very hidden. Its room was reserved with
 * the swap, so nothing here syncs between the swap's operations.
 */
async function writeOwnership(context: Excel.RequestContext, plan: WritePlan, book: BookState): Promise<void> {
  const budget = new SyncBudget(context, () => undefined, Number.POSITIVE_INFINITY);
  const own = book.byKey.get(sheetNameKey(plan.ownershipSheet));
  if (!own && plan.ownership.sheets.length === 0) return;
  let ws: Excel.Worksheet;
  if (own) {
    ws = own.ws;
    ws.getRange().clear('Contents');
  } else ws = context.workbook.worksheets.add(plan.ownershipSheet);
  const values = plan.ownershipValues;
  const cols = widthOf(values);
  await writeGridInChunks(ws, { row: 0, col: 0, rows: values.length, cols, rowAt: (i) => Array.from({ length: cols }, (_, c) => toOffice(values[i]![c])) }, budget, (range, grid) => (range.values = grid));
  if (!own || own.visibility !== 'VeryHidden') ws.visibility = 'VeryHidden';
}
