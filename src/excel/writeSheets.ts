/**
 * Queues whole sheets (cells, layout) and their print setup. Print setup runs in its own sync after
 * the content is safely written: it is the part of the API hosts support least evenly (ExcelApi 1.9,
 * Excel on the web), so a refusal there costs a note, never the output.
 */
import type { Lang } from '../engine';
import type { PlanFormula, SheetPlan } from '../workbook/plan';
import type { SyncBudget } from './budget';
import { reasonOf } from './errors';
import type { ExcelMessageCode } from './messages';
import { excelMessage } from './messages';
import { queuePrintSetup } from './printSetup';
import type { ApiSupport } from './requirements';
import { hyperlinkFormulas, queueCells, queueFont, queueLayout } from './sheetWriter';

export class Notes {
  private readonly codes = new Map<ExcelMessageCode, Record<string, string>>();
  add(code: ExcelMessageCode, params: Record<string, string> = {}): void {
    if (!this.codes.has(code)) this.codes.set(code, params);
  }
  texts(lang: Lang): string[] {
    return [...this.codes].map(([code, params]) => excelMessage(code, lang, params));
  }
}

/** Queues one sheet's content: font, cells (in pieces), styles, merges, sizes, panes, links. */
export async function queueSheet(ws: Excel.Worksheet, plan: SheetPlan, budget: SyncBudget, api: ApiSupport, notes: Notes, skipFormula: (f: PlanFormula) => boolean): Promise<void> {
  await queueFont(ws, plan, budget);
  const links = hyperlinkFormulas(plan, api);
  await queueCells(ws, plan, budget, skipFormula, links);
  for (const n of await queueLayout(ws, plan, budget, api, links)) notes.add(n);
}

/** One sync with the page layout of every written sheet; a refusal becomes a note. */
export async function printSetupBestEffort(context: Excel.RequestContext, sheets: readonly { ws: Excel.Worksheet; plan: SheetPlan }[], api: ApiSupport, notes: Notes): Promise<void> {
  if (sheets.length === 0) return;
  if (!api.v1_9) {
    notes.add('PRINT_UNSUPPORTED');
    return;
  }
  for (const s of sheets) queuePrintSetup(s.ws, s.plan.print);
  try {
    await context.sync();
  } catch (e) {
    notes.add('PRINT_FAILED', { reason: reasonOf(e) });
  }
}
