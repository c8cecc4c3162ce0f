/** `node office/child.js <rows>`: the check and write steps on the generated workbook, one JSON line. */
import { bigSnapshot, ISSUE_WORKBOOK } from '../generate/bigWorkbook';
import { runPipeline } from '../engine/pipeline';
import { measureCheck, measureWrite, simulatorFor, type SyncFigures } from './roundTrips';

export interface OfficeSample {
  readonly rows: number;
  readonly check: SyncFigures;
  readonly write: SyncFigures;
  readonly ms: number;
}

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 1000);
  const t0 = performance.now();
  const sim = simulatorFor(bigSnapshot({ ...ISSUE_WORKBOOK, nominationRows: rows }));
  const { snapshot, figures: check } = await measureCheck(sim);
  const { plan } = runPipeline(snapshot);
  const write = await measureWrite(sim, plan);
  const sample: OfficeSample = { rows, check, write, ms: performance.now() - t0 };
  process.stdout.write(`${JSON.stringify(sample)}\n`);
}

void main();
