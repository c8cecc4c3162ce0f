/**
 * The engine benchmark as a browser script (bundled by ./engine.webpack.config.js like the task pane's
 * code): the task pane runs the engine in Excel's web view (Edge / Chromium), so the 50k-row figure is
 * also taken there, in headless Chromium. `thiduaEngineBench(rows)` generates the workbook (through
 * JSON, as Office.js hands `range.values` over) and runs the same stages as the Node benchmark, twice.
 */
import { bigSnapshot, ISSUE_WORKBOOK } from '../generate/bigWorkbook';
import { runStages, type StageTimes } from '../engine/pipeline';

export interface BrowserEngineSample {
  readonly rows: number;
  readonly nominations: number;
  /** First run in this page: the engine's code has never run (cold, as on the pane's first check). */
  readonly cold: { readonly wallMs: number; readonly stages: StageTimes };
  /** The same snapshot again in the same page (compiled code; information). */
  readonly warmWallMs: number;
}

declare global {
  interface Window {
    thiduaEngineBench?: (rows: number) => BrowserEngineSample;
  }
}

window.thiduaEngineBench = (rows: number): BrowserEngineSample => {
  const snapshot = bigSnapshot({ ...ISSUE_WORKBOOK, nominationRows: rows });
  const cold = runStages(snapshot);
  const warm = runStages(snapshot);
  return { rows, nominations: cold.nominations, cold: { wallMs: cold.wallMs, stages: cold.stages }, warmWallMs: warm.wallMs };
};
