/**
 * The bordered tables of the minutes: a header row repeated on every page (`tblHeader`), rows that
 * never split across pages (`cantSplit`), fixed column widths that add up to the text block, and
 * section rows (a unit's name above its people) spanning the whole table.
 */
import type { Table } from 'docx';
import type { Align } from './docStyle';
import { TEXT_WIDTH } from './docStyle';
import { PrebuiltTable } from './prebuiltTable';
import { ROW_CLOSE, cellStart, cellXml, rowOpen, tableHead } from './tableXml';

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

/** Column widths in twips, summing exactly to `total`. */
export function columnWidths(columns: readonly Column[], total = TEXT_WIDTH): number[] {
  const fixed = columns.reduce((a, c) => a + (c.fixed ?? 0), 0);
  const sum = columns.reduce((a, c) => a + (c.fixed === undefined ? c.weight : 0), 0);
  const widths = columns.map((c) => c.fixed ?? Math.floor((c.weight / sum) * (total - fixed)));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/**
 * The table's XML (tableXml.ts), in a table docx writes as it is (PrebuiltTable): the same XML as
 * docx's own Table of TableRows of TableCells, without twenty objects per cell. What is the same for
 * every cell of a column (its properties, its paragraph's and run's) is written once, plain and bold.
 */
export function dataTable(columns: readonly Column[], rows: readonly Row[]): Table {
  const widths = columnWidths(columns);
  const plain = columns.map((c, i) => cellStart(widths[i]!, 1, c.align ?? 'left', false));
  const bold = columns.map((c, i) => cellStart(widths[i]!, 1, c.align ?? 'left', true));
  // A section row: one bold cell across the table.
  const section = cellStart(TEXT_WIDTH, columns.length, 'left', true);
  // One string grown piece by piece (a rope, flattened once when docx writes the document), not an array joined here.
  let xml = tableHead(widths) + rowOpen(true);
  columns.forEach((c, i) => (xml += cellXml(cellStart(widths[i]!, 1, 'center', true), c.header)));
  xml += ROW_CLOSE;
  const bodyRow = rowOpen(false);
  for (const r of rows) {
    if ('section' in r) {
      xml += bodyRow + cellXml(section, r.section) + ROW_CLOSE;
      continue;
    }
    xml += bodyRow;
    const starts = r.bold === true ? bold : plain;
    for (let i = 0; i < columns.length; i++) {
      const start = Array.isArray(r.bold) && r.bold.includes(i) ? bold[i]! : starts[i]!;
      xml += cellXml(start, r.cells[i] ?? '');
    }
    xml += ROW_CLOSE;
  }
  return new PrebuiltTable(xml);
}
