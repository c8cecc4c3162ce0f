/**
 * One bloc's criteria-in-rows scoring sheets from many files → one sheet: the criteria columns once
 * (from the first file), then every unit's column group, rows lined up by criterion key.
 */
import type { CellRange } from '../../workbook/snapshot';
import type { PlanValue } from '../../workbook/plan';
import type { SheetGrid } from '../cells/grid';
import { cellText } from '../cells/values';
import type { MergedSheet } from './types';
import type { CriteriaInRowsSheet, UnitGroup } from './criteriaInRows';
import { toPlanValue } from './values';
import { criteriaColumnsOf } from '../criteria/columns';

export interface CriteriaInRowsSource {
  readonly file: string;
  readonly grid: SheetGrid;
  readonly parsed: CriteriaInRowsSheet;
}

export interface CriteriaInRowsTarget {
  readonly layout: 'criteriaInRows';
  readonly bloc: string;
  readonly base: CriteriaInRowsSource;
  readonly units: { readonly unit: UnitGroup; readonly src: CriteriaInRowsSource }[];
}

export function buildCriteriaInRowsSheet(name: string, target: CriteriaInRowsTarget): MergedSheet {
  const { base } = target;
  const hcols = criteriaColumnsOf(base.parsed.header);
  const critCols = [hcols.code, hcols.content, hcols.max, hcols.type].filter((c): c is number => c !== null);
  const twoRows = target.units.some((u) => u.unit.cols.length > 1 || u.unit.cols[0]!.kind !== 'single');
  const top: PlanValue[] = critCols.map((c) => cellText(base.grid.get(base.parsed.header.row, c)));
  const sub: PlanValue[] = critCols.map(() => null);
  const merges: CellRange[] = twoRows ? critCols.map((_, i) => ({ r0: 0, c0: i, r1: 1, c1: i })) : [];
  const widths: number[] = critCols.map((c) => (c === hcols.content ? 50 : c === hcols.code ? 6 : 9));
  for (const { unit } of target.units) {
    const c0 = top.length;
    unit.cols.forEach((col, i) => {
      top.push(i === 0 ? unit.name : null);
      sub.push(col.kind === 'single' ? null : col.label);
      widths.push(11);
    });
    if (unit.cols.length > 1) merges.push({ r0: 0, c0, r1: 0, c1: top.length - 1 });
    else if (twoRows && unit.cols[0]!.kind === 'single') merges.push({ r0: 0, c0, r1: 1, c1: c0 });
  }
  const rows: PlanValue[][] = twoRows ? [top, sub] : [top];
  const lookups = new Map<CriteriaInRowsSource, Map<string, number>>();
  const rowOf = (src: CriteriaInRowsSource, key: string): number | undefined => {
    let m = lookups.get(src);
    if (!m) {
      m = new Map(src.parsed.criteria.map((r) => [r.key, r.r]));
      lookups.set(src, m);
    }
    return m.get(key);
  };
  for (const crit of base.parsed.criteria) {
    const row: PlanValue[] = critCols.map((c) => toPlanValue(base.grid.get(crit.r, c)));
    for (const { unit, src } of target.units) {
      const r = rowOf(src, crit.key);
      for (const col of unit.cols) row.push(r === undefined ? null : toPlanValue(src.grid.get(r, col.c)));
    }
    rows.push(row);
  }
  return { name, role: 'scoring', rows, merges, widths, headerRow: 0, headerRowCount: twoRows ? 2 : 1, dateColumns: [] };
}
