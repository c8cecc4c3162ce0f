/**
 * Which sheet plays which role for the bloc stage (SPEC §3): a role the user confirmed first, then the
 * add-in's own sheets (never inputs), then the name, then — for every other sheet — the header row:
 * a scoring sheet is one whose header fits a scoring layout; a sheet with only a criteria header
 * (code, content, max) is a criteria table. Sheets of the nominations stage are left alone.
 */
import type { SheetSnapshot, WorkbookSnapshot } from '../../workbook/snapshot';
import type { SheetRecognition, SheetRole } from '../model';
import { SheetGrid } from '../cells/grid';
import { roleByName, isOtherInputSheetName, isOwnershipSheet } from './sheetNames';
import { detectCriteriaInRows, type CriteriaInRowsHeader } from '../scoring/criteriaInRows';
import { detectUnitsInRows, type UnitsInRowsHeader } from '../scoring/unitsInRowsHeader';

const MY_ROLES: ReadonlySet<SheetRole> = new Set(['settings', 'criteria', 'scoring', 'units', 'votes']);

export type Layout =
  | { readonly kind: 'criteriaInRows'; readonly det: CriteriaInRowsHeader }
  | { readonly kind: 'unitsInRows'; readonly det: UnitsInRowsHeader };

export interface Candidate {
  readonly sheet: SheetSnapshot;
  readonly grid: SheetGrid;
  readonly by: 'name' | 'header' | 'user';
}

export interface ScoringCandidate extends Candidate {
  /** Null when the user called it a scoring sheet but no layout fits. */
  readonly layout: Layout | null;
}

export interface Recognized {
  settings: Candidate | null;
  readonly criteria: Candidate[];
  /** Criteria tables found by header only (used when no criteria sheet is named). */
  readonly headerCriteria: (Candidate & { readonly det: CriteriaInRowsHeader })[];
  readonly scoring: ScoringCandidate[];
  readonly units: Candidate[];
  readonly votes: Candidate[];
  /** Output and ownership sheets. */
  readonly fixed: SheetRecognition[];
}

/**
 * The scoring layout of a sheet: units-in-rows when code columns sit beside a unit column, else
 * criteria-in-rows. Unless the user confirmed the sheet (`confirmed`), a criteria-in-rows sheet must show
 * a max column or a Tự chấm / Khối chấm column, so that a "TT | Nội dung | Thời gian" agenda is no
 * scoring sheet.
 */
export function detectLayout(grid: SheetGrid, confirmed = false): { layout: Layout | null; criteriaOnly: CriteriaInRowsHeader | null } {
  const uir = detectUnitsInRows(grid);
  if (uir) return { layout: { kind: 'unitsInRows', det: uir }, criteriaOnly: null };
  const cir = detectCriteriaInRows(grid);
  const scored = cir !== null && (confirmed || cir.cols.max !== null || cir.units.some((u) => u.self !== null || u.bloc !== null));
  if (cir && cir.units.length && scored) return { layout: { kind: 'criteriaInRows', det: cir }, criteriaOnly: null };
  return { layout: null, criteriaOnly: cir && cir.cols.max !== null ? cir : null };
}

export function recognizeSheets(snapshot: WorkbookSnapshot, overrides: Readonly<Record<string, SheetRole>>): Recognized {
  const out: Recognized = { settings: null, criteria: [], headerCriteria: [], scoring: [], units: [], votes: [], fixed: [] };
  for (const sheet of snapshot.sheets) {
    if (isOwnershipSheet(sheet)) {
      out.fixed.push({ sheet: sheet.name, role: 'ownership', headerRow: null, by: 'name' });
      continue;
    }
    const override = overrides[sheet.name];
    let role: SheetRole | null;
    let by: Candidate['by'];
    if (override !== undefined) {
      if (!MY_ROLES.has(override)) {
        if (override === 'output' || override === 'ownership') out.fixed.push({ sheet: sheet.name, role: override, headerRow: null, by: 'user' });
        continue;
      }
      role = override;
      by = 'user';
    } else {
      role = roleByName(sheet);
      by = 'name';
      if (role === 'output' || role === 'ownership') {
        out.fixed.push({ sheet: sheet.name, role, headerRow: null, by: 'name' });
        continue;
      }
      if (role === null && isOtherInputSheetName(sheet.name)) continue;
    }
    const grid = new SheetGrid(sheet);
    if (role === 'settings') {
      if (!out.settings) out.settings = { sheet, grid, by };
    } else if (role === 'criteria') out.criteria.push({ sheet, grid, by });
    else if (role === 'units') out.units.push({ sheet, grid, by });
    else if (role === 'votes') out.votes.push({ sheet, grid, by });
    else {
      const { layout, criteriaOnly } = detectLayout(grid, role === 'scoring');
      if (layout || role === 'scoring') out.scoring.push({ sheet, grid, by: role === 'scoring' ? by : 'header', layout });
      else if (criteriaOnly) out.headerCriteria.push({ sheet, grid, by: 'header', det: criteriaOnly });
    }
  }
  return out;
}
