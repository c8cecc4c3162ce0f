/**
 * The nomination output sheets (SPEC §5.3–§5.5), print-ready like the ranking sheets:
 * `Kiểm tra đề nghị` (every nomination, linked to its source cell), `Tỷ lệ khen thưởng` (quota per
 * scope, with live formulas) and `Danh sách trình Hội đồng` (eligible nominees by title and unit,
 * review cases apart). No sheet when there is no nomination.
 */
import type { Analysis } from '../model';
import type { SheetPlan } from '../../workbook/plan';
import type { PrintContext, TableColumn } from './layout';
import { buildPrintableSheet } from './layout';
import { COUNCIL_WIDTHS, councilRows, NOMINATION_TEXT, quotaRows } from './nominationRows';
import { CHECK_WIDTHS, checkTable } from './checkBody';
import { nominationTexts, type NominationTexts } from './nominationTexts';

export const NOMINATION_SHEET_NAMES = { check: 'Kiểm tra đề nghị', quota: 'Tỷ lệ khen thưởng', council: 'Danh sách trình Hội đồng' } as const;

export function nominationSheetPlans(analysis: Analysis, ctx: PrintContext): SheetPlan[] {
  if (analysis.nominations.length === 0) return [];
  const texts = nominationTexts(analysis.nominations);
  return [checkSheet(analysis, ctx, texts), quotaSheet(analysis, ctx), councilSheet(analysis, ctx, texts)];
}

function checkSheet(analysis: Analysis, ctx: PrintContext, texts: NominationTexts): SheetPlan {
  const t = NOMINATION_TEXT[ctx.lang];
  const [source, name, unit, award, result, reasons] = CHECK_WIDTHS;
  const columns: TableColumn[] = [
    { header: t.source, width: source! },
    { header: t.name, width: name! },
    { header: t.unit, width: unit! },
    { header: t.award, width: award! },
    { header: t.result, width: result!, align: 'center' },
    { header: t.reasons, width: reasons! },
  ];
  const table = checkTable(analysis.nominations, ctx.lang, CHECK_WIDTHS, texts);
  return buildPrintableSheet(
    {
      key: 'nominations:check',
      name: NOMINATION_SHEET_NAMES.check,
      title: t.checkTitle,
      ...basis(ctx),
      columns,
      rows: table.rows,
      rowLines: table.lines,
      rowsComplete: true,
      rowLinks: { col: 0, targets: analysis.nominations },
      orientation: 'landscape',
    },
    ctx,
  );
}

/** "Căn cứ: Luật Thi đua, khen thưởng số 06/2022/QH15 …" (the `Căn cứ pháp lý` parameter) under the title. */
function basis(ctx: PrintContext): { subtitle?: string } {
  const text = ctx.params.legalBasis.trim();
  return text ? { subtitle: `${NOMINATION_TEXT[ctx.lang].basis}: ${text}` } : {};
}

function roundingFunction(ctx: PrintContext): string {
  return ctx.params.rounding === 'down' ? 'ROUNDDOWN' : ctx.params.rounding === 'up' ? 'ROUNDUP' : 'ROUND';
}

function quotaSheet(analysis: Analysis, ctx: PrintContext): SheetPlan {
  const t = NOMINATION_TEXT[ctx.lang];
  const columns: TableColumn[] = [
    { header: t.unit, width: 28 },
    { header: t.award, width: 24 },
    { header: t.base, width: 12, align: 'center' },
    { header: t.limit, width: 10, align: 'center' },
    { header: t.count, width: 12, align: 'center' },
    { header: t.ok, width: 8, align: 'center' },
  ];
  const rows = quotaRows(analysis.quotas, ctx.lang);
  const rate = ctx.params.cstdcsRate;
  const fn = roundingFunction(ctx);
  // Live formulas so the sheet stays right if the officer corrects a base by hand.
  const formulas = analysis.quotas.flatMap((q, index) => [
    { index, col: 3, formula: (r: number) => `${fn}(${rate}*C${r},0)`, result: q.limit },
    { index, col: 5, formula: (r: number) => `IF(E${r}<=D${r},"✓","✗")`, result: q.ok ? '✓' : '✗' },
  ]);
  const percent = Math.round(rate * 1000) / 10;
  return buildPrintableSheet(
    {
      key: 'nominations:quota',
      name: NOMINATION_SHEET_NAMES.quota,
      title: t.quotaTitle,
      columns,
      rows,
      formulas,
      notesAfter: [rows.length > 0 ? t.quotaNote(percent, ctx.params.rounding) : t.noQuota],
    },
    ctx,
  );
}

function councilSheet(analysis: Analysis, ctx: PrintContext, texts: NominationTexts): SheetPlan {
  const t = NOMINATION_TEXT[ctx.lang];
  const [stt, name, position, unit, note] = COUNCIL_WIDTHS;
  const columns: TableColumn[] = [
    { header: t.stt, width: stt!, align: 'center' },
    { header: t.name, width: name! },
    { header: t.position, width: position! },
    { header: t.unit, width: unit! },
    { header: t.note, width: note! },
  ];
  const table = councilRows(analysis.nominations, ctx.lang, COUNCIL_WIDTHS, texts);
  return buildPrintableSheet(
    {
      key: 'nominations:council',
      name: NOMINATION_SHEET_NAMES.council,
      title: t.councilTitle,
      ...basis(ctx),
      columns,
      rows: table.rows,
      rowLines: table.lines,
      rowsComplete: true,
      mergedRows: table.sectionRows,
      rowStyles: table.sectionRows.map((index) => ({ index, style: { bold: true } })),
      notesAfter: [t.total(table.counts.individuals, table.counts.collectives, table.counts.review)],
    },
    ctx,
  );
}
