/**
 * One engine measurement in a fresh process (so peak memory is this run's alone):
 * `node engine/child.js <nomination rows> [engine|office|both|cold]` prints one JSON line. The engine figure
 * is the first, cold run (a CLI run is always cold). With `office`, the same plan is then written
 * through the Office.js adapter into the strict simulator (see ../office/roundTrips.ts), so the
 * large sizes pay for the engine once. `cold` measures the two engine runs only (no minutes, no
 * simulator): the extra samples of the cold figure.
 */
import { bigSnapshot, ISSUE_WORKBOOK } from '../generate/bigWorkbook';
import { measureCheck, measureWrite, simulatorFor, type SyncFigures } from '../office/roundTrips';
import { buildMinutesDocx } from '../../src/minutes';
import { BENCH_NOW, runPipeline } from './pipeline';

export interface EngineSample {
  readonly rows: number;
  readonly cells: number;
  readonly cold: { wallMs: number; cpuMs: number; stages: Record<string, number> };
  /**
   * The same pipeline on the same snapshot once more in the same process (information, not the budget):
   * the code is compiled by then, so cold − warm is roughly what the first run spent waiting for V8's
   * optimising compiler.
   */
  readonly warm: { wallMs: number; cpuMs: number };
  readonly office: { check: SyncFigures; write: SyncFigures | { error: string } } | null;
  readonly nominations: number;
  /** The .docx minutes (`thidua score --docx`) from the same analysis: ms and bytes. */
  readonly minutes: { ms: number; bytes: number } | null;
  /** Peak resident memory of the process (snapshot + engine), MB. */
  readonly peakRssMb: number;
  /** Resident memory after the snapshot was built, before the engine ran, MB. */
  readonly snapshotRssMb: number;
}

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? ISSUE_WORKBOOK.nominationRows);
  const mode = process.argv[3] ?? 'engine';
  const snapshot = bigSnapshot({ ...ISSUE_WORKBOOK, nominationRows: rows });
  const cells = snapshot.sheets.reduce((n, s) => n + s.values.reduce((m, r) => m + r.length, 0), 0);
  const snapshotRssMb = process.memoryUsage().rss / 2 ** 20;
  const cold = runPipeline(snapshot);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const again = runPipeline(snapshot);
  const warm = { wallMs: again.wallMs, cpuMs: again.cpuMs };
  // The minutes list every nominee (≈ 600 pages at 50k rows); past that they are not measured.
  let minutes: EngineSample['minutes'] = null;
  if (rows <= 50_000 && mode !== 'cold') {
    const m0 = performance.now();
    const docx = await buildMinutesDocx(cold.analysis, { now: BENCH_NOW, lang: 'vi' });
    minutes = { ms: performance.now() - m0, bytes: docx.byteLength };
  }
  let office: EngineSample['office'] = null;
  if (mode === 'office' || mode === 'both') {
    const sim = simulatorFor(snapshot);
    const check = await measureCheck(sim);
    // The plan was resolved against this same snapshot, which is what the check step read back.
    let write: SyncFigures | { error: string };
    try {
      write = await measureWrite(sim, cold.plan);
    } catch (e) {
      // A refused write is a figure to print (e.g. a request over the simulated 5 MB limit), not a crash.
      write = { error: (e as { cause?: Error }).cause?.message ?? (e as Error).message };
    }
    office = { check: check.figures, write };
  }
  const sample: EngineSample = {
    rows,
    cells,
    cold: { wallMs: cold.wallMs, cpuMs: cold.cpuMs, stages: { ...cold.stages } },
    warm,
    office,
    nominations: cold.nominations,
    minutes,
    peakRssMb,
    snapshotRssMb,
  };
  process.stdout.write(`${JSON.stringify(sample)}\n`);
}

void main();
