/** Shared assertions of the corpus runners: exact code sets, places, preserved sheets, rerun identity. */
import { createHash } from 'crypto';
import type { Finding } from '../../../src/engine';
import type { SheetSnapshot, WorkbookSnapshot } from '../../../src/workbook/snapshot';
import { readOwnership, OWNERSHIP_SHEET } from '../../../src/workbook/ownership';
import { matchesValuesHash } from '../../../src/workbook/hash';
import { bookBytes, type BookSpec } from './book';
import type { CorpusCase, Expected } from './types';

type Located = Pick<Finding, 'code' | 'severity' | 'sheet' | 'cell'>;

export async function inputBytes(c: CorpusCase): Promise<Uint8Array> {
  const made = await c.input();
  return made instanceof Uint8Array ? made : bookBytes(made as BookSpec);
}

const uniq = (xs: readonly string[]): string[] => [...new Set(xs)].sort();

/** The codes found, per severity, as sorted sets. */
export function codeSets(findings: readonly Located[]): Required<Expected> {
  const of = (s: string): string[] => uniq(findings.filter((f) => f.severity === s).map((f) => f.code));
  return { errors: of('error'), warnings: of('warning'), infos: of('info') };
}

export function expectedSets(e: Expected): Required<Expected> {
  return { errors: uniq(e.errors ?? []), warnings: uniq(e.warnings ?? []), infos: uniq(e.infos ?? []) };
}

/** "CODE@Sheet!Cell" / "CODE@Sheet" entries that no finding matches. */
export function missingPlaces(findings: readonly Located[], at: readonly string[] = []): string[] {
  return at.filter((spec) => {
    const [code, place] = spec.split('@') as [string, string];
    const bang = place.lastIndexOf('!');
    const sheet = bang >= 0 ? place.slice(0, bang) : place;
    const cell = bang >= 0 ? place.slice(bang + 1) : undefined;
    return !findings.some((f) => f.code === code && f.sheet === sheet && (cell === undefined || f.cell === cell));
  });
}

/** Owned sheets the input's `_thidua` records and whose values still match: the only sheets a run may replace. */
export function replaceableSheets(snapshot: WorkbookSnapshot): Set<string> {
  const out = new Set<string>([OWNERSHIP_SHEET]);
  for (const r of readOwnership(snapshot).records) {
    const s = snapshot.sheets.find((x) => x.name === r.name);
    if (s && !s.protected && matchesValuesHash(s.values, r.valuesHash)) out.add(s.name);
  }
  return out;
}

/** What must survive a run unchanged: values, merges, visibility, hidden rows and protection. */
export function sheetFingerprint(s: SheetSnapshot): string {
  const merges = [...s.merges].map((m) => `${m.r0},${m.c0},${m.r1},${m.c1}`).sort().join(';');
  return [valuesDigest(s.values), merges, s.visibility, [...(s.hiddenRows ?? [])].join(','), s.protected ? 'p' : ''].join('|');
}

/** SHA-256 of the values as a reader sees them (trailing empty cells and rows do not count); fast on a million rows. */
function valuesDigest(values: SheetSnapshot['values']): string {
  const h = createHash('sha256');
  let pendingEmpty = 0;
  for (const row of values) {
    let end = row.length;
    while (end > 0 && (row[end - 1] === null || row[end - 1] === '')) end--;
    if (end === 0) {
      pendingEmpty++;
      continue;
    }
    h.update(`${pendingEmpty}\n${JSON.stringify(row.slice(0, end).map((v) => (v === '' ? null : v)))}\n`);
    pendingEmpty = 0;
  }
  return h.digest('hex');
}

/** Sheets the tool owns after a run (from its `_thidua`). */
export function ownedNames(snapshot: WorkbookSnapshot): string[] {
  return readOwnership(snapshot).records.map((r) => r.name);
}

export function stringsOf(snapshot: WorkbookSnapshot, names: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const s of snapshot.sheets) if (names.includes(s.name)) for (const row of s.values) for (const v of row) if (typeof v === 'string') out.add(v);
  return out;
}

/** Output codes that depend on what the workbook held before the run (they change on a rerun). */
export const isOwnershipCode = (code: string): boolean => code.startsWith('OUTPUT_');
