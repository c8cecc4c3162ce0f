/**
 * Queues whole sheets (cells, layout) and their print setup, and runs the last sync of a write.
 *
 * Print setup is the part of the API hosts support least evenly (ExcelApi 1.9, Excel on the web), so a
 * refusal there must cost a note, never the output. It rides in the write's last sync, queued after
 * everything else behind a `context.trace` marker: Excel runs a batch in order and keeps what ran before
 * a failing operation, and a failed sync reports the trace messages that ran (`traceMessages`). A
 * failure that comes after the marker therefore hit the print setup with the content complete; one
 * without it failed the write itself. A host that reports no trace messages is still understood when
 * its error names a page-layout object (`debugInfo.errorLocation`): only print setup touches those.
 */
import type { Lang } from '../engine';
import type { PlanFormula, SheetPlan } from '../workbook/plan';
import type { SyncBudget } from './budget';
import { jsonBytes } from './budget';
import { reasonOf } from './errors';
import type { ExcelMessageCode } from './messages';
import { excelMessage } from './messages';
import { PRINT_SETUP_OPS, queuePrintSetup } from './printSetup';
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

/** Marks, in the last sync, the point after which only print setup follows. */
export const PRINT_MARKER = 'thidua: content written, print setup follows';

export interface PrintedSheet {
  readonly ws: Excel.Worksheet;
  readonly plan: SheetPlan;
}

/** What the print setup of these sheets adds to a request: estimated data bytes and operations. */
export function printSetupSize(sheets: readonly PrintedSheet[], api: ApiSupport): { bytes: number; ops: number } {
  if (!api.v1_9 || sheets.length === 0) return { bytes: 0, ops: 0 };
  return { bytes: sheets.reduce((n, s) => n + jsonBytes(s.plan.print), 0), ops: 1 + sheets.length * PRINT_SETUP_OPS };
}

/**
 * Queues, at the very end of the write's last batch, the page layout of every written sheet behind
 * the marker; below ExcelApi 1.9 it notes that printing is not set up. Returns whether anything was
 * queued (then the batch must be synced with `syncLast`).
 */
export function queuePrintSetups(context: Excel.RequestContext, sheets: readonly PrintedSheet[], api: ApiSupport, notes: Notes): boolean {
  if (sheets.length === 0) return false;
  if (!api.v1_9) {
    notes.add('PRINT_UNSUPPORTED');
    return false;
  }
  context.trace(PRINT_MARKER);
  for (const s of sheets) queuePrintSetup(s.ws, s.plan.print);
  return true;
}

const PRINT_OBJECT = /pageLayout|headerFooter|headersFooters/i;

/** True when a failed sync had run past the print marker (so only print setup failed). */
export function failedAfterMarker(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const { traceMessages, debugInfo } = e as { traceMessages?: unknown; debugInfo?: { errorLocation?: unknown } };
  if (Array.isArray(traceMessages) && traceMessages.includes(PRINT_MARKER)) return true;
  const location = debugInfo?.errorLocation;
  return typeof location === 'string' && PRINT_OBJECT.test(location);
}

/** The write's last sync: a failure in the print setup behind the marker becomes a note. */
export async function syncLast(context: Excel.RequestContext, notes: Notes): Promise<void> {
  try {
    await context.sync();
  } catch (e) {
    if (!failedAfterMarker(e)) throw e;
    notes.add('PRINT_FAILED', { reason: reasonOf(e) });
  }
}
