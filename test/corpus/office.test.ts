/**
 * The bad-input corpus through the task pane's path: the Office.js adapter (`createOfficePort`) over the
 * strict Excel simulator holding the case's workbook, the pane's engine calls (analyzeWorkbook,
 * writePlan), then a write and a rerun. Every case gives its exact finding codes, never throws, leaves
 * the input sheets as they were, replaces only unedited owned sheets, and a rerun gives the same sheets.
 */
import type { Finding } from '../../src/engine';
import { createOfficePort } from '../../src/excel';
import { analyzeWorkbook, writePlan } from '../../src/taskpane/engine';
import type { WorkbookSnapshot } from '../../src/workbook/snapshot';
import { readSnapshotFromBuffer } from '../../src/xlsx/read';
import { ExcelSimulator } from '../support/excelSimulator';
import { CORPUS } from './cases';
import { codeSets, expectedSets, inputBytes, isOwnershipCode, missingPlaces, ownedNames, replaceableSheets, sheetFingerprint, stringsOf } from './support/expect';
import type { CorpusCase } from './support/types';

const NOW = new Date('2026-11-21T03:00:00Z');
const OPTS = { lang: 'vi' as const, now: NOW };

async function startSnapshot(c: CorpusCase): Promise<WorkbookSnapshot> {
  const snap = c.office?.snapshot ? c.office.snapshot() : await readSnapshotFromBuffer(await inputBytes(c), c.fileName ?? `${c.id}.xlsx`);
  return c.office?.structureProtected ? { ...snap, structureProtected: true } : snap;
}

/** One pass of the pane: read, analyse, plan; write unless the plan says nothing can be written. */
async function pass(sim: ExcelSimulator): Promise<{ snapshot: WorkbookSnapshot; findings: Finding[]; totals: Record<string, number>; wrote: boolean }> {
  const port = createOfficePort(sim.run, { isSetSupported: sim.isSetSupported });
  const snapshot = await port.readSnapshot();
  const analysis = analyzeWorkbook(snapshot, {}, OPTS);
  const { plan, findings } = writePlan(snapshot, analysis, OPTS);
  const all = [...analysis.findings, ...findings];
  const totals = Object.fromEntries(analysis.blocs.flatMap((b) => b.units.map((u) => [u.unit, u.total] as const)));
  if (all.some((f) => f.code === 'OUTPUT_STRUCTURE_PROTECTED')) return { snapshot, findings: all, totals, wrote: false };
  await port.applyPlan(plan);
  return { snapshot, findings: all, totals, wrote: true };
}

async function readBack(sim: ExcelSimulator): Promise<WorkbookSnapshot> {
  return createOfficePort(sim.run, { isSetSupported: sim.isSetSupported }).readSnapshot();
}

async function runCase(c: CorpusCase): Promise<void> {
  const start = await startSnapshot(c);
  const sim = ExcelSimulator.fromSnapshot(start);
  const first = await pass(sim);
  expect(codeSets(first.findings)).toEqual(expectedSets(c.office?.expect ?? c.expect ?? {}));
  expect(missingPlaces(first.findings, c.at)).toEqual([]);
  for (const [unit, total] of Object.entries(c.totals ?? {})) expect([unit, first.totals[unit]]).toEqual([unit, total]);

  // The second pass reads what the first wrote: the input sheets as they were, the owned sheets.
  const second = first.wrote ? await pass(sim) : null;
  const after = second ? second.snapshot : await readBack(sim);
  const replaceable = replaceableSheets(first.snapshot);
  for (const s of first.snapshot.sheets.filter((x) => !replaceable.has(x.name))) {
    const kept = after.sheets.find((x) => x.name === s.name);
    expect(kept && sheetFingerprint(kept)).toBe(sheetFingerprint(s));
  }
  if (!second) {
    expect(after.sheets.map((s) => s.name)).toEqual(first.snapshot.sheets.map((s) => s.name));
    return;
  }
  const owned = ownedNames(after);
  expect(owned.length).toBeGreaterThan(0);
  const strings = stringsOf(after, owned);
  for (const t of c.outputHas ?? []) expect(strings.has(t)).toBe(true);

  // The rerun found the same things and rewrote the same sheets in place: no "(2)" copies.
  const places = (fs: readonly Finding[]): string[] => fs.filter((f) => !isOwnershipCode(f.code)).map((f) => `${f.severity} ${f.code}@${f.sheet ?? ''}!${f.cell ?? ''}`);
  expect(places(second.findings)).toEqual(places(first.findings));
  const again = await readBack(sim);
  expect(again.sheets.map((s) => s.name)).toEqual(after.sheets.map((s) => s.name));
  const logDiffers = first.findings.some((f) => isOwnershipCode(f.code));
  for (const n of owned) {
    if (logDiffers && n.startsWith('Nhật ký kiểm tra')) continue;
    expect(sheetFingerprint(again.sheets.find((s) => s.name === n)!)).toBe(sheetFingerprint(after.sheets.find((s) => s.name === n)!));
  }
}

const inExcel = CORPUS.filter((c) => !c.office?.skip);

describe('bad-input corpus through the Office.js adapter (simulator)', () => {
  it('covers every case a workbook open in Excel can present; the rest say why not', () => {
    expect(inExcel.length).toBeGreaterThanOrEqual(30);
    for (const c of CORPUS.filter((x) => x.office?.skip)) expect(c.refused).toBeDefined();
  });

  it.each(inExcel.map((c) => [c.id, c] as const))('%s', async (_id, c) => runCase(c), 600_000);
});
