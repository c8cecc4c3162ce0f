/**
 * The XML of the minutes' bordered tables (see table.ts for what they look like), written as strings:
 * exactly what docx writes for the same Table / TableRow / TableCell / Paragraph / TextRun objects
 * (test/minutes/tableXml.test.ts checks it against them), without building, formatting and writing
 * some twenty objects per cell. Every piece that is the same for a column (cell properties, paragraph
 * and run properties) is written once per table.
 */
import type { Align } from './docStyle';
import { ALIGN, FONT, LINE_SPACING, TABLE_SIZE, TEXT_WIDTH } from './docStyle';

/** A cell's margins in twips. */
export const CELL_MARGINS = { top: 40, bottom: 40, left: 60, right: 60 } as const;

// eslint-disable-next-line no-control-regex -- the control characters XML 1.0 cannot hold, which docx leaves out
const SPECIAL = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** Text and attribute values as docx escapes them: the five entities, and XML 1.0's forbidden control characters dropped. */
export function escapeXml(text: string): string {
  return text.replace(SPECIAL, (c) => ENTITY[c] ?? '');
}

const dxa = (name: string, twips: number): string => `<${name} w:type="dxa" w:w="${twips}"/>`;
const BORDER = 'w:val="single" w:color="auto" w:sz="4"';
const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${BORDER}/>`).join('');
const MARGINS = `<w:tcMar>${dxa('w:top', CELL_MARGINS.top)}${dxa('w:left', CELL_MARGINS.left)}${dxa('w:bottom', CELL_MARGINS.bottom)}${dxa('w:right', CELL_MARGINS.right)}</w:tcMar>`;
const FONT_XML = escapeXml(FONT);
const FONTS = `<w:rFonts w:ascii="${FONT_XML}" w:cs="${FONT_XML}" w:eastAsia="${FONT_XML}" w:hAnsi="${FONT_XML}"/>`;

/** The opening of a cell (width, span, margins, vertical centring), then its paragraphs; `CELL_CLOSE` ends it. */
function cellOpen(width: number, span: number): string {
  return `<w:tc><w:tcPr>${dxa('w:tcW', width)}${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${MARGINS}<w:vAlign w:val="center"/></w:tcPr>`;
}
const CELL_CLOSE = '</w:tc>';

/** The opening of a paragraph of 12 pt text in a cell, up to its text; `PARA_CLOSE` follows the text. */
function paraOpen(align: Align, bold: boolean): string {
  return (
    `<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="${LINE_SPACING}"/><w:jc w:val="${ALIGN[align]}"/></w:pPr>` +
    `<w:r><w:rPr>${FONTS}${bold ? '<w:b/><w:bCs/>' : ''}<w:sz w:val="${TABLE_SIZE}"/><w:szCs w:val="${TABLE_SIZE}"/></w:rPr><w:t xml:space="preserve">`
  );
}
const PARA_CLOSE = '</w:t></w:r></w:p>';

/** What every cell of one kind (width, span, alignment, weight) starts with: see cellXml. */
export interface CellStart {
  readonly cell: string;
  readonly para: string;
  /** The cell's opening and its first paragraph's, up to the text. */
  readonly both: string;
}

export function cellStart(width: number, span: number, align: Align, bold: boolean): CellStart {
  const cell = cellOpen(width, span);
  const para = paraOpen(align, bold);
  return { cell, para, both: cell + para };
}

/** A cell of one paragraph per line of `text`. */
export function cellXml(start: CellStart, text: string): string {
  if (!text.includes('\n')) return start.both + escapeXml(text) + PARA_CLOSE + CELL_CLOSE;
  return start.cell + text.split('\n').map((line) => start.para + escapeXml(line) + PARA_CLOSE).join('') + CELL_CLOSE;
}

/** The opening of a row that never splits across pages; the header row repeats on every page. */
export function rowOpen(header: boolean): string {
  return `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>`;
}
export const ROW_CLOSE = '</w:tr>';

/** Table properties and grid: full text width, single borders, fixed layout, the columns' widths. */
export function tableHead(widths: readonly number[]): string {
  return (
    `<w:tblPr>${dxa('w:tblW', TEXT_WIDTH)}<w:tblBorders>${BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`
  );
}
