/**
 * Print setup (ExcelApi 1.9 page layout): A4, the plan's orientation, one page wide and as many tall as
 * needed (`verticalFitToPages: 0` means "automatic", as fitToHeight="0" in the file format), margins
 * (inches → points), the header rows repeated on every page, and the footer split into Excel's
 * left/center/right sections (&L, &C, &R).
 */
import type { PrintSetup } from '../workbook/plan';
import { printTitleRows } from './addresses';

export interface FooterSections {
  readonly left: string;
  readonly center: string;
  readonly right: string;
}

/** "&LBản nháp&CTrang &P/&N" → left "Bản nháp", center "Trang &P/&N"; text before any code is centred. */
export function footerSections(footer: string): FooterSections {
  const out = { left: '', center: '', right: '' };
  let section: keyof FooterSections = 'center';
  let i = 0;
  while (i < footer.length) {
    const two = footer.slice(i, i + 2);
    if (two === '&&') {
      out[section] += two;
      i += 2;
    } else if (two === '&L' || two === '&C' || two === '&R') {
      section = two === '&L' ? 'left' : two === '&C' ? 'center' : 'right';
      i += 2;
    } else {
      out[section] += footer[i];
      i++;
    }
  }
  return out;
}

const POINTS_PER_INCH = 72;

/** Most operations `queuePrintSetup` queues for one sheet. */
export const PRINT_SETUP_OPS = 11;

/** Queues the page layout of one sheet (at most PRINT_SETUP_OPS operations); returns how many it queued. */
export function queuePrintSetup(ws: Excel.Worksheet, print: PrintSetup): number {
  const pl = ws.pageLayout;
  pl.paperSize = 'A4';
  pl.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  pl.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: 0 };
  pl.leftMargin = print.margins.left * POINTS_PER_INCH;
  pl.rightMargin = print.margins.right * POINTS_PER_INCH;
  pl.topMargin = print.margins.top * POINTS_PER_INCH;
  pl.bottomMargin = print.margins.bottom * POINTS_PER_INCH;
  let ops = 7;
  if (print.repeatRows) {
    pl.setPrintTitleRows(printTitleRows(print.repeatRows.r0, print.repeatRows.r1));
    ops++;
  }
  const footer = footerSections(print.footer);
  const hf = pl.headersFooters.defaultForAllPages;
  for (const side of ['left', 'center', 'right'] as const) {
    if (!footer[side]) continue;
    hf[`${side}Footer`] = footer[side];
    ops++;
  }
  return ops;
}
