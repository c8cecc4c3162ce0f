/**
 * The units that registrations and advanced examples are checked against: the units sheet (SPEC §3.4)
 * when the workbook has one, else the units ranked in the blocs. Names are matched with unitMatchKey
 * ("Trường THCS Đầm Hà" = "THCS Đầm Hà").
 */
import type { WorkbookSnapshot } from '../../workbook/snapshot';
import type { BlocResult, SheetRecognition } from '../model';
import { FindingSink } from '../findings/types';
import { SheetGrid } from '../cells/grid';
import { readUnits, type ListedUnits } from '../units/readUnits';
import { unitMatchKey } from '../nominations/unitKey';

export interface KnownUnit {
  readonly name: string;
  readonly key: string;
  readonly bloc: string;
  /** Where the unit is listed (the units sheet's name cell), when it comes from the units sheet. */
  readonly where: { readonly sheet: string; readonly cell: string } | null;
}

export interface UnitList {
  readonly from: 'units' | 'blocs' | 'none';
  /** The units sheet's name when `from` is 'units'. */
  readonly sheet: string | null;
  readonly units: readonly KnownUnit[];
  readonly byKey: ReadonlyMap<string, KnownUnit>;
}

function listOf(from: UnitList['from'], sheet: string | null, units: KnownUnit[]): UnitList {
  const byKey = new Map<string, KnownUnit>();
  for (const u of units) if (!byKey.has(u.key)) byKey.set(u.key, u);
  return { from, sheet, units: [...byKey.values()], byKey };
}

/** `listed`: the units sheet as the bloc stage read it; without it the sheet is read here, quietly. */
export function unitList(snapshot: WorkbookSnapshot, sheets: readonly SheetRecognition[], blocs: readonly BlocResult[], listed: ListedUnits | null = null): UnitList {
  const rec = sheets.find((r) => r.role === 'units');
  const sheet = rec ? snapshot.sheets.find((s) => s.name === rec.sheet) : undefined;
  if (sheet) {
    // The bloc stage reported this sheet's problems: its list, or the sheet read again without findings.
    const units = listed?.sheet === sheet.name ? listed.units : readUnits(new SheetGrid(sheet), new FindingSink())?.units;
    if (units && units.length)
      return listOf(
        'units',
        sheet.name,
        units.map((u) => ({ name: u.name, key: unitMatchKey(u.name), bloc: u.bloc, where: { sheet: sheet.name, cell: u.cell } })),
      );
  }
  const scored = blocs.flatMap((b) => b.units.map((u) => ({ name: u.unit, key: unitMatchKey(u.unit), bloc: b.name, where: null })));
  return scored.length ? listOf('blocs', null, scored) : listOf('none', null, []);
}
