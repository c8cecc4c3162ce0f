/**
 * One engine measurement in a fresh process (so peak memory is this run's alone):
 * `node engine/child.js <nomination rows> [warm]` prints one JSON line. The first run is the figure
 * (a CLI run is always cold); with `warm`, a second run is measured too.
 */
import { bigSnapshot, ISSUE_WORKBOOK } from '../generate/bigWorkbook';
import { runPipeline } from './pipeline';

export interface EngineSample {
  readonly rows: number;
  readonly cells: number;
  readonly cold: { wallMs: number; cpuMs: number; stages: Record<string, number> };
  readonly warm: { wallMs: number; cpuMs: number } | null;
  readonly nominations: number;
  /** Peak resident memory of the process (snapshot + engine), MB. */
  readonly peakRssMb: number;
  /** Resident memory after the snapshot was built, before the engine ran, MB. */
  readonly snapshotRssMb: number;
}

function main(): void {
  const rows = Number(process.argv[2] ?? ISSUE_WORKBOOK.nominationRows);
  const warm = process.argv[3] === 'warm';
  const snapshot = bigSnapshot({ ...ISSUE_WORKBOOK, nominationRows: rows });
  const cells = snapshot.sheets.reduce((n, s) => n + s.values.reduce((m, r) => m + r.length, 0), 0);
  const snapshotRssMb = process.memoryUsage().rss / 2 ** 20;
  const cold = runPipeline(snapshot);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const again = warm ? runPipeline(snapshot) : null;
  const sample: EngineSample = {
    rows,
    cells,
    cold: { wallMs: cold.wallMs, cpuMs: cold.cpuMs, stages: { ...cold.stages } },
    warm: again ? { wallMs: again.wallMs, cpuMs: again.cpuMs } : null,
    nominations: cold.nominations,
    peakRssMb,
    snapshotRssMb,
  };
  process.stdout.write(`${JSON.stringify(sample)}\n`);
}

main();
