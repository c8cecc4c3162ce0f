/**
 * Ownership of output sheets (SPEC §5): the very-hidden sheet `_thidua` records which sheets this tool
 * wrote, when, with which parameters and the hash of their values. A rerun replaces its own unedited
 * sheets in place, writes beside ("… (2)") anything it must not overwrite, and deletes its unedited
 * sheets that are no longer produced. Pure: the snapshot in, a WritePlan and findings out.
 */
import type { Finding } from '../engine';
import type { OwnedSheet, PlanValue, SheetAction, SheetPlan, WritePlan } from './plan';
import type { SheetSnapshot, WorkbookSnapshot } from './snapshot';
import { sameSheetName, sheetNameKey, uniqueSheetName } from '../engine';
import { hashPlanValues, matchesValuesHash } from './hash';
import { MEMORY_SHEET } from './memory';

export const OWNERSHIP_SHEET = '_thidua';
export const OWNERSHIP_HEADER: readonly string[] = ['name', 'key', 'writtenAt', 'paramsHash', 'valuesHash'];

export interface OwnershipRead {
  readonly records: OwnedSheet[];
  /** Rows that are not a record (other than the header and empty rows). */
  readonly badRows: number;
}

/** Reads the `_thidua` table; no sheet or an empty one gives no records. */
export function readOwnership(snapshot: WorkbookSnapshot): OwnershipRead {
  const sheet = snapshot.sheets.find((s) => sameSheetName(s.name, OWNERSHIP_SHEET));
  const records: OwnedSheet[] = [];
  let badRows = 0;
  if (!sheet) return { records, badRows };
  sheet.values.forEach((row, i) => {
    const cells = OWNERSHIP_HEADER.map((_, c) => row[c]);
    if (cells.every((v) => v === null || v === undefined || v === '')) return;
    if (i === 0 && cells[0] === 'name' && cells[1] === 'key') return;
    const [name, key, writtenAt, paramsHash, valuesHash] = cells;
    if (typeof name !== 'string' || name === '' || typeof key !== 'string' || key === '' || typeof valuesHash !== 'string') {
      badRows++;
      return;
    }
    records.push({ name, key, writtenAt: String(writtenAt ?? ''), paramsHash: String(paramsHash ?? ''), valuesHash });
  });
  return { records, badRows };
}

export function ownershipToValues(records: readonly OwnedSheet[]): PlanValue[][] {
  return [[...OWNERSHIP_HEADER], ...records.map((r) => [r.name, r.key, r.writtenAt, r.paramsHash, r.valuesHash])];
}

type RecordState = 'unedited' | 'edited' | 'protected';

interface LiveRecord {
  readonly record: OwnedSheet;
  readonly sheet: SheetSnapshot;
  readonly state: RecordState;
}

export function resolveWritePlan(
  snapshot: WorkbookSnapshot,
  sheetPlans: readonly SheetPlan[],
  opts: { now: Date; paramsHash: string },
): { plan: WritePlan; findings: Finding[] } {
  const findings: Finding[] = [];
  const read = readOwnership(snapshot);
  if (read.badRows > 0) findings.push({ code: 'OUTPUT_OWNERSHIP_UNREADABLE', severity: 'warning', sheet: OWNERSHIP_SHEET, params: { sheet: OWNERSHIP_SHEET, count: read.badRows } });

  if (snapshot.structureProtected) {
    findings.push({ code: 'OUTPUT_STRUCTURE_PROTECTED', severity: 'error', params: {} });
    // Nothing is written, so whether the sheets were edited does not matter (and is not hashed).
    const kept = ownedSheets(snapshot, read.records).map((l) => l.record);
    return { plan: emptyPlan(kept), findings };
  }

  // Records whose sheet still exists, one per sheet; a record whose sheet was deleted by the user is forgotten.
  const live = liveRecords(snapshot, read.records);
  const planKeys = new Set(sheetPlans.map((p) => p.key));
  const deletions = live.filter((l) => l.state === 'unedited' && !planKeys.has(l.record.key)).map((l) => l.record.name);
  for (const l of live) {
    if (l.state !== 'unedited' && !planKeys.has(l.record.key)) findings.push({ code: 'OUTPUT_OWNED_KEPT', severity: 'info', sheet: l.record.name, params: { sheet: l.record.name } });
  }

  const deleted = new Set(deletions.map(sheetNameKey));
  // Names that stay in the workbook whatever this run does (deleted sheets free their names).
  const taken: string[] = snapshot.sheets.map((s) => s.name).filter((n) => !deleted.has(sheetNameKey(n)));
  taken.push(OWNERSHIP_SHEET, MEMORY_SHEET);
  const claimed: string[] = [];
  // The keys of `taken` and `claimed` (a name's key costs a locale-aware upper-casing: once per name).
  const usedKeys = new Set(taken.map(sheetNameKey));
  const usedRecords = new Set<LiveRecord>();
  const actions: SheetAction[] = [];
  const claim = (n: string): void => {
    claimed.push(n);
    usedKeys.add(sheetNameKey(n));
  };

  for (const p of sheetPlans) {
    const mine = live.find((l) => l.record.key === p.key && l.state === 'unedited' && !usedRecords.has(l));
    if (mine) {
      usedRecords.add(mine);
      claim(mine.record.name);
      actions.push({ kind: 'replace', name: mine.record.name, plan: p });
      continue;
    }
    const stale = live.find((l) => l.record.key === p.key && l.state !== 'unedited' && !usedRecords.has(l));
    if (stale) usedRecords.add(stale);
    let name = p.name;
    if (usedKeys.has(sheetNameKey(p.name))) {
      name = uniqueSheetName(p.name, [...taken, ...claimed]);
      const blocking = stale && sameSheetName(stale.record.name, p.name) ? stale : undefined;
      if (blocking) {
        const code = blocking.state === 'protected' ? 'OUTPUT_OWNED_PROTECTED' : 'OUTPUT_OWNED_EDITED';
        findings.push({ code, severity: 'warning', sheet: blocking.record.name, params: { sheet: blocking.record.name, newName: name } });
      } else {
        const existing = snapshot.sheets.find((s) => sameSheetName(s.name, p.name))?.name ?? p.name;
        findings.push({ code: 'OUTPUT_NAME_TAKEN', severity: 'warning', sheet: existing, params: { sheet: existing, newName: name } });
      }
    }
    if (stale && !sameSheetName(stale.record.name, p.name)) {
      // Its old sheet (an earlier "… (2)") was edited; it is left to the user.
      findings.push({ code: 'OUTPUT_OWNED_KEPT', severity: 'info', sheet: stale.record.name, params: { sheet: stale.record.name } });
    }
    claim(name);
    actions.push({ kind: 'create', name, plan: p });
  }

  const writtenAt = opts.now.toISOString();
  const records: OwnedSheet[] = actions.map((a) => ({ name: a.name, key: a.plan.key, writtenAt, paramsHash: opts.paramsHash, valuesHash: hashPlanValues(a.plan) }));
  return {
    plan: { actions, deletions, ownership: { version: 1, sheets: records }, ownershipSheet: OWNERSHIP_SHEET, ownershipValues: ownershipToValues(records) },
    findings,
  };
}

function liveRecords(snapshot: WorkbookSnapshot, records: readonly OwnedSheet[]): LiveRecord[] {
  return ownedSheets(snapshot, records).map(({ record, sheet }) => {
    const state: RecordState = !matchesValuesHash(sheet.values, record.valuesHash) ? 'edited' : sheet.protected ? 'protected' : 'unedited';
    return { record, sheet, state };
  });
}

/** Records whose sheet still exists, one per sheet, named as the sheet is now. */
function ownedSheets(snapshot: WorkbookSnapshot, records: readonly OwnedSheet[]): Omit<LiveRecord, 'state'>[] {
  const out: Omit<LiveRecord, 'state'>[] = [];
  if (records.length === 0) return out;
  const seen = new Set<string>();
  // The first sheet of each key, as `find` would give it.
  const sheets = new Map<string, SheetSnapshot>();
  for (const s of snapshot.sheets) {
    const k = sheetNameKey(s.name);
    if (!sheets.has(k)) sheets.set(k, s);
  }
  for (const record of records) {
    const k = sheetNameKey(record.name);
    if (seen.has(k)) continue;
    const sheet = sheets.get(k);
    if (!sheet || sameSheetName(sheet.name, OWNERSHIP_SHEET)) continue;
    seen.add(k);
    out.push({ record: { ...record, name: sheet.name }, sheet });
  }
  return out;
}

function emptyPlan(kept: readonly OwnedSheet[]): WritePlan {
  return { actions: [], deletions: [], ownership: { version: 1, sheets: [...kept] }, ownershipSheet: OWNERSHIP_SHEET, ownershipValues: ownershipToValues(kept) };
}
