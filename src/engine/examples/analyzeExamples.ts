/**
 * The advanced-examples stage (điển hình tiên tiến, SPEC §9): reads the sheet(s) named like
 * `Điển hình tiên tiến` (or confirmed by the user), checks each entry's unit and target group, and counts
 * the entries per unit, bloc and the whole list against the `Điển hình …` rules (default: each school at
 * least 2 staff and 3 students; each bloc 1–3 collectives or models; the whole list at least 10).
 */
import type { WorkbookSnapshot } from '../../workbook/snapshot';
import type { BlocResult, SheetRecognition, SheetRole } from '../model';
import type { FindingSink } from '../findings/types';
import type { Params } from '../settings/params';
import { SheetGrid } from '../cells/grid';
import { findHeaderRow, sheetNameMatches } from '../cells/headers';
import { blocKey } from '../scoring/blocName';
import type { UnitList } from '../registration/unitList';
import { unitMatchKey } from '../nominations/unitKey';
import { EXAMPLES_COLUMNS, EXAMPLES_SHEET_NAMES } from './columns';
import { hasNameColumn, readExampleEntries } from './readExamples';
import { countExamples, type CountScopes } from './countExamples';
import type { ExampleEntry, ExamplesResult } from './types';

export interface ExamplesOptions {
  readonly roleOverrides?: Readonly<Record<string, SheetRole>>;
  readonly units: UnitList;
  readonly blocs: readonly BlocResult[];
}

export function examplesSheets(snapshot: WorkbookSnapshot, overrides: Readonly<Record<string, SheetRole>> = {}): { grid: SheetGrid; by: 'name' | 'user' }[] {
  return snapshot.sheets
    .filter((s) => s.visibility !== 'veryHidden')
    .filter((s) => (overrides[s.name] !== undefined ? overrides[s.name] === 'examples' : sheetNameMatches(s.name, EXAMPLES_SHEET_NAMES)))
    .map((s) => ({ grid: new SheetGrid(s), by: overrides[s.name] === 'examples' ? 'user' : 'name' }));
}

/** The blocs to count: those of the units list, then those ranked, each once, in order. */
function blocNames(units: UnitList, blocs: readonly BlocResult[]): string[] {
  const out = new Map<string, string>();
  for (const name of [...units.units.map((u) => u.bloc), ...blocs.map((b) => b.name)]) if (name && !out.has(blocKey(name))) out.set(blocKey(name), name);
  return [...out.values()];
}

export function analyzeExamples(snapshot: WorkbookSnapshot, params: Params, sink: FindingSink, opts: ExamplesOptions): { result: ExamplesResult | null; sheets: SheetRecognition[] } {
  const found = examplesSheets(snapshot, opts.roleOverrides);
  const sheets: SheetRecognition[] = [];
  if (!found.length) return { result: null, sheets };
  const blocs = blocNames(opts.units, opts.blocs);
  const blocByKey = new Map(blocs.map((b) => [blocKey(b), b]));
  const rankedBloc = new Map<string, string>();
  for (const b of opts.blocs) for (const u of b.units) rankedBloc.set(unitMatchKey(u.unit), b.name);
  // An entry's bloc: its unit's in the units list, else the bloc it is ranked in, else the bloc it names.
  const blocOf = (unitKey: string): string => opts.units.byKey.get(unitKey)?.bloc || rankedBloc.get(unitKey) || blocByKey.get(blocKey(unitKey)) || '';

  const entries: ExampleEntry[] = [];
  for (const { grid, by } of found) {
    const header = findHeaderRow(grid, EXAMPLES_COLUMNS);
    const usable = header !== null && hasNameColumn(header);
    sheets.push({ sheet: grid.name, role: 'examples', headerRow: usable ? header.row : null, by });
    if (!usable) {
      sink.warning('EXAMPLES_NO_HEADER', { sheet: grid.name, cell: 'A1' });
      continue;
    }
    entries.push(...readExampleEntries(grid, header, blocOf, sink));
  }
  const first = found[0]!.grid.name;

  const isBloc = (e: ExampleEntry): boolean => blocByKey.has(blocKey(e.unit));
  if (opts.units.from !== 'none')
    for (const e of entries)
      if (e.unit && !opts.units.byKey.has(e.unitKey) && !isBloc(e)) sink.warning('EXAMPLE_UNIT_UNLISTED', { sheet: e.sheet, cell: e.cell }, { unit: e.unit, name: e.name || e.unit });

  // Without a list of units, the units are those the sheet names.
  const units: CountScopes['units'] =
    opts.units.from !== 'none'
      ? opts.units.units.map((u) => ({ name: u.name, key: u.key, where: u.where }))
      : [...new Map(entries.filter((e) => e.unit && !isBloc(e)).map((e) => [e.unitKey, { name: e.unit, key: e.unitKey, where: null }])).values()];
  const counts = countExamples(params.exampleRules, entries, { units, blocs }, first, sink);
  return { result: { sheet: first, rules: params.exampleRules, counts, entries }, sheets };
}
