/**
 * Which sheets hold individual nominations, collective nominations and votes: by name first, then by
 * header row (SPEC §3). Sheets another stage claimed are left alone, except the votes sheet, whose person
 * rows this stage reads even when the bloc stage reads its unit rows.
 */
import type { SheetSnapshot, WorkbookSnapshot } from '../../workbook/snapshot';
import type { SheetRole } from '../model';
import { SheetGrid } from '../cells/grid';
import type { ColumnSpec, HeaderMatch } from '../cells/headers';
import { findHeaderRow, sheetNameMatches } from '../cells/headers';
import { looseKey } from '../cells/text';
import {
  COLLECTIVE_COLUMNS,
  COLLECTIVE_SHEET_NAMES,
  INDIVIDUAL_COLUMNS,
  INDIVIDUAL_SHEET_NAMES,
  OWN_OUTPUT_SHEET_NAMES,
  VOTE_COLUMNS,
  VOTE_SHEET_NAMES,
} from './columns';

export type NominationRole = 'nominations' | 'collectives' | 'votes';

export interface RecognizedSheet {
  readonly grid: SheetGrid;
  readonly role: NominationRole;
  readonly header: HeaderMatch | null;
  readonly by: 'name' | 'header' | 'user';
  /** True when another stage claimed the sheet (only votes): read it, do not report it. */
  readonly claimed: boolean;
}

const SPECS: Readonly<Record<NominationRole, readonly ColumnSpec[]>> = {
  nominations: INDIVIDUAL_COLUMNS,
  collectives: COLLECTIVE_COLUMNS,
  votes: VOTE_COLUMNS,
};

const NAMES: readonly [NominationRole, readonly string[]][] = [
  ['collectives', COLLECTIVE_SHEET_NAMES],
  ['nominations', INDIVIDUAL_SHEET_NAMES],
  ['votes', VOTE_SHEET_NAMES],
];

/** Output sheets of earlier runs ("Kiểm tra đề nghị", "Kiểm tra đề nghị (2)") are never input. */
function isOwnOutput(name: string): boolean {
  const base = looseKey(name.replace(/\s*\(\d+\)\s*$/, ''));
  return OWN_OUTPUT_SHEET_NAMES.some((n) => looseKey(n) === base) || name.startsWith('_thidua');
}

function isMine(role: SheetRole): role is NominationRole {
  return role === 'nominations' || role === 'collectives' || role === 'votes';
}

/** Header matches strong enough to trust without the sheet's name. */
function byHeader(grid: SheetGrid): { role: NominationRole; header: HeaderMatch } | null {
  const collective = findHeaderRow(grid, COLLECTIVE_COLUMNS);
  if (collective && collective.score >= 3) return { role: 'collectives', header: collective };
  const individual = findHeaderRow(grid, INDIVIDUAL_COLUMNS);
  if (individual && individual.score >= 4) return { role: 'nominations', header: individual };
  const votes = findHeaderRow(grid, VOTE_COLUMNS);
  if (votes && votes.columns.total !== undefined && (votes.columns.name !== undefined || votes.columns.unit !== undefined)) return { role: 'votes', header: votes };
  return null;
}

export function recognizeSheets(
  snapshot: WorkbookSnapshot,
  claimed: ReadonlySet<string>,
  overrides: Readonly<Record<string, SheetRole>> = {},
): RecognizedSheet[] {
  const out: RecognizedSheet[] = [];
  for (const sheet of snapshot.sheets) {
    const r = recognizeOne(sheet, claimed.has(sheet.name), overrides[sheet.name]);
    if (r) out.push(r);
  }
  return out;
}

function recognizeOne(sheet: SheetSnapshot, isClaimed: boolean, override: SheetRole | undefined): RecognizedSheet | null {
  if (sheet.visibility === 'veryHidden' || isOwnOutput(sheet.name)) return null;
  const grid = new SheetGrid(sheet);
  if (override !== undefined) {
    if (!isMine(override)) return null;
    return { grid, role: override, header: findHeaderRow(grid, SPECS[override]), by: 'user', claimed: isClaimed && override === 'votes' };
  }
  const named = NAMES.find(([, names]) => sheetNameMatches(sheet.name, names));
  if (isClaimed) {
    // Another stage reads its unit rows; the person rows (a `Họ và tên` column) are read here.
    const header = findHeaderRow(grid, VOTE_COLUMNS);
    const personVotes = header !== null && header.columns.name !== undefined && header.columns.total !== undefined;
    if (named?.[0] !== 'votes' && !personVotes) return null;
    return { grid, role: 'votes', header, by: 'name', claimed: true };
  }
  if (named) return { grid, role: named[0], header: findHeaderRow(grid, SPECS[named[0]]), by: 'name', claimed: false };
  const found = byHeader(grid);
  return found ? { grid, role: found.role, header: found.header, by: 'header', claimed: false } : null;
}
