/**
 * One sheet of one file into the merge state: settings and criteria tables kept from the first file
 * and compared, scoring sheets grouped by bloc, lists concatenated. Returns what it added.
 */
import type { FindingSink } from '../findings/types';
import type { SheetGrid } from '../cells/grid';
import type { HeaderMatch } from '../cells/headers';
import { cellAddress } from '../cells/address';
import { cellText, formatDate, readDate } from '../cells/values';
import { foldKey, looseKey } from '../cells/text';
import type { ListKind, ListSpec } from './listSpecs';
import type { CriteriaSide } from './compareCriteria';
import { compareCriteria } from './compareCriteria';
import { readCriteriaRows, TOTAL_LABELS } from './criteriaRows';
import type { CriteriaInRowsSheet } from './criteriaInRows';
import type { CriteriaInRowsTarget } from './criteriaInRowsMerge';
import type { ListTarget } from './listMerge';
import { addListSource, newListTarget } from './listMerge';
import type { SettingsSource } from './settingsMerge';
import { compareSettings } from './settingsMerge';
import { readTable } from './tableRead';
import { blocFromText, blocName } from './blocName';
import { classifySheet } from './classify';
import { criteriaSheetBloc, isCriteriaSheetName } from '../blocs/sheetNames';
import { unitKey } from './values';

export interface UnitsInRowsTarget {
  readonly layout: 'unitsInRows';
  readonly bloc: string;
  readonly firstFile: string;
  readonly list: ListTarget;
}

export type ScoringTarget = CriteriaInRowsTarget | UnitsInRowsTarget;

export interface CriteriaEntry {
  readonly file: string;
  readonly outputName: string;
  readonly grid: SheetGrid;
  readonly side: CriteriaSide;
}

export interface MergeState {
  settings: SettingsSource | null;
  /** Criteria tables by bloc key ('' = the shared table). */
  readonly criteria: Map<string, CriteriaEntry>;
  /** Scoring targets by folded bloc name, in order of first appearance. */
  readonly scoring: Map<string, ScoringTarget>;
  /** Units of criteria-in-rows targets: bloc key → unit key → first file. */
  readonly unitFiles: Map<string, Map<string, string>>;
  readonly lists: Map<ListKind, ListTarget>;
}

export function newMergeState(): MergeState {
  return { settings: null, criteria: new Map(), scoring: new Map(), unitFiles: new Map(), lists: new Map() };
}

export interface SheetMerged {
  readonly merged: boolean;
  readonly units: number;
  readonly rows: number;
}

const NONE: SheetMerged = { merged: false, units: 0, rows: 0 };

function hiddenRows(file: string, grid: SheetGrid, count: number, sink: FindingSink): void {
  if (count > 0) sink.info('MERGE_HIDDEN_ROWS_SKIPPED', { sheet: grid.name }, { file, count });
}

function mergeCriteria(st: MergeState, file: string, grid: SheetGrid, header: HeaderMatch, sink: FindingSink): SheetMerged {
  const { rows, hidden } = readCriteriaRows(grid, header, header.row + 1);
  hiddenRows(file, grid, hidden, sink);
  // "Tiêu chí Khối THCS" is that bloc's table; "Tiêu chí" the shared one.
  const bloc = isCriteriaSheetName(grid.name) ? criteriaSheetBloc(grid.name) || null : blocFromText(grid.name);
  const key = bloc ? foldKey(bloc) : '';
  const side: CriteriaSide = { file, sheet: grid.name, rows, header };
  const first = st.criteria.get(key);
  if (!first) {
    st.criteria.set(key, { file, grid, side, outputName: isCriteriaSheetName(grid.name) ? grid.name : bloc ? `Tiêu chí ${bloc}` : 'Tiêu chí' });
  } else compareCriteria(first.side, side, sink);
  return { merged: true, units: 0, rows: 0 };
}

function mergeCriteriaInRows(st: MergeState, file: string, grid: SheetGrid, parsed: CriteriaInRowsSheet, sink: FindingSink): SheetMerged {
  const bloc = blocName(grid, parsed.header.row);
  if (bloc.from === 'unknown') sink.warning('MERGE_BLOC_UNKNOWN', { sheet: grid.name }, { file, bloc: bloc.name });
  const key = foldKey(bloc.name);
  const src = { file, grid, parsed };
  let target = st.scoring.get(key);
  if (!target) {
    target = { layout: 'criteriaInRows', bloc: bloc.name, base: src, units: [] };
    st.scoring.set(key, target);
  } else if (target.layout !== 'criteriaInRows') {
    sink.error('MERGE_LAYOUT_MISMATCH', { sheet: grid.name }, { file, bloc: bloc.name, firstFile: target.firstFile, layout: 'criteriaInRows', firstLayout: 'unitsInRows' });
    return NONE;
  } else {
    compareCriteria(
      { file: target.base.file, sheet: target.base.grid.name, rows: target.base.parsed.criteria, header: target.base.parsed.header },
      { file, sheet: grid.name, rows: parsed.criteria, header: parsed.header },
      sink,
    );
  }
  hiddenRows(file, grid, parsed.hidden, sink);
  const seen = st.unitFiles.get(key) ?? new Map<string, string>();
  st.unitFiles.set(key, seen);
  let units = 0;
  for (const unit of parsed.units) {
    if (unit.nameFrom === 'file') sink.info('MERGE_UNIT_NAME_FROM_FILE', { sheet: grid.name }, { file, unit: unit.name });
    const uk = unitKey(unit.name);
    const first = seen.get(uk);
    if (first !== undefined && first !== file) {
      sink.warning('MERGE_DUPLICATE_UNIT', { sheet: grid.name, cell: unit.cell }, { file, unit: unit.name, bloc: bloc.name, firstFile: first });
      continue;
    }
    seen.set(uk, file);
    target.units.push({ unit, src });
    units++;
  }
  return { merged: true, units, rows: 0 };
}

function mergeUnitsInRows(st: MergeState, file: string, grid: SheetGrid, header: HeaderMatch, unitCol: number, sink: FindingSink): SheetMerged {
  const bloc = blocName(grid, header.row);
  if (bloc.from === 'unknown') sink.warning('MERGE_BLOC_UNKNOWN', { sheet: grid.name }, { file, bloc: bloc.name });
  const key = foldKey(bloc.name);
  const read = readTable(grid, header, unitCol);
  const table = { ...read, rows: read.rows.filter((r) => !TOTAL_LABELS.includes(looseKey(cellText(grid.get(r, unitCol))))) };
  const src = { file, grid, table };
  let target = st.scoring.get(key);
  if (!target) {
    target = { layout: 'unitsInRows', bloc: bloc.name, firstFile: file, list: newListTarget('scoring', src) };
    st.scoring.set(key, target);
  } else if (target.layout !== 'unitsInRows') {
    sink.error('MERGE_LAYOUT_MISMATCH', { sheet: grid.name }, { file, bloc: bloc.name, firstFile: target.base.file, layout: 'unitsInRows', firstLayout: 'criteriaInRows' });
    return NONE;
  }
  hiddenRows(file, grid, table.hidden, sink);
  const firstFile = target.firstFile;
  const res = addListSource(
    target.list,
    src,
    (r) => `unit:${unitKey(cellText(grid.get(r, unitCol)))}`,
    (r, first) =>
      sink.warning('MERGE_DUPLICATE_UNIT', { sheet: grid.name, cell: cellAddress(r, unitCol) }, { file, unit: cellText(grid.get(r, unitCol)), bloc: bloc.name, firstFile: first }),
  );
  if (res.columns.length > 0) sink.warning('MERGE_COLUMNS_ADDED', { sheet: grid.name }, { file, firstFile, columns: res.columns.join(', ') });
  return { merged: true, units: res.added, rows: 0 };
}

/** The identity of a list row: the first identity group with a filled column, plus the award. */
function listIdentity(spec: ListSpec, grid: SheetGrid, header: HeaderMatch): (r: number) => string | null {
  const col = header.columns;
  const value = (k: string, r: number): string => {
    const c = col[k];
    if (c === undefined) return '';
    const v = grid.get(r, c);
    if (k === 'birth') {
      const d = readDate(v);
      return d ? formatDate(d) : looseKey(cellText(v));
    }
    return k === 'unit' ? unitKey(cellText(v)) : looseKey(cellText(v));
  };
  return (r) => {
    const group = spec.identity.find((g) => g.some((k) => value(k, r) !== ''));
    if (!group) return null;
    const award = spec.awardKey ? value(spec.awardKey, r) : '';
    return `${group.join('+')}:${group.map((k) => value(k, r)).join('|')}|${award}`;
  };
}

function mergeList(st: MergeState, file: string, grid: SheetGrid, spec: ListSpec, header: HeaderMatch, sink: FindingSink): SheetMerged {
  const keyCol = header.columns[spec.labelKey] ?? header.columns[spec.columns.find((c) => c.required)!.key]!;
  const table = readTable(grid, header, keyCol);
  const src = { file, grid, table };
  let target = st.lists.get(spec.kind);
  const isFirst = !target;
  if (!target) {
    target = newListTarget(spec.kind, src);
    st.lists.set(spec.kind, target);
  }
  hiddenRows(file, grid, table.hidden, sink);
  const labelCol = keyCol;
  const awardCol = spec.awardKey ? header.columns[spec.awardKey] : undefined;
  const firstFile = target.base.file;
  const res = addListSource(target, src, listIdentity(spec, grid, header), (r, first) =>
    sink.warning(
      'MERGE_DUPLICATE_ROW',
      { sheet: grid.name, cell: cellAddress(r, labelCol) },
      { file, name: cellText(grid.get(r, labelCol)), award: awardCol !== undefined ? cellText(grid.get(r, awardCol)) || '—' : '—', firstFile: first },
    ),
  );
  if (!isFirst && res.columns.length > 0) sink.info('MERGE_COLUMNS_ADDED', { sheet: grid.name }, { file, firstFile, columns: res.columns.join(', ') });
  const isNomination = spec.kind === 'nominations' || spec.kind === 'collectives';
  return { merged: true, units: 0, rows: isNomination ? res.added : 0 };
}

export function mergeSheet(st: MergeState, file: string, grid: SheetGrid, sink: FindingSink): SheetMerged {
  const cls = classifySheet(grid, file);
  switch (cls.kind) {
    case 'ignore':
      return NONE;
    case 'output':
      sink.info('MERGE_OUTPUT_SHEET_SKIPPED', { sheet: grid.name }, { file, sheet: grid.name });
      return NONE;
    case 'unknown':
      sink.warning('MERGE_SHEET_SKIPPED', { sheet: grid.name }, { file, sheet: grid.name });
      return NONE;
    case 'settings': {
      const src = { file, grid, header: cls.header };
      if (!st.settings) st.settings = src;
      else compareSettings(st.settings, src, sink);
      return { merged: true, units: 0, rows: 0 };
    }
    case 'criteria':
      return mergeCriteria(st, file, grid, cls.header, sink);
    case 'criteriaInRows':
      return mergeCriteriaInRows(st, file, grid, cls.parsed, sink);
    case 'unitsInRows':
      return mergeUnitsInRows(st, file, grid, cls.header, cls.unitCol, sink);
    case 'list':
      return mergeList(st, file, grid, cls.spec, cls.header, sink);
  }
}
