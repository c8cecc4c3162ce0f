/**
 * The criteria tables of a workbook (SPEC §3.2): one shared `Tiêu chí` sheet, or one per bloc
 * (`Tiêu chí Khối THCS`), or — when none is named — a sheet whose header is a criteria table.
 * `forBloc` picks the bloc's own table, else the shared one.
 */
import type { FindingSink } from '../findings/types';
import type { CriteriaTable, SheetRecognition } from '../model';
import { findHeaderRow } from '../cells/headers';
import { firstDataRow } from '../cells/columnNumbers';
import { CRITERIA_COLUMNS, criteriaColumnsOf } from '../criteria/columns';
import { parseCriteriaRows } from '../criteria/parseCriteria';
import { blocKey } from '../scoring/blocName';
import { criteriaSheetBloc } from './sheetNames';
import type { Candidate, Recognized } from './recognize';

export interface CriteriaSheets {
  readonly shared: CriteriaTable | null;
  readonly perBloc: ReadonlyMap<string, CriteriaTable>;
  readonly recognitions: SheetRecognition[];
}

export function readCriteriaSheets(rec: Recognized, sink: FindingSink): CriteriaSheets {
  let shared: CriteriaTable | null = null;
  const perBloc = new Map<string, CriteriaTable>();
  const recognitions: SheetRecognition[] = [];
  const add = (c: Candidate, table: CriteriaTable, headerRow: number): void => {
    recognitions.push({ sheet: c.sheet.name, role: 'criteria', headerRow, by: c.by });
    if (c.sheet.visibility === 'hidden') sink.info('SHEET_HIDDEN', { sheet: c.sheet.name }, { role: 'criteria' });
    const bloc = c.by === 'name' ? criteriaSheetBloc(c.sheet.name) : '';
    const key = blocKey(bloc);
    if (!key) {
      if (shared) sink.warning('CRITERIA_SHEET_EXTRA', { sheet: c.sheet.name }, { used: shared.sheet });
      else shared = table;
    } else if (perBloc.has(key)) sink.warning('CRITERIA_SHEET_EXTRA', { sheet: c.sheet.name }, { used: perBloc.get(key)!.sheet });
    else perBloc.set(key, table);
  };
  for (const c of rec.criteria) {
    const h = findHeaderRow(c.grid, CRITERIA_COLUMNS);
    if (!h) {
      sink.error('CRITERIA_SHEET_NO_HEADER', { sheet: c.sheet.name, cell: 'A1' });
      recognitions.push({ sheet: c.sheet.name, role: 'criteria', headerRow: null, by: c.by });
      continue;
    }
    const parsed = parseCriteriaRows(c.grid, criteriaColumnsOf(h), firstDataRow(c.grid, h.row), sink, { report: true });
    add(c, parsed.table, h.row);
  }
  if (!shared && !perBloc.size) {
    for (const c of rec.headerCriteria) {
      const parsed = parseCriteriaRows(c.grid, criteriaColumnsOf(c.det.header), firstDataRow(c.grid, c.det.lastHeaderRow), sink, { report: true });
      add(c, parsed.table, c.det.header.row);
    }
  }
  return { shared, perBloc, recognitions };
}

/** The criteria table for a bloc: its own sheet, else the shared one, else null. */
export function criteriaForBloc(sheets: CriteriaSheets, bloc: string): CriteriaTable | null {
  return sheets.perBloc.get(blocKey(bloc)) ?? sheets.shared;
}
