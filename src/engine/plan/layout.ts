/**
 * The print-ready page every output sheet shares (SPEC §5 "Print-ready"): the administrative header
 * block of Vietnamese official documents (Nghị định 30/2020/NĐ-CP, Phụ lục I: cơ quan chủ quản / tên cơ
 * quan on the left, Quốc hiệu and Tiêu ngữ on the right, địa danh and date under them), the title, the
 * period, a bordered table whose header row repeats on every printed page, notes, and the signature block.
 * Times New Roman 13, A4, one page wide, "Trang x/y" footer, panes frozen under the table header.
 */
import type { Lang } from '../findings/types';
import type { Params } from '../settings/params';
import { periodLabel } from '../settings/params';
import type { CellRange } from '../../workbook/snapshot';
import type { CellStyle, PlanFormula, PlanHyperlink, PlanLinkColumn, PlanValue, SheetPlan, StyledRange } from '../../workbook/plan';
import { estimateLines, linesHeight } from './rowHeights';
import { addBodyRows, addLinks, addRowLinks } from './tableBody';
import { RowHeights } from './rowHeightRuns';

export interface TableColumn {
  header: string;
  width: number;
  align?: 'left' | 'center' | 'right';
  numberFormat?: string;
}

export interface PrintContext {
  params: Params;
  now: Date;
  lang: Lang;
}

export interface PrintableSheetInput {
  key: string;
  name: string;
  title: string;
  subtitle?: string;
  columns: TableColumn[];
  /** Table body rows. Taken over: a row with one cell per column becomes the plan's row as it is. */
  rows: PlanValue[][];
  /**
   * The lines each body row takes, when the caller estimated them (the most `estimateLines` gives for
   * the row's texts in their columns, 1 at least): long lists whose texts repeat count each text once.
   */
  rowLines?: ArrayLike<number>;
  /**
   * With `rowLines`: every row has exactly one cell per column (and the table two columns at least),
   * none `undefined`, so the rows are taken over without looking at their cells.
   */
  rowsComplete?: boolean;
  /** Index into rows (e.g. bold section rows). */
  rowStyles?: { index: number; style: CellStyle }[];
  /** Body rows whose cells are merged across the table (section titles). */
  mergedRows?: number[];
  hyperlinks?: { index: number; col: number; sheet: string; cell: string }[];
  /** A link from column `col` of every body row (row i to targets[i]), after `hyperlinks`: stored by the column, no object per row. */
  rowLinks?: { col: number; targets: readonly { readonly sheet: string; readonly cell: string }[] };
  formulas?: { index: number; col: number; formula: (excelRow: number) => string; result: number | string }[];
  /** Lines under the table. */
  notesAfter?: string[];
  /** Default: by total width. */
  orientation?: 'portrait' | 'landscape';
}

export const PRINT_FONT = { name: 'Times New Roman', size: 13 } as const;
/** Above this total width (Excel character units) a table reads better in landscape. */
export const PORTRAIT_MAX_WIDTH = 100;

const LABELS = {
  vi: {
    nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    schoolYear: 'Năm học',
    year: 'Năm',
    preparedBy: 'NGƯỜI LẬP BIỂU',
    council: 'TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
    chairman: 'CHỦ TỊCH',
    footer: '&CTrang &P/&N',
  },
  en: {
    nation: 'SOCIALIST REPUBLIC OF VIET NAM',
    motto: 'Independence - Freedom - Happiness',
    schoolYear: 'School year',
    year: 'Year',
    preparedBy: 'PREPARED BY',
    council: 'ON BEHALF OF THE EMULATION AND COMMENDATION COUNCIL',
    chairman: 'CHAIRMAN',
    footer: '&CPage &P/&N',
  },
} as const;

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Vietnam has one time zone (UTC+7, no daylight saving): the date line is the date in Vietnam. */
const VN_OFFSET_MS = 7 * 3600 * 1000;

/** "Đầm Hà, ngày 21 tháng 11 năm 2026" (a dotted blank when the place is unknown, to be filled by hand). */
export function dateLine(place: string, now: Date, lang: Lang): string {
  const d = new Date(now.getTime() + VN_OFFSET_MS);
  const day = d.getUTCDate();
  const month = d.getUTCMonth() + 1;
  const year = d.getUTCFullYear();
  const where = place.trim() || '..........';
  // Nghị định 30/2020: days below 10 and months below 3 take a leading zero ("ngày 05 tháng 02").
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month < 3 ? `0${month}` : String(month);
  if (lang === 'en') return `${where}, ${MONTHS_EN[month - 1]} ${day}, ${year}`;
  return `${where}, ngày ${dd} tháng ${mm} năm ${year}`;
}

/** "Năm học 2024-2025", "Năm 2025", or '' when the period is unknown. */
export function periodLine(params: Params, lang: Lang): string {
  if (!params.period) return '';
  const label = params.period.kind === 'schoolYear' ? LABELS[lang].schoolYear : LABELS[lang].year;
  return `${label} ${periodLabel(params.period)}`;
}

/** How many table columns go under the left half of the header block: the split closest to 40 % of the width. */
function leftSpan(widths: readonly number[]): number {
  const total = widths.reduce((a, b) => a + b, 0);
  let best = 1;
  let acc = 0;
  for (let n = 1; n < widths.length; n++) {
    acc += widths[n - 1]!;
    const bestAcc = widths.slice(0, best).reduce((a, b) => a + b, 0);
    if (Math.abs(acc - total * 0.4) < Math.abs(bestAcc - total * 0.4)) best = n;
  }
  return best;
}

export function buildPrintableSheet(input: PrintableSheetInput, ctx: PrintContext): SheetPlan {
  const L = LABELS[ctx.lang];
  const p = ctx.params;
  // The header block needs a left and a right half: at least two columns.
  const widths = input.columns.map((c) => c.width);
  while (widths.length < 2) widths.push(12);
  const ncols = widths.length;
  const last = ncols - 1;
  const split = leftSpan(widths);
  const leftWidth = widths.slice(0, split).reduce((a, b) => a + b, 0);
  const rightWidth = widths.slice(split).reduce((a, b) => a + b, 0);
  const fullWidth = leftWidth + rightWidth;

  const values: PlanValue[][] = [];
  const styles: StyledRange[] = [];
  const merges: CellRange[] = [];
  // Room for every row of the page (at most 9 rows above the table, 8 + notes below): never grown.
  const rowHeights = new RowHeights(input.rows.length + (input.notesAfter?.length ?? 0) + 32);
  const blank = (): PlanValue[] => new Array<PlanValue>(ncols).fill(null);
  const style = (r0: number, c0: number, r1: number, c1: number, s: CellStyle): void => {
    styles.push({ range: { r0, c0, r1, c1 }, style: s });
  };
  const mergeRow = (r: number, c0: number, c1: number): void => {
    if (c1 > c0) merges.push({ r0: r, c0, r1: r, c1 });
  };
  /** A text row merged over [c0, c1] (both halves of the header block, the title…). */
  const put = (r: number, c0: number, c1: number, text: string, s: CellStyle, width: number): void => {
    while (values.length <= r) values.push(blank());
    values[r]![c0] = text === '' ? null : text;
    mergeRow(r, c0, c1);
    style(r, c0, r, c1, { wrap: true, vAlign: 'middle', ...s });
    const lines = estimateLines(text, width, !!s.bold);
    if (lines > 1) rowHeights.raise(r, linesHeight(lines));
  };

  // Header block.
  const leftLines = [p.parentAgency.trim().toUpperCase(), p.agency.trim().toUpperCase()].filter((s) => s !== '');
  put(0, 0, split - 1, leftLines[0] ?? '', { hAlign: 'center', bold: leftLines.length === 1 }, leftWidth);
  put(0, split, last, L.nation, { hAlign: 'center', bold: true }, rightWidth);
  put(1, 0, split - 1, leftLines[1] ?? '', { hAlign: 'center', bold: true }, leftWidth);
  put(1, split, last, L.motto, { hAlign: 'center', bold: true, underline: true }, rightWidth);
  put(2, split, last, dateLine(p.place, ctx.now, ctx.lang), { hAlign: 'center', italic: true }, rightWidth);

  // Title, period, subtitle.
  let r = 4;
  put(r++, 0, last, input.title.toUpperCase(), { hAlign: 'center', bold: true, fontSize: 14 }, fullWidth);
  const period = periodLine(p, ctx.lang);
  if (period) put(r++, 0, last, period, { hAlign: 'center', bold: true }, fullWidth);
  if (input.subtitle) put(r++, 0, last, input.subtitle, { hAlign: 'center', italic: true }, fullWidth);
  r++;

  // The table.
  const headerRow = r;
  while (values.length <= headerRow) values.push(blank());
  values[headerRow] = [...input.columns.map((c) => c.header as PlanValue), ...new Array<PlanValue>(ncols - input.columns.length).fill(null)];
  style(headerRow, 0, headerRow, input.columns.length - 1, { bold: true, hAlign: 'center', vAlign: 'middle', wrap: true, border: true });
  const headerLines = Math.max(...input.columns.map((c) => estimateLines(c.header, c.width, true)));
  if (headerLines > 1) rowHeights.set(headerRow, linesHeight(headerLines));

  const bodyStart = headerRow + 1;
  const tableCols = Math.max(1, input.columns.length);
  addBodyRows(values, rowHeights, input.rows, input.columns.map((c) => c.width), ncols, bodyStart, input.rowLines, input.rowsComplete);
  const bodyEnd = bodyStart + input.rows.length - 1;
  if (input.rows.length > 0) {
    style(bodyStart, 0, bodyEnd, tableCols - 1, { border: true, vAlign: 'middle', wrap: true });
    input.columns.forEach((c, ci) => {
      const s: CellStyle = { ...(c.align ? { hAlign: c.align } : {}), ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}) };
      if (Object.keys(s).length) style(bodyStart, ci, bodyEnd, ci, s);
    });
  }
  for (const idx of input.mergedRows ?? []) {
    if (idx < 0 || idx >= input.rows.length) continue;
    mergeRow(bodyStart + idx, 0, tableCols - 1);
    style(bodyStart + idx, 0, bodyStart + idx, tableCols - 1, { hAlign: 'left' });
    const text = input.rows[idx]?.[0];
    const lines = typeof text === 'string' ? estimateLines(text, fullWidth, true) : 1;
    if (lines > 1) rowHeights.set(bodyStart + idx, linesHeight(lines));
    else rowHeights.clear(bodyStart + idx);
  }
  for (const rs of input.rowStyles ?? []) {
    if (rs.index < 0 || rs.index >= input.rows.length) continue;
    style(bodyStart + rs.index, 0, bodyStart + rs.index, tableCols - 1, rs.style);
  }

  const formulas: PlanFormula[] = [];
  for (const f of input.formulas ?? []) {
    const row = bodyStart + f.index;
    formulas.push({ row, col: f.col, formula: f.formula(row + 1), result: f.result });
    // The grid holds what a reader sees back (the cached result), so value hashes agree after a round trip.
    values[row]![f.col] = f.result;
  }
  const hyperlinks: PlanHyperlink[] = [];
  addLinks(input.hyperlinks ?? [], bodyStart, hyperlinks, styles);
  const linkColumns: PlanLinkColumn[] = input.rowLinks ? addRowLinks(input.rowLinks.col, input.rowLinks.targets, bodyStart, styles) : [];

  // Notes and signature block.
  r = Math.max(bodyEnd, headerRow) + 2;
  for (const note of input.notesAfter ?? []) put(r++, 0, last, note, { hAlign: 'left', italic: true }, fullWidth);
  if ((input.notesAfter ?? []).length) r++;
  put(r, 0, split - 1, L.preparedBy, { hAlign: 'center', bold: true }, leftWidth);
  put(r, split, last, L.council, { hAlign: 'center', bold: true }, rightWidth);
  put(r + 1, split, last, L.chairman, { hAlign: 'center', bold: true }, rightWidth);
  // Rows r+2..r+4 stay empty: room for the signatures (and the seal on the right).
  put(r + 5, 0, split - 1, p.preparedBy.trim(), { hAlign: 'center', bold: true }, leftWidth);
  put(r + 5, split, last, p.chairman.trim(), { hAlign: 'center', bold: true }, rightWidth);

  const totalWidth = input.columns.reduce((a, c) => a + c.width, 0);
  return {
    key: input.key,
    name: input.name,
    values,
    formulas,
    styles,
    merges,
    columnWidths: widths,
    rowHeights: rowHeights.runs(),
    freeze: { rows: headerRow + 1, cols: 0 },
    print: {
      paperSize: 'A4',
      orientation: input.orientation ?? (totalWidth > PORTRAIT_MAX_WIDTH ? 'landscape' : 'portrait'),
      fitToWidth: 1,
      repeatRows: { r0: headerRow, r1: headerRow },
      footer: L.footer,
      margins: { left: 0.7, right: 0.5, top: 0.6, bottom: 0.7 },
    },
    hyperlinks,
    ...(linkColumns.length > 0 ? { linkColumns } : {}),
    font: { ...PRINT_FONT },
  };
}
