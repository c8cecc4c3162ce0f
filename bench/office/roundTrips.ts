/**
 * Office.js round trips of the task pane's two workbook steps, counted by the strict simulator
 * (test/support/excelSimulator): the check step reads the whole workbook (`readSnapshot`), the write
 * step applies the resolved plan (`applyPlan`). Budgets (issue 7): check ≤ 2 syncs, write ≤ 3, each
 * plus one per 5 MB of data moved (Excel on the web's payload limit); no request or response over 5 MB.
 */
import { createOfficePort } from '../../src/excel';
import type { WritePlan } from '../../src/workbook/plan';
import type { WorkbookSnapshot } from '../../src/workbook/snapshot';
import { ExcelSimulator, PAYLOAD_LIMIT_BYTES } from '../../test/support/excelSimulator';

export const CHECK_BASE_SYNCS = 2;
export const WRITE_BASE_SYNCS = 3;

export interface SyncFigures {
  readonly syncs: number;
  /** Syncs Excel refused (payload over the limit): each is still a round trip. */
  readonly refused: number;
  /** Data moved: response bytes for a read, request bytes for a write (successful syncs). */
  readonly dataBytes: number;
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  /** 5 MB chunks of data moved (at least 1). */
  readonly chunks: number;
  /** Allowed syncs: base + one per chunk beyond the first. */
  readonly budget: number;
}

function figures(sim: ExcelSimulator, kind: 'read' | 'write', base: number): SyncFigures {
  const ok = sim.syncs.filter((s) => !s.failed);
  const dataBytes = ok.reduce((n, s) => n + (kind === 'read' ? s.responseBytes : s.requestBytes), 0);
  const chunks = Math.max(1, Math.ceil(dataBytes / PAYLOAD_LIMIT_BYTES));
  return {
    syncs: sim.syncCount,
    refused: sim.syncs.length - ok.length,
    dataBytes,
    // What actually travelled: a refused sync's payload never reached the add-in (it is counted in `refused`).
    maxRequestBytes: ok.reduce((m, s) => Math.max(m, s.requestBytes), 0),
    maxResponseBytes: ok.reduce((m, s) => Math.max(m, s.responseBytes), 0),
    chunks,
    // "≤ 2 syncs plus one per 5 MB chunk": a workbook under 5 MB is one chunk and gets the base.
    budget: base + chunks - 1,
  };
}

export function simulatorFor(snapshot: WorkbookSnapshot): ExcelSimulator {
  return ExcelSimulator.fromSnapshot(snapshot);
}

/** The check step's workbook access: one read of every sheet (the pane takes its memory from it too). */
export async function measureCheck(sim: ExcelSimulator): Promise<{ snapshot: WorkbookSnapshot; figures: SyncFigures }> {
  const port = createOfficePort(sim.run, { isSetSupported: sim.isSetSupported });
  sim.resetCounters();
  const snapshot = await port.readSnapshot();
  return { snapshot, figures: figures(sim, 'read', CHECK_BASE_SYNCS) };
}

/** The write step: the resolved plan applied (sheets built, swapped in, `_thidua`, print setup). */
export async function measureWrite(sim: ExcelSimulator, plan: WritePlan): Promise<SyncFigures> {
  const port = createOfficePort(sim.run, { isSetSupported: sim.isSetSupported });
  sim.resetCounters();
  await port.applyPlan(plan);
  return figures(sim, 'write', WRITE_BASE_SYNCS);
}
