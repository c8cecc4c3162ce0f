/**
 * A merged sheet as a SheetPlan for the xlsx writer: input-like sheets (they are read again by `score`)
 * with the title block (if copied) in bold, a bold shaded header, borders on the table, dates as
 * dd/mm/yyyy, the header frozen and repeated on printed pages, A4 fit to one page wide.
 */
import type { SheetPlan, StyledRange } from '../../workbook/plan';
import type { MergedSheet } from './types';

const FONT = { name: 'Times New Roman', size: 12 };

export function mergedSheetPlan(sheet: MergedSheet): SheetPlan {
  const width = Math.max(sheet.widths.length, ...sheet.rows.map((r) => r.length), 1);
  const last = sheet.rows.length - 1;
  const headerEnd = sheet.headerRow + sheet.headerRowCount - 1;
  const styles: StyledRange[] = [];
  if (sheet.headerRow > 0) styles.push({ range: { r0: 0, c0: 0, r1: sheet.headerRow - 1, c1: width - 1 }, style: { bold: true } });
  if (last >= sheet.headerRow) {
    styles.push({ range: { r0: sheet.headerRow, c0: 0, r1: last, c1: width - 1 }, style: { border: true, vAlign: 'middle', wrap: true } });
    styles.push({ range: { r0: sheet.headerRow, c0: 0, r1: Math.min(headerEnd, last), c1: width - 1 }, style: { bold: true, hAlign: 'center', fill: '#DDEBF7' } });
  }
  for (const c of sheet.dateColumns)
    if (last > headerEnd) styles.push({ range: { r0: headerEnd + 1, c0: c, r1: last, c1: c }, style: { numberFormat: 'dd/mm/yyyy', hAlign: 'center' } });
  const total = sheet.widths.reduce((a, b) => a + b, 0);
  return {
    key: `merge:${sheet.role}:${sheet.name}`,
    name: sheet.name,
    values: sheet.rows,
    formulas: [],
    styles,
    merges: sheet.merges,
    columnWidths: sheet.widths,
    freeze: { rows: headerEnd + 1, cols: 0 },
    print: {
      paperSize: 'A4',
      orientation: total > 100 ? 'landscape' : 'portrait',
      fitToWidth: 1,
      repeatRows: { r0: sheet.headerRow, r1: headerEnd },
      footer: '&CTrang &P/&N',
      margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6 },
    },
    hyperlinks: [],
    font: FONT,
  };
}
