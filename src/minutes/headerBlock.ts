/**
 * The administrative header of the minutes (Nghị định 30/2020/NĐ-CP, Phụ lục I): the parent body and
 * the issuing body on the left, the national name and motto on the right, each underlined by a short
 * rule; then the number, the place and date line, the title and the period.
 */
import { BorderStyle, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { Paragraph } from 'docx';
import type { Lang } from '../engine';
import type { Params } from '../engine';
import { periodLabel } from '../engine';
import { BLANK, MINUTES_TEXT } from './strings';
import { TEXT_WIDTH, TITLE_SIZE, para, rule } from './docStyle';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
/** The block reaches a little into the side margins, as in the ministries' templates, so the national name fits one line. */
const OUTDENT = 300;
const BLOCK_WIDTH = TEXT_WIDTH + 2 * OUTDENT;
const LEFT_WIDTH = Math.round(BLOCK_WIDTH * 0.42);
const RIGHT_WIDTH = BLOCK_WIDTH - LEFT_WIDTH;
const NO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 };

export interface HeaderOptions {
  readonly params: Params;
  readonly lang: Lang;
  readonly now: Date;
  readonly council: boolean;
}

/** "năm học 2024-2025" / "năm 2025", or '' when the workbook states no period. */
export function periodText(params: Params, lang: Lang): string {
  const p = params.period;
  if (!p) return '';
  const t = MINUTES_TEXT[lang];
  return p.kind === 'schoolYear' ? t.periodSchoolYear(periodLabel(p)) : t.periodYear(periodLabel(p));
}

function blockCell(children: Paragraph[], width: number): TableCell {
  return new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS, margins: NO_MARGINS });
}

export function headerBlock(o: HeaderOptions): (Table | Paragraph)[] {
  const t = MINUTES_TEXT[o.lang];
  const left: Paragraph[] = [
    para((o.params.parentAgency || BLANK).toUpperCase(), { align: 'center', after: 0 }),
    para((o.params.agency || BLANK).toUpperCase(), { align: 'center', bold: true, after: 0 }),
    rule(1600, LEFT_WIDTH),
    para(t.number, { align: 'center', after: 0 }),
  ];
  const right: Paragraph[] = [
    para(t.motto1, { align: 'center', bold: true, after: 0, size: 24 }),
    para(t.motto2, { align: 'center', bold: true, after: 0, size: TITLE_SIZE }),
    rule(2200, RIGHT_WIDTH),
    para(t.dateLine(o.params.place, o.now.getFullYear()), { align: 'center', italics: true, after: 0 }),
  ];
  const block = new Table({
    rows: [new TableRow({ cantSplit: true, children: [blockCell(left, LEFT_WIDTH), blockCell(right, RIGHT_WIDTH)] })],
    width: { size: BLOCK_WIDTH, type: WidthType.DXA },
    indent: { size: -OUTDENT, type: WidthType.DXA },
    columnWidths: [LEFT_WIDTH, RIGHT_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
  });
  const period = periodText(o.params, o.lang);
  return [
    block,
    para(t.title, { align: 'center', bold: true, size: TITLE_SIZE, before: 360, after: 0 }),
    para(o.council ? t.subtitleCouncil : t.subtitleBloc, { align: 'center', bold: true, size: TITLE_SIZE, after: 0 }),
    para(t.purpose(period), { align: 'center', bold: true, size: TITLE_SIZE, after: 240 }),
  ];
}
