/**
 * `XH <bloc>`: one bloc's units in rank order with their score per criteria group, bonus, deduction,
 * total (a live formula whose cached result is the engine's value, so Excel and LibreOffice recompute
 * the same number), rank, classification, proposal and notes (SPEC §5 item 2).
 */
import type { BlocResult, Criterion, UnitResult } from '../model';
import type { PlanValue } from '../../workbook/plan';
import { columnLetter } from '../cells/address';
import { foldKey } from '../cells/text';
import { formatNumberVi, round2 } from '../cells/values';
import { buildPrintableSheet, type PrintContext, type PrintableSheetInput, type TableColumn } from './layout';
import { classificationText, PLAN_TEXT, proposalText, UnitNotesColumn } from './labels';
import { blocSheetName } from './sheetNames';
import type { SheetPlan } from '../../workbook/plan';
import { phaseHeader, phaseLegend, phaseTotalFormula, phaseValues } from '../phases/phaseColumns';

export function blocSheetKey(bloc: Pick<BlocResult, 'name'>): string {
  return `bloc:${foldKey(bloc.name)}`;
}

/** The top-level groups shown as columns: the standard (Chuẩn) ones; bonus/deduction have their own columns. */
export function standardGroups(bloc: BlocResult): Criterion[] {
  return bloc.criteria.roots.filter((r) => r.type === 'CHUAN');
}

function groupValue(u: UnitResult, code: string): number {
  const groups = u.groups;
  for (let k = 0; k < groups.length; k++) if (groups[k]!.code === code) return round2(groups[k]!.value);
  return 0;
}

/**
 * Each unit's score per group column (rounded to 2 decimals, 0 where missing): unit i's at i × groups.length,
 * in one typed array (no list per unit; its numbers are never copied by a scavenge).
 */
function groupValues(bloc: BlocResult, groups: readonly Criterion[]): Float64Array {
  const units = bloc.units;
  const g = groups.length;
  const values = new Float64Array(units.length * g);
  for (let i = 0; i < units.length; i++) for (let j = 0; j < g; j++) values[i * g + j] = groupValue(units[i]!, groups[j]!.code);
  return values;
}

/** True when the group columns add up to the base score for every unit, so the formula may sum them. */
function groupsAddUp(bloc: BlocResult, groups: readonly Criterion[], values: Float64Array): boolean {
  const g = groups.length;
  if (g === 0) return false;
  const units = bloc.units;
  for (let i = 0; i < units.length; i++) {
    // Summed left to right from 0, as the columns are.
    let sum = 0;
    for (let j = 0; j < g; j++) sum += values[i * g + j]!;
    if (!(Math.abs(sum - units[i]!.base) < 0.005)) return false;
  }
  return true;
}

/** A unit has a separate bloc score when its authoritative column is not its self-score column. */
function hasBlocScore(u: UnitResult): boolean {
  return u.source.selfCol !== null && u.source.selfCol !== u.source.col;
}

export function blocSheetPlan(bloc: BlocResult, ctx: PrintContext, notes = new UnitNotesColumn(ctx.lang)): SheetPlan {
  const T = PLAN_TEXT[ctx.lang];
  const groups = standardGroups(bloc);
  const values = groupValues(bloc, groups);
  const sumGroups = groupsAddUp(bloc, groups, values);
  const columns: TableColumn[] = [
    { header: T.stt, width: 6, align: 'center' },
    { header: T.unit, width: 28, align: 'left' },
  ];
  // A bloc scored in phases (SPEC §9): one column per phase; the year total is their weighted mean.
  const phases = bloc.phases ?? [];
  const firstPhaseCol = columns.length;
  for (const p of phases) columns.push({ header: phaseHeader(p, ctx.lang), width: 10, align: 'center' });
  const groupCol = columns.length;
  for (const g of groups) columns.push({ header: g.max !== null ? `${g.code} (${formatNumberVi(g.max)})` : g.code, width: 9, align: 'center' });
  const baseCol = sumGroups ? -1 : columns.length;
  if (!sumGroups) columns.push({ header: T.base, width: 10, align: 'center' });
  const bonusCol = columns.length;
  columns.push({ header: T.bonus, width: 9, align: 'center' });
  const deductionCol = columns.length;
  columns.push({ header: T.deduction, width: 9, align: 'center' });
  const selfCol = bloc.hasSelfAndBloc ? columns.length : -1;
  if (bloc.hasSelfAndBloc) columns.push({ header: T.selfTotal, width: 10, align: 'center' }, { header: T.blocTotal, width: 10, align: 'center' });
  const totalCol = columns.length;
  columns.push(
    { header: T.total, width: 10, align: 'center' },
    { header: T.rank, width: 9, align: 'center' },
    { header: T.classification, width: 11, align: 'center' },
    { header: T.proposal, width: 15, align: 'center' },
    { header: T.notes, width: 40, align: 'left' },
  );

  const rows: PlanValue[][] = [];
  const formulas: NonNullable<PrintableSheetInput['formulas']> = [];
  const rowStyles: NonNullable<PrintableSheetInput['rowStyles']> = [];
  // The total's formula is the same for every unit but for the row (phases aside).
  const B = columnLetter(bonusCol);
  const D = columnLetter(deductionCol);
  const first = sumGroups ? `SUM(${columnLetter(groupCol)}{r}:${columnLetter(groupCol + groups.length - 1)}{r})` : `${columnLetter(baseCol)}{r}`;
  const template = `${first}+${B}{r}-${D}{r}`;
  const parts = template.split('{r}');
  const sameFormula = (r: number): string => parts.join(String(r));
  const g = groups.length;
  bloc.units.forEach((u, i) => {
    const row: PlanValue[] = [i + 1, u.unit];
    if (phases.length) row.push(...phaseValues(u, phases));
    for (let j = 0; j < g; j++) row.push(values[i * g + j]!);
    if (!sumGroups) row.push(round2(u.base));
    row.push(round2(u.bonus), round2(u.deduction));
    if (selfCol >= 0) row.push(u.selfTotal === null ? null : round2(u.selfTotal), hasBlocScore(u) ? round2(u.total) : null);
    row.push(round2(u.total), u.rank, classificationText(u, ctx.lang), proposalText(u, ctx.lang), notes.of(u));
    rows.push(row);
    const formula = phases.length ? (r: number) => phaseTotalFormula(u, phases, firstPhaseCol, r) : sameFormula;
    formulas.push({ index: i, col: totalCol, formula, result: round2(u.total) });
    if (u.proposal === 'CO_TINH') rowStyles.push({ index: i, style: { bold: true } });
  });

  const notesAfter: string[] = [];
  for (const g of groups) notesAfter.push(T.groupLegend(g.code, g.title, g.max !== null ? formatNumberVi(g.max) : ''));
  notesAfter.push(phases.length ? phaseLegend(phases, ctx.lang) : sumGroups ? T.totalFormula : T.totalFormulaBase);
  notesAfter.push(T.meritLimit(bloc.meritLimit));

  return buildPrintableSheet(
    {
      key: blocSheetKey(bloc),
      name: blocSheetName(bloc.name),
      title: T.blocTitle,
      subtitle: T.blocSubtitle(bloc.name, formatNumberVi(bloc.scale)),
      columns,
      rows,
      rowStyles,
      formulas,
      notesAfter,
    },
    ctx,
  );
}
