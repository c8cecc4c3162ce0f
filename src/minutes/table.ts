/**
 * The bordered tables of the minutes: a header row repeated on every page (`tblHeader`), rows that
 * never split across pages (`cantSplit`), fixed column widths that add up to the text block, and
 * section rows (a unit's name above its people) spanning the whole table.
 */
import { Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import type { Paragraph } from 'docx';
import type { Align } from './docStyle';
import { TABLE_SIZE, TEXT_WIDTH, para } from './docStyle';

export interface Column {
  readonly header: string;
  /** Relative width: what the fixed columns leave is shared by weight. */
  readonly weight: number;
  /** A fixed width in twips instead (the STT column, short numbers). */
  readonly fixed?: number;
  readonly align?: Align;
}

/** Width of the STT column: "STT" in bold 12 pt plus the cell margins, on one line. */
export const STT_WIDTH = 680;

/** A body row; `bold` sets every cell bold, or only the listed columns. */
export type Row = { readonly cells: readonly string[]; readonly bold?: boolean | readonly number[] } | { readonly section: string };

const CELL_MARGINS = { top: 40, bottom: 40, left: 60, right: 60 };

/** Column widths in twips, summing exactly to `total`. */
export function columnWidths(columns: readonly Column[], total = TEXT_WIDTH): number[] {
  const fixed = columns.reduce((a, c) => a + (c.fixed ?? 0), 0);
  const sum = columns.reduce((a, c) => a + (c.fixed === undefined ? c.weight : 0), 0);
  const widths = columns.map((c) => c.fixed ?? Math.floor((c.weight / sum) * (total - fixed)));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function cellParagraphs(text: string, o: { bold?: boolean; align: Align }): Paragraph[] {
  return text.split('\n').map((line) => para(line, { size: TABLE_SIZE, bold: o.bold ?? false, align: o.align, after: 0 }));
}

function cell(text: string, width: number, o: { bold?: boolean; align: Align; span?: number }): TableCell {
  return new TableCell({
    children: cellParagraphs(text, o),
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: CELL_MARGINS,
    ...(o.span && o.span > 1 ? { columnSpan: o.span } : {}),
  });
}

export function dataTable(columns: readonly Column[], rows: readonly Row[]): Table {
  const widths = columnWidths(columns);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) => cell(c.header, widths[i]!, { bold: true, align: 'center' })),
  });
  const body = rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children:
          'section' in r
            ? [cell(r.section, TEXT_WIDTH, { bold: true, align: 'left', span: columns.length })]
            : columns.map((c, i) => cell(r.cells[i] ?? '', widths[i]!, { bold: Array.isArray(r.bold) ? r.bold.includes(i) : r.bold === true, align: c.align ?? 'left' })),
      }),
  );
  return new Table({
    rows: [header, ...body],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
  });
}
