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
import { hashPlanValues, hashValues } from './hash';
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
    const kept = liveRecords(snapshot, read.records).map((l) => l.record);
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
  const usedRecords = new Set<LiveRecord>();
  const actions: SheetAction[] = [];

  for (const p of sheetPlans) {
    const mine = live.find((l) => l.record.key === p.key && l.state === 'unedited' && !usedRecords.has(l));
    if (mine) {
      usedRecords.add(mine);
      claimed.push(mine.record.name);
      actions.push({ kind: 'replace', name: mine.record.name, plan: p });
      continue;
    }
    const stale = live.find((l) => l.record.key === p.key && l.state !== 'unedited' && !usedRecords.has(l));
    if (stale) usedRecords.add(stale);
    const clash = (n: string): boolean => [...taken, ...claimed].some((t) => sameSheetName(t, n));
    let name = p.name;
    if (clash(p.name)) {
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
    claimed.push(name);
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
  const out: LiveRecord[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    const k = sheetNameKey(record.name);
    if (seen.has(k)) continue;
    const sheet = snapshot.sheets.find((s) => sheetNameKey(s.name) === k);
    if (!sheet || sameSheetName(sheet.name, OWNERSHIP_SHEET)) continue;
    seen.add(k);
    const state: RecordState = hashValues(sheet.values) !== record.valuesHash ? 'edited' : sheet.protected ? 'protected' : 'unedited';
    out.push({ record: { ...record, name: sheet.name }, sheet, state });
  }
  return out;
}

function emptyPlan(kept: readonly OwnedSheet[]): WritePlan {
  return { actions: [], deletions: [], ownership: { version: 1, sheets: [...kept] }, ownershipSheet: OWNERSHIP_SHEET, ownershipValues: ownershipToValues(kept) };
}
