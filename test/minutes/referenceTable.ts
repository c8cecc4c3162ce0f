/**
 * The minutes' data table as docx builds it from its own objects (Table, TableRow, TableCell,
 * Paragraph, TextRun): the way src/minutes/table.ts built it before it wrote the XML itself. The
 * reference that tableXml.test.ts holds the written XML to.
 */
import { Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import type { Paragraph } from 'docx';
import type { Align } from '../../src/minutes/docStyle';
import { TABLE_SIZE, TEXT_WIDTH, para } from '../../src/minutes/docStyle';
import type { Column, Row } from '../../src/minutes/table';
import { columnWidths } from '../../src/minutes/table';
import { CELL_MARGINS } from '../../src/minutes/tableXml';

function cellParagraphs(text: string, o: { bold?: boolean; align: Align }): Paragraph[] {
  return text.split('\n').map((line) => para(line, { size: TABLE_SIZE, bold: o.bold ?? false, align: o.align, after: 0 }));
}

function cell(text: string, width: number, o: { bold?: boolean; align: Align; span?: number }): TableCell {
  return new TableCell({
    children: cellParagraphs(text, o),
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { ...CELL_MARGINS },
    ...(o.span && o.span > 1 ? { columnSpan: o.span } : {}),
  });
}

export function referenceDataTable(columns: readonly Column[], rows: readonly Row[]): Table {
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
