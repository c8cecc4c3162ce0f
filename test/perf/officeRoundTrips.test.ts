/**
 * Issue 7's deterministic Office.js budgets, counted by the strict simulator on the generated workbook
 * (50 blocs × 40 units × 60 criteria + N nomination rows): the check step (readSnapshot) ≤ 2 syncs and the
 * write step (applyPlan) ≤ 3, each plus one per 5 MB beyond the first; no request or response over 5 MB.
 * Timings are never asserted here: they live in `npm run bench`.
 */
import { bigSnapshot, ISSUE_WORKBOOK } from '../../bench/generate/bigWorkbook';
import { runPipeline } from '../../bench/engine/pipeline';
import { CHECK_BASE_SYNCS, measureCheck, measureWrite, simulatorFor, WRITE_BASE_SYNCS, type SyncFigures } from '../../bench/office/roundTrips';
import { PAYLOAD_LIMIT_BYTES } from '../support/excelSimulator';

interface Trip {
  readonly check: SyncFigures;
  readonly write: SyncFigures;
  readonly sheetsWritten: number;
  readonly nominations: number;
}

async function roundTrip(rows: number): Promise<Trip> {
  const sim = simulatorFor(bigSnapshot({ ...ISSUE_WORKBOOK, nominationRows: rows }));
  const { snapshot, figures: check } = await measureCheck(sim);
  const { plan, nominations } = runPipeline(snapshot);
  const write = await measureWrite(sim, plan);
  return { check, write, sheetsWritten: plan.actions.length, nominations };
}

describe('Office.js round trips at 1,000 nomination rows', () => {
  let trip: Trip;
  beforeAll(async () => {
    trip = await roundTrip(1_000);
  });

  test('the whole workbook is read in 2 syncs, under the 5 MB response limit', () => {
    expect(trip.check.chunks).toBe(1);
    expect(trip.check.refused).toBe(0);
    expect(trip.check.syncs).toBeLessThanOrEqual(CHECK_BASE_SYNCS);
    expect(trip.check.maxResponseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  });

  test('every output sheet is written in 2 syncs (pre-check, then content, swap and print setup), under the 5 MB request limit', () => {
    // Summary, one ranking sheet per bloc, the nomination sheets, the log.
    expect(trip.sheetsWritten).toBeGreaterThan(54);
    expect(trip.write.refused).toBe(0);
    expect(trip.write.syncs).toBeLessThanOrEqual(WRITE_BASE_SYNCS + trip.write.chunks - 1);
    expect(trip.write.syncs).toBe(2);
    expect(trip.write.maxRequestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  });
});

describe('Office.js round trips at 50,000 nomination rows', () => {
  let trip: Trip;
  beforeAll(async () => {
    trip = await roundTrip(50_000);
  });

  test('every request and response stays under Excel on the web’s 5 MB limit; nothing is refused while writing', () => {
    expect(trip.nominations).toBeGreaterThan(50_000);
    expect(trip.check.maxResponseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(trip.write.maxRequestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(trip.write.refused).toBe(0);
    // More than one chunk of data moves each way: the budget grows with it.
    expect(trip.check.chunks).toBeGreaterThan(1);
    expect(trip.write.chunks).toBeGreaterThan(1);
  });

  test('check step within 2 syncs + 1 per extra 5 MB, none refused', () => {
    expect(trip.check.refused).toBe(0);
    expect(trip.check.syncs).toBeLessThanOrEqual(trip.check.budget);
  });

  // Links travel as HYPERLINK formulas in the cell grid, row heights and repeated plain styles as one
  // operation per address list over merged areas, cell data in pieces that fill each request, and the
  // print setup rides in the last sync (behind a trace marker): 18 → 7 → 6 syncs for ~19.9 MB.
  test('write step within 3 syncs + 1 per extra 5 MB, none refused', () => {
    expect(trip.write.refused).toBe(0);
    expect(trip.write.syncs).toBeLessThanOrEqual(trip.write.budget);
  });
});
