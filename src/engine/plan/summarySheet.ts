/**
 * `Tổng hợp xếp hạng`: every bloc, its units ranked and the proposals: the table that goes into the
 * minutes of the council meeting (SPEC §5 item 1).
 */
import type { Analysis, BlocResult } from '../model';
import type { PlanValue, SheetPlan } from '../../workbook/plan';
import { formatNumberVi, round2 } from '../cells/values';
import { buildPrintableSheet, type PrintContext, type PrintableSheetInput } from './layout';
import { classificationText, PLAN_TEXT, proposalText, UnitNotesColumn } from './labels';

export const SUMMARY_SHEET = 'Tổng hợp xếp hạng';
export const SUMMARY_KEY = 'summary';

function proposalLine(bloc: BlocResult, ctx: PrintContext): string {
  const names = (pred: (u: BlocResult['units'][number]) => boolean): string => bloc.units.filter(pred).map((u) => u.unit).join(', ');
  return PLAN_TEXT[ctx.lang].proposals(
    bloc.name,
    names((u) => u.proposal === 'CO_TINH'),
    names((u) => u.proposal === 'BANG_KHEN'),
    names((u) => u.status === 'review'),
  );
}

export function summarySheetPlan(analysis: Pick<Analysis, 'blocs' | 'params'>, ctx: PrintContext, notes = new UnitNotesColumn(ctx.lang)): SheetPlan {
  const T = PLAN_TEXT[ctx.lang];
  const rows: PlanValue[][] = [];
  const mergedRows: number[] = [];
  const rowStyles: NonNullable<PrintableSheetInput['rowStyles']> = [];
  for (const bloc of analysis.blocs) {
    mergedRows.push(rows.length);
    rowStyles.push({ index: rows.length, style: { bold: true } });
    rows.push([T.blocSection(bloc.name, formatNumberVi(bloc.scale), bloc.units.length)]);
    bloc.units.forEach((u, i) => {
      if (u.proposal === 'CO_TINH') rowStyles.push({ index: rows.length, style: { bold: true } });
      rows.push([i + 1, u.unit, round2(u.total), u.rank, classificationText(u, ctx.lang), proposalText(u, ctx.lang), notes.of(u)]);
    });
  }
  if (analysis.blocs.length === 0) {
    mergedRows.push(0);
    rows.push([T.noBlocs]);
  }
  const notesAfter = [T.legalBasis(analysis.params.legalBasis), ...analysis.blocs.map((b) => proposalLine(b, ctx))];
  return buildPrintableSheet(
    {
      key: SUMMARY_KEY,
      name: SUMMARY_SHEET,
      title: T.summaryTitle,
      columns: [
        { header: T.stt, width: 6, align: 'center' },
        { header: T.unit, width: 32, align: 'left' },
        { header: T.total, width: 10, align: 'center' },
        { header: T.rank, width: 9, align: 'center' },
        { header: T.classification, width: 11, align: 'center' },
        { header: T.proposal, width: 15, align: 'center' },
        { header: T.notes, width: 40, align: 'left' },
      ],
      rows,
      mergedRows,
      rowStyles,
      notesAfter,
    },
    ctx,
  );
}
