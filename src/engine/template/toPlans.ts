/** Template sheets → sheet plans (to write) or a snapshot (to analyse without a file). */
import type { CellStyle, SheetPlan, StyledRange } from '../../workbook/plan';
import type { SheetSnapshot, WorkbookSnapshot } from '../../workbook/snapshot';
import { PRINT_FONT } from '../plan/layout';
import type { TemplateSheet } from './types';

const DEFAULT_WIDTH = 14;

function widthOf(sheet: TemplateSheet): number {
  let cols = sheet.widths?.length ?? 0;
  for (const r of sheet.rows) cols = Math.max(cols, r.length);
  return cols;
}

export function templateToSheetPlan(sheet: TemplateSheet): SheetPlan {
  const cols = widthOf(sheet);
  const header = sheet.headerRow ?? 0;
  const headerEnd = header + (sheet.headerRowCount ?? 1) - 1;
  const last = sheet.rows.length - 1;
  const styles: StyledRange[] = [];
  const add = (r0: number, r1: number, style: CellStyle): void => {
    if (r1 >= r0 && cols > 0) styles.push({ range: { r0, c0: 0, r1, c1: cols - 1 }, style });
  };
  add(0, header - 1, { bold: true });
  add(header, headerEnd, { bold: true, hAlign: 'center', vAlign: 'middle', wrap: true, border: true });
  add(headerEnd + 1, last, { border: true, vAlign: 'middle', wrap: true });
  const columnWidths = Array.from({ length: cols }, (_, c) => sheet.widths?.[c] ?? DEFAULT_WIDTH);
  const total = columnWidths.reduce((a, b) => a + b, 0);
  return {
    key: `template:${sheet.name}`,
    name: sheet.name,
    values: sheet.rows.map((r) => [...r]),
    formulas: [],
    styles,
    merges: [...(sheet.merges ?? [])],
    columnWidths,
    freeze: { rows: headerEnd + 1, cols: 0 },
    print: {
      paperSize: 'A4',
      orientation: total > 100 ? 'landscape' : 'portrait',
      fitToWidth: 1,
      repeatRows: { r0: header, r1: headerEnd },
      footer: '&CTrang &P/&N',
      margins: { left: 0.7, right: 0.5, top: 0.6, bottom: 0.7 },
    },
    hyperlinks: [],
    font: { ...PRINT_FONT },
  };
}

export function templateToSheetPlans(sheets: readonly TemplateSheet[]): SheetPlan[] {
  return sheets.map(templateToSheetPlan);
}

export function templateToSnapshot(sheets: readonly TemplateSheet[]): WorkbookSnapshot {
  return {
    source: 'vi-du.xlsx',
    sheets: sheets.map(
      (s): SheetSnapshot => ({
        name: s.name,
        visibility: 'visible',
        values: s.rows.map((r) => r.map((v) => (v === '' ? null : v))),
        merges: [...(s.merges ?? [])],
        hiddenRows: [],
        protected: false,
      }),
    ),
  };
}
