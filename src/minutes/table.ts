/**
 * The bordered tables of the minutes: a header row repeated on every page (`tblHeader`), rows that
 * never split across pages (`cantSplit`), fixed column widths that add up to the text block, and
 * section rows (a unit's name above its people) spanning the whole table.
 */
import type { Table } from 'docx';
import type { Align } from './docStyle';
import { TEXT_WIDTH } from './docStyle';
import { PrebuiltTable } from './prebuiltTable';
import { CELL_CLOSE, ROW_CLOSE, cellOpen, cellText, paraOpen, rowOpen, tableHead } from './tableXml';

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
 * docx's own Table of TableRows of TableCells, without twenty objects per cell.
 */
export function dataTable(columns: readonly Column[], rows: readonly Row[]): Table {
  const widths = columnWidths(columns);
  const opens = widths.map((w) => cellOpen(w));
  const paras = columns.map((c) => ({ plain: paraOpen(c.align ?? 'left', false), bold: paraOpen(c.align ?? 'left', true) }));
  // A section row: one bold cell across the table.
  const sectionOpen = rowOpen(false) + cellOpen(TEXT_WIDTH, columns.length);
  const sectionPara = paraOpen('left', true);
  const headerPara = paraOpen('center', true);
  const body = rowOpen(false);
  const out: string[] = [tableHead(widths), rowOpen(true)];
  columns.forEach((c, i) => out.push(opens[i]! + cellText(c.header, headerPara) + CELL_CLOSE));
  out.push(ROW_CLOSE);
  for (const r of rows) {
    if ('section' in r) {
      out.push(sectionOpen + cellText(r.section, sectionPara) + CELL_CLOSE + ROW_CLOSE);
      continue;
    }
    out.push(body);
    for (let i = 0; i < columns.length; i++) {
      const bold = Array.isArray(r.bold) ? r.bold.includes(i) : r.bold === true;
      out.push(opens[i]! + cellText(r.cells[i] ?? '', bold ? paras[i]!.bold : paras[i]!.plain) + CELL_CLOSE);
    }
    out.push(ROW_CLOSE);
  }
  return new PrebuiltTable(out.join(''));
}
