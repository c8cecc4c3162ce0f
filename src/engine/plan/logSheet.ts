/**
 * `Nhật ký kiểm tra`: every finding (errors first, then warnings, then infos, each in the order found),
 * with a link to the cell it is about (SPEC §5 item 6).
 */
import type { Finding, Severity } from '../findings/types';
import { messageText } from '../findings/messages';
import { parseCellAddress } from '../cells/address';
import type { PlanValue, SheetPlan } from '../../workbook/plan';
import { buildPrintableSheet, type PrintContext, type PrintableSheetInput } from './layout';
import { PLAN_TEXT, SEVERITY_LABELS } from './labels';

export const LOG_SHEET = 'Nhật ký kiểm tra';
export const LOG_KEY = 'log';

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
const SEVERITY_COLORS: Readonly<Record<Severity, string | undefined>> = { error: '#C00000', warning: '#9C5700', info: undefined };

/** Findings sorted by severity, stable inside a severity. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings.map((f, i) => ({ f, i })).sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i).map((x) => x.f);
}

/** The first cell of "C5" or "C5:C9", or null when `cell` is not an address. */
export function linkTarget(cell: string | undefined): string | null {
  if (!cell) return null;
  const first = cell.split(':')[0]!.replace(/\$/g, '');
  return parseCellAddress(first) ? first.toUpperCase() : null;
}

export function logSheetPlan(findings: readonly Finding[], ctx: PrintContext): SheetPlan {
  const T = PLAN_TEXT[ctx.lang];
  const sorted = sortFindings(findings);
  const rows: PlanValue[][] = [];
  const hyperlinks: NonNullable<PrintableSheetInput['hyperlinks']> = [];
  const rowStyles: NonNullable<PrintableSheetInput['rowStyles']> = [];
  sorted.forEach((f, i) => {
    rows.push([i + 1, SEVERITY_LABELS[f.severity][ctx.lang], f.code, f.sheet ?? null, f.cell ?? null, messageText(f.code, f.params, ctx.lang)]);
    const target = linkTarget(f.cell);
    if (f.sheet && target) hyperlinks.push({ index: i, col: 4, sheet: f.sheet, cell: target });
    const color = SEVERITY_COLORS[f.severity];
    if (color) rowStyles.push({ index: i, style: { color } });
  });
  const mergedRows: number[] = [];
  if (rows.length === 0) {
    rows.push([T.noFindings]);
    mergedRows.push(0);
  }
  const count = (s: Severity): number => findings.filter((f) => f.severity === s).length;
  return buildPrintableSheet(
    {
      key: LOG_KEY,
      name: LOG_SHEET,
      title: T.logTitle,
      columns: [
        { header: T.stt, width: 6, align: 'center' },
        { header: T.severity, width: 11, align: 'center' },
        { header: T.code, width: 24, align: 'left' },
        { header: T.sheet, width: 20, align: 'left' },
        { header: T.cell, width: 8, align: 'center' },
        { header: T.message, width: 60, align: 'left' },
      ],
      rows,
      rowStyles,
      mergedRows,
      hyperlinks,
      notesAfter: [T.counts(count('error'), count('warning'), count('info'))],
    },
    ctx,
  );
}
