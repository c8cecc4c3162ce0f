/**
 * Shared steps of the writers: the pre-check sync (what sheets exist, which are protected), sheet-name
 * checks, and removing the sheets a failed run created.
 */
import { sheetNameKey } from '../engine';
import { InvalidSheetNameError } from './errors';
import type { ApiSupport } from './requirements';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExistingSheet {
  readonly ws: Excel.Worksheet;
  readonly name: string;
  readonly visibility: string;
  readonly protected: boolean;
}

export interface BookState {
  /** Sheets in tab order. */
  readonly sheets: readonly ExistingSheet[];
  readonly byKey: ReadonlyMap<string, ExistingSheet>;
  readonly structureProtected: boolean;
}

/** One sync: every sheet's name, position, visibility and protection, and the workbook's protection. */
export async function loadBook(context: Excel.RequestContext, api: ApiSupport): Promise<BookState> {
  const coll = context.workbook.worksheets;
  coll.load('items/name,items/position,items/visibility,items/protection/protected');
  const prot = api.v1_7 ? context.workbook.protection : null;
  if (prot) prot.load('protected');
  await context.sync();
  const sheets = [...coll.items]
    .sort((a, b) => a.position - b.position)
    .map((ws) => ({ ws, name: ws.name, visibility: ws.visibility as string, protected: ws.protection.protected }));
  return { sheets, byKey: new Map(sheets.map((s) => [sheetNameKey(s.name), s])), structureProtected: prot?.protected ?? false };
}

const ILLEGAL = /[[\]:*?/\\]|\p{Cc}/u;

/** Excel's rules for a sheet name; duplicates (ignoring case) are refused too. */
export function assertSheetNames(names: readonly string[]): void {
  const bad: string[] = [];
  const seen = new Set<string>();
  for (const n of names) {
    const k = sheetNameKey(n);
    if (n.trim() === '' || [...n].length > 31 || ILLEGAL.test(n) || n.startsWith("'") || n.endsWith("'") || k === 'HISTORY' || seen.has(k)) bad.push(n);
    seen.add(k);
  }
  if (bad.length) throw new InvalidSheetNameError(bad);
}

/** A name like "~thidua 3" that no sheet has; the run's sheets are built under such names first. */
export function tempNames(count: number, taken: ReadonlyMap<string, unknown>): string[] {
  const out: string[] = [];
  for (let i = 1; out.length < count; i++) {
    const n = `~thidua ${i}`;
    if (!taken.has(sheetNameKey(n))) out.push(n);
  }
  return out;
}

/**
 * After a failed batch: deletes those of `names` that exist (sheets this run created). Two syncs: find
 * them, delete them. Returns what was removed and what could not be.
 */
export async function removeSheets(run: ExcelRun, names: readonly string[]): Promise<{ removed: string[]; leftOver: string[] }> {
  if (names.length === 0) return { removed: [], leftOver: [] };
  let present: string[] = [...names];
  try {
    return await run(async (context) => {
      const found = names.map((name) => ({ name, ws: context.workbook.worksheets.getItemOrNullObject(name) }));
      for (const f of found) f.ws.load('name');
      await context.sync();
      const existing = found.filter((f) => !f.ws.isNullObject);
      present = existing.map((f) => f.name);
      for (const f of existing) f.ws.delete();
      await context.sync();
      return { removed: present, leftOver: [] };
    });
  } catch {
    return { removed: [], leftOver: present };
  }
}
